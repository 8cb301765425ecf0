using System.Security.Cryptography;
using System.Text;
using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>One entity across articles: every spelling and script it was written in, and where.</summary>
public sealed record ResolvedEntity(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<(string Article, EntityMention Mention)> Mentions)
{
    public int ArticleCount => Mentions.Select(m => m.Article).Distinct().Count();
}

/// <summary>
/// Merges mentions into entities: a gazetteer entity with all its names; otherwise the same name key (clitics
/// off, ج/غ/ق folded: زوكربيرج = زوكربيرغ); a Latin name with its Arabic transliteration when their consonant
/// skeletons agree (Scale AI = سكيل, KeyBanc = كي بانك); a surname with the one full name it ends in the same
/// article (وانغ → ألكسندر وانغ), keyed by that name so that surnames never chain namesakes across articles. Names that merely share a word stay apart (OpenAI, Meta AI and Meta).
/// </summary>
public static partial class EntityResolver
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+\d+(\.\d+)?$")]
    private static partial System.Text.RegularExpressions.Regex VersionSuffix();

    private const int MinimumSkeleton = 3;

    /// <summary>The key prefix of a name that stands for someone of one article only (a bare given name).</summary>
    private const string PerArticle = "article:";

    /// <summary>More different Arabic names than this with one skeleton make it a coincidence, not a transliteration.</summary>
    private const int AmbiguousSkeleton = 3;

    /// <param name="gazetteer">The gazetteer the mentions were found with (its Latin aliases join transliterations); the shipped one by default.</param>
    public static IReadOnlyList<ResolvedEntity> Resolve(IEnumerable<(string Article, IReadOnlyList<EntityMention> Mentions)> articles, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var all = new List<(string Article, EntityMention Mention, string Key)>();
        foreach (var (article, mentions) in articles)
        {
            // A one-word name that ends (or begins) exactly one full person's name in its article is that person
            // (وانغ → ألكسندر وانغ) and is keyed by the full name: keyed by itself, the surname would join every
            // other article's namesake and chain them all into one (محمد, عبدالعزيز, صالح ...).
            var fullNames = mentions.Where(m => m.Kind == "person" && m.Canonical is null && Words(m).Length > 1)
                .Select(m => (Words: Words(m), Key: KeyOf(m), LastDefinite: Definite(m.Surface), LastIsAnAncestor: EndsInAnAncestorsName(m))).ToList();
            foreach (var mention in mentions)
            {
                string key = KeyOf(mention);
                // A family named by آل (آل بوش، آل سعود) is the family, not the one member its article names in full.
                if (mention.Canonical is null && mention.Kind is "person" or "other" && Words(mention) is [var single]
                    && !mention.Surface.StartsWith("\u0622\u0644 ", StringComparison.Ordinal))
                {
                    // الصالح (a family, or "the righteous") does not stand for a name ending in صالح: the article makes another
                    // word. A family name of origin (-ي: العسيري، عسيري) is written either way.
                    bool definite = Definite(mention.Surface);
                    bool eitherWay = ArabicNormalizer.Normalize(mention.Surface).EndsWith('ي');
                    var owners = fullNames.Where(f => f.Words[^1] == single && !f.LastIsAnAncestor && (eitherWay || f.LastDefinite == definite)).Select(f => f.Key).Distinct().ToList();
                    if (owners.Count == 0)
                    {
                        owners = fullNames.Where(f => f.Words[0] == single).Select(f => f.Key).Distinct().ToList();
                    }

                    if (owners.Count == 1)
                    {
                        key = owners[0];
                    }
                    else if (mention.Kind == "person" && Ner.EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(single)))
                    {
                        // A bare given name its article does not tie to one full name is someone of that article: keyed
                        // by itself it would pool every صالح and عبدالله of the archive into one person.
                        key = PerArticle + article + ":" + key;
                    }
                }

                all.Add((article, mention, key));
            }
        }

        var sets = new UnionFind(all.Count);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < all.Count; i++)
        {
            if (byKey.TryGetValue(all[i].Key, out int first))
            {
                sets.Union(first, i);
            }
            else
            {
                byKey[all[i].Key] = i;
            }
        }

        // Across scripts: a Latin name and an Arabic one with one consonant skeleton; a gazetteer entity's Latin
        // aliases count as its Latin names.
        var latinBySkeleton = new Dictionary<string, (int Index, string Name)>(StringComparer.Ordinal);
        var latinByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < all.Count; i++)
        {
            foreach (string latin in LatinNames(all[i].Mention, gazetteer))
            {
                latinByName.TryAdd(latin, i);
                string skeleton = Transliteration.Skeleton(latin);
                if (skeleton.Length >= MinimumSkeleton && !SpelledOut(latin))
                {
                    latinBySkeleton.TryAdd(skeleton, (i, latin));
                }
            }
        }

        // A skeleton that several different Arabic names share (جمال، جميل، الجمال all come to jml) says nothing
        // about which of them a Latin name is: only a skeleton few names have joins across scripts.
        var arabicNamesBySkeleton = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int i = 0; i < all.Count; i++)
        {
            var m = all[i].Mention;
            if (m.Canonical is null && !IsLatin(m.Surface) && latinBySkeleton.ContainsKey(Transliteration.Skeleton(Clean(m.Surface))))
            {
                string skeleton = Transliteration.Skeleton(Clean(m.Surface));
                (arabicNamesBySkeleton.TryGetValue(skeleton, out var keys) ? keys : arabicNamesBySkeleton[skeleton] = new(StringComparer.Ordinal)).Add(all[i].Key);
            }
        }

        for (int i = 0; i < all.Count; i++)
        {
            var m = all[i].Mention;
            string skeleton = Transliteration.Skeleton(Clean(m.Surface));
            // A native Arabic name (أحمد عبد الحميد) is no transliteration: two such names a Latin spelling's consonants
            // fit (محمد عبد الله الحميضي has them too) are two people, and the Latin name joins neither.
            if (!IsLatin(m.Surface) && arabicNamesBySkeleton.TryGetValue(skeleton, out var sharing) && sharing.Count > (NativeName(m) ? 1 : AmbiguousSkeleton))
            {
                continue;
            }

            // An Arabic name joins the Latin name it transliterates; Latin names whose consonants agree are one
            // (Scale AI and Scale: what differs has no consonant); a versioned product (Llama 4) joins its family.
            // ... and of the same kind: a transliteration names the same sort of thing (لنادينا "to our club" is no London).
            // Two Latin names join only when they begin alike (Scale AI and Scale): three consonants agree by chance
            // far too often across unrelated words (LCD and Al-Qaeda, Rewards and a place's Latin name).
            // A known place's Arabic names are conventional and the gazetteer lists them: an Arabic name it did not
            // find is another place, however its consonants compare with the Latin alias (شيترال is no Australia,
            // النهدين no London).
            if (m.Canonical is null && latinBySkeleton.TryGetValue(skeleton, out var latin) && SameKind(all[latin.Index].Mention.Kind, m.Kind)
                && (!IsLatin(m.Surface) || (SameFirstWord(Clean(m.Surface), latin.Name) && !PlaceInALongerName(Clean(m.Surface), latin.Name, m.Kind, all[latin.Index].Mention.Kind)))
                && !(!IsLatin(m.Surface) && all[latin.Index].Mention is { Canonical: not null, Kind: "place" })
                && !(!IsLatin(m.Surface) && all[latin.Index].Mention is { Canonical: { } known, Kind: "person" } && !EndsInAKnownSurname(m, known, gazetteer)))
            {
                sets.Union(latin.Index, i);
            }

            if (IsLatin(m.Surface) && m.Kind != "place" && VersionSuffix().Replace(Clean(m.Surface), "") is { } family && family != Clean(m.Surface)
                && latinByName.TryGetValue(family, out int familyIndex) && all[familyIndex].Mention.Kind != "place")
            {
                sets.Union(familyIndex, i);
            }
        }

        var entities = new List<ResolvedEntity>();
        // Names of two words and more as written, over the whole archive: such a name seen standing alone tells that
        // the same name with و glued on elsewhere is the name and a conjunction.
        var longNamesWritten = all.Where(m => m.Mention.Canonical is null && m.Mention.Surface.Contains(' ')).Select(m => m.Mention.Surface).ToHashSet(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(sets.Find))
        {
            var members = WithoutAConjunctionTheNameIsSeenWithout(group.Select(i => all[i]).ToList(), longNamesWritten);
            var canonical = members.Select(m => m.Mention.Canonical).FirstOrDefault(c => c is not null);
            var surfaces = members.Select(m => Clean(m.Mention.Surface)).ToList();
            // A kind names the entity over the tagger's "other"; a product only when it is no rare reading among many, for
            // a product is a kind the context's words give (الإسلام after نسخة or تطبيق 17 times in 2,800 is no product),
            // while a person, a place or an organization the tagger gave is a reading of the name itself (إليسا).
            var specific = members.Select(m => m.Mention.Kind).Where(k => k != "other").GroupBy(k => k).OrderByDescending(g => g.Count()).FirstOrDefault();
            string kind = specific is null || (specific.Key == "product" && members.Count(m => m.Mention.Kind == "other") > OtherOverSpecific * specific.Count()) ? "other" : specific.Key;
            // A person is named by a full name when the group has one (باراك حسين, not the حسين that refers back to
            // it): named by the bare word, the group would share its id with every other article's bare namesake and
            // be merged with them all below.
            var named = kind == "person" && surfaces.Any(s => !IsLatin(s) && s.Contains(' ', StringComparison.Ordinal))
                ? surfaces.Where(s => !IsLatin(s) && s.Contains(' ', StringComparison.Ordinal))
                : surfaces.Where(s => !IsLatin(s));
            string name = canonical
                ?? named.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).Select(g => g.Key).FirstOrDefault()
                ?? surfaces.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
            // A per-article name's id says its article too: one id names one person (see PerArticle).
            string id = members.All(m => m.Key.StartsWith(PerArticle, StringComparison.Ordinal))
                ? kind[0] + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(members[0].Key)))[..10]
                : IdOf(kind, name);
            entities.Add(new ResolvedEntity(id, kind, name, surfaces.Where(s => s != name).Distinct(StringComparer.Ordinal).ToList(), members.Select(m => (m.Article, m.Mention)).ToList()));
        }

        // One id names one entity: groups that come out with one kind and one name, spelled alike (a name the
        // gazetteer knows, found once by it and once by the tagger where the gazetteer declined), are one; groups
        // whose names only fold alike (جدة، الغدة) keep apart under ids of their own.
        entities = entities.GroupBy(e => e.Id, StringComparer.Ordinal)
            .SelectMany(g => g.GroupBy(e => ArabicNormalizer.Normalize(e.Name), StringComparer.Ordinal)
                .Select(same => same.OrderByDescending(e => e.Mentions.Count).ToList()) // the larger group's kind and spelling name the whole
                .Select((same, k) => (same.Count == 1 ? same[0] : same[0] with
                {
                    Aliases = same.SelectMany(e => e.Aliases.Append(e.Name)).Where(a => a != same[0].Name).Distinct(StringComparer.Ordinal).ToList(),
                    Mentions = same.SelectMany(e => e.Mentions).ToList(),
                }) is var one && k == 0 ? one : one with { Id = $"{one.Id}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ArabicNormalizer.Normalize(one.Name))))[..6]}" }))
            .ToList();

        return entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A name no list knows, written with و or ف glued on (وتنزانيا، وخافيير ماسكيرانو) and elsewhere without it, is the
    /// name without it: the archive shows the name standing alone. Each article alone cannot tell (news lexicons see
    /// both forms as rarely, or not at all), so the cut is made here over all mentions of the entity, unless the whole
    /// word is the commoner one in news or a noun that heads names (وادي السيليكون keeps its و though a mention lost it).
    /// A name of two words and more is also seen without it when its first word stands alone among the entity's
    /// mentions (ورابح صقر, referred back to as رابح) or the rest is written as a name anywhere in the archive
    /// (وعبدالمجيد السواط beside عبدالمجيد السواط): one word alone elsewhere may be another name (والكوت, Walcott, is no الكوت).
    /// </summary>
    private static List<(string Article, EntityMention Mention, string Key)> WithoutAConjunctionTheNameIsSeenWithout(
        List<(string Article, EntityMention Mention, string Key)> members, HashSet<string> longNamesWritten)
    {
        if (members.Any(m => m.Mention.Canonical is not null))
        {
            return members;
        }

        var written = members.Select(m => m.Mention.Surface).ToHashSet(StringComparer.Ordinal);
        bool SeenWithout(string surface) => written.Contains(surface[1..])
            || (surface.IndexOf(' ') is var space and > 2 && (written.Contains(surface[1..space]) || longNamesWritten.Contains(surface[1..])));
        return members.Select(m => m.Mention.Surface is { Length: > 3 } surface && surface[0] is '\u0648' or '\u0641' && SeenWithout(surface)
            && Proclitics.RestAsCommonAsWhole(surface.Split(' ')[0]) && !EntityMentions.IsTriggerNounAsWritten(surface.Split(' ')[0])
                ? m with { Mention = m.Mention with { Start = m.Mention.Start + 1, Surface = surface[1..] } }
                : m).ToList();
    }

    /// <summary>How many times more mentions of no kind than of its commonest kind make an entity of no kind.</summary>
    private const int OtherOverSpecific = 4;

    private static readonly char[] QuotesAndPunctuation = ['«', '»', '"', '“', '”', '(', ')', '،', ',', '.', ':'];

    /// <summary>
    /// A mention's surface without quotation marks, brackets and a conjunction glued to its first word (وأمازون), and
    /// with its article again where ل glued on took the article's alef (للأهلي is ل + الأهلي: لل is how Arabic writes
    /// the two): the name an entity is known by, not the text's slice of it, which keeps the ل.
    /// </summary>
    public static string Clean(string surface)
    {
        string s = surface.Trim().Trim(QuotesAndPunctuation);
        if (s.Length > 4 && !IsLatin(s))
        {
            int space = s.IndexOf(' ');
            string first = space < 0 ? s : s[..space];
            if (first.Length >= 5 && first.StartsWith("\u0644\u0644", StringComparison.Ordinal)) // لل, not لله nor للا (Lalla)
            {
                return "\u0627" + s[1..]; // ا + ل...: الأهلي
            }

            s = EntityMentions.IsTriggerNounAsWritten(first) ? s : s[Proclitics.Length(first)..]; // وادي، وزارة keep their first letter
        }

        return s;
    }

    // A place's name is written with the article or without it, always the same way (اليمن، العراق; فاس، جدة): the
    // same letters the other way are another word (الفأس "the axe" is not فاس, Fez), however its key folds them.
    private static string KeyOf(EntityMention m) =>
        m.Canonical is { } c ? "g:" + c
        : IsLatin(m.Surface) ? "l:" + string.Join(' ', Clean(m.Surface).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        : Transliterated(Clean(m.Surface)) ? (m.Kind == "place" && ArabicNormalizer.Normalize(Clean(m.Surface)).StartsWith("ال", StringComparison.Ordinal) ? "a:ال:" : "a:") + NameKey.Of(AbdJoined(Clean(m.Surface)))
        : "n:" + ArabicNormalizer.Normalize(AbdJoined(Clean(m.Surface)));

    /// <summary>
    /// عبد and the name it heads written as one word, as Arabic writes them either way (علي عبد الله صالح and علي عبدالله
    /// صالح are one man): the key of a name, not its spelling.
    /// </summary>
    private static string AbdJoined(string name) => Gazetteer.AbdJoined(name);

    /// <summary>
    /// Whether a name's spelling may vary as transliterations do (ج/غ/ق for g: زوكربيرج = زوكربيرغ): only names rare
    /// in news are compared so. A common word the tagger took for a name is spelled one way (الغدة "the gland"
    /// stays apart from جدة, الجدة "the grandmother" too).
    /// </summary>
    private static bool Transliterated(string name) =>
        Ner.EntityTagger.Default?.Clusters is not { } clusters
        || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => clusters.IsRare(ArabicNormalizer.NormalizeLower(w)));

    private static bool SameKind(string a, string b) => a == b || a == "other" || b == "other";

    private static string[] Words(EntityMention m) => NameKey.Of(Clean(m.Surface)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> LatinNames(EntityMention m, Gazetteer gazetteer)
    {
        if (IsLatin(m.Surface))
        {
            yield return Clean(m.Surface);
        }

        if (m.Canonical is not null && gazetteer.Named(m.Canonical) is { } entry)
        {
            // Only the Latin aliases its Arabic names transliterate (Meta for ميتا): a translated name (Gulf for
            // الخليج) says nothing of how the Arabic is spelled, and would draw in whatever Arabic word shares its
            // consonants (غولف "golf").
            var arabic = entry.Names.Where(n => !IsLatin(n)).Select(n => Transliteration.Skeleton(Clean(n))).ToList();
            foreach (string alias in entry.Aliases.Where(IsLatin).Where(a => arabic.Any(n => Transliterates(Transliteration.Skeleton(a), n))))
            {
                yield return alias;
            }
        }
    }

    /// <summary>One skeleton spells the other, an article (ال، The) on either aside: الإيكونوميست and The Economist, ميتا and Meta.</summary>
    private static bool Transliterates(string latin, string arabic) =>
        latin.Length >= 2 && arabic.Length >= 2
        && (latin == arabic || (Math.Min(latin.Length, arabic.Length) >= 3 && (latin.EndsWith(arabic, StringComparison.Ordinal) || arabic.EndsWith(latin, StringComparison.Ordinal))));

    /// <summary>
    /// A known person's Arabic name joined by its Latin skeleton must end in the surname the gazetteer lists for them:
    /// skeletons drop the letters that tell Arabic names apart (عبدالفتاح الهوساوي, a club's board member, came to the
    /// consonants of Abdel Fattah el-Sisi; ريو دي جانيو to Erdogan's). A native Arabic name (with بن، عبد، آل) is
    /// spelled one way, its vowels part of it (محمد بن سليمان is not محمد بن سلمان); a foreign one is compared by its
    /// consonants, as writers vary its vowels (بوتن، ترومب، ميريكل).
    /// </summary>
    private static bool EndsInAKnownSurname(EntityMention mention, string known, Gazetteer gazetteer)
    {
        if (gazetteer.Named(known) is not { } entry || LastWord(mention.Surface) is not { } surname)
        {
            return false;
        }

        var arabicNames = entry.Names.Where(n => !IsLatin(n)).ToList();
        bool native = arabicNames.Any(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => NameLinkWords.Contains(w) || w.StartsWith("عبد", StringComparison.Ordinal)));
        if (native && FirstWord(mention.Surface) is { } given && given != surname)
        {
            // A native name of two words or more is its bearer's own given name and lineage: أحمد بن سلمان is not محمد بن
            // سلمان, however the Latin "Mohammed" drops its letters (both come to "md").
            return arabicNames.Any(n => LastWord(n) == surname && FirstWord(n) == given);
        }

        return arabicNames.Select(LastWord).OfType<string>().Any(known => native ? known == surname : Consonants(known) == Consonants(surname));
    }

    private static readonly HashSet<string> NameLinkWords = new(["بن", "بنت", "ابن", "آل", "أبو"], StringComparer.Ordinal);

    /// <summary>
    /// The name's last word follows بن، بنت، ابن or آل: it names the father (محمد بن نايف) or the house (آل سعود), and
    /// standing alone it is that father or another namesake, never the son (نايف in an article on محمد بن نايف is
    /// Prince Nayef). Only with a word before the link (بن رودس is Ben Rhodes, ابن حبان a name of its own), and only a given name
    /// after the link: a family's name after بن (جمعان رشيد بن رقوش، محمد بن صمغان) is what the man is called by.
    /// </summary>
    private static bool EndsInAnAncestorsName(EntityMention m) =>
        Clean(m.Surface).Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, .., var link, var last]
        && AncestorLinks.Contains(ArabicNormalizer.Normalize(link)) && Ner.EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(last));

    /// <summary>The name links after which the next word is an ancestor's or the house's: all but أبو (a kunya is the man's own name).</summary>
    private static readonly HashSet<string> AncestorLinks = NameLinkWords.Where(w => w != "أبو").Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A person's name that begins with an Arabic given name (محمد، أحمد، عبدالله).</summary>
    private static bool NativeName(EntityMention m) =>
        m.Kind == "person" && Clean(m.Surface).Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, _, ..]
        && Ner.EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(first));

    /// <summary>The (last) word is written with the article: الصالح, as against صالح.</summary>
    private static bool Definite(string word)
    {
        string last = ArabicNormalizer.Normalize(Clean(word.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
        return last.StartsWith("ال", StringComparison.Ordinal) || last.StartsWith("لل", StringComparison.Ordinal)
            || (last.Length > 3 && last[0] is 'و' or 'ف' or 'ب' or 'ك' && last[1..].StartsWith("ال", StringComparison.Ordinal)); // والجبير as the clitic left it
    }

    private static string? FirstWord(string name) => NameKey.Of(AbdJoined(Clean(name))).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[0] : null;

    private static string? LastWord(string name) => NameKey.Of(AbdJoined(Clean(name))).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : null;

    /// <summary>A name key's letters without the article and the long vowels and hamza seats writers vary in foreign names.</summary>
    private static string Consonants(string key)
    {
        string word = key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 3 ? key[2..] : key;
        return string.Concat(word.Where(c => "اويىءأإآؤئ".IndexOf(c) < 0));
    }

    /// <summary>
    /// A place's Latin name with more words after it names something else in that place (London Eye, Paris III, London
    /// NW3) or named after it (France 2, a channel): only a company's or a product's name takes on words of no consonant
    /// and stays itself (Scale AI and Scale).
    /// </summary>
    private static bool PlaceInALongerName(string a, string b, string kindA, string kindB) =>
        (kindA == "place" || kindB == "place")
        && a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool SameFirstWord(string a, string b) =>
        string.Equals(a.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), b.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An acronym Arabic writes letter by letter (MBC is إم بي سي، FS-ISAC), never as a word: its consonants agreeing
    /// with an Arabic word's are chance (MBC and مبيكي، FS-ISAC and فاسق). Three capitals or fewer, or capitals joined by
    /// a hyphen; longer ones may be read as words (NASA ناسا، OPEC أوبك).
    /// </summary>
    private static bool SpelledOut(string latin) =>
        latin.All(c => char.IsAsciiLetterUpper(c) || c == '-') && (latin.Count(char.IsAsciiLetterUpper) <= 3 || latin.Contains('-'));

    private static bool IsLatin(string s) => s.Any(char.IsAsciiLetter) && !s.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static string IdOf(string kind, string name) =>
        kind[0] + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NameKey.Of(name))))[..10];
}
