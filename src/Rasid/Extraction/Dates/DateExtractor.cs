using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Rasid.Analysis;

namespace Rasid.Extraction.Dates;

/// <summary>
/// A date the text names, as the export contract writes it: "2025-06-13" (day), "2025-06" (month),
/// "2025-Q1" (quarter), "2025" (year); "--06-13" and "--06" when the text gives no year and none can be
/// inferred. Offsets are UTF-16 positions in the clean text.
/// </summary>
public sealed record DateMention(int Start, int End, string Surface, string Value, string Precision);

/// <summary>
/// Finds dates in clean article text: day and month in Egyptian/Gulf, Levantine and Maghrebi month names and
/// their paired forms (يونيو حزيران، أكتوبر تشرين الأول), years (عام 2025، العام 2025، 2024), quarters
/// (الربع الأول من عام 2026), numeric dates, Hijri dates (converted with the Umm al-Qura calendar Saudi outlets
/// use) and, when the article's publication date is known, relative ones (أمس، غداً، العام الماضي، يوم الجمعة).
/// Regular expressions over the normalized text, mapped back to the original: the patterns are Arabic phrase
/// shapes that no date library reads.
/// </summary>
public sealed class DateExtractor
{
    private static readonly Lazy<DateExtractor> Shipped = new(() => new DateExtractor());

    private readonly Dictionary<string, int> _monthByName;
    private readonly HashSet<string> _monthCues;
    private readonly List<DatePattern> _patterns = [];

    /// <summary>
    /// One date shape: its pattern, how a match reads as a date, a cheaper pattern the text must match first, if any,
    /// and, for a pattern that can only start at one of a few words (then it begins with \G), its bit in
    /// <see cref="WordStart.Patterns"/> (0 for the others); it may start with a day number before such a word when
    /// <paramref name="DayBefore"/>.
    /// </summary>
    private sealed record DatePattern(Regex Pattern, Func<Match, DateTime?, string, (string Value, string Precision)?> Read, Regex? Needs, int Bit = 0, bool DayBefore = false)
    {
        /// <summary>
        /// The pattern's matches, left to right and not overlapping, as <see cref="Regex.Matches(string)"/> gives them;
        /// a pattern with start words is tried only at the <paramref name="starts"/> that carry its bit.
        /// </summary>
        public IEnumerable<Match> Matches(string text, IReadOnlyList<WordStart> starts)
        {
            if (Bit == 0)
            {
                foreach (Match match in Pattern.Matches(text))
                {
                    yield return match;
                }

                yield break;
            }

            int at = 0;
            foreach (var (word, patterns) in starts)
            {
                if ((patterns & Bit) == 0 || word < at)
                {
                    continue;
                }

                var match = DayBefore && DayStart(text, at, word) is int day && Pattern.Match(text, day) is { Success: true } withDay
                    ? withDay
                    : Pattern.Match(text, word);
                if (match.Success)
                {
                    yield return match;
                    at = match.Index + match.Length;
                }
                else
                {
                    at = word + 1;
                }
            }
        }

        /// <summary>Where a day number of one or two digits and spaces before <paramref name="word"/> begins (not before <paramref name="from"/>), if there is one.</summary>
        private static int? DayStart(string text, int from, int word)
        {
            int i = word;
            while (i > from && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            int digitsEnd = i;
            while (i > from && digitsEnd - i < 2 && char.IsDigit(text[i - 1]))
            {
                i--;
            }

            return i < digitsEnd && digitsEnd < word ? i : null;
        }
    }

    private DateExtractor()
    {
        _monthByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in RasidResources.ReadLines("months.txt"))
        {
            string[] columns = line.Split('\t');
            int month = int.Parse(columns[0], CultureInfo.InvariantCulture);
            foreach (string name in columns[1].Split('|'))
            {
                _monthByName[Key(name)] = month;
            }
        }

        string months = Alternation(_monthByName.Keys);

