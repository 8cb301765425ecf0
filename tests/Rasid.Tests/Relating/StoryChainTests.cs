using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Relating;

namespace Rasid.Tests.Relating;

/// <summary>Stories are one event: reports with the same wording and different figures on different days stay apart.</summary>
public sealed class StoryChainTests
{
    private static RelationInput Article(string source, string text, string published)
    {
        var p = RasidPipeline.Default.Process(new RawDocument(source, text, DocumentFormat.PlainText));
        return new(p.Id, p.Source, "one", published, p.Article.Text, p.Facts!.Facts);
    }

    private static string Close(int points, double percent, double billions, int deals) =>
        $"أغلق مؤشر سوق الأسهم السعودية تعاملاته عند مستوى {points} نقطة بنسبة {percent} في المائة، وبلغت قيمة التداولات {billions} مليار ريال موزعة على {deals} ألف صفقة، وارتفعت أسهم شركة سابك وشركة الراجحي ومصرف الإنماء في تداولات نشطة شهدت تذبذبا واضحا في أسهم قطاع البتروكيماويات والمصارف والتأمين.\n"
        + "وقال محللون في السوق المالية تداول إن المستثمرين يترقبون نتائج الشركات القيادية للربع الثاني وسط تراجع أسعار النفط في الأسواق العالمية وضغوط البيع على أسهم المضاربة.";

    [Fact]
    public void Daily_market_closes_in_one_template_are_not_one_story()
    {
        var days = new[]
        {
            Article("d1.txt", Close(9381, 0.46, 3.9, 77), "2015-07-21T18:00"),
            Article("d2.txt", Close(9411, 0.32, 4.1, 81), "2015-07-22T18:00"),
            Article("d3.txt", Close(9276, 1.43, 4.9, 85), "2015-07-23T18:00"),
        };
        var relations = StoryFinder.Find(days);
        Assert.Empty(relations.Stories);
    }

    [Fact]
    public void Reports_of_one_event_from_two_outlets_are_one_story()
    {
        string a = Close(9381, 0.46, 3.9, 77);
        string b = "وأنهى مؤشر سوق الأسهم السعودية جلسة اليوم عند 9381 نقطة مرتفعا بنسبة 0.46 في المائة، بتداولات قيمتها 3.9 مليار ريال توزعت على 77 ألف صفقة، وقادت أسهم شركة سابك وشركة الراجحي ومصرف الإنماء الارتفاع في قطاعات البتروكيماويات والمصارف والتأمين.\n"
            + "ويترقب المستثمرون في السوق المالية تداول نتائج الشركات القيادية للربع الثاني مع تراجع أسعار النفط في الأسواق العالمية.";
        var relations = StoryFinder.Find([Article("x.txt", a, "2015-07-21T18:00"), Article("y.txt", b, "2015-07-21T19:00")]);
        Assert.Single(relations.Stories);
    }

    [Theory]
    [InlineData("2015-07-24T19:00", true)] // three days on by the calendar
    [InlineData("2015-07-25T09:00", false)] // four days on: a follow-up, another event
    public void Reports_more_than_three_days_apart_are_not_one_event(string secondPublished, bool oneStory)
    {
        string a = Close(9381, 0.46, 3.9, 77);
        string b = "وأنهى مؤشر سوق الأسهم السعودية جلسة اليوم عند 9381 نقطة مرتفعا بنسبة 0.46 في المائة، بتداولات قيمتها 3.9 مليار ريال توزعت على 77 ألف صفقة، وقادت أسهم شركة سابك وشركة الراجحي ومصرف الإنماء الارتفاع في قطاعات البتروكيماويات والمصارف والتأمين.\n"
            + "ويترقب المستثمرون في السوق المالية تداول نتائج الشركات القيادية للربع الثاني مع تراجع أسعار النفط في الأسواق العالمية.";
        var relations = StoryFinder.Find([Article("x.txt", a, "2015-07-21T18:00"), Article("y.txt", b, secondPublished)]);
        Assert.True(oneStory == (relations.Stories.Count == 1), string.Join(", ", relations.Links.Select(l => l.Kind)));
    }

    private const string FireReport =
        "أخمدت فرق الدفاع المدني بمحافظة الطائف حريقا اندلع في مستودع للأخشاب بحي القيم الصناعي مساء أمس، وأوضح المتحدث الرسمي العقيد سعيد الغامدي أن الحريق لم يسفر عن إصابات، وأن الفرق تمكنت من محاصرة النيران ومنع امتدادها إلى المستودعات المجاورة خلال ساعتين.\n"
        + "وأشار الغامدي إلى أن لجنة فنية باشرت التحقيق في أسباب الحريق الذي أتى على كميات كبيرة من الأخشاب ومواد الدهان المخزنة.";

