using Rasid.Cleaning;

namespace Rasid.Tests.Cleaning;

/// <summary>Rules on small articles written for the tests (not the seeds): each rule family once.</summary>
public sealed class TextCleanerTests
{
    private static readonly TextCleaner Cleaner = new(BoilerplateRules.Default);

    private const string Paragraph1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بسعة خمسمئة سرير، في إطار خطة لتوسيع الخدمات الطبية في المحافظات خلال العامين المقبلين.";
    private const string Paragraph2 = "وقال المتحدث باسم الوزارة إن المستشفى سيضم أقساماً متخصصة في أمراض القلب والأورام، وإن العمل فيه سيبدأ مطلع الشهر المقبل بعد استكمال تجهيزاته.";

    private static CleanArticle Clean(params string[] lines) => Cleaner.Clean(lines, new ArticleHints());

    [Fact]
    public void Header_date_time_title_and_byline_become_metadata()
    {
        var a = Clean("السبت 7 جويلية 2024 - 09:15 ص", "افتتاح مستشفى جديد في العاصمة", "بقلم: سلمى حداد", Paragraph1, Paragraph2);
        Assert.Equal("افتتاح مستشفى جديد في العاصمة", a.Title);
        Assert.Equal(["سلمى حداد"], a.Authors);
        Assert.Equal("2024-07-07T09:15", a.Published);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
    }

    [Fact]
    public void Explicit_byline_after_a_long_standfirst_is_found()
    {
        var a = Clean(Paragraph1, "حوار: آسيا العتروس", Paragraph2);
        Assert.Equal(["آسيا العتروس"], a.Authors);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
    }

    [Theory]
    [InlineData("١٥ كانون الثاني ٢٠٢٣", "2023-01-15")]
    [InlineData("الخميس، 2 نوفمبر 2023", "2023-11-02")]
    [InlineData("2022/05/30", "2022-05-30")]
    [InlineData("نشر في: 3 فيفري 2021", "2021-02-03")]
    public void Date_lines_in_every_month_naming(string line, string published) =>
        Assert.Equal(published, Clean(line, Paragraph1).Published);

    [Fact]
    public void Pm_time_line_is_converted_to_24_hours() =>
        Assert.Equal("2025-01-05T21:40", Clean("5 يناير 2025", "9:40 م", Paragraph1).Published);

    [Fact]
    public void Read_also_follow_us_share_and_widgets_are_removed_with_reasons()
    {
        var a = Clean(Paragraph1, "اقرأ أيضاً: الحكومة ترفع أسعار الوقود", Paragraph2, "شارك", "تابعونا على تويتر وفيسبوك", "الأكثر قراءة");
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
        Assert.Contains(a.Removed, r => r.Reason == "read-also");
        Assert.Contains(a.Removed, r => r.Reason == "follow-us");
        Assert.Contains(a.Removed, r => r.Reason == "share-bar");
        Assert.Contains(a.Removed, r => r.Reason == "widget");
    }

    [Fact]
    public void A_share_bar_run_on_into_the_first_paragraph_is_cut_and_the_paragraph_kept()
    {
        var a = Clean("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك " + Paragraph1, Paragraph2);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
        Assert.Contains(a.Removed, r => r.Reason == "share-bar" && r.Text.StartsWith("شارك من خلال", StringComparison.Ordinal));
        string news = "شارك عبر تويتر آلاف المغردين في حملة لدعم المرضى، وقال منظموها إنها تجاوزت توقعاتهم خلال أيامها الأولى.";
        Assert.Equal(news + "\n" + Paragraph2, Clean(news, Paragraph2).Text); // one platform named: a sentence of the article
    }

    [Fact]
    public void A_sliders_arrows_before_the_first_line_are_cut_and_the_line_kept()
    {
        var a = Clean("Next Previous أعلن الدفاع المدني في جدة اليوم السيطرة على حريق اندلع في مستودع بحي الصناعية دون إصابات.", Paragraph1, Paragraph2);
        Assert.StartsWith("أعلن الدفاع المدني في جدة", a.Text, StringComparison.Ordinal);
        Assert.Contains(a.Removed, r => r.Reason == "ui-residue" && r.Text.StartsWith("Next Previous", StringComparison.Ordinal));
    }