        // Bare month names need a cue word before them: مارس is also a verb, آب (normalized اب) also "father".
        _monthCues = new[] { "في", "فى", "شهر", "منذ", "خلال", "حتى", "مطلع", "منتصف", "اواخر", "اواسط", "اوائل", "نهايه", "بدايه", "من", "الى", "بحلول", "قبل", "بعد", "مع" }.Select(Key).ToHashSet(StringComparer.Ordinal);
        string pair = $@"(?<m>{months})(?:\s*[/(]?\s*(?<m2>{months})\s*\)?)?";
        string year = @"(?<y>(?:1[89]|20|21)\d{2})(?:م(?![\w]))?"; // 2015م: the Gregorian marker
        var hijriMonths = new[] { "محرم", "صفر", "ربيع الاول", "ربيع الثاني", "ربيع الاخر", "جمادى الاولى", "جمادى الاول", "جمادى الثانيه", "جمادى الاخره", "جمادى الاخر", "رجب", "شعبان", "رمضان", "شوال", "ذو القعده", "ذي القعده", "ذو الحجه", "ذي الحجه" };
        string hijri = Alternation(hijriMonths.Select(Key));

        // Interpreted, not compiled: the patterns are tried only where a start word or a digit is, or found by a
        // literal first, so matching costs the same either way (0.11-0.15 ms an article both ways, bench extraction
        // --stage dates), while compiling the month alternations took about half a second of every process's time.
        const RegexOptions options = RegexOptions.CultureInvariant;
        AddStartingWith(
            new Regex($@"\G(?<![\w\d])(?:(?<d>\d{{1,2}})\s+)?(?<hm>{hijri})\s+(?<y>1[34]\d{{2}})\s*(?:ه|هـ)(?![\w])", options),
            [.. hijriMonths.Select(name => Key(name).Split(' ')[0])],
            (m, _, _) => ReadHijri(m),
            needs: HijriYear,
            dayBefore: true);
        // The three patterns below begin with a number: tried only where a run of digits begins (see WordStarts). Left
        // to find their own starts, each tried itself at every char of the text, behind its leading lookbehind.
        AddStartingWithDigit(new Regex(@"\G(?<![\d/-])(?<y>(?:19|20)\d{2})\s?[/-]\s?(?<mo>\d{1,2})\s?[/-]\s?(?<d>\d{1,2})(?![\d/-])", options), (m, _) => Day(Int(m, "y"), Int(m, "mo"), Int(m, "d")));
        AddStartingWithDigit(new Regex(@"\G(?<![\d/-])(?<d>\d{1,2})\s?[/-]\s?(?<mo>\d{1,2})\s?[/-]\s?(?<y>(?:19|20)\d{2})(?:م)?(?![\d/-])", options), (m, _) => Day(Int(m, "y"), Int(m, "mo"), Int(m, "d")));
        AddStartingWithDigit(new Regex($@"\G(?<![\w\d-])(?<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{pair}(?:\s*[،,]?\s*(?:من\s+)?(?:عام\s+|العام\s+)?{year}|{Direction})?(?![\w])", options), (m, published) => ReadDayMonth(m, published));
        // The cue word is checked in code behind the month, not matched before it: as a leading optional group it made
        // this the costliest pattern of extraction, tried at every "في" and "من" of the text.
        AddStartingWith(
            new Regex($@"\G(?<![\w]){pair}(?:\s*[،,]?\s*(?:من\s+)?(?:عام\s+|العام\s+)?{year}|{Direction})?(?![\w])", options),
            [.. _monthByName.Keys.Select(name => name.Split(' ')[0])],
            (m, published, text) => ReadMonth(m, published, CueBefore(text, m.Index)));
        Add(new Regex($@"(?<![\w])الربع\s+(?<q>الاول|الثاني|الثالث|الرابع|الاخير)(?:\s+(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?{year})?(?![\w])", options), (m, published) => ReadQuarter(m, published));
        // The three patterns below begin with one of a few words, like the two month patterns above (see WordStarts).
        string[] yearWords = ["عام", "العام", "سنه", "السنه", "لعام", "للعام", "بعام", "بالعام", "وعام", "والعام"];
        string[] yearCues = [.. new[] { "في", "منذ", "حتى", "مطلع", "منتصف", "نهايه", "بدايه", "اواخر", "اوائل", "خلال", "بحلول", "قبل", "بعد" }.Select(Key)];
        // A cue word takes the conjunction و or ف glued on, as news writes it ("وفي 2023"، "ومنذ 2015").
        AddStartingWith(
            new Regex($@"\G(?<![\w])(?:(?:{string.Join('|', yearWords)})\s+{year}|[وف]?(?<cue>{Alternation(yearCues)})\s+{year}|\(\s*{year}\s*\))(?![\w\d%]|[.,]\d)", options),
            [.. yearWords, .. yearCues.SelectMany(cue => new[] { cue, "و" + cue, "ف" + cue }), "("],
            (m, _, _) => (m.Groups["y"].Value, "year"));
        AddStartingWith(
            new Regex(@"\G(?<![\w])(?:(?<w>امس|البارحه)|(?<t>غدا)|(?<l>العام الماضي|السنه الماضيه)|(?<n>العام المقبل|العام القادم|السنه المقبله)|(?<lm>الشهر الماضي)|(?<nm>الشهر المقبل|الشهر القادم))(?![\w])", options),
            ["امس", "البارحه", "غدا", "العام", "السنه", "الشهر"],
            (m, published, _) => ReadRelative(m, published));
        string[] weekdays = ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"];
        AddStartingWith(
            new Regex($@"\G(?<![\w])(?:يوم\s+)?(?<wd>{string.Join('|', weekdays)})(?:\s+(?<dir>الماضي|المقبل|القادم))?(?![\w])", options),
            ["يوم", .. weekdays],
            (m, published, _) => ReadWeekday(m, published));
    }

