using Rasid.Extraction;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Relating;

namespace Rasid.Tests.Relating;

/// <summary>
/// Claims compare one quantity (issue 21): copies never agree with themselves, a compared-with value never
/// conflicts, one outlet's series is no conflict, and values round as written. On text written for these tests.
/// </summary>
public sealed class ClaimPrecisionTests
{
    private static RelationInput Article(string source, string text, string? outlet = null, string? published = null)
    {
        var p = RasidPipeline.Default.Process(new RawDocument(source, text, DocumentFormat.PlainText));
        return new(p.Id, p.Source, outlet ?? p.Article.Outlet, published ?? p.Article.Published, p.Article.Text, p.Facts!.Facts);
    }

    /// <summary>A link the story finder would make between two of a fixture's articles (these are too short for it to find).</summary>
    private static ArticleLink Link(RelationInput first, RelationInput second, string kind) =>
        new(first.Id, second.Id, kind, 0.5, new LinkEvidence([], [], [], null, 0.4));

    /// <summary>All the articles in one story, told by the links given.</summary>
    private static Relations OneStory(RelationInput[] articles, params ArticleLink[] links) =>
        new(links, [new Story("story-" + articles[0].Id, links.Any(l => l.Kind == "same-event") ? "same-event" : "rewrite", [.. articles.Select(a => a.Id)], 0.5, links)]);

    private static IReadOnlyList<Claim> ClaimsOf(params RelationInput[] articles)
    {
        var relations = StoryFinder.Find(articles);
        return ClaimFinder.Find(articles, relations, Gazetteer.Default);
    }

    private const string Report =
        "أعلنت شركة أرامكو السعودية أن أرباحها الصافية بلغت 24.7 مليار دولار في الربع الثاني من عام 2015، وقالت أرامكو في بيان إن الإيرادات ارتفعت بفضل زيادة الإنتاج في حقول المنطقة الشرقية وتحسن هوامش التكرير في مصافي الشركة داخل المملكة وخارجها.\n"
        + "وأوضح الرئيس التنفيذي للشركة أمين الناصر أن الشركة ماضية في خططها التوسعية في قطاع الكيماويات رغم تقلبات أسعار الخام في الأسواق العالمية.";

    [Fact]
    public void Copies_of_one_text_agreeing_are_no_agreed_claim()
    {
        var claims = ClaimsOf(Article("a.txt", Report, "one"), Article("b.txt", Report, "two"));
        Assert.DoesNotContain(claims, c => c.Status == "agreed");
    }

    [Fact]
    public void A_value_compared_with_is_another_period_and_no_conflict()
    {
        string first = Report.Replace("بلغت 24.7 مليار دولار في الربع الثاني من عام 2015", "بلغت 24.7 مليار دولار في الربع الثاني من عام 2015 مقابل 21.3 مليار دولار في الربع المماثل", StringComparison.Ordinal);
        string second = "ذكرت أرامكو السعودية في نتائجها الفصلية أن أرباحها بلغت 24.7 مليار دولار في الربع الثاني من عام 2015 مدفوعة بارتفاع الإنتاج وتحسن هوامش التكرير في مصافي الشركة.\n"
            + "وقال أمين الناصر إن أرامكو ماضية في التوسع في الكيماويات رغم تقلبات أسعار الخام في الأسواق العالمية وارتفاع تكاليف الحفر.";
        var claims = ClaimsOf(Article("a.txt", first, "one"), Article("b.txt", second, "two"));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
    }

    [Fact]
    public void One_outlets_values_on_different_days_are_a_series_not_a_conflict()
    {
        string Day(string value) =>
            $"أعلنت شركة أرامكو السعودية أن إنتاجها من الخام بلغ {value} مليون برميل يوميا، وقالت أرامكو في بيان إن الإنتاج ارتفع بفضل حقول المنطقة الشرقية وتحسن هوامش التكرير في مصافي الشركة داخل المملكة وخارجها.\n"
            + "وأوضح أمين الناصر أن الشركة ماضية في خططها التوسعية في قطاع الكيماويات رغم تقلبات أسعار الخام في الأسواق العالمية.";
        var claims = ClaimsOf(Article("a.txt", Day("10.2"), "one", "2015-07-21T10:00"), Article("b.txt", Day("10.6"), "one", "2015-07-24T10:00"));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
    }

    [Fact]
    public void A_markets_close_told_differently_a_day_apart_is_two_days_not_a_conflict()
    {
        // Two outlets a day apart with one retold report: the figure differs only in the quantity named. A country's
        // exports in May are one quantity and conflict; an index's close moves daily, so two values are two days.
        string Report(string figure) =>
            $"أظهرت البيانات اليوم أن {figure} بتداولات بلغت قيمتها 5.1 مليار ريال، وسط تباين في أداء القطاعات.\n"
            + "وتصدر قطاع المصارف الارتفاعات بدعم من نتائج مصرف الراجحي الفصلية، فيما تراجع قطاع التأمين بضغط من عمليات جني الأرباح.";
        IReadOnlyList<Claim> Pair(string first, string second) => ClaimsOf(
            Article("a.txt", Report(first), "one", "2015-07-21T18:00"), Article("b.txt", Report(second), "two", "2015-07-22T09:00"));

        Assert.Contains(Pair("صادرات السعودية من النفط الخام بلغت 6.9 مليون برميل يوميا في مايو", "صادرات السعودية من النفط الخام بلغت 7.2 مليون برميل يوميا في مايو"),
            c => c.Status == "conflict" && c.Metric == "exports");
        Assert.DoesNotContain(Pair("مؤشر سوق الأسهم السعودية أغلق عند مستوى 9275.20 نقطة", "مؤشر سوق الأسهم السعودية أغلق عند مستوى 9372.74 نقطة"),
            c => c.Status == "conflict");
    }

    [Theory]
    [InlineData("92 مليون ريال", 92e6, "92.5 مليون ريال", 92.5e6, true)]
    [InlineData("6.17 مليار ريال", 6.17e9, "6.1 مليار ريال", 6.1e9, false)]
    [InlineData("7 أشخاص", 7, "8 أشخاص", 8, false)]
    [InlineData("10.333 مليون برميل", 10.333e6, "10.308 مليون برميل", 10.308e6, false)] // same decimals: two values however close
    [InlineData("77189 صفقة", 77189, "77190 صفقة", 77190, true)] // one outlet rounds the count
    public void A_value_written_roughly_agrees_with_any_it_rounds_from(string surfaceA, double a, string surfaceB, double b, bool same)
    {
        static Rasid.Extraction.Figures.Figure F(string surface, double v) => new(0, 1, surface, "money", v, null, "SAR", "exact", "profit", null);
        Assert.Equal(same, ClaimFinder.Equivalent(F(surfaceA, a), F(surfaceB, b)));
    }

