using Rasid.Analysis;
using Rasid.Extraction.Dates;
using Rasid.Extraction.Figures;
using Rasid.Extraction.Ner;
using Rasid.Extraction.Quotes;

namespace Rasid.Extraction;

/// <summary>Everything extracted from one article's clean text: the records of the export contract.</summary>
public sealed record ArticleFacts(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<Figure> Figures, IReadOnlyList<DateMention> Dates, IReadOnlyList<Quote> Quotes)
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The facts as the stores keep them: one compact JSON document an article, written in the ingest transaction.</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Facts read back from a store; null if the stored document is not facts (then they are extracted again).</summary>
    public static ArticleFacts? FromJson(string json)
    {
        try
        {
            var facts = System.Text.Json.JsonSerializer.Deserialize<ArticleFacts>(json, JsonOptions);
            return facts is { Mentions: not null, Figures: not null, Dates: not null, Quotes: not null } ? facts : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The extraction stage as one value: the shipped one, or one whose gazetteer has the user's own entities added
/// (<c>--gazetteer FILE</c>). Built per command, so no setting leaks from one run into another.
/// </summary>
public sealed class Extractors
{

    /// <summary>
    /// The extraction code's version: bump it whenever a change makes extraction find something else, so that
    /// stored facts are made again. The test ExtractionVersionTests fails when seed extraction changes without it.
    /// </summary>
    public const int Version = 108;

    /// <summary>
    /// The version and a digest of every data file built in (model, clusters, gazetteer, vocabularies): stored
    /// facts are read back only by extractors with the same fingerprint. Changes elsewhere (relating, serving)
    /// leave stored facts valid.
    /// </summary>
    private static readonly string ShippedFingerprint = $"v{Version}-{ResourceDigest()}";

    private static string ResourceDigest()
    {
        var assembly = typeof(Extractors).Assembly;
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => !n.StartsWith("Rasid.Display.", StringComparison.Ordinal) && !n.StartsWith("Rasid.Search.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer.AsSpan(0, read));
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }

    private static readonly Lazy<Extractors> Shipped = new(() => new Extractors(Gazetteer.Default, ShippedFingerprint));

    public Extractors(Gazetteer gazetteer, string fingerprint)
    {
        Fingerprint = fingerprint;
        Gazetteer = gazetteer;
        Mentions = new EntityMentions(gazetteer, EntityTagger.Default);
        Figures = new FigureExtractor(FigureVocabulary.Default, gazetteer);
        Quotes = new QuoteExtractor(Mentions);
    }

    public static Extractors Default => Shipped.Value;

    /// <summary>The shipped extractors with the entities of a user's gazetteer file added.</summary>
    public static Extractors WithGazetteer(string? path)
    {
        if (path is null)
        {
            return Default;
        }

        var user = Gazetteer.Load(path);
        string entries = string.Join('\n', user.Entries.Select(e => $"{e.Kind}\t{e.Name}\t{string.Join('|', e.Aliases)}"));
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entries)))[..16];
        return new Extractors(Gazetteer.Default.With(user), ShippedFingerprint + "+" + hash);
    }

    /// <summary>
    /// Says which code, data and user gazetteer made a set of facts: stored facts are read back only by extractors
    /// with the same fingerprint, and re-ingesting an unchanged article refreshes facts made by another.
    /// </summary>
    public string Fingerprint { get; }

    public Gazetteer Gazetteer { get; }

    public EntityMentions Mentions { get; }

    public FigureExtractor Figures { get; }

    public DateExtractor Dates => DateExtractor.Default;

    public QuoteExtractor Quotes { get; }

    public ArticleFacts Extract(Cleaning.CleanArticle article)
    {
        var mentions = Mentions.Find(article.Text);
        var figures = NearestCompanyOwnsItsMeasures(article.Text, AgesOfPeople(article.Text, Figures.Extract(article.Text), mentions), mentions);
        return new(mentions, figures, Dates.Extract(article.Text, article.Published), Quotes.Extract(article.Text, mentions));
    }

    /// <summary>
    /// An age belongs to a person: its subject is the person named nearest to it in its sentence, before it
    /// ("ألكسندر وانغ، الرئيس التنفيذي لشركة سكيل البالغ من العمر 28 عاماً") or in apposition after it
    /// ("الرئيس التنفيذي البالغ من العمر 28 عاماً، ألكسندر وانغ"), never the company named in between. Only a
    /// person close by (<see cref="AgeReach"/> words) and with no other person's noun in between: in "أوضح الناطق
    /// خالد الغبان أن ابن المشتكي البالغ 16 عاماً" the age is the son's, and the spokesman has none.
    /// </summary>
    private static IReadOnlyList<Figure> AgesOfPeople(string text, IReadOnlyList<Figure> figures, IReadOnlyList<EntityMention> mentions)
    {
        if (!figures.Any(f => f.Kind == "age"))
        {
            return figures;
        }

        return figures.Select(f =>
        {
            if (f.Kind != "age")
            {
                return f;
            }

            var (from, to) = SentenceAround(text, f.Start, f.End);
            var person = mentions
                .Where(m => m.Kind == "person" && m.Start >= from && m.End <= to && (m.End <= f.Start || m.Start >= f.End))
                .Select(m => (Mention: m, Between: m.End <= f.Start ? text[m.End..f.Start] : text[f.End..m.Start]))
                .Select(p => (p.Mention, Words: Tokenizer.Tokenize(p.Between).Select(t => p.Between[t.Start..t.End]).ToList()))
                .Where(p => p.Words.Count <= (p.Mention.End <= f.Start ? AgeReach : AgeReachAfter) && !p.Words.Any(IsPersonNoun))
                .OrderBy(p => p.Mention.End <= f.Start ? f.Start - p.Mention.End : (p.Mention.Start - f.End) + 1)
                .Select(p => p.Mention).FirstOrDefault();
            return f with { Subject = person?.Name };
        }).ToList();
    }

    /// <summary>What a company reports of itself: its profit, loss, revenue, sales, payout, capital and equity.</summary>
    private static readonly HashSet<string> CompanyMetrics = new(
        ["profit", "loss", "quarterly_profit", "revenue", "annual_revenue", "sales", "annual_sales", "dividend", "dividend_of_par_value", "capital", "shareholders_equity"],
        StringComparer.Ordinal);

    /// <summary>
    /// A company owns what its sentence reports of it: "أوصى مجلس إدارة شركة أسمنت نجران بتوزيع أرباح نقدية … بإجمالي 85
    /// مليون ريال" is Najran Cement's payout. The figure extractor binds only names its gazetteer knows, and most listed
    /// companies are not in it; a figure it bound keeps its owner. Only a company's own measures (<see cref="CompanyMetrics"/>),
    /// only a name headed by a company's noun, and only when it is the nearest name of an actor (organization or person)
    /// before the figure in its sentence: an analyst or another body named nearer is not the company, and no owner is
    /// better than a wrong one.
    /// </summary>
    private static IReadOnlyList<Figure> NearestCompanyOwnsItsMeasures(string text, IReadOnlyList<Figure> figures, IReadOnlyList<EntityMention> mentions)
    {
        if (!figures.Any(f => f.Subject is null && f.Metric is { } metric && CompanyMetrics.Contains(metric)))
        {
            return figures;
        }

        return figures.Select(f =>
        {
            if (f.Subject is not null || f.Metric is not { } metric || !CompanyMetrics.Contains(metric))
            {
                return f;
            }

            var (from, _) = SentenceAround(text, f.Start, f.End);
            var nearest = mentions.Where(m => m.Start >= from && m.End <= f.Start && m.Kind is "organization" or "person").MaxBy(m => m.End);
            if (nearest is not { Kind: "organization" } || !HeadedByACompanyNoun(text, nearest))
            {
                return f;
            }

            // What follows أن/إن is what the company says: its own only when the clause says so, by a pronoun glued to the
            // measure or by "the company" (أعلنت شركة X أن أرباحها بلغت); "توقعت شركة الجزيرة كابيتال أن ترتفع أرباح قطاع
            // البتروكيماويات" is a forecast of someone else's, and an analyst's firm named before what he says (وقال
            // المحلل في شركة X إن أرباح القطاع) owns nothing of it.
            var between = Tokenizer.Tokenize(text[nearest.End..f.Start]).Select(t => ArabicNormalizer.Normalize(text[(nearest.End + t.Start)..(nearest.End + t.End)])).ToList();
            int complementizer = between.FindIndex(w => Complementizers.Contains(w));
            bool itsOwn = complementizer < 0 || between.Skip(complementizer + 1).Any(w => w.EndsWith("ها", StringComparison.Ordinal) || w is "الشركه" or "للشركه");
            return itsOwn ? f with { Subject = nearest.Name } : f;
        }).ToList();
    }

    /// <summary>Words that open what someone says or expects (أن، إن، بأن، وأن، إنه، إنها), normalized.</summary>
    private static readonly HashSet<string> Complementizers = new[] { "أن", "إن", "بأن", "وأن", "وإن", "إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The name begins with a company's noun (شركة سبكيم) or follows one (شركة [أسمنت نجران]).</summary>
    private static bool HeadedByACompanyNoun(string text, EntityMention m)
    {
        if (OwnerNouns.NamesACompany(ArabicNormalizer.Normalize(m.Surface.Split(' ')[0])))
        {
            return true;
        }

        int end = m.Start;
        while (end > 0 && text[end - 1] is ' ' or '«' or '"' or '(')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && OwnerNouns.NamesACompany(ArabicNormalizer.Normalize(text[start..end]));
    }

    /// <summary>The most words between a person's name and their age ("X، الرئيس التنفيذي السابق لشركة «سكيل إيه.آي» البالغ من العمر 28").</summary>
    private const int AgeReach = 12;

    /// <summary>
    /// The most words between an age and a name after it: a name in apposition follows the age at once or a word on
    /// ("البالغ من العمر 28 عاماً، ألكسندر وانغ"، "(30 عاما) المهندس خالد"); further on it is another clause's (لاعب الوسط البالغ من العمر 21 عاما بشأن العقد
    /// الذي سيربطه بفريق المدرب ماسيميليانو أليجري: the coach is no 21).
    /// </summary>
    private const int AgeReachAfter = 2;

    private static readonly Lazy<HashSet<string>> PersonNouns = new(() =>
        RasidResources.ReadLines("person-nouns.txt").Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    /// <summary>Possessive pronouns glued to a noun (ابنه، ابنتها، أبناؤهم), longest first, normalized.</summary>
    private static readonly string[] PronounSuffixes = ["هما", "هم", "هن", "ها", "نا", "كم", "ه", "ك", "ي"];

    /// <summary>
    /// A noun for a person (ابن، مقيم، طفلة), also with one proclitic and ال (والمقيم، لابن، بالطفلة), or with a
    /// possessive pronoun, in the dual too (ابنه، ابنتها، ابنتيه "his two daughters", زوجته).
    /// </summary>
    private static bool IsPersonNoun(string word)
    {
        string w = ArabicNormalizer.Normalize(word);
        string withoutProclitic = w.Length > 3 && w[0] is 'و' or 'ف' or 'ل' or 'ب' or 'ك' ? w[1..] : w;
        return new[] { w, withoutProclitic }.SelectMany(WithoutPossessive).Any(form =>
            PersonNouns.Value.Contains(form) || (form.StartsWith("ال", StringComparison.Ordinal) && PersonNouns.Value.Contains(form[2..])));
    }

    /// <summary>The word and, when a pronoun is glued to it, its noun: ابنتيه → ابنتي → ابنت → ابنه (ة as normalized).</summary>
    private static IEnumerable<string> WithoutPossessive(string w)
    {
        yield return w;
        string? suffix = PronounSuffixes.FirstOrDefault(x => w.Length > x.Length + 2 && w.EndsWith(x, StringComparison.Ordinal));
        if (suffix is null)
        {
            yield break;
        }

        string noun = w[..^suffix.Length];
        foreach (string form in noun.Length > 3 && noun[^1] == 'ي' ? new[] { noun, noun[..^1] } : [noun]) // the dual's ي before a pronoun
        {
            yield return form;
            if (form[^1] == 'ت')
            {
                yield return form[..^1] + "ه"; // ابنت+ه is ابنة with its pronoun
            }
        }
    }

    /// <summary>The sentence a span is in: ended by . ؟ ! before a space or line end (not the dot inside "إيه.آي" or 14.8), or a line break.</summary>
    public static (int From, int To) SentenceAround(string text, int start, int end)
    {
        static bool EndsAt(string text, int i) =>
            text[i] == '\n' || (text[i] is '.' or '؟' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

        int from = Math.Min(start, text.Length);
        while (from > 0 && !EndsAt(text, from - 1))
        {
            from--;
        }

        int to = Math.Max(end, from);
        while (to < text.Length && !EndsAt(text, to))
        {
            to++;
        }

        return (from, to);
    }
}