    public static DateExtractor Default => Shipped.Value;

    /// <summary>A place where a word begins one of the patterns' start words: its offset and those patterns' bits.</summary>
    private readonly record struct WordStart(int At, int Patterns);

    // Where each start word is looked for: by its first char (a quick filter: the patterns with a word that begins
    // with it), then by its first two chars (the words to compare); a one-char word ("(") by its char alone.
    private const int StartCharBound = 0x0700;
    private readonly int[] _patternsStartingWith = new int[StartCharBound];
    private readonly int[] _patternsOfOneChar = new int[StartCharBound];
    private readonly Dictionary<int, List<(string Word, int Bit)>> _startWordsByFirstTwo = [];

    private static int FirstTwo(char first, char second) => (first << 16) | second;

    /// <summary>
    /// Where a word of <paramref name="text"/> begins with a start word, and of which patterns. The patterns with
    /// start words are the costliest of extraction when left to the regex engine, which tries them at every letter
    /// a start word can begin with (most of them: ا، ل، و، م، ف…); a search for the words themselves
    /// (<see cref="SearchValues{T}"/> of strings) falls outside its vectorized paths for Arabic and looks up a
    /// dictionary at every char: it made the weekday and relative-date patterns slower than the regex engine alone.
    /// A pattern's match begins where no letter or digit comes before (each begins with (?&lt;![\w])), so
    /// every word beginning is looked at once, for all patterns, and each pattern, anchored there, still sees the
    /// text before it.
    /// </summary>
    private List<WordStart> WordStarts(string text)
    {
        var starts = new List<WordStart>();
        for (int at = 0; at < text.Length; at++)
        {
            char c = text[at];
            if (IsDigit(c) && (at == 0 || !IsDigit(text[at - 1])))
            {
                // A run of digits begins: a number pattern's start, whatever comes before (each checks that itself).
                starts.Add(new WordStart(at, _patternsStartingWithDigit));
                continue;
            }

            if (c >= StartCharBound || _patternsStartingWith[c] == 0 || (at > 0 && IsLetterOrDigit(text[at - 1])))
            {
                continue;
            }

            int patterns = _patternsOfOneChar[c];
            if (at + 1 < text.Length && _startWordsByFirstTwo.TryGetValue(FirstTwo(c, text[at + 1]), out var words))
            {
                foreach (var (word, bit) in words)
                {
                    if ((patterns & bit) == 0 && text.AsSpan(at).StartsWith(word, StringComparison.Ordinal))
                    {
                        patterns |= bit;
                    }
                }
            }

            if (patterns != 0)
            {
                starts.Add(new WordStart(at, patterns));
            }
        }

        return starts;
    }

