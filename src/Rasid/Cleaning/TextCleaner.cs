using System.Text;
using System.Text.RegularExpressions;
using Rasid.Analysis;

namespace Rasid.Cleaning;

/// <summary>What a structured source already knows about an article (JSON fields, HTML meta tags).</summary>
public sealed record ArticleHints(string? Title = null, string? Author = null, string? Published = null, string? Language = null, string? Outlet = null);

/// <summary>
/// Cleans an article given as lines of text (plain-text files, and what HTML extraction leaves).
/// The article is read in three zones: the header (lines before the first body paragraph), the body
/// and the tail (lines after the last body paragraph).
/// <list type="bullet">
/// <item>Anywhere: the data-file rules (navigation, "اقرأ أيضاً", share bars, widgets, AI disclosures,
/// attribution lines); lines of punctuation only; adverts, that is runs of two or more short
/// non-sentence lines inside the body that carry a date, a lone separator or at least three lines.</item>
/// <item>Header: date and time lines become <c>published</c>; byline rules and bare bylines (two to four
/// words starting with a known given name) become <c>authors</c>; the first line of three or more words
/// that is not a sentence becomes the title; other one- or two-word lines are section tags.</item>
/// <item>The first short lines of the body: explicit bylines ("حوار: …") after a long standfirst.</item>
/// <item>Tail: date and time lines, bylines.</item>
/// <item>Kept text: outlets credited in it ("ذكر موقع “تك كرانش”") are added to <c>via</c>. Section
/// subheadings stay: they are single short lines followed by a paragraph.</item>
/// </list>
/// </summary>
public sealed class TextCleaner
{
    private static readonly HashSet<string> GivenNames = RasidResources.ReadLines("given-names.txt").Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
    private static readonly Regex EventWords = new(@"\b(حدث|مؤتمر|قمه|معرض|سجل|سجلوا|احجز|احجزوا|تذاكر|التذاكر|اشترك|event|register|tickets)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly BoilerplateRules _rules;

    public TextCleaner(BoilerplateRules rules) => _rules = rules;

    private sealed class Line
    {
        public Line(string text)
        {
            Text = text;
            Normalized = NormalizedText.From(text);
            Words = CountWords(text);
            bool endsSentence = EndsSentence(text);
            IsParagraph = Words >= 20 || (Words >= 6 && endsSentence);
            IsShort = Words <= 5 && !endsSentence;
        }

        public string Text { get; }

        public NormalizedText Normalized { get; }

        public int Words { get; }

        /// <summary>A body paragraph: twenty words or more, or a sentence of six or more.</summary>
        public bool IsParagraph { get; }

        /// <summary>Five words or fewer and not a sentence: a heading, a tag, a widget or advert piece.</summary>
        public bool IsShort { get; }

        public string? RemovedBecause { get; set; }

        public bool IsTitle { get; set; }
    }

    public CleanArticle Clean(IEnumerable<string> rawLines, ArticleHints hints)
    {
        var leadRemoved = new List<RemovedPiece>();
        var lines = rawLines.Select(TrimLine).Where(l => l.Length > 0).Select(l => WithoutLeadBoilerplate(new Line(l), leadRemoved)).OfType<Line>().ToList();
        var authors = new List<string>();
        var attributions = new List<string>();
        var credits = new List<string>();
        bool ai = false;
        DateOnly? date = null;
        TimeOnly? time = null;
        string? title = hints.Title is { Length: > 0 } t ? TrimLine(t) : null;
        string? normalizedHintTitle = title is null ? null : ArabicNormalizer.Normalize(title);

        bool arabicArticle = IsMostlyArabic(lines);
        foreach (var line in lines)
        {
            ApplyRules(line, attributions, ref ai);
            if (line.RemovedBecause is null && arabicArticle && IsLatinResidue(line.Text))
            {
                line.RemovedBecause = "ui-residue";
            }
        }

        int firstParagraph = lines.FindIndex(l => l.RemovedBecause is null && l.IsParagraph);
        int lastParagraph = lines.FindLastIndex(l => l.RemovedBecause is null && l.IsParagraph);
        if (firstParagraph < 0)
        {
            firstParagraph = lastParagraph = lines.Count; // no paragraph at all: treat everything as header
        }

        for (int i = 0; i < firstParagraph; i++)
        {
            var line = lines[i];
            if (line.RemovedBecause is not null)
            {
                continue;
            }

            string n = line.Normalized.Text;
            if (normalizedHintTitle is not null && string.Equals(n, normalizedHintTitle, StringComparison.Ordinal))
            {
                line.RemovedBecause = "title-repeat";
            }
            else if (TryDateOrTime(line, ref date, ref time))
            {
            }
            else if (TryByline(line, authors) || TryBareByline(line, authors, titleFound: title is not null))
            {
            }
            else if (title is null && line.Words >= 3 && !line.Text.EndsWith('.'))
            {
                title = line.Text;
                line.IsTitle = true;
            }
            else if (line.Words <= 2)
            {
                line.RemovedBecause = "tag";
            }
        }

        // An explicit byline ("حوار: …", "بقلم …") may follow a long standfirst: look at the first short lines of the body too.
        for (int i = firstParagraph; i < Math.Min(lines.Count, firstParagraph + 4); i++)
        {
            if (lines[i].RemovedBecause is null && lines[i].Words <= 8)
            {
                TryByline(lines[i], authors);
            }
        }

        RemoveAdverts(lines, firstParagraph, lastParagraph);

        for (int i = lastParagraph + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.RemovedBecause is null && !TryDateOrTime(line, ref date, ref time))
            {
                TryByline(line, authors);
            }
        }

        var text = new StringBuilder();
        var removed = new List<RemovedPiece>(leadRemoved);
        foreach (var line in lines)
        {
            if (line.IsTitle)
            {
                continue;
            }

            if (line.RemovedBecause is { } reason)
            {
                removed.Add(new RemovedPiece(line.Text, reason));
                continue;
            }

            FindCredits(line, credits);
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line.Text);
        }

