using Rasid.Analysis;

namespace Rasid.Extraction.Figures;

/// <summary>A normalized word with its light stem and its prefix-free core, computed once for matching triggers.</summary>
public readonly record struct WordForms(string Word, string Stem, string Core)
{
    /// <summary>
    /// The word's forms; an indefinite accusative keeps its tanween alef once harakat are gone (استثماراً → استثمارا),
    /// so a word of four letters or more ending in alef after a consonant is read without it: the noun a trigger names.
    /// </summary>
    public static WordForms Of(string normalizedWord)
    {
        string word = normalizedWord.Length >= 5 && normalizedWord[^1] == '\u0627' && normalizedWord[^2] is not ('\u0627' or '\u0648' or '\u064A')
            ? normalizedWord[..^1]
            : normalizedWord;
        return new(word, LightStemmer.Stem(word), word[LightStemmer.StripPrefixes(word)..]);
    }
}

/// <summary>A unit a number can carry: its kind (money, percent, …), its code (USD, %, user, GW, month) and whether the form is a dual (عامين: two years).</summary>
/// <param name="Counts">For a counted noun, the measure it names when the sentence names none (151 عقارا: properties).</param>
/// <param name="Persons">It counts persons (a person, or a group of them by its own noun: child, soldier): a toll's trigger may say what befell them.</param>
public sealed record FigureUnit(string Kind, string Code, bool Dual, string? Counts = null, bool Persons = false);