    [Fact]
    public void A_columnists_sms_footer_is_removed_with_the_email_glued_to_it()
    {
        var a = Clean(Paragraph1, Paragraph2, "nafezah@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (6) ثم مسافة ثم نص الرسالة إلى 88591");
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
        Assert.Contains(a.Removed, r => r.Reason == "contact-the-writer");
    }

    [Fact]
    public void A_link_back_to_the_story_is_removed()
    {
        var a = Clean(Paragraph1, Paragraph2, "رابط الخبر بصحيفة الوئام: ترسية مشروعات بأكثر من 27 مليون ريال");
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, a.Text);
        Assert.Contains(a.Removed, r => r.Reason == "story-link");
    }

    [Fact]
    public void Attribution_line_and_credited_outlet_build_the_via_chain()
    {
        var a = Clean("أفادت صحيفة «الشرق الأوسط» بأن المستشفى سيفتتح قريباً وفق الخطة التي أقرتها الحكومة الشهر الماضي.", Paragraph2, "المصدر: وكالة الأنباء الأردنية");
        Assert.Equal(["وكالة الأنباء الأردنية", "الشرق الأوسط"], a.Via);
        Assert.DoesNotContain("المصدر", a.Text, StringComparison.Ordinal);
        Assert.Contains("الشرق الأوسط", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnamed_sources_are_not_credits()
    {
        var a = Clean("ووفقاً لمصادر مطلعة، فإن الوزارة تدرس افتتاح مستشفيات أخرى في المحافظات الجنوبية خلال العام المقبل.", Paragraph2);
        Assert.Empty(a.Via);
    }

    [Theory]
    [InlineData("تم إنشاء هذا المقال بمساعدة الذكاء الاصطناعي")]
    [InlineData("هذا الخبر تمت صياغته باستخدام أدوات الذكاء الاصطناعي")]
    [InlineData("This article was generated by AI")]
    public void Ai_disclosure_sets_the_flag_and_leaves_the_text(string line)
    {
        var a = Clean(Paragraph1, Paragraph2, line);
        Assert.True(a.AiDisclosure);
        Assert.DoesNotContain(line, a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_about_AI_is_not_a_disclosure() =>
        Assert.False(Clean("تستثمر الشركات مليارات الدولارات في الذكاء الاصطناعي هذا العام، وفق تقديرات المحللين في القطاع المالي.", Paragraph2).AiDisclosure);

    [Fact]
    public void Subheadings_stay_and_advert_blocks_go()
    {
        var a = Clean(Paragraph1, "خطة التوسع", Paragraph2, "مؤتمر الصحة العربي", "دبي", "|", "20-22 مايو 2026", Paragraph1);
        Assert.Contains("خطة التوسع", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("مؤتمر الصحة العربي", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("20-22 مايو 2026", a.Text, StringComparison.Ordinal);
        Assert.Equal(3, a.Removed.Count(r => r.Reason == "advert"));
    }

    [Fact]
    public void Ui_residue_in_the_header_is_removed()
    {
        var a = Clean("A A", "tru", "اقتصاد", "ارتفاع أسعار الذهب إلى مستوى قياسي", Paragraph1);
        Assert.Equal("ارتفاع أسعار الذهب إلى مستوى قياسي", a.Title);
        Assert.Equal(Paragraph1, a.Text);
    }

    [Fact]
    public void Lower_case_latin_lines_are_residue_in_arabic_articles_but_names_stay()
    {
        var a = Clean(Paragraph1, "loading", "ChatGPT", "OpenAI", Paragraph2, "menu close");
        Assert.Equal(Paragraph1 + "\nChatGPT\nOpenAI\n" + Paragraph2, a.Text);
        Assert.Equal(2, a.Removed.Count(r => r.Reason == "ui-residue"));
    }

    [Fact]
    public void Lower_case_lines_of_a_latin_article_are_not_residue()
    {
        var a = Clean("The ministry opened a new hospital in the capital with five hundred beds this week.", "update", "More wards will follow next year according to the health minister, who spoke to reporters.");
        Assert.Contains("update", a.Text.Split('\n'));
    }

    [Fact]
    public void Record_hints_fill_what_the_text_does_not_say()
    {
        var a = Cleaner.Clean([Paragraph1], new ArticleHints("عنوان من المصدر", "الرياض: محمد العتيبي", "2015-07-21 02:51:32"));
        Assert.Equal("عنوان من المصدر", a.Title);
        Assert.Equal("2015-07-21T02:51", a.Published);
        Assert.Equal(["الرياض: محمد العتيبي"], a.Authors);
    }
}