    [Theory]
    [InlineData("4.4%", 4.4, "4.49%", 4.49, true)] // the rate cut to one decimal
    [InlineData("21.6%", 21.6, "21.63%", 21.63, true)]
    [InlineData("4.5%", 4.5, "4.49%", 4.49, true)] // rounded
    [InlineData("4.3%", 4.3, "4.49%", 4.49, false)]
    [InlineData("0.2%", 0.2, "0.28%", 0.28, false)] // one digit: another rate, not this one told less finely
    [InlineData("12%", 12, "12.8%", 12.8, false)] // whole against decimals: two rates
    public void A_rate_told_to_fewer_decimals_agrees_with_the_finer_one_it_was_cut_from(string surfaceA, double a, string surfaceB, double b, bool same)
    {
        static Rasid.Extraction.Figures.Figure F(string surface, double v) => new(0, 1, surface, "percent", v, null, "%", "exact", "profit_decline", null);
        Assert.Equal(same, ClaimFinder.Equivalent(F(surfaceA, a), F(surfaceB, b)));
        Assert.Equal(same, ClaimFinder.Equivalent(F(surfaceB, b), F(surfaceA, a)));
    }

    [Fact]
    public void Values_agree_only_when_every_pair_agrees()
    {
        static Rasid.Extraction.Figures.Figure F(double v, string q) => new(0, 1, v.ToString(System.Globalization.CultureInfo.InvariantCulture) + " شركة", "count", v, null, "company", q, null, null);
        var rough = F(160, "approx");
        Assert.True(ClaimFinder.Equivalent(rough, F(149, "exact")));
        Assert.True(ClaimFinder.Equivalent(rough, F(171, "exact")));
        Assert.False(ClaimFinder.Equivalent(F(149, "exact"), F(171, "exact")));
    }

    [Fact]
    public void An_approximate_value_is_as_rough_as_its_roundness()
    {
        // نحو 160 may be 149 or 171; يناهز 83 and يناهز 82 are two ages told, not one rounded.
        static Rasid.Extraction.Figures.Figure Age(double v) => new(0, 1, v.ToString(System.Globalization.CultureInfo.InvariantCulture) + " عاما", "age", v, null, "year", "approx", "age", null);
        Assert.False(ClaimFinder.Equivalent(Age(83), Age(82)));
        Assert.True(ClaimFinder.Equivalent(Age(83), Age(83)));
    }

    [Fact]
    public void A_toll_is_compared_in_persons_however_the_text_counts_it()
    {
        static Rasid.Extraction.Figures.Figure F(double v, string unit) => new(0, 1, "x", "count", v, null, unit, "exact", "deaths", null);
        Assert.True(ClaimFinder.Equivalent(F(9, "person"), F(9, "death")));
        Assert.False(ClaimFinder.Equivalent(F(9, "person"), F(7, "death")));
    }

    [Fact]
    public void A_revision_is_stated_in_one_sentence_with_the_value_it_replaces()
    {
        string Growth(string sentence) =>
            "أصدر صندوق النقد الدولي تقريره المحدث عن آفاق الاقتصاد العالمي وتوقعات النمو في الدول المصدرة للنفط خلال العام الجاري، وتناول التقرير أسعار النفط والإنفاق الحكومي ومعدلات التضخم في المنطقة.\n" + sentence
            + "\nوأشار التقرير إلى أن تراجع أسعار الخام سيضغط على موازنات دول الخليج خلال العامين المقبلين.";
        var stated = ClaimsOf(
            Article("a.txt", Growth("وخفض صندوق النقد الدولي توقعاته للنمو من 3 في المئة إلى 2.8 في المئة."), "one"),
            Article("b.txt", Growth("وقال صندوق النقد الدولي إن النمو سيبلغ 2.8 في المئة هذا العام."), "two"));
        Assert.Contains(stated, c => c.Status == "revised" && c.Values.Any(v => v.Value == 3) && c.Values.Any(v => v.Value == 2.8));

        var unstated = ClaimsOf(
            Article("c.txt", Growth("وقال صندوق النقد الدولي إن النمو سيبلغ 3 في المئة بعد أن رفع توقعات الإنفاق."), "one"),
            Article("d.txt", Growth("وقال صندوق النقد الدولي إن النمو سيبلغ 2.8 في المئة هذا العام."), "two"));
        Assert.DoesNotContain(unstated, c => c.Status == "revised");
    }

    [Fact]
    public void A_rise_told_without_a_name_borrows_no_name_from_a_retelling()
    {
        // A central bank's report of many rises, retold by two outlets from a third that names the bank beside the
        // rise of loans: their rises of bulk operations and of transfers, with no name, are other quantities than the
        // loans and than each other, and lend no conflict between 5.9 and 5.6.
        const string Lead = "وأوضح التقرير السنوي الحادي والخمسون أن النظام المصرفي في المملكة واصل نموه خلال العام الماضي رغم تراجع أسعار النفط.\n";
        RelationInput[] articles = [
            Article("a.txt", Lead + "كما ارتفع عدد العمليات المجمعة بين المصارف بنسبة 5.9% خلال العام الماضي.", "one", "2015-07-24T10:00"),
            Article("b.txt", Lead + "وقالت مؤسسة النقد العربي السعودي إن القروض ارتفعت 8.8% خلال العام الماضي.", "two", "2015-07-24T11:00"),
            Article("c.txt", Lead + "كما ارتفع عدد الحوالات المنفذة عبر نظام سريع بنسبة 5.6% خلال العام الماضي.", "three", "2015-07-24T12:00")];
        Assert.Equal("مؤسسة النقد العربي السعودي", articles[1].Facts.Figures.Single().Subject); // the name a retelling could lend
        Assert.All([articles[0], articles[2]], a => Assert.Null(a.Facts.Figures.Single().Subject));
        var relations = OneStory(articles, Link(articles[1], articles[0], "rewrite"), Link(articles[1], articles[2], "rewrite"));
        Assert.DoesNotContain(ClaimFinder.Find(articles, relations, Gazetteer.Default), c => c.Status == "conflict");
    }

