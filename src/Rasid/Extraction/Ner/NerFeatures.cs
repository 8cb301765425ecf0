using Rasid.Analysis;
using Rasid.Extraction;

namespace Rasid.Extraction.Ner;

/// <summary>
/// The evidence the tagger weighs for each word, as 64-bit hashes of (template, value) so that the model
/// stores numbers, not strings. Arabic attaches conjunctions, prepositions and the article to the name
/// itself (وبالرياض، لشركة), so besides the word as written every window position also offers its
/// clitic-stripped core and its light stem; affixes catch nisba adjectives (ـي) and plurals, and
/// word clusters learned from unlabeled news generalise to names the training set never saw.
/// </summary>
public sealed class NerFeatures(WordClusters? clusters, IReadOnlySet<string> givenNames, Gazetteer? gazetteer, WordClusters? wideClusters = null)
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Where a word stands relative to the word being tagged; each role has its own features.</summary>
    public const int Roles = 5;

    internal const int SelfRole = 0, PreviousRole = 1, NextRole = 2, SecondPreviousRole = 3, SecondNextRole = 4;

    /// <summary>Each role's place relative to the word being tagged, by role: training's features and tagging's sums read both from here.</summary>
    internal static readonly int[] RoleOffsets = [0, -1, 1, -2, 2];

    /// <summary>Per word of the sentence, the hashes of its features (training reads these; tagging sums cached role weights, see <see cref="EntityTagger"/>).</summary>
    public ulong[][] Extract(IReadOnlyList<string> words)
    {
        var views = Views(words);
        var known = Known(words);
        var result = new ulong[words.Count][];
        var features = new List<ulong>(64);
        for (int i = 0; i < views.Length; i++)
        {
            features.Clear();
            for (int role = 0; role < Roles; role++)
            {
                AddRoleFeatures(features, Near(views, i, RoleOffsets[role]), role);
            }

            AddJointFeatures(features, views, known, i);
            result[i] = [.. features];
        }

        return result;
    }

    /// <summary>Each word of the sentence seen several ways (cached per distinct word), each view asked of memory (see <see cref="PrefetchParts"/>).</summary>
    public WordView[] Views(IReadOnlyList<string> words)
    {
        var views = new WordView[words.Count];
        _views.GetOrAdd(words, views, static (w, clusters) => WordView.Of(w, clusters), clusters);
        foreach (var view in views)
        {
            MemoryPrefetch.Object(view, 3);
        }

        return views;
    }

    /// <summary>Per word, "begins/continues a known place" etc. from the gazetteer's names over the sentence.</summary>
    public string?[] Known(IReadOnlyList<string> words) => Known(words.Count, gazetteer?.Match(words));

    /// <summary>As <see cref="Known(IReadOnlyList{string})"/>, from this gazetteer's matches over the sentence, found already.</summary>
    internal static string?[] Known(int words, IReadOnlyList<GazetteerMatch>? matches)
    {
        var known = new string?[words];
        if (matches is not null)
        {
            foreach (var match in matches)
            {
                var (begins, continues) = KnownTags.GetOrAdd(match.Entry.Kind, static kind => ("B-" + kind, "I-" + kind));
                for (int k = match.Start; k < match.End; k++)
                {
                    known[k] = k == match.Start ? begins : continues;
                }
            }
        }

        return known;
    }

    // "B-place", "I-place": one pair per kind of the gazetteers loaded, made once instead of a string per matched word.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Begins, string Continues)> KnownTags = new(StringComparer.Ordinal);

    /// <summary>The gazetteer the "known name" features come from (the shipped one), if any.</summary>
    public Gazetteer? Gazetteer => gazetteer;

    internal static WordView Near(WordView[] views, int i, int offset)
    {
        int j = i + offset;
        return j < 0 ? WordView.Start : j >= views.Length ? WordView.End : views[j];
    }

    /// <summary>
    /// The features that depend on one word alone, as seen from the word being tagged in <paramref name="role"/>.
    /// Split out so that the tagger can sum their weights once per distinct word and role.
    /// </summary>
    internal void AddRoleFeatures(List<ulong> features, WordView w, int role) =>
        AddRoleFeatures(features, w, role, role is SelfRole or PreviousRole or NextRole ? WideIds(w) : null);

    /// <summary>The word's classes in the second, wider view (null where that view has none, or no such view).</summary>
    internal string[]? WideIds(WordView w) => wideClusters?.Of(w.Word, w.Core);

    /// <summary>
    /// As <see cref="AddRoleFeatures(List{ulong}, WordView, int)"/>, with the word's wider classes looked up already:
    /// three roles read them, and a word met for the first time spent a fifth of its summing on looking them up again.
    /// </summary>
    internal void AddRoleFeatures(List<ulong> features, WordView w, int role, string[]? wideIds)
    {
        switch (role)
        {
            case SelfRole:
                features.Add(Hash(0, "bias"));
                features.Add(Hash(1, w.Word));
                features.Add(Hash(2, w.Core));
                features.Add(Hash(3, w.Stem));
                features.Add(Hash(4, w.Shape));
                features.Add(Hash(5, w.Prefix));
                for (int n = 1; n <= 3 && n < w.Word.Length; n++)
                {
                    features.Add(Hash(6 + n, w.Word.AsSpan(0, n)));
                    features.Add(Hash(10 + n, w.Word.AsSpan(w.Word.Length - n)));
                    features.Add(Hash(14 + n, w.Core.AsSpan(Math.Max(0, w.Core.Length - n))));
                }

                features.Add(Hash(31, w.Prefix, w.Stem));
                AddGiven(features, 40, w);
                if (clusters is not null)
                {
                    AddClusters(features, 50, w);
                    features.Add(Hash(84, w.Band, w.CoreBand));
                    features.Add(Hash(86, w.CoreBand, w.Shape));
                    features.Add(Hash(87, w.Name));
                    features.Add(Hash(89, w.Name, w.Shape));
                }

                AddWideClusters(features, 100, wideIds);
                break;
            case PreviousRole:
                features.Add(Hash(20, w.Word));
                features.Add(Hash(21, w.Core));
                features.Add(Hash(29, w.Stem));
                AddGiven(features, 41, w);
                if (clusters is not null)
                {
                    AddClusters(features, 60, w);
                }

                AddWideClusters(features, 110, wideIds);
                break;
            case NextRole:
                features.Add(Hash(22, w.Word));
                features.Add(Hash(23, w.Core));
                features.Add(Hash(30, w.Stem));
                AddGiven(features, 42, w);
                if (clusters is not null)
                {
                    AddClusters(features, 70, w);
                }

                AddWideClusters(features, 120, wideIds);
                break;
            case SecondPreviousRole:
                features.Add(Hash(24, w.Core));
                if (clusters is not null)
                {
                    features.Add(Hash(82, w.Cluster(0)));
                }

                break;
            case SecondNextRole:
                features.Add(Hash(25, w.Core));
                if (clusters is not null)
                {
                    features.Add(Hash(83, w.Cluster(0)));
                }

                break;
        }
    }

    /// <summary>The features that join several words, or the word and the gazetteer's view of the sentence.</summary>
    internal void AddJointFeatures(List<ulong> features, WordView[] views, string?[] known, int i)
    {
        var w = views[i];
        var p1 = Near(views, i, -1);
        var n1 = Near(views, i, 1);
        features.Add(Feed(Feed(Feed(p1.ShapeThen26, w.Shape), "|"), n1.Shape)); // Hash(26, p1.Shape, w.Shape, n1.Shape)
        features.Add(Feed(p1.CoreThen27, w.Core)); // Hash(27, p1.Core, w.Core)
        features.Add(Feed(w.CoreThen28, n1.Core)); // Hash(28, w.Core, n1.Core)
        if (known[i] is { } kind)
        {
            features.Add(Hash(43, kind));
            features.Add(Hash(44, kind, w.Shape));
        }

        features.Add(Hash(45, (i > 0 ? known[i - 1] : "<s>") ?? "", (i + 1 < views.Length ? known[i + 1] : "</s>") ?? ""));
        if (clusters is not null)
        {
            features.Add(Feed(p1.ClusterThen80, w.Cluster(1))); // Hash(80, p1.Cluster(1), w.Cluster(1))
            features.Add(Feed(w.ClusterThen81, n1.Cluster(1))); // Hash(81, w.Cluster(1), n1.Cluster(1))
            features.Add(Feed(Feed(Feed(p1.BandThen85, w.Band), "|"), n1.Band)); // Hash(85, p1.Band, w.Band, n1.Band)
            features.Add(Feed(Feed(Feed(p1.NameThen88, w.Name), "|"), n1.Name)); // Hash(88, p1.Name, w.Name, n1.Name)
        }
    }

    private void AddGiven(List<ulong> features, int template, WordView w)
    {
        if (givenNames.Contains(w.Core))
        {
            features.Add(Hash(template, "given"));
        }
    }

    private void AddWideClusters(List<ulong> features, int template, string[]? ids)
    {
        if (wideClusters is null)
        {
            return;
        }

        // A second view: classes from two words of context either side.
        for (int level = 0; level < WordClusters.Levels; level++)
        {
            features.Add(Hash(template + level, ids?[level] ?? "-"));
        }
    }

    // Each distinct word is normalized, stemmed and looked up once: news repeats its words (bounded, so memory stays
    // flat). A generation holds the working vocabulary of a large news corpus, clitic forms counted apart: the 10 M
    // words of SaudiNewsNet's two months are 280k distinct. With 100k a generation many words outlived their turn,
    // were made again and became garbage in the oldest heap: extraction took about 8 % more processor time (bench
    // ingest, both sizes in the same run), against about 100 MB less at the peak.
    private readonly WordCache<WordView> _views = new(perGeneration: 300_000);

    /// <summary>
    /// Asks memory for what matching the gazetteer reads of each view (its keys), once the views themselves have had
    /// time to arrive (see <see cref="MemoryPrefetch"/>); tagging asks for its own parts a sentence ahead.
    /// </summary>
    internal static void PrefetchParts(WordView[] views)
    {
        foreach (var view in views)
        {
            MemoryPrefetch.Object(view.GazetteerKeys, 1);
        }
    }

    /// <summary>Asks memory for what tagging reads of each view: its summed weights (11 lines), its core's characters and its cluster ids.</summary>
    internal static void PrefetchForTagging(WordView[] views)
    {
        foreach (var view in views)
        {
            MemoryPrefetch.Object(view.RoleWeights, 11);
            MemoryPrefetch.Object(view.Core, 1);
            MemoryPrefetch.Object(view.Clusters, 1);
        }
    }

    private static void AddClusters(List<ulong> features, int template, WordView w)
    {
        for (int level = 0; level < WordClusters.Levels; level++)
        {
            features.Add(Hash(template + level, w.Cluster(level)));
        }
    }

    /// <summary>FNV-1a over the template number and the value's characters: stable across runs and machines.</summary>
    internal static ulong Hash(int template, ReadOnlySpan<char> value) => Feed(Start(template), value);

    /// <summary>The hash of "a|b", without building the string.</summary>
    internal static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Feed(Feed(Feed(Start(template), a), "|"), b);

    /// <summary>The hash of "a|b|c", without building the string.</summary>
    internal static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Feed(Feed(Feed(Feed(Feed(Start(template), a), "|"), b), "|"), c);

    /// <summary>
    /// The hash of "value|" under <paramref name="template"/>: where a joint feature begins. Joint features pair each
    /// word with the words beside it, and hashing "a|b" fed every word's characters again for every feature it took
    /// part in; a word's own beginnings are hashed once and kept in its view, the same hashes, one part fewer to feed.
    /// </summary>
    internal static ulong Begin(int template, ReadOnlySpan<char> value) => Feed(Feed(Start(template), value), "|");

    private static ulong Start(int template) => (Offset ^ (ulong)template) * Prime;

    private static ulong Feed(ulong h, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>
    /// A word's feature weights summed by one tagger per role (both its models side by side), kept with the tagger
    /// so that another tagger's never count. The weights lie inside this object rather than in an array of their
    /// own: a view is looked at five times a word of every article ingested, and each hop is another memory trip,
    /// each object kept another for the collector to trace and copy (the word caches hold hundreds of thousands).
    /// </summary>
    internal sealed class SummedWeights(object owner)
    {
        public object Owner { get; } = owner;

        public RoleRows Values;
    }

    /// <summary>Room for <see cref="Roles"/> rows of both models' tag weights.</summary>
    [System.Runtime.CompilerServices.InlineArray(Roles * 2 * NerModel.TagCount)]
    internal struct RoleRows
    {
        private float _first;
    }

    /// <summary>One word seen several ways. The tagger keeps each distinct word's summed role weights beside it.</summary>
    public sealed record WordView(string Word, string Core, string Stem, string Prefix, string Shape, string[] Clusters, string Band, string CoreBand, string Name)
    {
        // Declared before Start and End, whose initializers read it: static fields are set in the order written.
        private static readonly Gazetteer.WordKeys NoKeys = new("", null);

        public static readonly WordView Start = new("<s>", "<s>", "<s>", "", "<s>", ["<s>", "<s>", "<s>"], "<s>", "<s>", "<s>");
        public static readonly WordView End = new("</s>", "</s>", "</s>", "", "</s>", ["</s>", "</s>", "</s>"], "</s>", "</s>", "</s>");

        public string Cluster(int level) => Clusters[level];

        // The joint features this word begins, hashed once per distinct word (see NerFeatures.Begin).
        internal ulong ShapeThen26 { get; } = Begin(26, Shape);

        internal ulong CoreThen27 { get; } = Begin(27, Core);

        internal ulong CoreThen28 { get; } = Begin(28, Core);

        internal ulong ClusterThen80 { get; } = Begin(80, Clusters[1]);

        internal ulong ClusterThen81 { get; } = Begin(81, Clusters[1]);

        internal ulong BandThen85 { get; } = Begin(85, Band);

        internal ulong NameThen88 { get; } = Begin(88, Name);

        /// <summary>The word's gazetteer key (<see cref="Extraction.Gazetteer.Key"/>), which document context compares words by.</summary>
        public string GazetteerKey => GazetteerKeys.Key;

        /// <summary>The word's gazetteer keys, kept here so that matching the gazetteer and tagging look the word up once.</summary>
        internal Gazetteer.WordKeys GazetteerKeys { get; private init; } = NoKeys;

        /// <summary>
        /// The word begins with the conjunction و rather than with a letter of its own: news has the word without
        /// it more often than with it, or has neither (وبالمر → بالمر, وسامر → سامر; but وليد, ويليامز, واشنطن are
        /// words, and وجدي is a given name however common جدي is). A name never runs on across "and", so such a word
        /// cannot continue a person's name (see <see cref="EntityTagger"/>).
        /// </summary>
        public bool StartsWithConjunction { get; private init; }

        /// <summary>Nothing but punctuation and symbols ("،", "-", "\""): never inside a person's name.</summary>
        public bool IsPunctuation { get; private init; }

        /// <summary>The word's feature weights summed per model and role by the tagger that owns them (see <see cref="EntityTagger"/>).</summary>
        internal SummedWeights? RoleWeights { get; set; }

        public static WordView Of(string raw, WordClusters? clusters)
        {
            string word = ArabicNormalizer.NormalizeLower(raw);
            if (word.Length == 0)
            {
                word = raw;
            }

            int prefix = LightStemmer.StripPrefixes(word);
            string core = word[prefix..];
            string stem = LightStemmer.Stem(word);
            string[] ids = clusters?.Of(word, core) ?? ["-", "-", "-"];
            return new WordView(word, core, stem, SharedPrefix(word.AsSpan(0, prefix)), ShapeOf(raw), ids, clusters?.FrequencyBand(word) ?? "-", clusters?.FrequencyBand(core) ?? "-", NameOf(clusters, word, core))
            {
                GazetteerKeys = Extraction.Gazetteer.ComputeKeys(raw),
                IsPunctuation = raw.Length > 0 && raw.All(c => char.IsPunctuation(c) || char.IsSymbol(c)),
                StartsWithConjunction = clusters is not null && word.Length >= 4 && word[0] == '\u0648' && !EntityTagger.GivenNames.Contains(word) &&
                    ConjunctionMoreLikely(BandRank(clusters.FrequencyBand(word)), BandRank(clusters.FrequencyBand(word[1..]))),
            };
        }

        // Frequency bands from common to unseen: f1 (top thousand) … f4, then f0.
        private static int BandRank(string band) => band == "f0" ? 5 : band[^1] - '0';

        // The word without و is the commoner one; or news has neither, and و before a word is far more often "and"
        // than a name's first letter.
        private static bool ConjunctionMoreLikely(int wholeRank, int restRank) => restRank < wholeRank || (restRank == 5 && wholeRank == 5);

        private static string NameOf(WordClusters? clusters, string word, string core)
        {
            if (clusters is null)
            {
                return "-";
            }

            string name = clusters.NameType(word);
            return name != "-" ? name : clusters.NameType(core);
        }

        private static string ShapeOf(string raw)
        {
            bool arabic = false, latin = false, digit = false, upper = false, other = false;
            foreach (char c in raw)
            {
                if (c is >= '\u0600' and <= '\u06FF')
                {
                    if (char.IsDigit(c))
                    {
                        digit = true;
                    }
                    else
                    {
                        arabic = true;
                    }
                }
                else if (char.IsAsciiLetter(c))
                {
                    latin = true;
                    upper |= char.IsUpper(c);
                }
                else if (char.IsDigit(c))
                {
                    digit = true;
                }
                else
                {
                    other = true;
                }
            }

            int length = raw.Length switch { <= 2 => 0, <= 4 => 1, <= 7 => 2, _ => 3 };
            return Shapes[ShapeIndex(arabic, latin, upper, digit, other, length)];
        }

        // A word's prefix (ال، وال، بال…) is one of a few dozen, its shape one of 128: each made once and shared by
        // every view, instead of two more strings per distinct word for the collector to trace in the word caches.
        private static readonly string[] Shapes = [.. Enumerable.Range(0, 128).Select(ShapeNamed)];
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Prefixes = new(StringComparer.Ordinal);

        private static int ShapeIndex(bool arabic, bool latin, bool upper, bool digit, bool other, int length) =>
            (((arabic ? 1 : 0) | (latin ? 2 : 0) | (upper ? 4 : 0) | (digit ? 8 : 0) | (other ? 16 : 0)) << 2) | length;

        private static string ShapeNamed(int index)
        {
            bool arabic = (index & 4) != 0, latin = (index & 8) != 0, upper = (index & 16) != 0, digit = (index & 32) != 0, other = (index & 64) != 0;
            string length = (index & 3) switch { 0 => "s", 1 => "m", 2 => "l", _ => "x" };
            return (arabic ? "a" : "") + (latin ? (upper ? "L" : "l") : "") + (digit ? "d" : "") + (other ? "p" : "") + length;
        }

        // Bounded: the stemmer strips only its fixed prefixes.
        private static string SharedPrefix(ReadOnlySpan<char> prefix) =>
            prefix.IsEmpty ? "" : Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out var shared) ? shared : Prefixes.GetOrAdd(prefix.ToString(), static p => p);
    }
}
