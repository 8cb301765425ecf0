using System.Globalization;
using System.Text.RegularExpressions;
using Rasid.Analysis;

namespace Rasid.Cleaning;

/// <summary>
/// Recognises lines that hold only a publication date and/or a time, as news pages print them
/// ("الأربعاء، 23 أبريل 2025", "23 يونيو حزيران 2025 - 10:56 م", "2025/04/23", "10:56 م"), and parses
/// record dates ("2015-07-21 02:51:32"). Month names come from Resources/months.txt.
/// </summary>
public static class DateLines
{
    private static readonly Dictionary<string, int> MonthByName = LoadMonths();
    private static readonly string MonthAlternation = string.Join('|', MonthByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
    private static readonly string WeekdayAlternation = string.Join('|', RasidResources.ReadLines("weekdays.txt").Select(ArabicNormalizer.Normalize).Distinct(StringComparer.Ordinal).Select(Regex.Escape));

    private static readonly string TimePart = @"(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2})?\s*(?<ampm>ص|م|صباحا|مساء|مساءا|am|pm)?";
    private static readonly string Lead = @"^(?:(?:نشر|نشر في|تاريخ النشر|اخر تحديث|تم النشر|published|updated)\s*:?\s*)?(?:(?:" + WeekdayAlternation + @")\s*[،,-]?\s*)?";

    private static readonly Regex NamedMonthDate = new(
        Lead + @"(?<d>\d{1,2})\s*(?<m>" + MonthAlternation + @")(?:\s*[/(]?\s*(?:" + MonthAlternation + @")\s*\)?)?\s*[،,]?\s*(?<y>\d{4})(?:\s*[-–|،,]?\s*(?:الساعه\s*)?" + TimePart + ")?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NumericDate = new(
        Lead + @"(?:(?<y>\d{4})[-/.](?<mo>\d{1,2})[-/.](?<d>\d{1,2})|(?<d>\d{1,2})[-/.](?<mo>\d{1,2})[-/.](?<y>\d{4}))(?:[\sT]*[-–|،,]?\s*" + TimePart + ")?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex TimeOfDayLine = new("^(?:الساعه\\s*)?" + TimePart + "$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Dictionary<string, int> LoadMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in RasidResources.ReadLines("months.txt"))
        {
            string[] parts = line.Split('\t', 2);
            int number = int.Parse(parts[0], CultureInfo.InvariantCulture);
            foreach (string name in parts[1].Split('|'))
            {
                months[ArabicNormalizer.Normalize(name.Trim())] = number;
            }
        }

        return months;
    }

    /// <summary>Month number of a normalized month name, or 0.</summary>
    public static int MonthNumber(string normalizedName) => MonthByName.GetValueOrDefault(normalizedName);

    /// <summary>A date (and maybe a time) when the normalized line is nothing but that.</summary>
    public static (DateOnly Date, TimeOnly? Time)? ParseDateLine(string normalizedLine)
    {
        var m = NamedMonthDate.Match(normalizedLine);
        int month;
        if (m.Success)
        {
            month = MonthByName[m.Groups["m"].Value];
        }
        else
        {
            m = NumericDate.Match(normalizedLine);
            if (!m.Success)
            {
                return null;
            }

            month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        }

        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year < 1900 || year > 2200)
        {
            return null;
        }

        return (new DateOnly(year, month, day), ReadTime(m));
    }

    /// <summary>A time of day when the normalized line is nothing but that ("10:56 م").</summary>
    public static TimeOnly? ParseTimeLine(string normalizedLine)
    {
        var m = TimeOfDayLine.Match(normalizedLine);
        return m.Success ? ReadTime(m) : null;
    }

    private static TimeOnly? ReadTime(Match m)
    {
        if (!m.Groups["h"].Success)
        {
            return null;
        }

        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        string ampm = m.Groups["ampm"].Value;
        bool pm = ampm is "م" or "مساء" or "مساءا" or "pm";
        bool am = ampm is "ص" or "صباحا" or "am";
        if (pm && hour < 12)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>Formats a publication time as the export contract wants it: "2025-04-23T22:56" or "2025-04-23".</summary>
    public static string Format(DateOnly date, TimeOnly? time) =>
        time is { } t ? $"{date:yyyy-MM-dd}T{t:HH\\:mm}" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A record's date field ("2015-07-21 02:51:32", ISO 8601 with or without zone) in export form; null when unreadable.</summary>
    public static string? FromRecordField(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string normalized = ArabicNormalizer.Normalize(value.Trim());
        if (DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            // Keep the wall-clock time the source printed; the offset is not part of the contract.
            bool hasTime = normalized.Contains(':', StringComparison.Ordinal);
            return Format(DateOnly.FromDateTime(parsed.DateTime), hasTime ? System.TimeOnly.FromDateTime(parsed.DateTime) : null);
        }

        return ParseDateLine(normalized) is { } line ? Format(line.Date, line.Time) : null;
    }
}