/// <summary>
/// The words figures are made of, normalized the way the text is: number words, scale words, qualifiers, and
/// (from data files) units and metric triggers. Hand-written because no library reads Arabic number phrases:
/// "ثلاثة مليارات", "بـ29 مليار دولار", "ما بين 70 و72 مليار دولاراً".
/// </summary>
public sealed class FigureVocabulary
{
    /// <summary>
    /// The stems of the quantities a change in percent is told of (إيراداتها، الأرباح، صافي الربح، مبيعاتها), normalized,
    /// with their metric: the change's metric is the quantity's growth or decline (زيادة في أرباحها بنسبة 33%: profit_growth).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ChangedQuantityStems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ايراد"] = "revenue", ["عاءد"] = "revenue", ["ارباح"] = "profit", ["ربح"] = "profit", ["مبيع"] = "sales",
    };

    /// <summary>The quantities a change in percent is told of (revenue, profit, sales).</summary>
    public static readonly IReadOnlyList<string> ChangedQuantities = [.. ChangedQuantityStems.Values.Distinct()];

    /// <summary>Every metric of a change: growth and decline, and each of a changed quantity (revenue_growth, profit_decline).</summary>
    public static readonly IReadOnlyList<string> ChangeMetrics =
        [.. new[] { "growth", "decline" }.SelectMany(change => ChangedQuantities.Select(q => $"{q}_{change}").Prepend(change))];

    /// <summary>The metric of a change of <paramref name="quantity"/> (null: of nothing named) in the direction <paramref name="change"/> (growth, decline).</summary>
    public static string ChangeOf(string? quantity, string change) => quantity is null ? change : $"{quantity}_{change}";

    /// <summary>A rise or fall, of a named quantity or not.</summary>
    public static bool IsChange(string? metric) => metric is not null && ChangeMetrics.Contains(metric, StringComparer.Ordinal);

    private static readonly Lazy<FigureVocabulary> Shipped = new(() => new FigureVocabulary(
        RasidResources.ReadLines("figure-units.txt"), RasidResources.ReadLines("metrics.txt")));

    private readonly Dictionary<string, List<(string[] Words, FigureUnit Unit)>> _units = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personUnits = new(StringComparer.Ordinal);

    /// <summary>The units that count persons: person, and the groups counted by a noun of their own (child, soldier, passenger).</summary>
    public IReadOnlySet<string> PersonUnits => _personUnits;

    /// <summary>Whether a unit counts persons, by any noun: a group's own, or what befell them (7 قتلى، 7 جرحى).</summary>
    public bool CountsPersons(string unit) => unit is "death" or "injury" || _personUnits.Contains(unit);
    private readonly List<(string Metric, string[] Kinds, WordForms[] Words, bool OnlyBefore, WordForms[] Needs)> _metrics = [];

    public FigureVocabulary(IEnumerable<string> unitLines, IEnumerable<string> metricLines)
    {
        foreach (string line in unitLines)
        {
            string[] columns = line.Split('\t');
            if (columns.Length is not (3 or 4 or 5) || (columns.Length == 5 && columns[4].Trim() != "persons"))
            {
                throw new FormatException($"figure-units: expected 'kind<TAB>unit<TAB>forms[<TAB>measure counted[<TAB>persons]]': {line}");
            }

            string? counts = columns.Length >= 4 ? columns[3].Trim() : null;
            bool persons = columns.Length == 5 || columns[1] == "person";
            if (persons)
            {
                _personUnits.Add(columns[1]);
            }

            if (counts is not null)
            {
                _countedMeasures.Add(counts);
            }

            _unitNames.TryAdd(columns[1], (columns[0], columns[2].Split('|')[0].Trim()));

            foreach (string form in columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string[] words = Words(form);
                if (words.Length == 0)
                {
                    continue;
                }

                bool dual = words.Length == 1 && IsDualForm(words[0]);
                if (!_units.TryGetValue(words[0], out var list))
                {
                    _units[words[0]] = list = [];
                }

                list.Add((words, new FigureUnit(columns[0], columns[1], dual, counts, persons)));
            }
        }

        foreach (var list in _units.Values)
        {
            var longerUnitsFirst = list.OrderByDescending(u => u.Words.Length).ToList(); // stable: ties keep the file's order
            list.Clear();
            list.AddRange(longerUnitsFirst);
        }

        foreach (string line in metricLines)
        {
            string[] columns = line.Split('\t');
            if (columns.Length is not (3 or 4))
            {
                throw new FormatException($"metrics: expected 'metric<TAB>kinds<TAB>triggers[<TAB>words one of which the sentence must hold]': {line}");
            }

            WordForms[] needs = columns.Length == 4
                ? [.. columns[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => WordForms.Of(Normalize(w)))]
                : [];

            string[] kinds = columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (string written in columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // "عند مستوى …": a trigger that names the figure written right after it, never one before it.
                bool before = written.EndsWith('…');
                string trigger = before ? written[..^1].TrimEnd() : written;
                _metrics.Add((columns[0], kinds, Words(trigger).Select(WordForms.Of).ToArray(), before, needs));
            }
        }

        // Longer triggers first, so that "النفقات الرأسمالية" is tried before anything inside it; triggers of one length
        // stay in the file's order (a stable sort: List.Sort is not, and a line added anywhere reshuffled the ties).
        var longerFirst = _metrics.OrderByDescending(m => m.Words.Length).ToList();
        _metrics.Clear();
        _metrics.AddRange(longerFirst);
        for (int m = 0; m < _metrics.Count; m++)
        {
            var first = _metrics[m].Words[0];
            Index(_metricsByWord, first.Word, m);
            Index(_metricsByCore, first.Core, m);
            if (first.Stem.Length >= 3)
            {
                Index(_metricsByStem, first.Stem, m);
            }
        }
    }

    // Each trigger by the forms of its first word that SameWord compares: a sentence word finds the triggers it may
    // begin in three lookups, instead of every trigger being tried at every word around every figure.
    private readonly Dictionary<string, List<int>> _metricsByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _metricsByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _metricsByCore = new(StringComparer.Ordinal);

    private static void Index(Dictionary<string, List<int>> index, string form, int metric)
    {
        if (!index.TryGetValue(form, out var list))
        {
            index[form] = list = [];
        }

        list.Add(metric);
    }

    /// <summary>
    /// Adds the indexes (into <see cref="Metrics"/>) of the triggers whose first word is the same word as
    /// <paramref name="form"/> by <see cref="SameWord"/>; an index may come up to three times.
    /// </summary>
    internal void AddMetricsStartingWith(WordForms form, List<int> into)
    {
        if (_metricsByWord.TryGetValue(form.Word, out var byWord))
        {
            into.AddRange(byWord);
        }

        if (_metricsByStem.TryGetValue(form.Stem, out var byStem))
        {
            foreach (int m in byStem)
            {
                if (!(IsPluralInAt(_metrics[m].Words[0].Word) && IsFeminineSingular(form.Word)))
                {
                    into.Add(m); // the stem alone, as SameWord compares it
                }
            }
        }

        if (_metricsByCore.TryGetValue(form.Core, out var byCore))
        {
            into.AddRange(byCore);
        }
    }

    public static FigureVocabulary Default => Shipped.Value;

    /// <summary>
    /// Every metric trigger, longer first. <c>OnlyBefore</c>: it names only a figure written right after it (a trailing
    /// "…" in the file). <c>Needs</c>: words one of which the sentence must hold for the metric to apply at all (an
    /// index's points need an index: "9 نقاط" in a league table is no market's close).
    /// </summary>
    public IReadOnlyList<(string Metric, string[] Kinds, WordForms[] Words, bool OnlyBefore, WordForms[] Needs)> Metrics => _metrics;

    /// <summary>
    /// Whether a metric whose kinds column reads <paramref name="kinds"/> can measure a figure of this kind and unit: a
    /// kind (<c>count</c>) takes every unit of it, <c>kind:unit</c> (<c>quantity:GW</c>) only that unit, so that a word as
    /// common as طاقة "energy, capacity" names a power metric only for gigawatts, never for barrels or tonnes.
    /// </summary>
    internal static bool AppliesTo(string[] kinds, string kind, string unit)
    {
        foreach (string k in kinds)
        {
            if (k.Length == kind.Length ? string.Equals(k, kind, StringComparison.Ordinal)
                : k.Length == kind.Length + 1 + unit.Length && k.StartsWith(kind, StringComparison.Ordinal) && k[kind.Length] == ':' && k.EndsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A unit code's kind and its first form as written in figure-units.txt (USD: money, دولار), for showing amounts.</summary>
    /// <summary>The measures counted nouns name (children, properties, teams): counts of an event, like its toll.</summary>
    public IReadOnlySet<string> CountedMeasures => _countedMeasures;

    private readonly HashSet<string> _countedMeasures = new(StringComparer.Ordinal);

    public (string Kind, string Word)? UnitName(string code) => _unitNames.TryGetValue(code, out var name) ? name : null;

    private readonly Dictionary<string, (string Kind, string Word)> _unitNames = new(StringComparer.Ordinal);

    /// <summary>A phrase as the extractor compares words: normalized, lower-cased, split at spaces ("$" and "%" kept).</summary>
    public static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0).ToArray();

    public static string Normalize(string word) => ArabicNormalizer.NormalizeLower(word);

    /// <summary>As <see cref="Normalize(string)"/> for a word inside a longer text.</summary>
    public static string Normalize(ReadOnlySpan<char> word) => ArabicNormalizer.NormalizeLower(word);

    /// <summary>
    /// Whether a word of the text is a trigger word whatever clitics the sentence attaches (لأسهم، وإيراداتها): the
    /// same light stem (when it keeps three letters or more; shorter stems are common words: وفيات → في), or the
    /// same word once its prefixes are off (حصة, whose stem حص is too short to compare). A plural in ـات is not the
    /// feminine singular its stem shares: صادرات "exports" and واردات "imports" are not الصادرة "issued" or الواردة
    /// "incoming, mentioned" (البيانات الصادرة، السيارات الواردة للسوق), which the stem alone would take for them.
    /// </summary>
    public static bool SameWord(WordForms text, WordForms trigger) =>
        text.Word == trigger.Word
        || (trigger.Stem.Length >= 3 && trigger.Stem == text.Stem && !(IsPluralInAt(trigger.Word) && IsFeminineSingular(text.Word)))
        || text.Core == trigger.Core;

    // Normalized: taa marbuta is heh; a plural with a pronoun (صادراته) is still a plural.
    private static bool IsPluralInAt(string word) => word.EndsWith("ات", StringComparison.Ordinal); // ـات alef teh

    private static bool IsFeminineSingular(string word) =>
        word.Length > 2 && word[^1] == ArabicLetters.Heh && !(word[^2] == ArabicLetters.Teh && word[^3] == ArabicLetters.Alef);

    /// <summary>The longest unit starting at word <paramref name="i"/>, and how many words it takes.</summary>
    public (FigureUnit Unit, int Length)? UnitAt(IReadOnlyList<string> words, int i)
    {
        if (i >= words.Count || !_units.TryGetValue(words[i], out var candidates))
        {
            return null;
        }

        foreach (var (form, unit) in candidates)
        {
            if (i + form.Length > words.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < form.Length && all; k++)
            {
                all = words[i + k] == form[k];
            }

            if (all)
            {
                return (unit, form.Length);
            }
        }

        return null;
    }

    // Duals: a bare "عامين" is two years, "قتيلين" two dead. Only forms that are no plural too (مستخدمين، مواطنين،
    // مصابين are plurals) count: each of these nouns makes its plural another way (قتلى، أشخاص، جنود، أطفال).
    private static readonly HashSet<string> DualForms = new[]
    {
        "عامين", "سنتين", "شهرين", "أسبوعين", "يومين", "ساعتين", "دقيقتين",
        "قتيلين", "قتيلان", "جريحين", "جريحان", "شخصين", "شخصان", "جنديين", "جنديان", "طفلين", "طفلان", "طفلتين",
        "رجلين", "رجلان", "امرأتين", "سيدتين", "سيارتين", "مركبتين",
    }
        .Select(Normalize).ToHashSet(StringComparer.Ordinal);

    private static bool IsDualForm(string word) => DualForms.Contains(word);

    /// <summary>Scale words and their multipliers; a dual (مليارين) is two of them.</summary>
    public static readonly IReadOnlyDictionary<string, (double Scale, bool Dual)> Scales = new Dictionary<string, (double, bool)>(StringComparer.Ordinal)
    {
        [Normalize("ألف")] = (1e3, false),
        [Normalize("آلاف")] = (1e3, false),
        [Normalize("ألفا")] = (1e3, false),
        [Normalize("ألفين")] = (1e3, true),
        [Normalize("ألفان")] = (1e3, true), // the dual in the nominative (بلغت ألفان ...), as subjects and predicates write it
        [Normalize("مليون")] = (1e6, false),
        [Normalize("ملايين")] = (1e6, false),
        [Normalize("مليونا")] = (1e6, false),
        [Normalize("مليونين")] = (1e6, true),
        [Normalize("مليونان")] = (1e6, true),
        [Normalize("مليار")] = (1e9, false),
        [Normalize("مليارات")] = (1e9, false),
        [Normalize("مليارا")] = (1e9, false),
        [Normalize("مليارين")] = (1e9, true),
        [Normalize("ملياران")] = (1e9, true),
        [Normalize("بليون")] = (1e9, false),
        [Normalize("تريليون")] = (1e12, false),
        [Normalize("ترليون")] = (1e12, false),
        [Normalize("تريليونات")] = (1e12, false),
        ["thousand"] = (1e3, false),
        ["million"] = (1e6, false),
        ["billion"] = (1e9, false),
        ["trillion"] = (1e12, false),
    };

    /// <summary>Scale words that stand for one of themselves when no number precedes them (مليار، مليون، ألف).</summary>
    public static readonly IReadOnlySet<string> SingularScales = new[] { "ألف", "مليون", "مليار", "بليون", "تريليون", "ترليون" }
        .Select(Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Scale words in the accusative (بلغت مليونا وثلاثمائة ألف): one of themselves only with a remainder joined on, for the
    /// same letters are a dual before a noun (مليارا دولار, two billion dollars; ألفا رجل) and a name (شركة ألفا).
    /// </summary>
    public static readonly IReadOnlySet<string> AccusativeScales = new[] { "ألفا", "مليونا", "مليارا" }
        .Select(Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The units that come before عشر in a teen (أحد عشر 11، اثنا عشر 12، ثلاثة عشر 13), normalized; أحد and اثنا only there.</summary>
    public static readonly IReadOnlyDictionary<string, double> TeenUnits = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [Normalize("أحد")] = 1, [Normalize("إحدى")] = 1, [Normalize("اثنا")] = 2, [Normalize("اثني")] = 2, [Normalize("اثنتا")] = 2, [Normalize("اثنتي")] = 2,
        [Normalize("ثلاثة")] = 3, [Normalize("ثلاث")] = 3, [Normalize("أربعة")] = 4, [Normalize("أربع")] = 4, [Normalize("خمسة")] = 5, [Normalize("خمس")] = 5,
        [Normalize("ستة")] = 6, [Normalize("ست")] = 6, [Normalize("سبعة")] = 7, [Normalize("سبع")] = 7, [Normalize("ثمانية")] = 8, [Normalize("ثماني")] = 8,
        [Normalize("تسعة")] = 9, [Normalize("تسع")] = 9,
    };

    /// <summary>Number words (masculine and feminine, nominative and oblique), normalized.</summary>
    public static readonly IReadOnlyDictionary<string, double> NumberWords = BuildNumberWords();

    private static Dictionary<string, double> BuildNumberWords()
    {
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(double value, params string[] forms)
        {
            foreach (string form in forms)
            {
                words[Normalize(form)] = value;
            }
        }

        Add(1, "واحد", "واحدة");
        Add(2, "اثنان", "اثنين", "اثنتان", "اثنتين");
        Add(3, "ثلاث", "ثلاثة");
        Add(4, "أربع", "أربعة");
        Add(5, "خمس", "خمسة");
        Add(6, "ست", "ستة");
        Add(7, "سبع", "سبعة");
        Add(8, "ثماني", "ثمانية", "ثمان");
        Add(9, "تسع", "تسعة");
        Add(10, "عشر", "عشرة");
        Add(20, "عشرون", "عشرين");
        Add(30, "ثلاثون", "ثلاثين");
        Add(40, "أربعون", "أربعين");
        Add(50, "خمسون", "خمسين");
        Add(60, "ستون", "ستين");
        Add(70, "سبعون", "سبعين");
        Add(80, "ثمانون", "ثمانين");
        Add(90, "تسعون", "تسعين");
        Add(100, "مئة", "مائة");
        Add(200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"); // the construct forms too: مئتي مليون، مائتا ألف
        Add(300, "ثلاثمئة", "ثلاثمائة");
        Add(400, "أربعمئة", "أربعمائة");
        Add(500, "خمسمئة", "خمسمائة");
        Add(600, "ستمئة", "ستمائة");
        Add(700, "سبعمئة", "سبعمائة");
        Add(800, "ثمانمئة", "ثمانمائة", "ثمانيمئة");
        Add(900, "تسعمئة", "تسعمائة");
        return words;
    }
}
