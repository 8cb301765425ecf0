using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// One known entity: its kind (person, organization, product, place), its canonical name, its other names and,
/// optionally, its role: "news" for agencies and outlets, which report figures rather than have them.
/// </summary>
public sealed record GazetteerEntry(string Kind, string Name, IReadOnlyList<string> Aliases, string? Role = null)
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>A news agency or outlet: the source of a report, never the subject of the figures it reports.</summary>
    public bool IsNews => Role == "news";

    /// <summary>A company: what a report says rose or fell is, more often than not, its own (unlike a body reporting statistics).</summary>
    public bool IsCompany => Role == "company";
}

/// <summary>A gazetteer name found in a word sequence: words [Start, End) name <see cref="Entry"/>.</summary>
/// <param name="ProcliticLength">Letters of a proclitic glued to the first word (لخادم، وألمانيا) that are not part of the name.</param>
public sealed record GazetteerMatch(int Start, int End, GazetteerEntry Entry, int ProcliticLength = 0);

/// <summary>
/// Known entities from a data file (Resources/gazetteer.txt, extendable with the user's own file), matched
/// over words by name key, so that spelling variants (جوجل، غوغل) and attached clitics (لشركة، وبالرياض،
/// و«غوغل») match too. A one-letter proclitic (و ف ب ل ك) is only taken off when what remains is a known
/// name, so ordinary words that start with those letters are never cut.
/// </summary>
public sealed class Gazetteer
{
    public const string Kinds = "person organization product place other";

    private static readonly Lazy<Gazetteer> Shipped = new(() => Parse(RasidResources.ReadLines("gazetteer.txt"), "gazetteer.txt"));

    // First word's key -> names starting with it, as key sequences, longest first, with each word's spelling
    // (normalized, article off, nothing folded) and whether it begins with the article ال.
    private readonly Dictionary<string, List<(string[] Keys, NameWord[] Words, GazetteerEntry Entry)>> _byFirstKey;

    /// <summary>A gazetteer name's word as written: its letters without the article, and whether it had the article.</summary>
    /// <param name="TaMarbuta">The name's word ends in ة as the gazetteer writes it (جدة), which a word ending in ه is not.</param>
    private readonly record struct NameWord(string Spelling, bool Definite, bool TaMarbuta = false);

    private readonly Dictionary<string, GazetteerEntry> _byName = new(StringComparer.Ordinal);

