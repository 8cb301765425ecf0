using Rasid.Analysis;

namespace Rasid.Extraction.Quotes;

/// <summary>A quotation: what was said (inside the marks, offsets in the clean text) and who said it, when the text tells.</summary>
public sealed record Quote(int Start, int End, string Text, string? Speaker, string? SpeakerKind);

/// <summary>
/// Quotations in “…”, «…» and "…" with their speaker. Arabic news puts the reporting verb first and the speaker
/// after it ("وقال زوكربيرغ:", "وقال متحدث باسم «ميتا» في بيان:", "وكتب محللو «كي بانك» في مذكرة:"); when
/// the verb has no named subject ("وقال خلال المكالمة:") the speaker is the person the article named last,
/// and a quotation that directly follows another continues its speaker.
/// </summary>
public sealed class QuoteExtractor(EntityMentions mentions)
{
    private static readonly Lazy<QuoteExtractor> Shipped = new(() => new QuoteExtractor(EntityMentions.Default));

    private static readonly HashSet<string> SpeechVerbs = new[]
    {
        "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "يضيف", "أكد", "أكدت", "يؤكد", "أوضح", "أوضحت", "أشار", "أشارت", "كتب", "كتبت",
        "صرح", "صرحت", "ذكر", "ذكرت", "أعلن", "أعلنت", "تابع", "تابعت", "اعتبر", "اعتبرت", "أخبر", "أخبرت", "شدد", "شددت", "لفت", "لفتت",
        "قالوا", "كتبوا", "أكدوا", "أضافوا", "اعترف", "اعترفت", "رأى", "رأت", "علق", "علقت", "حذر", "حذرت",
    }.Select(Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fewer words in quotation marks are a name, a title or a phrase held at arm's length («لاما 4»، «الأكثر تقدماً»), not speech.</summary>
    private const int MinimumWords = 6;

    public static QuoteExtractor Default => Shipped.Value;

    private static string Normalize(string s) => ArabicNormalizer.Normalize(s);

    public IReadOnlyList<Quote> Extract(string text) => Extract(text, null);

    /// <summary>The quotations in <paramref name="text"/>; <paramref name="names"/> are its entity mentions when already found.</summary>
    public IReadOnlyList<Quote> Extract(string text, IReadOnlyList<EntityMention>? names)
    {
        var spans = QuotedSpans(text).Where(q => WordCount(text, q.Start, q.End) >= MinimumWords).ToList();
        if (spans.Count == 0)
        {
            return [];
        }

        names ??= mentions.Find(text);
        var quotes = new List<Quote>();
        for (int k = 0; k < spans.Count; k++)
        {
            var (start, end) = spans[k];
            var speaker = SpeakerBefore(text, names, start, k > 0 ? spans[k - 1].End + 1 : 0)
                ?? SpeakerAfter(text, names, end + 1)
                ?? (k > 0 && Continues(text, spans[k - 1].End + 1, start - 1) ? ((string? Name, string Kind)?)(quotes[^1].Speaker, quotes[^1].SpeakerKind ?? "") : null);
            quotes.Add(new Quote(start, end, text[start..end], speaker?.Name, speaker?.Kind));
        }

        return quotes;
    }

    /// <summary>Content spans (without the marks) of “…”, «…» and "…" within one paragraph.</summary>
    private static IEnumerable<(int Start, int End)> QuotedSpans(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char open = text[i];
            char close = open switch { '“' => '”', '«' => '»', '"' => '"', _ => '\0' };
            if (close == '\0')
            {
                i++;
                continue;
            }

            int end = text.IndexOf(close, i + 1);
            int paragraph = text.IndexOf('\n', i + 1);
            if (end < 0 || (paragraph >= 0 && paragraph < end))
            {
                i++;
                continue;
            }

            yield return (i + 1, end);
            i = end + 1;
        }
    }

    private static int WordCount(string text, int start, int end) => Tokenizer.Tokenize(text[start..end]).Count;

    /// <summary>
    /// Whether a quotation continues the one before: nothing but punctuation between them, or only the short
    /// reporting clause of the first ("…،” أخبر زوكربيرج المحللين. “…").
    /// </summary>
    private static bool Continues(string text, int from, int to)
    {
        if (from > to)
        {
            return false;
        }

        var between = text.AsSpan(from, to - from);
        if (between.Trim(" .،,:؛\u200f").Length == 0)
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(between.ToString());
        return tokens.Count <= 10 && tokens.Count > 0 && SpeechVerbs.Contains(Normalize(between[tokens[0].Start..tokens[0].End].ToString()));
    }

    /// <summary>The reporting clause before the quotation: from the last sentence end (or the previous quotation) to the opening mark.</summary>
    private static (string? Name, string Kind)? SpeakerBefore(string text, IReadOnlyList<EntityMention> names, int quoteStart, int notBefore)
    {
        int open = quoteStart - 1;
        int from = Math.Max(notBefore, text.LastIndexOfAny(['.', '؟', '!', '\n'], Math.Max(0, open - 1)) + 1);
        var clause = Tokenizer.Tokenize(text[from..open]);
        int verbAt = -1;
        for (int t = 0; t < clause.Count; t++)
        {
            string word = Normalize(text.Substring(from + clause[t].Start, clause[t].Length));
            if (SpeechVerbs.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && SpeechVerbs.Contains(word[1..])))
            {
                verbAt = t;
                break;
            }
        }

        if (verbAt < 0)
        {
            return null;
        }

        int afterVerb = from + clause[verbAt].End;

        // A name in «» after the verb ("متحدث باسم «ميتا»", "محللو «كي بانك كابيتال ماركتس»"): the whole name in the
        // marks, under its canonical name when a source knows all of it.
        int guillemet = text.IndexOf('«', afterVerb, open - afterVerb);
        if (guillemet >= 0 && text.IndexOf('»', guillemet) is int closing and > 0 && closing < open)
        {
            string inMarks = text[(guillemet + 1)..closing];
            var whole = names.FirstOrDefault(n => n.Start <= guillemet + 1 && n.End >= closing);
            return whole is not null ? (whole.Name, whole.Kind) : (inMarks, names.FirstOrDefault(n => n.Start > guillemet && n.End <= closing)?.Kind ?? "organization");
        }

        var named = names.Where(n => n.Start >= afterVerb && n.End <= open).OrderBy(n => n.Start).FirstOrDefault();
        if (named is not null)
        {
            return (named.Name, named.Kind);
        }

        // The verb has no named subject: the person the article named last.
        var last = names.Where(n => n.End <= from + clause[verbAt].Start && n.Kind == "person").LastOrDefault();
        return last is null ? null : (last.Name, last.Kind);
    }

    /// <summary>"«…»، قال زوكربيرغ": a reporting verb right after the quotation, then its subject.</summary>
    private static (string? Name, string Kind)? SpeakerAfter(string text, IReadOnlyList<EntityMention> names, int after)
    {
        int to = text.IndexOfAny(['.', '؟', '!', '\n', '«', '“'], Math.Min(after, text.Length));
        to = to < 0 ? text.Length : to;
        if (after >= to)
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(text[after..to]);
        if (tokens.Count == 0 || !SpeechVerbs.Contains(Normalize(text.Substring(after + tokens[0].Start, tokens[0].Length))))
        {
            return null;
        }

        var named = names.FirstOrDefault(n => n.Start >= after + tokens[0].End && n.End <= to);
        return named is null ? null : (named.Name, named.Kind);
    }
}