        if (hints.Author is { Length: > 0 } author)
        {
            authors.InsertRange(0, SplitAuthors(author));
        }

        string? published = date is { } d ? DateLines.Format(d, time) : DateLines.FromRecordField(hints.Published);
        return new CleanArticle(
            title,
            DistinctByNormalizedForm(authors),
            published,
            DistinctByNormalizedForm(attributions.Concat(credits)),
            ai,
            text.ToString(),
            removed,
            hints.Language,
            hints.Outlet);
    }

    /// <summary>
    /// The line without boilerplate run on at its start (a share bar glued to the first paragraph: "شارك من خلال تويتر
    /// فيسبوك جوجل بلس اكتب رأيك أكد نائب خادم الحرمين…"), the cut recorded; null when nothing is left of it.
    /// </summary>
    private Line? WithoutLeadBoilerplate(Line line, List<RemovedPiece> removed)
    {
        foreach (var rule in _rules.LeadRules)
        {
            var m = rule.Pattern.Match(line.Normalized.Text);
            if (m.Success && m.Index == 0 && m.Length > 0)
            {
                string cut = line.Normalized.OriginalSlice(0, m.Length);
                removed.Add(new RemovedPiece(cut.Trim(), rule.Reason));
                string rest = TrimLine(line.Text[cut.Length..]);
                return rest.Length == 0 ? null : new Line(rest);
            }
        }

        return line;
    }

    private void ApplyRules(Line line, List<string> attributions, ref bool ai)
    {
        string n = line.Normalized.Text;
        if (!n.Any(char.IsLetterOrDigit))
        {
            line.RemovedBecause = "separator";
            return;
        }

        foreach (var rule in _rules.LineRules)
        {
            if (rule.Kind == RuleKind.AiDisclosure && line.Words > 30)
            {
                continue;
            }

            var m = rule.Pattern.Match(n);
            if (!m.Success)
            {
                continue;
            }

            line.RemovedBecause = rule.Reason;
            if (rule.Kind == RuleKind.AiDisclosure)
            {
                ai = true;
            }
            else if (rule.Kind == RuleKind.Attribution && CapturedName(line, m) is { } name)
            {
                attributions.Add(name);
            }

            return;
        }
    }

    private static bool TryDateOrTime(Line line, ref DateOnly? date, ref TimeOnly? time)
    {
        string n = line.Normalized.Text;
        if (DateLines.ParseDateLine(n) is { } parsed)
        {
            date ??= parsed.Date;
            time ??= parsed.Time;
            line.RemovedBecause = "date";
            return true;
        }

        if (DateLines.ParseTimeLine(n) is { } t)
        {
            time ??= t;
            line.RemovedBecause = "time";
            return true;
        }

        return false;
    }

    private bool TryByline(Line line, List<string> authors)
    {
        foreach (var rule in _rules.Bylines)
        {
            var m = rule.Pattern.Match(line.Normalized.Text);
            if (m.Success && CapturedName(line, m) is { } name)
            {
                authors.AddRange(SplitAuthors(name));
                line.RemovedBecause = rule.Reason;
                return true;
            }
        }

        return false;
    }

    /// <summary>A header line of two to four words, no digits or punctuation, first word a given name.</summary>
    private static bool TryBareByline(Line line, List<string> authors, bool titleFound)
    {
        if (line.Words is < 2 or > 4 || (line.Words > 2 && !titleFound))
        {
            return false;
        }

        var words = line.Normalized.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != line.Words || words.Any(w => !w.All(ArabicLetters.IsLetter) || StopWords.Contains(w)))
        {
            return false;
        }

        if (!GivenNames.Contains(words[0]))
        {
            return false;
        }

        authors.Add(line.Text);
        line.RemovedBecause = "byline";
        return true;
    }

    private static bool IsMostlyArabic(List<Line> lines)
    {
        int arabic = 0;
        int latin = 0;
        foreach (var line in lines)
        {
            foreach (char c in line.Text)
            {
                if (ArabicLetters.IsLetter(c))
                {
                    arabic++;
                }
                else if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
        }

        return arabic > latin;
    }

    /// <summary>
    /// A short line with no Arabic letter in an Arabic article, made only of lower-case Latin words or single
    /// letters: button labels, script values and font-size controls ("search", "true", "A A"). Names of
    /// companies and products are capitalized (Meta, ChatGPT) and stay.
    /// </summary>
    private static bool IsLatinResidue(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3
            && words.All(w => w.All(char.IsAsciiLetter) && (w.Length == 1 || w.All(char.IsAsciiLetterLower)));
    }

    private static void RemoveAdverts(List<Line> lines, int firstParagraph, int lastParagraph)
    {
        int i = firstParagraph + 1;
        while (i < lastParagraph)
        {
            if (lines[i].RemovedBecause is not null || !lines[i].IsShort)
            {
                i++;
                continue;
            }

            int start = i;
            var run = new List<Line>();
            while (i < lastParagraph && (lines[i].IsShort || lines[i].RemovedBecause == "separator"))
            {
                run.Add(lines[i]);
                i++;
            }

            var open = run.Where(l => l.RemovedBecause is null).ToList();
            bool hasMarker = run.Any(l => l.RemovedBecause == "separator")
                || open.Any(l => ContainsDate(l.Normalized.Text) || EventWords.IsMatch(l.Normalized.Text));
            if (run.Count >= 2 && (hasMarker || open.Count >= 3))
            {
                foreach (var line in open)
                {
                    line.RemovedBecause = "advert";
                }
            }

            if (i == start)
            {
                i++;
            }
        }
    }

    private static bool ContainsDate(string normalized) =>
        DateLines.ParseDateLine(normalized) is not null || DateRange.IsMatch(normalized);

    private static readonly Regex DateRange = new(@"\d{1,2}\s*[-–]\s*\d{1,2}\s+\S+\s+\d{4}", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private void FindCredits(Line line, List<string> credits)
    {
        foreach (var rule in _rules.Credits)
        {
            foreach (Match m in rule.Pattern.Matches(line.Normalized.Text))
            {
                if (CapturedName(line, m) is { } name)
                {
                    credits.Add(name);
                }
            }
        }
    }

    private static string? CapturedName(Line line, Match m)
    {
        var g = m.Groups["name"];
        if (!g.Success || g.Length == 0)
        {
            return null;
        }

        string name = line.Normalized.OriginalSlice(g.Index, g.Index + g.Length).Trim(' ', '\t', '.', '،', ':', '«', '»', '“', '”', '"');
        return name.Length == 0 ? null : name;
    }

    private static IEnumerable<string> SplitAuthors(string text) =>
        Regex.Split(text, @"\s*(?:،|,|\s+و\s*(?=\S)| and )\s*")
            .Select(a => a.Trim())
            .Where(a => a.Length > 1);

    private static IReadOnlyList<string> DistinctByNormalizedForm(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (string name in names)
        {
            if (seen.Add(ArabicNormalizer.Normalize(name)))
            {
                result.Add(name);
            }
        }

        return result;
    }

    internal static string TrimLine(string line) => line.Trim().Trim(InvisibleEdges).Trim();

    // Bidi marks, zero-width space, BOM and no-break space that scraped lines carry at their ends. One array for all
    // calls: written inline, the params array was built again for every line and was a fifth of cleaning's time.
    private static readonly char[] InvisibleEdges = ['\u200E', '\u200F', '\u061C', '\u200B', '\uFEFF', '\u00A0'];

    private static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool wordChar = char.IsLetterOrDigit(c) || ArabicLetters.IsMark(c) || c == ArabicLetters.Tatweel;
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.IsEmpty)
        {
            return false;
        }

        char last = t[^1];
        return last is '.' or '!' or '?' or ArabicLetters.ArabicQuestionMark or '…' or '»' or '”' or '"' or ')' or ':' or '؛';
    }
}
