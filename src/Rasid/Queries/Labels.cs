using System.Globalization;
using Rasid.Extraction.Figures;
using Rasid.Relating;

namespace Rasid.Queries;

/// <summary>
/// How a reader sees the query layer's answers, the same on every surface (terminal, web, CSV): metrics in
/// Arabic (عدد القتلى, not deaths), amounts as a journalist writes them (14.8 مليار دولار, نحو 12٪), dates in
/// the Gregorian calendar with Arabic month names (not ar-SA's Hijri default). The ids stay in JSON.
/// </summary>
public static class Labels
{
    private static readonly IReadOnlyDictionary<string, string> Metrics = RasidResources.ReadLines("Display.metric-labels.txt")
        .Select(line => line.Split('\t'))
        .Where(columns => columns.Length == 2)
        .ToDictionary(columns => columns[0], columns => columns[1], StringComparer.Ordinal);

    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>The metric as a reader names it; the id itself when no label is written for it.</summary>
    public static string Metric(string metric) => Metrics.GetValueOrDefault(metric, metric);

    /// <summary>
    /// A claim's status as a reader should take it: values that agree only within one story (one report and its
    /// rewrites, copies of one press release) are one account, not an agreement between sources, and say so.
    /// </summary>
    public static string Status(Claim claim) =>
        claim.Status == "agreed" && claim.IndependentStories <= 1 ? OneAccount : Status(claim.Status);

    /// <summary>The label of agreed values that all come from one story.</summary>
    public const string OneAccount = "رواية واحدة، بلا تأكيد مستقل";

    public static string Status(string status) => status switch
    {
        "conflict" => "متعارضة",
        "revised" => "معدّلة",
        "agreed" => "متفقة",
        _ => status,
    };

    /// <summary>A claim's value as the text would write it: "نحو 600 مليار دولار", "70–72 مليار دولار", "12٪".</summary>
    public static string Amount(ClaimValue value) => Amount(value.Value, value.Max, value.Unit, value.Qualifier);

    public static string Amount(double value, double? max, string unit, string qualifier)
    {
        string lead = qualifier switch
        {
            "approx" => "نحو ",
            "more_than" => "أكثر من ",
            "less_than" => "أقل من ",
            "up_to" => "ما يصل إلى ",
            _ => "",
        };

        // One scale word for both ends of a range, taken from the larger: 70–72 مليار, not 70 مليار–72 مليار.
        var (divisor, scale) = Scale(Math.Max(Math.Abs(value), Math.Abs(max ?? value)));
        string number = max is { } m ? $"{Number(value / divisor)}–{Number(m / divisor)}" : Number(value / divisor);
        string unitWord = UnitWord(unit);
        if (unitWord == "٪")
        {
            return lead + number + scale + unitWord;
        }

        return lead + number + scale + (unitWord.Length > 0 ? " " + unitWord : "");
    }

    /// <summary>A stored date ("2025-04-23", "2015-08-05T10:00:00Z") as "23 أبريل 2025"; the text itself when it is no date.</summary>
    public static string Date(string? published)
    {
        if (string.IsNullOrEmpty(published))
        {
            return "";
        }

        string day = published.Length >= 10 ? published[..10] : published;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Day} {Months[date.Month - 1]} {date.Year}"
            : published;
    }

    private static (double Divisor, string Word) Scale(double magnitude) => magnitude switch
    {
        >= 1e12 => (1e12, " تريليون"),
        >= 1e9 => (1e9, " مليار"),
        >= 1e6 => (1e6, " مليون"),
        _ => (1, ""),
    };

    private static string Number(double x) => x.ToString(Math.Abs(x) >= 1000 ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// The unit as a word after the number: the first form figure-units.txt gives for its code. None for what is
    /// counted or lasted (persons, users, years): the metric already names it (عدد القتلى: 9، العمر: 19), and a bare singular
    /// after a small number would be bad Arabic (9 شخص for 9 أشخاص).
    /// </summary>
    private static string UnitWord(string unit) => unit switch
    {
        "%" => "٪",
        "" => "",
        _ => FigureVocabulary.Default.UnitName(unit) is { } known ? (known.Kind is "count" or "duration" ? "" : known.Word) : unit,
    };
}