    private const string FireFollowUp =
        "كشفت لجنة التحقيق في حريق مستودع الأخشاب بحي القيم الصناعي في محافظة الطائف مساء الاثنين أن تماسا كهربائيا وراء اندلاع النيران التي حاصرتها فرق الدفاع المدني ومنعت امتدادها إلى المستودعات المجاورة، بحسب المتحدث الرسمي العقيد سعيد الغامدي.\n"
        + "وأضاف الغامدي أن النيران أتت على كميات كبيرة من الأخشاب ومواد الدهان المخزنة، وأن مالك المستودع سيحال إلى الجهات المختصة لمخالفته اشتراطات السلامة.";

    [Fact]
    public void An_outlets_own_second_report_that_is_no_retelling_is_not_its_first_reports_story()
    {
        static RelationInput From(string outlet, string source, string text, string published)
        {
            var p = RasidPipeline.Default.Process(new RawDocument(source, text, DocumentFormat.PlainText));
            return new(p.Id, p.Source, outlet, published, p.Article.Text, p.Facts!.Facts);
        }

        var twoOutlets = StoryFinder.Find([From("okaz", "a.txt", FireReport, "2015-07-21T18:00"), From("alriyadh", "b.txt", FireFollowUp, "2015-07-22T09:00")]);
        var link = Assert.Single(twoOutlets.Links);
        Assert.Equal("same-event", link.Kind);
        Assert.Single(twoOutlets.Stories);

        var oneOutlet = StoryFinder.Find([From("okaz", "a.txt", FireReport, "2015-07-21T18:00"), From("okaz", "b.txt", FireFollowUp, "2015-07-22T09:00")]);
        Assert.Empty(oneOutlet.Stories);
    }

    private static string Crash(string road, string town, string dead, string injured) =>
        $"لقي {dead} أشخاص مصرعهم وأصيب {injured} آخرون في حادث تصادم مروع بين سيارتين على طريق {road} بالقرب من {town} مساء أمس، وباشرت فرق الهلال الأحمر السعودي والدفاع المدني الحادث ونقلت المصابين إلى مستشفى المحافظة.\n"
        + "وأوضح المتحدث باسم الهلال الأحمر السعودي أن الفرق الإسعافية وصلت إلى موقع الحادث خلال دقائق من تلقي البلاغ، وأن حالة بعض المصابين حرجة، فيما باشرت الجهات المختصة التحقيق في أسباب الحادث المروري.";

    [Fact]
    public void Two_crashes_of_one_kind_counted_in_different_places_are_two_stories()
    {
        var relations = StoryFinder.Find(
        [
            Article("a.txt", Crash("الرياض مكة السريع", "القويعية", "ثلاثة", "خمسة"), "2015-07-21T18:00"),
            Article("b.txt", Crash("الخرج الأفلاج", "الأفلاج", "أربعة", "ستة"), "2015-07-21T20:00"),
        ]);
        Assert.Empty(relations.Stories);
    }

    [Fact]
    public void Two_outlets_counting_one_crash_differently_in_one_place_are_one_story()
    {
        var relations = StoryFinder.Find(
        [
            Article("a.txt", Crash("الرياض مكة السريع", "القويعية", "ثلاثة", "خمسة"), "2015-07-21T18:00"),
            Article("b.txt", Crash("الرياض مكة السريع", "القويعية", "أربعة", "خمسة"), "2015-07-21T20:00"),
        ]);
        Assert.Single(relations.Stories);
    }

    private static readonly string[] Towns = ["بريدة", "عنيزة", "حائل", "تبوك", "أبها", "نجران", "جازان", "الباحة", "سكاكا", "عرعر", "القطيف", "الخبر", "الجبيل", "ينبع", "الطائف"];

    /// <summary>News that keeps naming the king and the kingdom: each item about something else, in words of its own.</summary>
    private static IEnumerable<RelationInput> Regulars(int count) =>
        Enumerable.Range(0, count).Select(n => Article($"r{n}.txt",
            $"وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز باعتماد مشروع رقم {n + 100} في محافظة {Towns[n % Towns.Length]} بالمملكة العربية السعودية ضمن برامج التنمية.\n"
            + $"وقال مسؤول في {Towns[(n + 3) % Towns.Length]} إن المشروع {n + 100} يشمل أعمالا متنوعة تخدم السكان في الأحياء المجاورة خلال العام المقبل.",
            $"2015-07-{10 + n % 10:00}T08:00"));