    /// <summary>For the bench: each pattern's time over the texts (normalized first, as extraction does) and its match count.</summary>
    internal IEnumerable<(string Pattern, TimeSpan Time)> TimePatterns(IReadOnlyList<string> texts)
    {
        var lowers = texts.Select(t => ArabicNormalizer.LowerCase(NormalizedText.From(t).Text)).ToList();
        var finding = System.Diagnostics.Stopwatch.StartNew();
        var starts = lowers.Select(WordStarts).ToList();
        yield return ($"(where start words begin, for all patterns at once) {starts.Sum(s => s.Count)}", finding.Elapsed);
        foreach (var pattern in _patterns)
        {
            var w = System.Diagnostics.Stopwatch.StartNew();
            int n = 0;
            for (int i = 0; i < lowers.Count; i++)
            {
                n += pattern.Matches(lowers[i], starts[i]).Count();
            }

            string shown = pattern.Pattern.ToString();
            yield return (shown[..Math.Min(60, shown.Length)] + " " + n, w.Elapsed);
        }
    }

    /// <summary>
    /// A Hijri year as the Hijri pattern needs it (1446 هـ): a text without one is not searched for Hijri month names,
    /// which cost more to look for everywhere than this costs to rule out.
    /// </summary>
    private static readonly Regex HijriYear = new(@"1[34]\d\d\s*ه", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private void Add(Regex pattern, Func<Match, DateTime?, (string, string)?> read) => _patterns.Add(new DatePattern(pattern, (m, published, _) => read(m, published), null));

    /// <summary>
    /// A pattern that begins with \G and can only match where one of <paramref name="startWords"/> begins (or, when
    /// <paramref name="dayBefore"/>, at a day number before one): its words go into the tables <see cref="WordStarts"/> reads.
    /// </summary>
    private void AddStartingWith(Regex pattern, string[] startWords, Func<Match, DateTime?, string, (string, string)?> read, Regex? needs = null, bool dayBefore = false)
    {
        int bit = NextBit();

        foreach (string word in startWords.Distinct(StringComparer.Ordinal))
        {
            _patternsStartingWith[word[0]] |= bit;
            if (word.Length == 1)
            {
                _patternsOfOneChar[word[0]] |= bit;
            }
            else
            {
                int key = FirstTwo(word[0], word[1]);
                if (!_startWordsByFirstTwo.TryGetValue(key, out var list))
                {
                    _startWordsByFirstTwo[key] = list = [];
                }

                list.Add((word, bit));
            }
        }

        _patterns.Add(new DatePattern(pattern, read, needs, bit, dayBefore));
    }

    /// <summary>A pattern that begins with \G and a number (\d): tried only where a run of digits begins (see <see cref="WordStarts"/>).</summary>
    private void AddStartingWithDigit(Regex pattern, Func<Match, DateTime?, (string, string)?> read)
    {
        int bit = NextBit();
        _patternsStartingWithDigit |= bit;
        _patterns.Add(new DatePattern(pattern, (m, published, _) => read(m, published), null, bit));
    }

    /// <summary>The bit of the next pattern tried only at its starts (<see cref="WordStart.Patterns"/>).</summary>
    private int NextBit()
    {
        int bit = 1 << _patterns.Count(p => p.Bit != 0);
        return bit > 0 ? bit : throw new InvalidOperationException("More date patterns tried at their starts than bits in a mask.");
    }

    // The patterns that begin with a number, by bit.
    private int _patternsStartingWithDigit;

    /// <summary>What the patterns' \d matches (a decimal digit of any script), the common cases first: most chars are Arabic letters.</summary>
    private static bool IsDigit(char c) => c <= '9' ? c >= '0' : c >= '\u0660' && char.IsDigit(c);

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, the basic Arabic letters (all letters) answered without looking up
    /// their Unicode category: this is asked before nearly every letter of every article ingested.
    /// </summary>
    private static bool IsLetterOrDigit(char c) => c is >= '\u0621' and <= '\u064A' || char.IsLetterOrDigit(c);

    private static string Key(string s) => ArabicNormalizer.NormalizeLower(s);

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>Dates in <paramref name="text"/>; <paramref name="published"/> (the article's date, ISO) anchors relative dates and years left out.</summary>
    public IReadOnlyList<DateMention> Extract(string text, string? published = null)
    {
        DateTime? anchor = DateTime.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var p) ? p.Date : null;
        var normalized = NormalizedText.From(text);
        string lower = ArabicNormalizer.LowerCase(normalized.Text);
        var taken = new List<(int Start, int End)>();
        var found = new List<DateMention>();
        var starts = WordStarts(lower);
        foreach (var pattern in _patterns)
        {
            if (pattern.Needs is { } needs && !needs.IsMatch(lower))
            {
                continue;
            }

            foreach (var match in pattern.Matches(lower, starts))
            {
                int start = match.Index, end = match.Index + match.Length;
                if (match.Groups["cue"].Success)
                {
                    // The cue word confirms the month or year but is not part of the date.
                    start = match.Groups["m"].Success ? match.Groups["m"].Index : match.Groups["y"].Index;
                }
                else if (match.Value.StartsWith('('))
                {
                    start = match.Groups["y"].Index;
                    end = start + 4;
                }

                if (taken.Any(t => t.Start < end && start < t.End) || pattern.Read(match, anchor, lower) is not { } date)
                {
                    continue;
                }

                taken.Add((start, end));
                int from = normalized.OriginalIndex[start];
                int to = normalized.OriginalIndex[end - 1] + 1;
                found.Add(new DateMention(from, to, text[from..to], date.Value, date.Precision));
            }
        }

        return found.OrderBy(d => d.Start).ToList();
    }

    /// <summary>
    /// A month said to come or to have passed (31 مارس المقبل، يناير الماضي): with no year, the next such date after the
    /// article's or the last before it, not its own year's (a fiscal year ending "next March" told in August 2015 ends
    /// in March 2016).
    /// </summary>
    private const string Direction = @"\s+(?<dir>المقبل|القادم|الماضي)";

    /// <summary>The year a month and day with no year of their own fall in: the article's, or the one after or before when told as coming or past.</summary>
    private static int YearOf(Match m, DateTime published, int month, int day) => m.Groups["dir"].Value switch
    {
        "المقبل" or "القادم" when (month, day).CompareTo((published.Month, published.Day)) <= 0 => published.Year + 1,
        "الماضي" when (month, day).CompareTo((published.Month, published.Day)) >= 0 => published.Year - 1,
        _ => published.Year,
    };

    private (string, string)? ReadDayMonth(Match m, DateTime? published)
    {
        int month = MonthOf(m);
        int day = Int(m, "d");
        if (month == 0 || day is < 1 or > 31)
        {
            return null;
        }

        return m.Groups["y"].Success ? Day(Int(m, "y"), month, day)
            : published is { } p ? Day(YearOf(m, p, month, day), month, day)
            : ($"--{month:00}-{day:00}", "day");
    }

    private (string, string)? ReadMonth(Match m, DateTime? published, bool cued)
    {
        int month = MonthOf(m);
        bool confirmed = cued || m.Groups["m2"].Success || m.Groups["y"].Success || m.Groups["dir"].Success;
        if (month == 0 || !confirmed)
        {
            return null;
        }

        return m.Groups["y"].Success ? ($"{Int(m, "y")}-{month:00}", "month")
            : published is { } p ? ($"{YearOf(m, p, month, 31)}-{month:00}", "month")
            : ($"--{month:00}", "month");
    }

    /// <summary>Whether the word before <paramref name="at"/>, across white space, is one of the cue words a bare month name needs (في، منذ، مطلع…).</summary>
    private bool CueBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == at)
        {
            return false;
        }