    [Fact]
    public void A_rise_retold_with_its_value_borrows_the_name_of_the_retelling()
    {
        // The company's fall in profit, told by one outlet with its name, by another as "the company's", retold by a
        // third with the name: the second's 4.49% is the same change and joins the name's claim.
        const string Lead = "وأعلنت الشركة نتائجها المالية للربع الثاني من العام الجاري على موقع السوق المالية.\n";
        RelationInput[] articles = [
            Article("a.txt", Lead + "وسجلت سابك تراجعا في أرباحها بنسبة 4.49% خلال الربع الثاني على أساس سنوي بسبب هبوط أسعار البيع.", "one", "2015-07-26T10:00"),
            Article("b.txt", Lead + "وأوضحت الشركة في بيان على موقع تداول أن صافي الربح انخفض 4.49% في الربع الثاني.", "two", "2015-07-26T11:00"),
            Article("c.txt", Lead + "وقالت سابك إن صافي ربحها انخفض 4.49% في الربع الثاني، بحسب بيانها على موقع تداول.", "three", "2015-07-26T12:00")];
        Assert.Null(articles[1].Facts.Figures.Single().Subject);
        var relations = OneStory(articles, Link(articles[2], articles[1], "rewrite"), Link(articles[0], articles[1], "same-event"));
        var claim = Assert.Single(ClaimFinder.Find(articles, relations, Gazetteer.Default));
        Assert.Equal(("سابك", "profit_decline"), (claim.Subject, claim.Metric));
        Assert.Contains(claim.Values, v => v.Article == articles[1].Id);
    }

    [Fact]
    public void A_half_year_named_without_its_year_is_the_half_of_the_year_it_was_reported_in()
    {
        // One outlet writes "النصف الأول" of the results, another "النصف الأول 2015" with last year's value and year
        // in the same sentence: one period, 2015's half, and the two sums agree.
        RelationInput[] articles = [
            Article("a.txt", "وأعلنت الشركة نتائجها المالية على موقع السوق المالية.\nوحققت سابك أرباحا صافية قدرها 10.11 مليار ريال خلال النصف الأول بفضل زيادة الكميات المبيعة.", "one", "2015-07-26T10:00"),
            Article("b.txt", "وأعلنت الشركة نتائجها المالية على موقع السوق المالية.\nوانخفضت أرباح سابك إلى 10.11 مليار ريال بنهاية النصف الأول 2015، مقارنة بأرباح قدرها 12.9 مليار ريال في عام 2014.", "two", "2015-07-26T11:00")];
        var relations = OneStory(articles, Link(articles[0], articles[1], "same-event"));
        var claim = Assert.Single(ClaimFinder.Find(articles, relations, Gazetteer.Default), c => c.Metric == "profit");
        Assert.Equal(("agreed", "2015-H1", 2), (claim.Status, claim.Period, claim.Values.Count));
    }

    [Fact]
    public void A_quarter_of_last_year_is_last_years_quarter()
    {
        RelationInput[] articles = [
            Article("a.txt", "وأعلنت الشركة نتائجها المالية على موقع السوق المالية.\nوبلغت أرباح سابك 6.17 مليار ريال في الربع الثاني من العام الماضي بحسب بيانها.", "one", "2016-03-02T10:00"),
            Article("b.txt", "وأعلنت الشركة نتائجها المالية على موقع السوق المالية.\nوكانت سابك قد حققت أرباحا قدرها 6.17 مليار ريال في الربع الثاني من عام 2015.", "two", "2016-03-02T11:00")];
        var relations = OneStory(articles, Link(articles[0], articles[1], "same-event"));
        Assert.Equal("2015-Q2", Assert.Single(ClaimFinder.Find(articles, relations, Gazetteer.Default), c => c.Metric == "profit").Period);
    }

    [Fact]
    public void Claim_ids_are_unique()
    {
        var seeds = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .Select(p => new RelationInput(p.Id, p.Source, p.Article.Outlet, p.Article.Published, p.Article.Text, p.Facts!.Facts))
            .ToList();
        var claims = ClaimsOf([.. seeds, .. seeds.Select(s => s with { Id = s.Id + "x", Source = s.Source + ".copy" })]);
        Assert.Equal(claims.Count, claims.Select(c => c.Id).Distinct().Count());
    }

    private static string Blast(string toll, string source) =>
        $"قال {source} في بيان اليوم إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل {toll} شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية.\n"
        + "وأضاف البيان أن هناك مخاوف من ارتفاع عدد القتلى، وأن السلطات فتحت تحقيقا في الانفجار الذي وقع في مركز ثقافي وسط البلدة.";

    [Fact]
    public void Two_outlets_tolls_of_one_blast_conflict_under_the_place_not_the_reporter()
    {
        var claims = ClaimsOf(
            Article("a.txt", Blast("27", "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", Blast("30", "وزارة الداخلية التركية"), "two", "2015-07-20T10:40"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Equal("conflict", toll.Status);
        Assert.Equal([27.0, 30.0], toll.Values.Select(v => v.Value).Order());
        Assert.DoesNotContain("الداخلية", toll.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c.Metric == "injuries" && c.Values.Any(v => v.Value is 27 or 30));
    }

    [Theory]
    [InlineData("2015-07-20T18:00", "27", "30", false)] // told higher eight hours later: the toll rose
    [InlineData("2015-07-20T18:00", "30", "27", true)]  // told lower later: a toll does not fall, the counts dispute
    [InlineData("2015-07-20T10:40", "27", "30", true)]  // within the hour: two counts of one moment
    public void A_toll_told_higher_hours_later_is_the_toll_rising_not_a_conflict(string laterPublished, string first, string later, bool conflict)
    {
        var claims = ClaimsOf(
            Article("a.txt", Blast(first, "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", Blast(later, "وزارة الداخلية التركية"), "two", laterPublished));
        Assert.Equal(conflict, claims.Any(c => c.Metric == "deaths" && c.Status == "conflict"));
    }

    [Fact]
    public void A_value_both_reports_give_as_replaced_is_no_agreed_fact()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", "أعلنت شركة موبايلي إعادة قوائمها المالية.\nوأعلنت موبايلي أنه تم تخفيض خسائر الربع الأول من العام 2015 المنشورة سابقا والبالغة 199 مليون ريال لتصبح الخسارة المعدلة 45 مليون ريال.", "one", "2015-08-02T10:00"),
            Article("b.txt", "أعلنت شركة موبايلي إعادة قوائمها المالية.\nأما الأثر على فترة الربع الأول من العام 2015 فأعلنت موبايلي أنه تم تخفيض الخسائر للربع الأول البالغة 199 مليون ريال لتصبح 45 مليونا.", "two", "2015-08-02T11:00"));
        Assert.DoesNotContain(claims, c => c.Status == "agreed" && c.Values.Any(v => v.Value == 199e6));
    }

    [Fact]
    public void A_count_that_adds_to_a_total_is_no_value_replaced()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", "أعلنت وزارة الصحة حصيلة اليوم.\nوسجلت وزارة الصحة في الرياض 5 إصابات جديدة ليصبح إجمالي الإصابات 1000 حالة منذ ظهور المرض.", "one", "2015-08-02T10:00"),
            Article("b.txt", "أعلنت وزارة الصحة حصيلة اليوم.\nوأعلنت الوزارة في مدينة الرياض تسجيل 5 إصابات جديدة ليصبح العدد الكلي للمصابين 1000 إصابة.", "two", "2015-08-02T11:00"));
        Assert.Contains(claims, c => c.Values.Count(v => v.Value == 5) == 2);
    }

