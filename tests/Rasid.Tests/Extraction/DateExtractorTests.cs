using Rasid.Extraction.Dates;

namespace Rasid.Tests.Extraction;

/// <summary>Dates in sentences written for these tests.</summary>
public sealed class DateExtractorTests
{
    private static DateMention Single(string text, string? published = null) => Assert.Single(DateExtractor.Default.Extract(text, published));

    /// <summary>Every date in the text, as the text's own words and "value precision".</summary>
    private static void AssertDates(string text, string[] surfaces, string[] values, string? published = null)
    {
        var dates = DateExtractor.Default.Extract(text, published);
        Assert.Equal(surfaces, dates.Select(d => text[d.Start..d.End]));
        Assert.Equal(values, dates.Select(d => $"{d.Value} {d.Precision}"));
    }

    [Theory]
    [InlineData("وقع الاتفاق في 5 مارس 2024 في الرياض.", "5 مارس 2024", "2024-03-05", "day")]
    [InlineData("وقع الاتفاق في 5 آذار 2024 في الرياض.", "5 آذار 2024", "2024-03-05", "day")] // Levantine name
    [InlineData("وقع الاتفاق في 5 مارس آذار 2024 في الرياض.", "5 مارس آذار 2024", "2024-03-05", "day")] // paired names
    [InlineData("وقع الاتفاق في 12 جوان 2023 بتونس.", "12 جوان 2023", "2023-06-12", "day")] // Maghrebi name
    [InlineData("افتتح المعرض في ١٢ أكتوبر تشرين الأول ٢٠٢٥.", "١٢ أكتوبر تشرين الأول ٢٠٢٥", "2025-10-12", "day")] // two-word Levantine name, Arabic-Indic digits
    [InlineData("صدر القرار بتاريخ 2024/03/05 عن الوزارة.", "2024/03/05", "2024-03-05", "day")]
    [InlineData("نشرت النتائج في يوليو تموز 2024 على موقعها.", "يوليو تموز 2024", "2024-07", "month")]
    [InlineData("ستبدأ الأعمال في الربع الثالث من عام 2026 وفق الخطة.", "الربع الثالث من عام 2026", "2026-Q3", "quarter")]
    [InlineData("تأسست الشركة عام 1998 في جدة.", "عام 1998", "1998", "year")]
    [InlineData("تصرف الأرباح بنهاية تداول يوم 13 /08 /2015م للمساهمين.", "13 /08 /2015م", "2015-08-13", "day")] // spaced separators, Gregorian marker
    [InlineData("وزعت الشركة أرباح الربع الثاني 2015م على المساهمين.", "الربع الثاني 2015م", "2015-Q2", "quarter")]
    [InlineData("تراجعت الأرباح في 2023 بشكل كبير.", "2023", "2023", "year")]
    public void Absolute_dates_with_their_precision(string text, string surface, string value, string precision)
    {
        var date = Single(text);
        Assert.Equal(surface, date.Surface);
        Assert.Equal(surface, text[date.Start..date.End]);
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void Month_names_are_found_where_they_begin_a_word_and_only_there()
    {
        // Month names are looked for as words first; a name inside a longer word (مارسيليا، يناير inside
        // بيناير) is passed over and the search goes on to the month after it.
        AssertDates(
            "وصل الفريق إلى مارسيليا بيناير ثم لعب في مارس 2025 وعاد في كانون الثاني 2026 إلى بلده.",
            ["مارس 2025", "كانون الثاني 2026"],
            ["2025-03 month", "2026-01 month"]);
    }

    [Fact]
    public void Years_relative_dates_and_weekdays_are_found_where_their_word_begins_a_word()
    {
        // These patterns are tried only where one of their first words occurs: a word that merely contains one
        // (الصحفي holds في، والعامل holds العام) starts nothing, and the search goes on past it.
        AssertDates(
            "قال الصحفي 2020 مرة إن الفريق عاد للعام 2024 بعد غياب، والعامل 2021 ثم يوم الأحد الماضي خسر وفاز (2019) ويعود الشهر المقبل.",
            ["للعام 2024", "يوم الأحد الماضي", "2019", "الشهر المقبل"],
            ["2024 year", "2025-04-20 day", "2019 year", "2025-05 month"],
            published: "2025-04-23");
    }

    [Fact]
    public void Numeric_dates_are_found_where_a_run_of_digits_begins_whatever_comes_before()
    {
        // The patterns that begin with a number are tried only where a run of digits begins: a letter glued before
        // the number (بتاريخ2024) still lets one begin, a number inside a longer one (145/3/2015) never does.
        AssertDates(
            "صدر القرار بتاريخ2024/03/05 ونشر في 5 مارس 2024، ثم عدل يوم 13-8-2015 وليس يوم 145/3/2015.",
            ["2024/03/05", "5 مارس 2024", "13-8-2015"],
            ["2024-03-05 day", "2024-03-05 day", "2015-08-13 day"]);
    }

    [Fact]
    public void A_cue_word_with_and_glued_on_still_marks_a_year_or_a_month()
    {
        // News glues the conjunction to the cue: وفي 2023، ومنذ 2015، فحتى 2030، وفي مارس. The date never includes it.
        AssertDates(
            "وفي 2023 ارتفعت الأرباح، ومنذ 2015 لم تتراجع، فحتى 2030 تبقى الخطة، وفي مارس تعلن النتائج.",
            ["2023", "2015", "2030", "مارس"],
            ["2023 year", "2015 year", "2030 year", "2025-03 month"],
            published: "2025-01-10");
    }

    [Fact]
    public void A_month_without_a_year_takes_the_articles_year_or_stays_yearless()
    {
        Assert.Equal("--06-13", Single("اجتمع المجلس في 13 يونيو لبحث الميزانية.").Value);
        Assert.Equal("2025-06-13", Single("اجتمع المجلس في 13 يونيو لبحث الميزانية.", "2025-08-01").Value);
        Assert.Equal("--04", Single("أعلنت الشركة في أبريل عن خطتها.").Value);
    }

    [Theory]
    [InlineData("مارس الفريق ضغطا كبيرا على المنافس.")] // مارس the verb, not March
    [InlineData("قال الأب إن ابنه بخير.")] // آب (August) normalizes like "father"
    [InlineData("وظفت الشركة 2000 موظف جديد.")] // a count, not a year
    [InlineData("اتصل بنا أمس لكن لا تاريخ للمقال.")] // relative, with no publication date to anchor it
    public void Words_that_look_like_dates_but_are_not(string text) => Assert.Empty(DateExtractor.Default.Extract(text));

    [Theory]
    [InlineData("قال الوزير أمس إن الخطة جاهزة.", "2025-04-23", "2025-04-22", "day")]
    [InlineData("ستعلن النتائج غداً صباحا.", "2025-04-23", "2025-04-24", "day")]
    [InlineData("ارتفعت المبيعات العام الماضي بقوة.", "2025-04-23", "2024", "year")]
    [InlineData("أغلق السهم يوم الجمعة على ارتفاع.", "2025-04-23", "2025-04-18", "day")] // 23 April 2025 was a Wednesday
    [InlineData("تعقد القمة يوم الأحد المقبل في الدوحة.", "2025-04-23", "2025-04-27", "day")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string published, string value, string precision)
    {
        var date = Single(text, published);
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void Hijri_dates_are_converted_to_gregorian()
    {
        var date = Single("صدر الأمر الملكي في 1 رمضان 1446 هـ بشأن التعيينات.");
        Assert.Equal("2025-03-01", date.Value); // Umm al-Qura: 1 Ramadan 1446 = 1 March 2025
        Assert.Equal("day", date.Precision);
    }

    [Fact]
    public void A_hijri_date_takes_its_day_number_when_one_stands_before_the_month()
    {
        // The Hijri months are looked for as words; the day before them is part of the date, a longer number is not.
        AssertDates(
            "صدر الأمر في 1 رمضان 1446 هـ وعدل برقم 312 شوال 1446 هـ ثم نشر.",
            ["1 رمضان 1446 هـ", "شوال 1446 هـ"],
            ["2025-03-01 day", "2025-03 month"]);
    }

    [Theory]
    [InlineData("وتتوقع الشركة أن تبلغ مبيعاتها في السنة المالية التي تنتهي في 31 مارس المقبل نحو 27 تريليون ين.", "2015-08-04", "2016-03-31")]
    [InlineData("وكانت الحكومة قد أعلنت الخطة في ديسمبر الماضي.", "2015-08-04", "2014-12")]
    [InlineData("وستبدأ الدراسة في سبتمبر المقبل.", "2015-08-04", "2015-09")]
    [InlineData("وصدر القرار في 20 يوليو الماضي.", "2015-08-04", "2015-07-20")]
    public void A_month_told_as_coming_or_past_is_the_next_or_the_last_one(string text, string published, string value) =>
        Assert.Equal(value, Single(text, published).Value);
}