    private static string Cable(string country, string leader, string occasion) =>
        $"بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس {leader} رئيس {country} بمناسبة ذكرى {occasion} لبلاده، وأعرب الملك سلمان بن عبدالعزيز باسم المملكة العربية السعودية وشعبها عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة.\n"
        + $"كما بعث ولي العهد الأمير محمد بن نايف برقية تهنئة مماثلة للرئيس {leader} بمناسبة ذكرى {occasion}.";

    [Fact]
    public void Cables_of_one_template_to_two_countries_that_share_only_the_news_regulars_are_two_stories()
    {
        var egypt = Article("egypt.txt", Cable("جمهورية مصر العربية", "عبدالفتاح السيسي", "اليوم الوطني"), "2015-07-23T08:00");
        var tunisia = Article("tunisia.txt", Cable("الجمهورية التونسية", "الباجي قايد السبسي", "إعلان الجمهورية"), "2015-07-25T08:00");
        var relations = StoryFinder.Find([.. Regulars(60), egypt, tunisia]);
        Assert.DoesNotContain(relations.Stories, s => s.Articles.Contains(egypt.Id) && s.Articles.Contains(tunisia.Id));
    }

    [Fact]
    public void One_clubs_separate_news_of_one_day_are_not_one_story()
    {
        // Both name the club, its striker, its coach, its camp and the day it arrived there; what they tell (a striker's
        // recovery, a signing's medical test) shares about a quarter of its rare words: one club's news, two happenings.
        string recovery = "بدأ مهاجم نادي النصر نايف هزازي اليوم تدريباته الانفرادية في معسكر الفريق بالنمسا بعد تعافيه من الإصابة العضلية التي أبعدته عن المباريات الودية، وأكد المعالج الطبيعي أن اللاعب تجاوز مرحلة الخطر ويحتاج إلى أسبوع من التأهيل قبل الانضمام إلى المجموعة.\n"
            + "ويأمل المدرب خورخي دا سيلفا أن يلحق هزازي بمباراة السوبر أمام الهلال في لندن، بعدما غاب عن مواجهتي الفريق أمام ناديين نمساويين بسبب الآلام في العضلة الخلفية.\n"
            + "وكان الفريق قد وصل إلى بلدة زيلامسي يوم 29 يوليو 2015 استعدادا للموسم الجديد. ويشرف على التأهيل أخصائي العلاج الطبيعي البرتغالي فيتور باربوسا.";
        string medical = "ينتظر نادي النصر اليوم نتائج الفحص الطبي للمهاجم الأوروغواياني رودريغو مورا قبل توقيع العقد النهائي، وأوضح مصدر في إدارة النادي أن المفاوضات مع ناديه ريفر بليت انتهت بالاتفاق على قيمة الانتقال وأن التأشيرة ستصدر خلال يومين.\n"
            + "ويرى المدرب خورخي دا سيلفا أن مورا سيعوض غياب نايف هزازي في خط المقدمة، ويسعى الجهاز الفني إلى تسجيل اللاعب في القائمة قبل إغلاق باب الانتقالات الصيفية.\n"
            + "ويقيم الفريق في بلدة زيلامسي منذ 29 يوليو 2015 في إطار تحضيراته للموسم. وأجرى الفحص أخصائي العلاج الطبيعي البرتغالي فيتور باربوسا.";
        var relations = StoryFinder.Find([Article("r.txt", recovery, "2015-08-05T10:00"), Article("m.txt", medical, "2015-08-05T16:00")]);
        Assert.Empty(relations.Stories);
    }

    private static RelationInput Headed(string outlet, string source, string title, string text, string published)
    {
        var p = RasidPipeline.Default.Process(new RawDocument(source, text, DocumentFormat.PlainText));
        return new(p.Id, p.Source, outlet, published, p.Article.Text, p.Facts!.Facts, title);
    }

    private const string AidFlight =
        "وتضمنت حمولة الطائرة عشرة أطنان من المستلزمات الطبية والأدوية ومحاليل الغسيل الكلوي لمرضى الفشل الكلوي في مستشفيات عدن ولحج وأبين، ضمن الجسر الجوي الذي يسيره مركز الملك سلمان للإغاثة والأعمال الإنسانية، "
        + "وأوضح المستشار بالديوان الملكي المشرف العام على المركز الدكتور عبدالله الربيعة أن الطائرة نقلت كذلك فريقا من الأطباء اليمنيين المتطوعين، وأن طائرات أخرى ستتبعها محملة بالمواد الغذائية والإيوائية والمولدات الكهربائية.";