    private static string Ministry(string toll) =>
        $"قالت وزارة الداخلية التركية في بيان إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل {toll} شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية.";

    private static string President(string toll) =>
        $"ندد الرئيس التركي رجب طيب أردوغان بالانفجار الانتحاري الذي هز أمس بلدة سروج وأسفر عن مقتل {toll} شخصا ومئة جريح، ووصفه بأنه عمل إرهابي جبان.";

    private static IReadOnlyList<Claim> ClaimsOfOneStory(params RelationInput[] articles) =>
        ClaimFinder.Find(articles, OneStory(articles, Link(articles[0], articles[1], "same-event")), Gazetteer.Default);

    [Fact]
    public void One_events_toll_told_by_two_outlets_in_their_own_words_is_agreed()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", Ministry("30"), "one", "2015-07-20T10:00"),
            Article("b.txt", President("30"), "two", "2015-07-20T18:00"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Equal("agreed", toll.Status);
        Assert.Equal(2, toll.Values.Count);
    }

    [Fact]
    public void Outlets_own_words_differing_on_one_toll_and_agreeing_on_another_conflict()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", Ministry("27"), "one", "2015-07-20T10:00"),
            Article("b.txt", President("30"), "two", "2015-07-20T11:00"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Equal([27.0, 30.0], toll.Values.Select(v => v.Value).Order());
        Assert.Equal("conflict", toll.Status);
    }

    [Fact]
    public void A_toll_of_at_least_a_round_number_is_no_rounding_of_a_smaller_one()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", Ministry("27"), "one", "2015-07-20T10:00"),
            Article("b.txt", President("30").Replace("30 شخصا", "30 شخصا على الأقل", StringComparison.Ordinal), "two", "2015-07-20T11:00"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.NotEqual("agreed", toll.Status);
    }

    [Fact]
    public void Tolls_that_differ_a_little_on_every_count_still_tell_one_event()
    {
        var claims = ClaimsOfOneStory(
            Article("a.txt", "أسفر تفجير سيارة مفخخة في حي الكرادة وسط بغداد مساء اليوم عن مقتل 45 شخصا وإصابة 150 آخرين بجروح.", "one", "2015-08-06T10:00"),
            Article("b.txt", "أسفر تفجير سيارة مفخخة في حي الكرادة وسط بغداد مساء اليوم عن مقتل 50 شخصا وإصابة 160 آخرين بجروح.", "two", "2015-08-06T10:30"));
        Assert.Contains(claims, c => c.Metric == "deaths" && c.Status == "conflict");
    }

    [Fact]
    public void Claims_kept_between_runs_are_the_claims_found_anew()
    {
        // The other tolls of a sentence decide these two reports are one event; kept as state and put back, they must still.
        var articles = new[]
        {
            Article("a.txt", Ministry("27"), "one", "2015-07-20T10:00"),
            Article("b.txt", President("30"), "two", "2015-07-20T11:00"),
            Article("c.txt", "استشهد أربعة مواطنين فلسطينيين وأصيب نحو 30 آخرين بجراح في انفجار صاروخ من مخلفات الاحتلال داخل منزل وسط مدينة رفح جنوب قطاع غزة.", "three", "2015-07-20T12:00"),
            Article("d.txt", "استشهد 3 مواطنين فلسطينيين وأصيب 20 آخرون بجراح في انفجار غامض داخل منزل وسط مدينة رفح جنوب قطاع غزة.", "four", "2015-07-20T13:00"),
        };
        var relations = OneStory(articles, Link(articles[0], articles[1], "same-event"), Link(articles[2], articles[3], "same-event"));
        var found = new ClaimFinder(Gazetteer.Default);
        foreach (var article in articles)
        {
            found.Add(article);
        }

        var restored = new ClaimFinder(Gazetteer.Default);
        foreach (var article in articles)
        {
            restored.Restore(article.Id, found.State(article.Id));
        }

        var first = found.Claims(relations);
        Assert.Single(first, c => c.Metric == "deaths" && c.Status == "conflict");
        Assert.Equal(first.Select(c => (c.Id, c.Status, c.Values.Count)), restored.Claims(relations).Select(c => (c.Id, c.Status, c.Values.Count)));
    }

    [Fact]
    public void Two_blasts_told_alike_that_differ_on_every_toll_are_no_conflict()
    {
        // Two explosions in one town a day apart, told in one mould: 4 dead and 30 hurt, 3 dead and 20 hurt.
        var claims = ClaimsOfOneStory(
            Article("a.txt", "استشهد أربعة مواطنين فلسطينيين وأصيب نحو 30 آخرين بجراح في انفجار صاروخ من مخلفات الاحتلال داخل منزل وسط مدينة رفح جنوب قطاع غزة.", "one", "2015-08-06T10:00"),
            Article("b.txt", "استشهد 3 مواطنين فلسطينيين وأصيب 20 آخرون بجراح في انفجار غامض داخل منزل وسط مدينة رفح جنوب قطاع غزة.", "two", "2015-08-07T10:00"));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
    }