    private Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            _byName.TryAdd(entry.Name, entry);
        }

        _byFirstKey = new Dictionary<string, List<(string[], NameWord[], GazetteerEntry)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (string name in entry.Names.SelectMany(AbdWrittenBothWays).Distinct(StringComparer.Ordinal))
            {
                string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => Key(w).Length > 0).ToArray();
                string[] keys = words.Select(Key).ToArray();
                if (keys.Length == 0)
                {
                    continue;
                }

                if (!_byFirstKey.TryGetValue(keys[0], out var list))
                {
                    _byFirstKey[keys[0]] = list = [];
                }

                var spelled = words.Select(w => SpellingOf(LettersOnly(w)) with { TaMarbuta = LastLetter(w) == '\u0629' }).ToArray();
                if (!list.Any(l => l.Item1.SequenceEqual(keys) && l.Item2.SequenceEqual(spelled)))
                {
                    list.Add((keys, spelled, entry));
                }
            }
        }

        foreach (var list in _byFirstKey.Values)
        {
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }
    }

    public static Gazetteer Default => Shipped.Value;

    /// <summary>
    /// A name with عبد ("servant of") as the news writes it either way: apart (سلمان بن عبد العزيز) and joined (سلمان بن
    /// عبدالعزيز). Listed one way, it is matched both, so that the longer name is found whole rather than its head alone.
    /// </summary>
    private static IEnumerable<string> AbdWrittenBothWays(string name)
    {
        yield return name;
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new List<string>(words.Length);
        var apart = new List<string>(words.Length + 2);
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k] == "عبد" && k + 1 < words.Length)
            {
                joined.Add("عبد" + words[++k]);
                apart.Add("عبد");
                apart.Add(words[k]);
            }
            else if (words[k].StartsWith("عبدال", StringComparison.Ordinal) && words[k].Length > 6)
            {
                joined.Add(words[k]);
                apart.Add("عبد");
                apart.Add(words[k][3..]);
            }
            else
            {
                joined.Add(words[k]);
                apart.Add(words[k]);
            }
        }

        yield return string.Join(' ', joined);
        yield return string.Join(' ', apart);
    }

    /// <summary>A name with every عبد joined to the word it heads (علي عبد الله صالح → علي عبدالله صالح): one key for both spellings.</summary>
    internal static string AbdJoined(string name) =>
        name.Contains("عبد ", StringComparison.Ordinal) ? AbdWrittenBothWays(name).ElementAt(1) : name;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>The entry with this canonical name (the first, if a user's file repeats one), or null.</summary>
    public GazetteerEntry? Named(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Reads "kind TAB name TAB alias|alias" lines; '#' starts a comment.</summary>
    public static Gazetteer Parse(IEnumerable<string> lines, string origin)
    {
        var entries = new List<GazetteerEntry>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 2 || !Kinds.Split(' ').Contains(columns[0].Trim()) || columns[1].Trim().Length == 0)
            {
                throw new FormatException($"{origin}, line {number}: expected 'kind<TAB>name<TAB>aliases[<TAB>news|company]' with kind one of: {Kinds}");
            }

            var aliases = columns.Length > 2 ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            string? role = columns.Length > 3 && columns[3].Trim().Length > 0 ? columns[3].Trim() : null;
            entries.Add(new GazetteerEntry(columns[0].Trim(), columns[1].Trim(), aliases, role));
        }

        return new Gazetteer(entries);
    }

    public static Gazetteer Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>This gazetteer with another's entries added (the user's file after the shipped one).</summary>
    public Gazetteer With(Gazetteer more) => new([.. Entries, .. more.Entries]);

    /// <summary>The key a word is matched by: normalized, Latin lower-cased, article and conjunction off, transliteration folded.</summary>
    public static string Key(string word) => KeysOf(word).Key;

    /// <summary>A word's key, and its key with a one-letter proclitic (و ف ب ل ك) taken off, or null when it has none.</summary>
    internal sealed record WordKeys(string Key, string? AfterProclitic);

    // News repeats its words: each distinct word is normalized and keyed once (bounded, so memory stays flat on any
    // corpus). Entity mentions match with the keys the tagger's word views carry; this serves every other caller.
    private static readonly WordCache<WordKeys> KeyCache = new(perGeneration: 150_000);

    private static readonly Func<string, int, WordKeys> KeysMade = static (word, _) => ComputeKeys(word);

    private static WordKeys KeysOf(string word) => KeyCache.GetOrAdd(word, KeysMade, 0);

    /// <summary>A word's keys, computed afresh (for a caller that keeps them itself, as the tagger's word views do).</summary>
    internal static WordKeys ComputeKeys(string word)
    {
        string normalized = LettersOnly(word);
        bool proclitic = normalized.Length >= 4 && normalized[0] is '\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643';
        return new WordKeys(KeyOfLetters(normalized), proclitic ? KeyOfLetters(LettersOnly(normalized[1..])) : null);
    }

    private static string KeyOfLetters(string normalized)
    {
        if (normalized.Length == 0)
        {
            return "";
        }

        int start = LightStemmer.StripPrefixes(normalized);
        var core = normalized.AsSpan(start);
        Span<char> key = stackalloc char[core.Length];
        int length = NameKey.Write(core, key);
        return new string(key[..length]);
    }

    /// <summary>The word normalized and lower-cased, without the quotes and punctuation news glues to names (و«غوغل»،).</summary>
    private static string LettersOnly(string word)
    {
        string normalized = ArabicNormalizer.NormalizeLower(word);
        int keep = 0;
        Span<char> letters = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        foreach (char c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[keep++] = c;
            }
        }

        return new string(letters[..keep]);
    }

    /// <summary>The entry a whole name names (Meta, ميتا, Mark Zuckerberg), or null when the name is not one entry's.</summary>
    public GazetteerEntry? Whole(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Match(words).FirstOrDefault(m => m.Start == 0 && m.End == words.Length)?.Entry;
    }

    /// <summary>The key an entity name is compared by across articles: its entry's canonical name when it has one, as a name key.</summary>
    public string EntityKey(string name) => NameKey.Of(Whole(name)?.Name ?? name);

    /// <summary>Longest gazetteer names over the words, left to right, never overlapping.</summary>
    public IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<string> words)
    {
        var keys = new WordKeys[words.Count];
        KeyCache.GetOrAdd(words, keys, KeysMade, 0); // the sentence's words looked up together
        return Match(words, keys);
    }

    /// <summary>As <see cref="Match(IReadOnlyList{string})"/>, given each word's keys (the tagger's word views carry them).</summary>
    internal IReadOnlyList<GazetteerMatch> Match(IReadOnlyList<string> words, IReadOnlyList<WordKeys> keys)
    {
        var matches = new List<GazetteerMatch>();
        int i = 0;
        while (i < words.Count)
        {
            var found = Longest(words, keys, i, keys[i].Key, proclitic: false) ?? (keys[i].AfterProclitic is { } rest ? Longest(words, keys, i, rest, proclitic: true) : null);
            if (found is not null && IsNisbaAdjective(words, found))
            {
                found = null;
            }

            if (found is { } m)
            {
                matches.Add(m);
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>
    /// Keys fold ج/غ/ق and drop the article so that a transliterated name meets its variants (جوجل = غوغل); a
    /// native Arabic word that merely folds to a name is another word (الغدة "the gland" is not جدة), and a name
    /// that takes the article is not written without it (فيمن "in whom" is not اليمن). So: a name word with ال
    /// needs ال (or لل) in the text, and letters that differ only by folding are accepted for names whose Latin
    /// spelling has the g that Arabic writes three ways. A person's or place's name without ال does not match a word
    /// with it (الجدة "the grandmother" is not جدة).
    /// </summary>
    private static bool SpelledAsName(IReadOnlyList<string> words, int i, NameWord[] nameWords, GazetteerEntry entry, bool proclitic)
    {
        // Arabic writes the Latin g as ج, غ or ق (Google: جوجل، غوغل; Zuckerberg: زوكربيرج، زوكربيرغ): the folded
        // letters vary only in names whose Latin spelling has a g. Jeddah, Qatar, Cairo are spelled one way.
        bool foreign = entry.Names.Any(n => n.Any(char.IsAsciiLetter) && n.Contains('g', StringComparison.OrdinalIgnoreCase));
        // A person's or a place's name is written with the article exactly when it has one: جدة never takes it (الجدة is
        // "the grandmother"), اليمن never drops it. An organization's or a product's acronym may take it (الناتو، الفيفا).
        // ... unless the name with the article is an Arabic word news uses every day (النزاهة "integrity" is not the body
        // نزاهة, الحماس "enthusiasm" not حماس, الإبل "camels" not أبل; الفيسبوك and الأوبك are rare as words: the names).
        bool articleOptional = entry.Kind is "organization" or "product";
        bool Fits(NameWord written, NameWord name) =>
            (written.Definite == name.Definite || (articleOptional && written.Definite && !CommonWord("\u0627\u0644" + name.Spelling)))
            && (foreign || string.Equals(written.Spelling, name.Spelling, StringComparison.Ordinal));

        // ل before a name that begins with ل doubles it (للحج), as ل before the article does (ل + الحج "for the Hajj"):
        // when the definite reading is an everyday word it is that word, not ل + لحج (Lahij).
        string whole = LettersOnly(words[i]);
        if (proclitic && nameWords.Length == 1 && !nameWords[0].Definite && whole.StartsWith("\u0644\u0644", StringComparison.Ordinal) && CommonWord("\u0627\u0644" + whole[2..]))
        {
            return false;
        }

        for (int k = 0; k < nameWords.Length; k++)
        {
            if (!foreign && ArabicLetters.HasNunation(words[i + k]))
            {
                return false;
            }

            // Normalizing writes ة as ه, but a name ending in ة does not end in ه: جده is "his grandfather" (جدُّه) and
            // وجده "he found it", not Jeddah.
            if (!foreign && nameWords[k].TaMarbuta && LastLetter(words[i + k]) == '\u0647')
            {
                return false;
            }

            string letters = LettersOnly(words[i + k]);

            // A common Arabic word that only folds to a transliterated name is that word: المقر "headquarters" and
            // المقرر "scheduled" fold (ق = ج) to المجر, Hungary, whose Latin name has a g. Common spellings of names
            // (هونج كونج، بنجلاديش، مورجان) are names in the tagger's lexicon and still match.
            var spelled = SpellingOf(letters);
            NameWord? afterProclitic = k == 0 && proclitic && letters.Length > 1 ? SpellingAfterAProclitic(letters[1..]) : null; // بمصر، لميتا
            bool asSpelled = string.Equals(spelled.Spelling, nameWords[k].Spelling, StringComparison.Ordinal)
                || (afterProclitic is { } rest && string.Equals(rest.Spelling, nameWords[k].Spelling, StringComparison.Ordinal));
            if (foreign && !asSpelled && NativeCommonWord(letters, spelled.Spelling))
            {
                return false;
            }

            bool fits = Fits(spelled, nameWords[k]) || (afterProclitic is { } after && Fits(after, nameWords[k]));
            if (!fits)
            {
                return false;
            }
        }

        // With its first letter read as a proclitic the word names the entry; whole, it may be a name of another kind in the
        // tagger's lexicon: كابل (Kabul, a place) is not ك + ابل (Apple, a company). بمصر, whole, is a place like مصر.
        return !proclitic || !NameOfAnotherKind(LettersOnly(words[i]), entry.Kind);
    }

    /// <summary>
    /// The spelling of what follows a proclitic: its و or ف is its own (بواشنطن، لفرنسا), for no conjunction follows a
    /// preposition (Arabic writes وبروسيا): بوروسيا is Borussia, not ب + و + روسيا. The article is still read off (بالرياض).
    /// </summary>
    private static NameWord SpellingAfterAProclitic(string rest) =>
        rest.Length > 0 && rest[0] is '\u0648' or '\u0641' ? new NameWord(rest, false) : SpellingOf(rest);

    /// <summary>
    /// A word's letters (normalized) as a name is spelled: the article-family prefix off (ال، وال، بال، لل), nothing
    /// folded. Doubled letters stay doubled: a native name is not spelled with a letter twice (تعزز "reinforces" is not
    /// تعز, سببها "its cause" is not سبها); a transliterated name's variants are accepted by key alone.
    /// </summary>
    private static NameWord SpellingOf(string letters)
    {
        int start = letters.Length == 0 ? 0 : LightStemmer.StripPrefixes(letters);
        var prefix = letters.AsSpan(0, start);
        bool definite = prefix.EndsWith("\u0627\u0644", StringComparison.Ordinal) || prefix.EndsWith("\u0644\u0644", StringComparison.Ordinal); // ال، لل
        return new NameWord(letters[start..], definite);
    }

    /// <summary>The word's last Arabic letter as written, past diacritics, tatweel and punctuation.</summary>
    private static char LastLetter(string word)
    {
        for (int k = word.Length - 1; k >= 0; k--)
        {
            if (word[k] is >= '\u0621' and <= '\u064A' && word[k] != '\u0640')
            {
                return word[k];
            }
        }

        return '\0';
    }

    /// <summary>
    /// The written word (its letters, or its spelling without the article family, with or without ال) is common in news
    /// and its spelling is no name in the tagger's harvested lexicon: an Arabic word, not a name's variant. The lexicon's
    /// word with a clitic glued on says nothing here: it was harvested from taggings that took والمقرر ("and scheduled")
    /// and بالمقر ("at the headquarters") for Hungary, the error this check is for.
    /// </summary>
    private static bool NativeCommonWord(string letters, string spelling)
    {
        if (Ner.EntityTagger.Default?.Clusters is not { } clusters)
        {
            return false;
        }

        string definite = "\u0627\u0644" + spelling;
        return (clusters.IsCommon(letters) || clusters.IsCommon(spelling) || clusters.IsCommon(definite))
            && clusters.NameType(spelling) == "-" && clusters.NameType(definite) == "-";
    }

    /// <summary>
    /// The whole word is a place in the tagger's harvested lexicon (its surest type: LOC alone, not LOC- or another)
    /// while the entry is no place. Other types are too noisy to refuse on (باملج is ORG there, بعنيزه PERS-).
    /// </summary>
    private static bool NameOfAnotherKind(string letters, string kind) =>
        kind != "place" && Ner.EntityTagger.Default?.Clusters?.NameType(letters) == "LOC";

    /// <summary>A word among the commoner ones in news (outside the rare bands of the tagger's word frequencies).</summary>
    private static bool CommonWord(string spelling) =>
        Ner.EntityTagger.Default?.Clusters is { } clusters && clusters.IsCommon(spelling);


    /// <summary>
    /// "الجامعات السعودية", "الرحلة المجمعة": a one-word place name with the article and a feminine ending right after
    /// a definite noun is an adjective agreeing with it (Saudi, combined), not the place; after a noun that heads a
    /// place's name (العاصمة، المدينة) it is the place.
    /// </summary>
    private static bool IsNisbaAdjective(IReadOnlyList<string> words, GazetteerMatch match)
    {
        if (match.End - match.Start != 1 || match.Start == 0 || match.Entry.Kind != "place")
        {
            return false;
        }

        string word = ArabicNormalizer.Normalize(words[match.Start]);
        string before = ArabicNormalizer.Normalize(words[match.Start - 1]);
        if (!word.StartsWith("ال", StringComparison.Ordinal) || !before.StartsWith("ال", StringComparison.Ordinal) || before.Length <= 3)
        {
            return false;
        }

        // A feminine place name (المجمعة) agrees as an adjective only with a feminine or plural noun that is no adjective
        // itself: "الرحلة المجمعة", "العمليات المجمعة"; after "وزير الخارجية" or "القوات العراقية" it is the place.
        return word.EndsWith("يه", StringComparison.Ordinal)
            || (word.EndsWith('ه') && (before.EndsWith('ه') || before.EndsWith("ات", StringComparison.Ordinal)) && !before.EndsWith("يه", StringComparison.Ordinal)
                && SettlementNouns.Within(ArabicNormalizer.NormalizeLower(words[match.Start - 1])) is null);
    }

    // A one-letter proclitic (و ف ب ل ك) stays off only if the rest is a known name (بمصر، لشركة ميتا، كالرياض).
    private GazetteerMatch? Longest(IReadOnlyList<string> words, IReadOnlyList<WordKeys> keys, int i, string firstKey, bool proclitic)
    {
        if (firstKey.Length == 0 || !_byFirstKey.TryGetValue(firstKey, out var candidates))
        {
            return null;
        }

        foreach (var (nameKeys, nameWords, entry) in candidates)
        {
            if (i + nameKeys.Length > keys.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < nameKeys.Length && all; k++)
            {
                all = string.Equals(keys[i + k].Key, nameKeys[k], StringComparison.Ordinal);
            }

            // A one-word name whose key is a common word's (كييف → كيف "how") needs more than the key.
            if (all && !(nameKeys.Length == 1 && StopWords.Contains(keys[i].Key.AsSpan())) && SpelledAsName(words, i, nameWords, entry, proclitic))
            {
                return new GazetteerMatch(i, i + nameKeys.Length, entry, proclitic ? 1 : 0);
            }
        }

        return null;
    }
}