    [Fact]
    public void A_report_of_another_happening_in_the_same_setting_leaves_the_story_its_body_recalls()
    {
        // Three outlets report the fourth relief plane landing in Aden; a fourth outlet leads with the Yemeni vice
        // president landing there on a Saudi plane the next day, and recalls the relief flight in its body. Their bodies
        // share enough to link; their heads (headline and lead) share nothing: the vice president's arrival is another story.
        var plane = new[]
        {
            Headed("sabq", "a.txt", "رابع طائرات الإغاثة السعودية تصل مطار عدن محملة بعشرة أطنان",
                "هبطت في مطار عدن الدولي مساء اليوم رابع طائرات الإغاثة السعودية محملة بعشرة أطنان من المستلزمات الطبية لمرضى الفشل الكلوي.\n" + AidFlight, "2015-07-31T18:00"),
            Headed("alriyadh", "b.txt", "وصول طائرة الإغاثة السعودية الرابعة إلى عدن",
                "وصلت طائرة الإغاثة السعودية الرابعة إلى مطار عدن الدولي اليوم محملة بالمستلزمات الطبية لمرضى الفشل الكلوي.\n" + AidFlight, "2015-07-31T19:00"),
            Headed("alweeam", "c.txt", "طائرة الإغاثة الرابعة تصل عدن بعشرة أطنان من المستلزمات الطبية",
                "حطت طائرة الإغاثة السعودية الرابعة في مطار عدن الدولي حاملة عشرة أطنان من المستلزمات الطبية لمرضى الفشل الكلوي.\n" + AidFlight, "2015-07-31T20:00"),
        };
        var visit = Headed("okaz", "d.txt", "طائرة سعودية تقل نائب الرئيس اليمني خالد بحاح تهبط بمطار عدن",
            "هبطت ظهر اليوم طائرة سعودية تقل نائب الرئيس اليمني رئيس الحكومة خالد محفوظ بحاح وعددا من وزرائه، في أول زيارة لمسؤول حكومي رفيع إلى المدينة منذ تحريرها من ميليشيات الحوثي وقوات المخلوع. "
            + "وتفقد بحاح فور وصوله مبنى المطار والمرافق التي تضررت خلال المعارك، والتقى قيادات المقاومة الشعبية والسلطة المحلية في المحافظة، وناقش معهم ترتيبات تطبيع الحياة وتشغيل المرافق الحكومية والخدمية في أسرع وقت.\n"
            + "وكانت طائرة الإغاثة السعودية الرابعة قد هبطت في مطار عدن الدولي أمس محملة بعشرة أطنان من المستلزمات الطبية لمرضى الفشل الكلوي. " + AidFlight, "2015-08-01T15:00");

        var relations = StoryFinder.Find([.. plane, visit]);
        var story = Assert.Single(relations.Stories);
        Assert.Equal(plane.Select(p => p.Id).Order(), story.Articles.Order());
        Assert.DoesNotContain(relations.Links, l => l.First == visit.Id || l.Second == visit.Id);
    }

    private const string SessionLive =
        "أغلق مؤشر سوق الأسهم السعودية اليوم على ارتفاع بمقدار 135.65 نقطة بنسبة 1.56 في المائة ليغلق عند مستوى 8834.82 نقطة، بتداولات قاربت قيمتها 4.2 مليار ريال.";

    private const string SessionNextMorning =
        "ارتفع مؤشر تاسي في جلسة أمس 135.65 نقطة إلى مستوى 8834.82 نقطة بتداولات بلغت 4.2 مليار ريال، بمكاسب نسبتها 1.56 في المائة عوضت جانبا من خسائر الأسبوع الماضي.";

    [Theory]
    [InlineData("2015-08-10T19:00", true)] // the same evening
    [InlineData("2015-08-11T08:00", true)] // the next morning's paper
    [InlineData("2015-08-12T08:00", false)] // two days on: the same figures would be a coincidence or a recap
    public void Two_outlets_stating_one_sessions_figures_in_their_own_words_are_one_story(string secondPublished, bool oneStory)
    {
        // The two reports share the session's figures (the change, the close, the turnover, the percentage) and
        // barely a name: each outlet names the market its own way.
        var relations = StoryFinder.Find([
            Headed("aawsat", "a.txt", "سوق الأسهم السعودية تغلق على ارتفاع", SessionLive, "2015-08-10T16:00"),
            Headed("okaz", "b.txt", "الأسهم تقفز والسيولة تتحسن", SessionNextMorning, secondPublished)]);
        Assert.True(oneStory == (relations.Stories.Count == 1), string.Join(", ", relations.Links.Select(l => $"{l.Kind} {l.Score}")));
    }
}