    [Fact]
    public void A_group_counted_by_its_own_noun_is_a_part_of_the_toll_never_its_rival()
    {
        // One outlet counts the dead, the other the children among them: 6 children are no rival count of 9 dead.
        string children = Blast("27", "وزارة الداخلية التركية").Replace("مقتل 27 شخصا", "مقتل 6 أطفال", StringComparison.Ordinal);
        var claims = ClaimsOf(
            Article("a.txt", Blast("9", "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", children, "two", "2015-07-20T18:00"));
        Assert.DoesNotContain(claims, c => c.Metric == "deaths" && c.Values.Any(v => v.Value == 6) && c.Values.Any(v => v.Value == 9));
        var six = Assert.Single(Rasid.Extraction.Figures.FigureExtractor.Default.Extract(children), f => f.Value == 6);
        Assert.Equal(("deaths", "child"), (six.Metric, six.Unit));
    }

    [Fact]
    public void A_count_of_a_group_among_the_dead_is_no_rival_of_the_whole_toll()
    {
        string among = Blast("27", "وزارة الداخلية التركية").Replace("مقتل 27 شخصا", "استشهاد 12 من رجال الأمن و3 من العاملين", StringComparison.Ordinal);
        var claims = ClaimsOf(
            Article("a.txt", Blast("15", "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", among, "two", "2015-07-20T18:00"));
        Assert.DoesNotContain(claims, c => c.Metric == "deaths" && c.Values.Any(v => v.Value == 15) && c.Values.Any(v => v.Value is 12 or 3));
    }

    [Fact]
    public void A_flow_between_two_countries_is_no_rival_of_the_traders_total()
    {
        const string Background = "وقال محللون في بكين وشنغهاي إن ضعف الواردات يعكس تباطؤ النشاط الصناعي وتراجع أسعار خام الحديد والنحاس والفحم، "
            + "وإن البنك المركزي الصيني قد يلجأ إلى خفض جديد لأسعار الفائدة ونسبة الاحتياطي الإلزامي لدى المصارف خلال الأشهر المقبلة، "
            + "بعد أن هبطت الصادرات بدورها بنسبة 8.3 في المائة في يوليو وتراجعت أسواق الأسهم في شنغهاي وشنتشن لليوم الثالث.";
        string total = "أظهرت بيانات الجمارك الصينية الصادرة اليوم السبت أن واردات الصين بلغت 930 مليار يوان في يوليو الماضي، في أضعف أداء منذ مطلع العام.\n" + Background;
        string flow = "كشفت أرقام رسمية نشرتها الجمارك الصينية السبت أن واردات الصين من اليابان بلغت 880 مليار يوان منذ مطلع العام، فيما بقيت اليابان من أكبر شركائها التجاريين.\n" + Background;
        var articles = new[] { Article("a.txt", total, "one", "2015-08-08T10:00"), Article("b.txt", flow, "two", "2015-08-08T12:00") };
        Assert.Single(StoryFinder.Find(articles).Stories); // one event, so that only the quantity keeps the two apart
        var claims = ClaimsOf(articles);
        Assert.DoesNotContain(claims, c => c.Metric == "imports" && c.Values.Any(v => v.Value == 880e9));
    }

    [Fact]
    public void A_toll_recalled_from_another_event_does_not_join_the_events_claim()
    {
        string recalled = Blast("27", "مسؤول تركي") + "\nوكان هجوم آخر في العاصمة أنقرة قد أسفر عن مقتل 27 شخصا قبل عامين.";
        var claims = ClaimsOf(
            Article("a.txt", Blast("27", "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", recalled, "two", "2015-07-20T18:00"));
        Assert.All(claims.Where(c => c.Metric == "deaths"), c => Assert.DoesNotContain(c.Values, v => v.Sentence.Contains("أنقرة", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_price_with_no_owner_named_is_a_series_not_a_claim()
    {
        string Oil(string price) =>
            $"دعت أوبك إلى اجتماع طارئ لبحث هبوط أسعار النفط صوب {price} دولارا للبرميل مسجلة أدنى مستوياتها منذ يناير، وقال وزير الطاقة الجزائري إن المشاورات جارية بين الأعضاء.\n"
            + "وأضاف الوزير أن الدول المنتجة تدرس خفض الإنتاج لدعم الأسعار في الأسواق العالمية خلال الأسابيع المقبلة.";
        var claims = ClaimsOf(Article("a.txt", Oil("48"), "one", "2015-08-05T10:00"), Article("b.txt", Oil("49"), "two", "2015-08-05T12:00"));
        Assert.DoesNotContain(claims, c => c.Metric == "price");
    }

    [Fact]
    public void A_tolls_event_is_named_by_where_it_happened_not_by_the_dateline()
    {
        var claims = ClaimsOf(
            Article("a.txt", "أبها - سبق: " + Blast("27", "وزارة الداخلية التركية"), "one", "2015-07-20T10:00"),
            Article("b.txt", "أبها - سبق: " + Blast("30", "وزارة الداخلية التركية"), "two", "2015-07-20T10:30"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.DoesNotContain("أبها", toll.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tolls_event_is_the_place_it_happened_in_not_a_place_named_beside_it()
    {
        string Attack(string toll) =>
            $"قال وزير الخارجية الفرنسي في باريس إن فرنسا تدين بشدة الهجوم الذي وقع في مدينة حلب وأسفر عن مقتل {toll} مدنيا بينهم أطفال ونساء.\n"
            + "وأضاف الوزير أن بلاده ستطلب عقد جلسة طارئة لمجلس الأمن لبحث الهجوم ومحاسبة المسؤولين عنه.";
        var claims = ClaimsOf(Article("a.txt", Attack("12"), "one", "2016-04-20T10:00"), Article("b.txt", Attack("15"), "two", "2016-04-20T10:30"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Contains("حلب", toll.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toll_whose_sentence_names_no_place_is_named_by_its_articles_place_not_by_another_name()
    {
        string Attack(string toll) =>
            $"هز انفجار عنيف سوقا شعبيا في مدينة حلب صباح اليوم وسط إجراءات أمنية مشددة في المدينة.\n"
            + $"وأسفر الانفجار عن مقتل {toll} شخصا بحسب ما تداوله ناشطون على موقع تويتر نقلا عن مصادر طبية في المستشفيات الميدانية.\n"
            + "وقال شهود إن سيارات الإسعاف نقلت المصابين إلى المستشفيات القريبة من السوق.";
        var claims = ClaimsOf(Article("a.txt", Attack("12"), "one", "2016-04-20T10:00"), Article("b.txt", Attack("15"), "two", "2016-04-20T10:30"));
        var toll = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Contains("حلب", toll.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("تويتر", toll.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_border_or_a_road_named_beside_a_toll_is_not_where_it_happened()
    {
        string Attack(string toll) =>
            $"أصيب {toll} جنود في هجوم بقذائف استهدف مركزا عسكريا قرب الحدود مع العراق وسوريا فجر اليوم بحسب مصادر أمنية.\n"
            + "وتشهد تركيا منذ أيام هجمات متكررة تتهم السلطات حزب العمال الكردستاني بتنفيذها في المناطق الجنوبية الشرقية.";
        string Crash(string toll) =>
            $"لقي {toll} أشخاص مصرعهم في حادث انقلاب حافلة على طريق القاهرة الفيوم الصحراوي صباح اليوم بحسب مصادر طبية.\n"
            + "وقالت مصادر في محافظة الفيوم إن سيارات الإسعاف نقلت المصابين إلى مستشفى الفيوم العام.";
        var claims = ClaimsOf(
            Article("a.txt", Attack("7"), "one", "2015-07-25T10:00"), Article("b.txt", Attack("9"), "two", "2015-07-25T10:30"),
            Article("c.txt", Crash("خمسة"), "one", "2015-08-02T10:00"), Article("d.txt", Crash("ستة"), "two", "2015-08-02T10:30"));
        var injured = Assert.Single(claims, c => c.Metric == "injuries");
        Assert.Contains("تركيا", injured.Subject, StringComparison.Ordinal);
        var dead = Assert.Single(claims, c => c.Metric == "deaths");
        Assert.Contains("الفيوم", dead.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Tolls_summed_over_separate_incidents_are_tallies_not_one_events_toll()
    {
        string Tally(string injured, string incidents) =>
            $"لقي 3 أشخاص مصرعهم وأصيب {injured} آخرون في {incidents} بمحافظة الطائف أمس، وباشرت فرق الهلال الأحمر الحوادث ونقلت المصابين إلى المستشفيات.\n"
            + "وأوضح المتحدث باسم الهلال الأحمر بالطائف أن الفرق الإسعافية وصلت إلى مواقع الحوادث خلال دقائق من تلقي البلاغات.";
        var claims = ClaimsOf(
            Article("a.txt", Tally("15", "ثلاثة حوادث متفرقة"), "one", "2015-08-02T10:00"),
            Article("b.txt", Tally("12", "حادثين منفصلين"), "two", "2015-08-02T18:00"));
        Assert.DoesNotContain(claims, c => c.Metric is "injuries" or "deaths");
    }
    private static string Seizure(string counted) =>
        "أعلنت هيئة مكافحة الفساد في المملكة أنها استعادت أراضي حكومية في محافظة جدة بعد تحقيقات استمرت عامين مع مسؤولين سابقين في أمانة المحافظة ورجال أعمال متهمين بالتعدي عليها.\n"
        + counted + "\n"
        + "وأضافت الهيئة أن التحقيقات مستمرة مع عدد من موظفي أمانة جدة في قضايا التعدي على الأراضي الحكومية.";

    [Fact]
    public void An_article_listing_several_counts_of_one_noun_agrees_on_each_and_conflicts_on_none()
    {
        // One article gives 151 properties taken back and 130 more begun; another gives the 151 only. Which of the list's
        // values a second report's value answers is not for a number to say: agreement on 151, no conflict with 130.
        var claims = ClaimsOf(
            Article("a.txt", Seizure("وأوضحت الهيئة أنها استعادت 151 عقارا وبدأت إجراءات استعادة 130 عقارا أخرى في أحياء شمال جدة، وأن المتهمين سيحالون إلى المحكمة الإدارية."), "one", "2015-08-02T10:00"),
            Article("b.txt", Seizure("وقال متحدث باسم الهيئة إنها استعادت 151 عقارا في أحياء شمال جدة وأعيدت صكوكها إلى أملاك الدولة بعد ثبوت التعدي عليها."), "two", "2015-08-02T18:00"));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
        var agreed = Assert.Single(claims, c => c.Metric == "properties");
        Assert.Equal("agreed", agreed.Status);
        Assert.All(agreed.Values, v => Assert.Equal(151, v.Value));
    }

    [Fact]
    public void Two_outlets_printing_one_wire_sentence_are_one_report_and_no_agreement()
    {
        // Different articles around one copied sentence: the value rests on one report, so no claim says two sources
        // agree on it; a second outlet's own sentence with the value makes the agreement.
        string wire = "أعلنت شركة أرامكو السعودية أن أرباحها الصافية بلغت 24.7 مليار دولار في الربع الثاني من عام 2015، بفضل زيادة الإنتاج في حقول المنطقة الشرقية وتحسن هوامش التكرير في مصافي الشركة داخل المملكة وخارجها.";
        var claims = ClaimsOf(
            Article("a.txt", wire + "\nوأوضح الرئيس التنفيذي للشركة أمين الناصر أن أرامكو ماضية في خططها التوسعية في قطاع الكيماويات رغم تقلبات أسعار الخام.", "one", "2015-08-02T10:00"),
            Article("b.txt", wire + "\nويتوقع محللون في بنوك استثمار خليجية أن تواصل أرامكو رفع إنتاجها مع افتتاح مصفاة جديدة في جازان العام المقبل.", "two", "2015-08-02T12:00"));
        Assert.DoesNotContain(claims, c => c.Status == "agreed");

        string own = "وحققت أرامكو أرباحا صافية قدرها 24.7 مليار دولار في الربع الثاني من عام 2015 بدعم من ارتفاع الضخ وأداء مصافيها الخارجية.";
        var told = ClaimsOf(
            Article("a.txt", wire + "\nوأوضح الرئيس التنفيذي للشركة أمين الناصر أن أرامكو ماضية في خططها التوسعية في قطاع الكيماويات رغم تقلبات أسعار الخام.", "one", "2015-08-02T10:00"),
            Article("b.txt", own + "\nوقال أمين الناصر إن أرامكو ماضية في التوسع في الكيماويات رغم تقلبات أسعار الخام في الأسواق العالمية وارتفاع تكاليف الحفر.", "two", "2015-08-02T12:00"));
        Assert.Contains(told, c => c.Status == "agreed" && c.Values.All(v => v.Value == 24.7e9));
    }
    [Fact]
    public void An_age_told_with_and_without_the_day_is_one_quantity()
    {
        // One outlet dates the arrests (في 15 يوليو), the other does not: the same thirty-year-old.
        var a = Article("a.txt", "البحرين تحبط تهريب متفجرات من إيران\nوأعلنت وزارة الداخلية البحرينية القبض على شخصين في 15 يوليو 2015 بعد رصد قارب يحمل متفجرات شديدة الانفجار قرب سواحل سترة في البحرين.\nوأوضحت الوزارة أن المقبوض عليه الأول علي حسن الموسوي (30 عاما) اعترف بتسلم الشحنة من عناصر في الحرس الثوري الإيراني.", "one", "2015-07-25T23:00");
        var b = Article("b.txt", "تفكيك خلية سلحتها إيران في البحرين\nألقت الشرطة في البحرين القبض على شخصين إثر ضبط زورق محمل بمواد قابلة للتفجير قادم من إيران نحو سترة.\nوأضافت أن علي حسن الموسوي (30 عاما) تلقى تدريبا في معسكرات تابعة للحرس الثوري قبل أن يعود إلى البلاد.", "two", "2015-07-26T17:00");
        var claims = ClaimFinder.Find([a, b], OneStory([a, b], Link(a, b, "same-event")), Gazetteer.Default);
        Assert.Contains(claims, c => c.Metric == "age" && c.Status == "agreed" && c.Values.Select(v => v.Article).Distinct().Count() == 2);
    }

    [Fact]
    public void Values_of_a_list_are_never_compared()
    {
        // A region's hospital projects and their beds: which count is which hospital is the list's syntax alone.
        string List(string lead) =>
            $"{lead} برج طبي بمستشفى الولادة والأطفال بجدة بسعة 400 سرير، وبرج طبي بمستشفى العيون بجدة بسعة 200 سرير، ومستشفى الصحة النفسية بجدة بسعة 500 سرير.";
        var a = Article("a.txt", "مشروعات صحية جديدة في مكة المكرمة\n" + List("وأوضحت الشؤون الصحية بمنطقة مكة المكرمة أن المشروعات الجاري تنفيذها حاليا تشمل") + "\nوتهدف المشاريع إلى رفع الطاقة السريرية في مستشفيات المنطقة والمحافظات التابعة لها بحلول عام 1440.", "one", "2015-07-26T10:00");
        var b = Article("b.txt", "رفع الطاقة السريرية بمستشفيات مكة\n" + List("ومن المشاريع التي ينفذها القطاع الصحي هذا العام") + "\nوأكدت المديرية أن المشاريع الجديدة ستسهم في تخفيف الضغط على أقسام الطوارئ في مستشفيات جدة.", "two", "2015-07-26T12:00");
        Assert.Contains(a.Facts.Figures, f => f.Metric == "beds" && f.Value == 200);
        var claims = ClaimFinder.Find([a, b], OneStory([a, b], Link(a, b, "same-event")), Gazetteer.Default);
        Assert.DoesNotContain(claims, c => c.Metric == "beds");
    }

    [Fact]
    public void Counts_named_in_passing_agree_but_never_conflict()
    {
        // A building's floors told as three by one outlet and four by another are mostly two things counted (the
        // building's, the floors that burned), not one count disputed: no conflict; told alike they agree.
        string Fire(string sentence) =>
            "اندلع حريق مساء أمس في مبنى سكني بحي العزيزية في مدينة جدة، وباشرت فرق الدفاع المدني إخماد الحريق وإخلاء السكان دون تسجيل إصابات بحسب المتحدث الرسمي للدفاع المدني.\n"
            + sentence + "\nوتحقق الجهات المختصة في أسباب الحريق الذي ألحق أضرارا بالشقق السكنية في الطوابق العليا من المبنى.";
        var differ = ClaimsOf(
            Article("a.txt", Fire("وأوضح المتحدث أن الحريق شب في مبنى مكون من ثلاثة أدوار بحي العزيزية في جدة قبل أن تتم السيطرة عليه."), "one", "2015-07-20T10:00"),
            Article("b.txt", Fire("وقال المتحدث إن النيران اندلعت في مبنى من أربعة أدوار بحي العزيزية في جدة وتمت السيطرة عليها."), "two", "2015-07-20T18:00"));
        Assert.DoesNotContain(differ, c => c.Metric == "floors" && c.Status == "conflict");

        var alike = ClaimsOf(
            Article("a.txt", Fire("وأوضح المتحدث أن الحريق شب في مبنى مكون من أربعة أدوار بحي العزيزية في جدة قبل أن تتم السيطرة عليه."), "one", "2015-07-20T10:00"),
            Article("b.txt", Fire("وقال المتحدث إن النيران اندلعت في مبنى من أربعة أدوار بحي العزيزية في جدة وتمت السيطرة عليها."), "two", "2015-07-20T18:00"));
        Assert.Contains(alike, c => c.Metric == "floors" && c.Status == "agreed");
    }

    [Fact]
    public void A_count_of_places_is_never_named_by_a_place_beside_it()
    {
        // Fifty founding countries "such as France", six cities "among them Riyadh": the place named is one of the
        // counted, never whose count it is. The same reports agree on a count of something else in the same place.
        string Bank(string sentence) =>
            "تأسس البنك الآسيوي للاستثمار في البنى التحتية رسميا في بكين أواخر يونيو برأس مال يبلغ مئة مليار دولار ويهدف إلى تمويل مشاريع الطرق والموانئ والطاقة في القارة.\n"
            + sentence + "\nويتوقع أن يبدأ البنك منح قروضه الأولى مطلع العام المقبل بعد اكتمال تعيين مجلس إدارته.";
        var claims = ClaimsOf(
            Article("a.txt", Bank("وانضمت إلى البنك خمسون دولة مؤسسة منها بلدان غربية مثل فرنسا وألمانيا وبريطانيا."), "one", "2015-07-20T10:00"),
            Article("b.txt", Bank("وشارك في تأسيس البنك خمسون دولة منها بلدان غربية كفرنسا وألمانيا وبريطانيا."), "two", "2015-07-20T18:00"));
        Assert.DoesNotContain(claims, c => c.Metric == "countries");
    }

    [Fact]
    public void A_players_tally_is_never_named_by_a_place_beside_it()
    {
        // The Czech goalkeeper's 494 matches are his, not the Czech Republic's; with no owner bound they are no claim.
        string Transfer(string sentence) =>
            "أعلن نادي آرسنال الإنجليزي رسميا التعاقد مع حارس مرمى تشيلسي بيتر تشيك لمدة أربعة مواسم مقابل عشرة ملايين جنيه إسترليني بعد مفاوضات استمرت أسابيع بين الناديين اللندنيين.\n"
            + sentence + "\nويأمل المدرب أرسين فينغر أن يمنح الحارس المخضرم خط الدفاع الثقة التي افتقدها في الموسم الماضي.";
        var claims = ClaimsOf(
            Article("a.txt", Transfer("وأمضى الحارس القادم من التشيك أحد عشر موسما ناجحا مع تشيلسي خاض خلالها 494 مباراة في كل المسابقات."), "one", "2015-07-20T10:00"),
            Article("b.txt", Transfer("وخاض الحارس الدولي القادم من التشيك 494 مباراة بقميص تشيلسي خلال أحد عشر موسما في لندن."), "two", "2015-07-20T18:00"));
        Assert.DoesNotContain(claims, c => c.Metric == "matches");
    }

    [Theory]
    [InlineData("وأسفر التفجير عن مقتل 15 شخصا بينهم 12 عسكريا وإصابة 9 آخرين في مسجد قوات الطوارئ.", 12, true)]
    [InlineData("وبلغ مجمل عدد المصابين 50 حالة سجلت منهم 9 حالات وفاة و39 حالة يتلقون العلاج.", 39, true)]
    [InlineData("وأسفر التفجير عن مقتل 15 شخصا بينهم 12 عسكريا وإصابة 9 آخرين في مسجد قوات الطوارئ.", 15, false)]
    [InlineData("وقتل 12 عسكريا في الهجوم الذي أصيب فيه 9 آخرون.", 12, false)]
    public void A_count_after_a_word_of_partition_is_a_part_of_the_count_before(string text, double value, bool part)
    {
        // "15 killed, among them 12 soldiers": the 12 is a part of the 15, neither a rival toll nor the toll itself.
        var article = Article("a.txt", text);
        var figure = article.Facts.Figures.First(f => f.Value == value);
        Assert.Equal(part, ClaimFinder.IsPartOf(article, figure, ClaimFinder.SentenceWords.Of(article.Text, 0, article.Text.Length)));
    }

    [Fact]
    public void A_toll_a_report_says_rose_to_its_value_revises_the_lower_counts()
    {
        string Fire(string first) =>
            first + "\nوقال متحدث باسم شرطة هامبورغ إن فرق الإطفاء تمكنت من السيطرة على الحريق في مبنى الملجأ القديم بحي فيلهلمسبورغ بعد ساعات، وإن التحقيقات جارية لمعرفة أسباب الانفجار."
            + "\nوأوضح المتحدث أن المبنى الذي شيد خلال الحرب العالمية الثانية كان يستخدم مستودعا لشركة لوجستية، وأن سكان المنطقة طلب منهم إغلاق النوافذ بسبب الدخان.";
        string early = "أصيب 27 شخصا اليوم في حادث اندلاع حريق وانفجار في مبنى محصن سابق بمدينة هامبورغ الألمانية.";
        string risen = "ارتفع عدد المصابين في حادث اندلاع حريق ووقوع انفجار في مبنى محصن سابق بمدينة هامبورغ الألمانية صباح اليوم إلى 38 مصابا.";
        // The lower count printed later by a lagging outlet is still the count before the update.
        var claims = ClaimsOf(Article("a.txt", Fire(risen), "one", "2015-08-04T18:06"), Article("b.txt", Fire(early), "two", "2015-08-04T18:20"));
        var injured = Assert.Single(claims, c => c.Metric == "injuries");
        Assert.Equal("revised", injured.Status);

        // Told without the rise, or with a count higher than the risen one, the values stay a conflict.
        string other = "أصيب 38 شخصا اليوم في حادث اندلاع حريق وانفجار في مبنى محصن سابق بمدينة هامبورغ الألمانية.";
        Assert.Equal("conflict", Assert.Single(ClaimsOf(Article("a.txt", Fire(other), "one", "2015-08-04T18:06"), Article("b.txt", Fire(early), "two", "2015-08-04T18:20")), c => c.Metric == "injuries").Status);
        string higher = "أصيب 45 شخصا اليوم في حادث اندلاع حريق وانفجار في مبنى محصن سابق بمدينة هامبورغ الألمانية.";
        Assert.Equal("conflict", Assert.Single(ClaimsOf(Article("a.txt", Fire(risen), "one", "2015-08-04T18:06"), Article("b.txt", Fire(higher), "two", "2015-08-04T18:20")), c => c.Metric == "injuries").Status);
    }

    [Fact]
    public void A_part_of_a_count_given_in_parentheses_is_no_rival_count()
    {
        string Cases(string sentence) =>
            sentence + "\nوأوضحت الوزارة أن الحالات الجديدة بفيروس كورونا في الرياض نقلت إلى مستشفى الملك فهد للعزل وأن فرق الاستقصاء تتابع المخالطين منذ يومين."
            + "\nودعت الوزارة المواطنين في الرياض إلى اتباع إرشادات الوقاية من فيروس كورونا والتواصل مع مركز القيادة والتحكم عند ظهور الأعراض.";
        var claims = ClaimsOf(
            Article("a.txt", Cases("أعلنت وزارة الصحة تسجيل 4 حالات إصابة جديدة بفيروس كورونا (3 مواطنين ومواطنة) في الرياض."), "one", "2015-08-10T19:00"),
            Article("b.txt", Cases("سجلت وزارة الصحة أربع إصابات جديدة بفيروس كورونا في الرياض لمواطنين."), "two", "2015-08-11T09:00"));
        Assert.DoesNotContain(claims, c => c.Status == "conflict");
        Assert.DoesNotContain(claims, c => c.Values.Any(v => v.Value == 3));
    }

    [Theory]
    [InlineData("8617 نقطة", 8617, "8654 نقطة", 8654, false)]
    [InlineData("135 نقطة", 135, "135.65 نقطة", 135.65, true)]
    [InlineData("77189 صفقة", 77189, "77190 صفقة", 77190, true)]
    [InlineData("1 نقطة", 1, "1.3 نقطة", 1.3, false)]
    [InlineData("12%", 12, "12.8%", 12.8, false)]
    public void Two_whole_numbers_half_a_percent_apart_are_two_values_and_dropped_decimals_are_one(string a, double va, string b, double vb, bool same)
    {
        static Rasid.Extraction.Figures.Figure F(string surface, double v) =>
            new(0, surface.Length, surface, "quantity", v, null, surface.EndsWith('%') ? "%" : "point", "exact", "index_close", null);
        Assert.Equal(same, ClaimFinder.Equivalent(F(a, va), F(b, vb)));
    }
}