        int start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        // The cue may carry the conjunction و or ف glued on ("وفي مارس").
        var cues = _monthCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var word = text.AsSpan(start, end - start);
        return word.Length > 0 && (cues.Contains(word) || (word.Length > 2 && word[0] is '\u0648' or '\u0641' && cues.Contains(word[1..])));
    }

    /// <summary>A char of a word as the patterns' \w reads it.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    /// <summary>The month a match names; a pair ("يونيو حزيران") must name one month twice.</summary>
    private int MonthOf(Match m)
    {
        int month = _monthByName.GetValueOrDefault(Collapse(m.Groups["m"].Value));
        if (m.Groups["m2"].Success && _monthByName.GetValueOrDefault(Collapse(m.Groups["m2"].Value)) != month)
        {
            return 0;
        }

        return month;
    }

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ");

    private static (string, string)? ReadQuarter(Match m, DateTime? published)
    {
        int quarter = m.Groups["q"].Value switch { "الاول" => 1, "الثاني" => 2, "الثالث" => 3, _ => 4 };
        int? year = m.Groups["y"].Success ? Int(m, "y") : published?.Year;
        return year is { } y ? ($"{y}-Q{quarter}", "quarter") : null;
    }

    private static (string, string)? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? ($"{year:0000}-{month:00}-{day:00}", "day") : null;

    private static (string, string)? ReadHijri(Match m)
    {
        string name = Collapse(m.Groups["hm"].Value);
        int month = name switch
        {
            "محرم" => 1,
            "صفر" => 2,
            "ربيع الاول" => 3,
            "ربيع الثاني" or "ربيع الاخر" => 4,
            "جمادي الاولي" or "جمادي الاول" => 5,
            "جمادي الثانيه" or "جمادي الاخره" or "جمادي الاخر" => 6,
            "رجب" => 7,
            "شعبان" => 8,
            "رمضان" => 9,
            "شوال" => 10,
            "ذو القعده" or "ذي القعده" => 11,
            _ => 12,
        };
        int year = Int(m, "y");
        var calendar = new UmAlQuraCalendar();
        try
        {
            int day = m.Groups["d"].Success ? Int(m, "d") : 1;
            var date = calendar.ToDateTime(year, month, day, 0, 0, 0, 0);
            return m.Groups["d"].Success ? ($"{date:yyyy-MM-dd}", "day") : ($"{date:yyyy-MM}", "month");
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // outside the Umm al-Qura table, or a day the month does not have
        }
    }

    private static (string, string)? ReadRelative(Match m, DateTime? published)
    {
        if (published is not { } p)
        {
            return null; // relative to nothing: not a date we can state
        }

        if (m.Groups["w"].Success)
        {
            return ($"{p.AddDays(-1):yyyy-MM-dd}", "day");
        }

        if (m.Groups["t"].Success)
        {
            return ($"{p.AddDays(1):yyyy-MM-dd}", "day");
        }

        if (m.Groups["l"].Success)
        {
            return ($"{p.Year - 1}", "year");
        }

        if (m.Groups["n"].Success)
        {
            return ($"{p.Year + 1}", "year");
        }

        var month = m.Groups["lm"].Success ? p.AddMonths(-1) : p.AddMonths(1);
        return ($"{month:yyyy-MM}", "month");
    }

    /// <summary>"يوم الجمعة": the last such day on or before the article's date; "الجمعة المقبل" the next one.</summary>
    private static (string, string)? ReadWeekday(Match m, DateTime? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var day = m.Groups["wd"].Value switch
        {
            "السبت" => DayOfWeek.Saturday,
            "الاحد" => DayOfWeek.Sunday,
            "الاثنين" => DayOfWeek.Monday,
            "الثلاثاء" => DayOfWeek.Tuesday,
            "الاربعاء" => DayOfWeek.Wednesday,
            "الخميس" => DayOfWeek.Thursday,
            _ => DayOfWeek.Friday,
        };
        bool next = m.Groups["dir"].Value is "المقبل" or "القادم";
        int offset = next ? ((int)day - (int)p.DayOfWeek + 7) % 7 : -(((int)p.DayOfWeek - (int)day + 7) % 7);
        if (next && offset == 0)
        {
            offset = 7;
        }

        return ($"{p.AddDays(offset):yyyy-MM-dd}", "day");
    }
}
