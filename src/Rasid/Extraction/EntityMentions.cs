using Rasid.Analysis;
using Rasid.Extraction.Ner;

namespace Rasid.Extraction;

/// <summary>
/// A name in the clean text: its span, its kind (person, organization, product, place, other) and, when the
/// gazetteer knows it, the entity's canonical name (ميتا for Meta, ميتا, لشركة ميتا).
/// </summary>
public sealed record EntityMention(int Start, int End, string Surface, string Kind, string? Canonical)
{
    /// <summary>The name to show and to group by: the canonical one when known, else the surface without clitics and quotes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Name => Canonical ?? Surface;
}

/// <summary>
/// Names in an article from two of the three sources of evidence: the gazetteer (known entities, any spelling
/// or script) and the statistical tagger (names it has never seen). Where both find a name, the gazetteer's
/// span and kind win. Sentences are cut at . ؟ ! and line ends; words are the tokenizer's, with offsets.
/// </summary>
public sealed class EntityMentions(Gazetteer gazetteer, EntityTagger? tagger)
{
    private static readonly Lazy<EntityMentions> Shipped = new(() => new EntityMentions(Gazetteer.Default, EntityTagger.Default));

    public static EntityMentions Default => Shipped.Value;

    // A struct: every word of every article ingested is one (ten million over SaudiNewsNet), held only while its article is read.
    private readonly record struct Word(int Start, int End, string Text);

    public IReadOnlyList<EntityMention> Find(string text)
    {
        var sentences = Sentences(text);
        var mentions = new List<EntityMention>();
        var wordLists = sentences.Select(s => (IReadOnlyList<string>)s.Select(w => w.Text).ToList()).ToList();
        // Each word is looked up once: the tagger's word views carry the gazetteer keys that matching needs.
        var views = tagger is null ? null : wordLists.Select(tagger.Features.Views).ToList();
        views?.ForEach(NerFeatures.PrefetchParts);
        var gazetteerMatches = views is null
            ? wordLists.Select(gazetteer.Match).ToList()
            : wordLists.Select((words, s) => gazetteer.Match(words, Array.ConvertAll(views[s], v => v.GazetteerKeys))).ToList();
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var match in gazetteerMatches[s])
            {
                var first = sentences[s][match.Start];
                var last = sentences[s][match.End - 1];
                var mention = new EntityMention(first.Start, last.End, text[first.Start..last.End], match.Entry.Kind, match.Entry.Name);
                mentions.Add(CitedOutlet(text, mention) ?? mention);
            }
        }

        NamesByTrigger(text, sentences, mentions);

        // Names in Latin letters inside Arabic text: runs of capitalized or inner-capital words (Reality Labs, OpenAI,
        // TBD Lab, ChatGPT), with a number that directly follows (Llama 4). A run that extends a gazetteer name
        // further is its own entity (Meta AI is not Meta); one that is the gazetteer name adds nothing.
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                if (!IsLatinName(sentence[i].Text))
                {
                    continue;
                }

                int j = i;
                while (j + 1 < sentence.Count && IsLatinName(sentence[j + 1].Text) && sentence[j + 1].Start - sentence[j].End == 1)
                {
                    j++;
                }

                if (j + 1 < sentence.Count && sentence[j + 1].Text.All(char.IsAsciiDigit) && sentence[j + 1].Start - sentence[j].End == 1)
                {
                    j++;
                }

                if (i == j && NotNames.Value.Contains(ArabicNormalizer.Normalize(sentence[i].Text)))
                {
                    continue; // GPU, CEO, LLMs: words, not names
                }

                AddLatinName(text, mentions, sentence[i].Start, sentence[j].End, j > i);
                i = j;
            }
        }

        if (tagger is not null && sentences.Count > 0)
        {
            // The tagger's "known name" features read the shipped gazetteer: the matches above serve unless the user added entities.
            var tags = tagger.TagDocument(wordLists, ReferenceEquals(gazetteer, tagger.Features.Gazetteer) ? gazetteerMatches : null, views);
            for (int s = 0; s < sentences.Count; s++)
            {
                foreach (var (type, rawStart, rawEnd) in SplitAtPunctuation(text, sentences[s], NerScore.Spans(tags[s])))
                {
                    var (start, end) = TrimCommonWords(sentences[s], rawStart, rawEnd);
                    if (start > end)
                    {
                        continue;
                    }

                    var first = sentences[s][start];
                    var last = sentences[s][end];
                    string surface = text[first.Start..last.End];
                    if (Overlaps(mentions, first.Start, last.End) || !Plausible(surface))
                    {
                        continue; // the gazetteer already named it, or a common word the tagger took for a name
                    }

                    string kind = type switch { "PERS" => "person", "LOC" => "place", "ORG" => "organization", _ => "other" };
                    mentions.Add(new EntityMention(first.Start, last.End, surface, kind, null));
                }
            }
        }

        var found = QuotedNames(text, WholeQuotedNames(text, mentions));
        // A formula hides a name only where a mention holds الله or reaches into one: only such mentions' sentences
        // are searched (most articles have none; عبدالله in a name sends its sentence through).
        var suspect = found.Where(m => m.Surface.Contains("\u0644\u0644\u0647", StringComparison.Ordinal) || text.AsSpan(m.End, Math.Min(12, text.Length - m.End)).Contains("\u0644\u0644\u0647", StringComparison.Ordinal)).ToList(); // لله
        var formulas = suspect.Count == 0 ? [] : FormulaSpans(sentences.Where(s => s.Count > 0 && suspect.Any(m => m.Start < s[^1].End && s[0].Start < m.End)).ToList());
        return AcronymsTakeTheirNamesKind(text, WithoutNisbaAfterANoun(text, WithLongerNames(text, found
            .Where(m => !IsGodsName(m.Surface) && !formulas.Any(f => f.Start < m.End && m.Start < f.End) && !VerbAfterAParticle(text, m) && !DescribedNotNamed(m))
            .Select(m => WithoutProclitic(text, m))
            .Select(m => WithoutWordsThatEndNoName(text, m))
            .OfType<EntityMention>()
            .Select(m => WithItsClosingQuote(text, m))
            .Select(m => m.Canonical is null ? WithKindFromContext(sentences, m) : m)
            .Select(m => ClubOfACity(text, m))
            .Select(m => RegionOfAContinent(text, m))
            .Select(m => QuotedAfterAnOrganizationsNoun(text, m))
            .ToList())
            .OrderBy(m => m.Start).ToList()));
    }


    private static readonly string[] OutletNouns = ["صحيفة ", "جريدة "];

    /// <summary>Words that cite an outlet named in quotes after them (ذكرت «الوطن»، بحسب «الرياض»), normalized; و before them is read off.</summary>
    private static readonly HashSet<string> CitingWords = new(
        ["ذكرت", "نشرت", "افادت", "نقلت", "بحسب", "حسب", "وفقا", "قالت", "اوردت", "كشفت", "علمت", "اوضحت", "تحدث", "قال", "صرح", "اضاف", "اكد", "اوضح"],
        StringComparer.Ordinal);

    /// <summary>
    /// A place a known outlet is named after, quoted where it is cited, is the outlet: قال لـ«الشرق الأوسط»,
    /// ذكرت «الوطن» (the newspapers, not the region or the homeland). Quotes alone are not enough (a quoted place is
    /// still a place); the citation is: ل glued before the quote, or a citing word just before it.
    /// </summary>
    private EntityMention? CitedOutlet(string text, EntityMention mention)
    {
        if (mention.Kind != "place" || mention.Canonical is null || mention.Start < 2 || mention.End >= text.Length
            || text[mention.Start - 1] is not ('«' or '"' or '“') || text[mention.End] is not ('»' or '"' or '”'))
        {
            return null;
        }

        var outlet = OutletNouns.Select(noun => gazetteer.Whole(noun + mention.Canonical)).FirstOrDefault(e => e is { IsNews: true });
        if (outlet is null)
        {
            return null;
        }

        // What is glued before the quote (لـ«) or, with nothing glued, the word before it (بحسب «).
        var (lead, before) = WordsAround.Before(text, mention.Start - 1);
        string word = before is { } b ? ArabicNormalizer.Normalize(b.Word) : "";
        bool cited = lead.TrimEnd('\u0640') == "\u0644"
            || (lead.Length == 0 && (CitingWords.Contains(word) || (word.Length > 3 && word[0] == '\u0648' && CitingWords.Contains(word[1..]))));
        return cited ? mention with { Kind = outlet.Kind, Canonical = outlet.Name } : null;
    }

    /// <summary>
    /// An acronym in parentheses right after a name is that name's (مختبر «ميتا للذكاء الخارق» (MSL)): it takes
    /// the kind of the name before it, when it had none of its own.
    /// </summary>
    private static List<EntityMention> AcronymsTakeTheirNamesKind(string text, List<EntityMention> mentions)
    {
        for (int k = 1; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind != "other" || m.Surface.Length is < 2 or > 6 || !m.Surface.All(char.IsAsciiLetterUpper)
                || m.Start == 0 || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')')
            {
                continue;
            }

            var before = mentions[k - 1];
            if (text.AsSpan(before.End, m.Start - 1 - before.End).Trim(" »\"”").Length == 0 && before.Kind != "other")
            {
                mentions[k] = m with { Kind = before.Kind };
                continue;
            }

            // After a quoted name (مختبر «ميتا للذكاء الخارق» (MSL)): the words before the quotation say what it is.
            int close = m.Start - 2;
            while (close >= 0 && text[close] == ' ')
            {
                close--;
            }

            int open = close >= 0 && text[close] == '»' ? text.LastIndexOf('«', close) : -1;
            if (open > 0 && close - open < 80)
            {
                var words = Tokenizer.Tokenize(text[Math.Max(0, open - 40)..open]);
                var prior = words.Select(w => text[(Math.Max(0, open - 40) + w.Start)..(Math.Max(0, open - 40) + w.End)]).ToList();
                if (KindCues.KindOf(text[(open + 1)..close], prior, null) is { } kind)
                {
                    mentions[k] = m with { Kind = kind };
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// A mention begins where its name begins: a proclitic glued to its first word (وألمانيا، لخادم الحرمين) is
    /// cut when the rest is still the same known entity, or, for a name no list knows, when the rest is the
    /// commoner word in news (see <see cref="Proclitics"/>).
    /// </summary>
    private EntityMention WithoutProclitic(string text, EntityMention m)
    {
        char previous = '\0';
        for (int cut = 0; cut < 2 && m.End - m.Start > 3; cut++)
        {
            int firstEnd = text.IndexOf(' ', m.Start, m.End - m.Start) is var space and >= 0 ? space : m.End;
            string first = text[m.Start..firstEnd];
            if (first.Length == 0 || (cut == 1 && !Proclitics.MayFollow(previous, first[0])))
            {
                break;
            }

            previous = first[0];
            bool clitic = m.Canonical is { } canonical
                ? first.Length > 2 && Proclitics.IsCliticLetter(first[0]) && !IsOwnName(canonical, m.Surface) && !IsTriggerNounAsWritten(first)
                    && gazetteer.Whole(text[(m.Start + 1)..m.End])?.Name == canonical // وكالة «رويترز» keeps its و, however كالة folds
                : Proclitics.Length(first) > 0 && !AfterSettlementNoun(text, m.Start) && !IsTriggerNounAsWritten(first); // وادي السيليكون keeps its و
            if (!clitic)
            {
                break;
            }

            m = m with { Start = m.Start + 1, Surface = text[(m.Start + 1)..m.End] };
        }

        return m;
    }

    private static readonly (char Open, char Close)[] QuotePairs = [('«', '»'), ('“', '”'), ('(', ')'), ('{', '}'), ('"', '"')];

    /// <summary>
    /// A name matched over an opening quotation mark or bracket (تنظيم «داعش، صحيفة "الوطن) ends after the closing one
    /// when that follows right after it: the name as written, not a quotation left open.
    /// </summary>
    private static EntityMention WithItsClosingQuote(string text, EntityMention m)
    {
        if (m.End >= text.Length)
        {
            return m;
        }

        foreach (var (open, close) in QuotePairs)
        {
            int opened = m.Surface.Count(c => c == open), closed = open == close ? 0 : m.Surface.Count(c => c == close);
            bool unbalanced = open == close ? opened % 2 == 1 : opened > closed;
            if (unbalanced && text[m.End] == close)
            {
                return m with { End = m.End + 1, Surface = text[m.Start..(m.End + 1)] };
            }
        }

        return m;
    }

    /// <summary>Words after which an organization's name has ended, normalized: "end" ones and "time" ones with the weekday names (<c>Resources/name-ends.txt</c>).</summary>
    private static readonly Lazy<(HashSet<string> End, HashSet<string> Time)> NameEnds = new(() =>
    {
        var lines = RasidResources.ReadLines("name-ends.txt").Select(l => l.Split('\t')).ToList();
        return (lines.Where(l => l[0] == "end").Select(l => ArabicNormalizer.Normalize(l[1])).ToHashSet(StringComparer.Ordinal),
            lines.Where(l => l[0] == "time").Select(l => l[1]).Concat(RasidResources.ReadLines("weekdays.txt")).Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));
    });

    private static bool IsTitle(string normalized) => NameTitles.Contains(normalized) || ProfessionTitles.Contains(normalized);

    /// <summary>
    /// An organization's name no list knows, cut before a word that ends no name (مجلس الوزراء | الموافقة، نادي الهلال
    /// | السابق), before a word of time (وزارة الداخلية | اليوم), before the article alone (الـ704), or before a title that is its last word, the
    /// next person's (وزارة العمل | والدكتور; a title inside names a body after someone: مستشفى الدكتور سليمان الحبيب),
    /// unless the title is all of the name and no given name follows (نادي الرائد "the Raed club", a rank's word). See
    /// <c>Resources/name-ends.txt</c>. Null when what is left is no name: the noun that heads it, or one word common in news.
    /// </summary>
    private EntityMention? WithoutWordsThatEndNoName(string text, EntityMention m)
    {
        if (m.Kind != "organization" || m.Canonical is not null)
        {
            return m;
        }

        var (endWords, timeWords) = NameEnds.Value;
        var words = m.Surface.Split(' ');
        var normalized = Array.ConvertAll(words, w => ArabicNormalizer.Normalize(w.Trim()));
        int kept = words.Length;
        for (int k = 1; k < words.Length; k++)
        {
            string word = normalized[k];
            string bare = word.Length > 3 && word[0] == '\u0648' ? word[1..] : word; // والدكتور
            bool last = k == words.Length - 1;
            // A word of time right after the head noun may be the name (مؤسسة اليوم للصحافة: the paper اليوم).
            bool time = timeWords.Contains(word) && (k >= 2 || normalized.Skip(k + 1).All(w => timeWords.Contains(w) || endWords.Contains(w)));
            bool loneArticle = words[k].Trim().TrimEnd(ArabicLetters.Tatweel) == "ال"; // الـ704: the article before a number (آل is a word)
            // ... joined on by و too: "لنادي الأهلي والمقرر عقدها" ends the club's name where the clause about it begins.
            if (endWords.Contains(word) || endWords.Contains(bare) || time || loneArticle || (last && IsTitle(bare) && (k >= 2 || GivenNameAfter(text, m.End))))
            {
                kept = k;
                break;
            }
        }

        if (kept == words.Length)
        {
            return m;
        }

        string surface = string.Join(' ', words[..kept]).TrimEnd();
        bool aName = kept > 1 || (Plausible(surface) && !CommonInNews(normalized[0]));
        return aName ? m with { End = m.Start + surface.Length, Surface = surface } : null;
    }

    /// <summary>The word after <paramref name="end"/>, past a slash (الدكتور/ عبدالله), is a given name.</summary>
    private static bool GivenNameAfter(string text, int end)
    {
        int from = end < text.Length && text[end] == '/' ? end + 1 : end;
        return WordsAround.After(text, from) is { } next && EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(next.Word));
    }

    /// <summary>The word is itself a noun that heads an organization's or a place's name (وادي، وزارة، وكالة): its first letter is its own.</summary>
    private static bool IsTriggerNoun(string word)
    {
        string n = ArabicNormalizer.Normalize(word);
        return OrganizationNouns.Contains(n) || PlaceNouns.Contains(n);
    }

    /// <summary><see cref="IsTriggerNoun"/> for the word as written (see <see cref="WrittenAsTheNoun"/>).</summary>
    internal static bool IsTriggerNounAsWritten(string word) => IsTriggerNoun(word) && WrittenAsTheNoun(word, ArabicNormalizer.Normalize(word));

    /// <summary>
    /// A word that normalizes to a trigger noun is that noun as written too: a hamza seat on an alef only normalizes to a
    /// noun written without one (وأدى "and led" to وادي "valley"); <see cref="NounsWithHamza"/> are written with one.
    /// </summary>
    private static bool WrittenAsTheNoun(ReadOnlySpan<char> written, ReadOnlySpan<char> normalizedNoun) =>
        written.IndexOfAny('\u0623', '\u0625', '\u0622') < 0 || NounsWithHamzaLookup.Contains(normalizedNoun);

    /// <summary>The surface is one of the entry's names as written (وادي الدواسر، بعقوبة): its first letter is the name's own.</summary>
    private bool IsOwnName(string canonical, string surface)
    {
        string written = ArabicNormalizer.Normalize(surface);
        return gazetteer.Named(canonical)?.Names.Any(n => ArabicNormalizer.Normalize(n) == written) == true;
    }

    /// <summary>The word before <paramref name="start"/> heads a place name in construct (بمدينة بعقوبة): the name follows it with no preposition.</summary>
    private static bool AfterSettlementNoun(string text, int start) =>
        Analysis.WordsAround.Before(text, start).Before is { } before && SettlementNouns.Within(Analysis.ArabicNormalizer.NormalizeLower(before.Word)) is not null;

    /// <summary>A name of no known kind takes the kind the words around it say (see <see cref="KindCues"/>).</summary>
    private static EntityMention WithKindFromContext(List<List<Word>> sentences, EntityMention m)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.Count == 0 || sentence[^1].End < m.Start)
            {
                continue;
            }

            int first = sentence.FindIndex(w => w.End > m.Start);
            int last = sentence.FindLastIndex(w => w.Start < m.End);
            if (first < 0 || last < first)
            {
                break;
            }

            var before = sentence.Take(first).Select(w => w.Text).ToList();
            // A name a settlement noun heads in construct (في محافظة الفيوم، بمدينة بعقوبة) is that place, whatever the
            // tagger made of it. Left out: nouns that head other things too (مركز الملك عبدالله للدراسات، ولاية الفقيه
            // "guardianship", منطقة اليورو "zone"), and a name after a title (مدينة الملك عبدالعزيز للعلوم: an institution).
            if (m.Kind != "place" && before.Count > 0 && SettlementNouns.Within(ArabicNormalizer.NormalizeLower(before[^1])) is { } noun
                && noun is not ("مركز" or "ولايه" or "منطقه") && !NameTitles.Contains(ArabicNormalizer.Normalize(m.Surface.Split(' ')[0])))
            {
                return m with { Kind = "place" };
            }

            string? after = last + 1 < sentence.Count ? sentence[last + 1].Text : null;
            return KindCues.KindOf(m.Surface, before, after, onlyOwnWords: m.Kind != "other") is { } kind ? m with { Kind = kind } : m;
        }

        return m;
    }

    /// <summary>
    /// A name in quotes right after a noun of an organization (بحسب شركة «فيدياليرت» المصنعة، لدى مجموعة «أمريكانا») is
    /// that organization, whatever person or place the tagger read in the word: the noun heads it in construct, and
    /// the quotes set off the company's own name. A known name keeps its kind (شركة «أرامكو» is already one).
    /// </summary>
    private static EntityMention QuotedAfterAnOrganizationsNoun(string text, EntityMention m)
    {
        if (m.Canonical is not null || m.Kind == "organization" || m.Start < 2 || text[m.Start - 1] is not ('«' or '"' or '“'))
        {
            return m;
        }

        if (WordsAround.Before(text, m.Start - 1) is not (_, { } before))
        {
            return m;
        }

        return OrganizationNoun(before.Word, articleOff: true, andGroup: true) ? m with { Kind = "organization" } : m;
    }

    /// <summary>
    /// Whether the word, its conjunction and preposition off (وبشركة، لبنك) and with <paramref name="articleOff"/> its
    /// article too (الشركة «…»), is a noun that heads an organization's name; with <paramref name="andGroup"/> مجموعة too.
    /// An adjective after a definite noun (الاتحاد والقادسية) is no description of one: there the article stays.
    /// </summary>
    private static bool OrganizationNoun(string word, bool articleOff, bool andGroup = false)
    {
        string w = ArabicNormalizer.Normalize(word);
        if (w.Length > 3 && w[0] is 'و' or 'ف')
        {
            w = w[1..];
        }

        if (w.Length > 3 && w[0] is 'ل' or 'ب')
        {
            w = w[1..];
        }

        if (articleOff && w.StartsWith("ال", StringComparison.Ordinal))
        {
            w = w[2..];
        }

        return OrganizationNouns.Contains(w) || (andGroup && w == GroupNoun);
    }

    /// <summary>
    /// A noun of an organization with an indefinite adjective in the feminine after it describes one, names none
    /// (جامعة سعودية، شركة ألمانية، منظمة إرهابية، صحيفة إلكترونية: "a Saudi university"), and what the span ran on
    /// into is the sentence's next phrase (محكمة بلجيكية بسجن المتهم): a name that is an adjective takes the article
    /// (الجامعة الأمريكية، الشركة السعودية للكهرباء), and a foreign name after شركة ends otherwise (شركة نيكاي).
    /// </summary>
    private static bool DescribedNotNamed(EntityMention m)
    {
        if (m.Canonical is not null || m.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var noun, var adjective, ..])
        {
            return false;
        }

        // The feminine nisba as written, with ة (سعودية، إرهابية), a consonant before its ي: not a noun in -اية (جمعية
        // هداية، a name), nor a foreign word spelled with ه (بنك سوسيتيه).
        string a = adjective.Replace("\u0651", "", StringComparison.Ordinal).TrimEnd('»', '"', '”');
        return OrganizationNoun(noun, articleOff: false) && a.Length >= 5 && !a.StartsWith("ال", StringComparison.Ordinal)
            && a.EndsWith("\u064A\u0629", StringComparison.Ordinal) && a[^3] is not ('\u0627' or '\u0648' or '\u064A');
    }

    /// <summary>مجموعة heads a company's name only before quotes: standing free it is "a number of" (مجموعة من), so it is no trigger noun.</summary>
    private static readonly string GroupNoun = ArabicNormalizer.Normalize("مجموعة");

    /// <summary>Nationality adjectives in the masculine, as a club named after its city takes them (روما الإيطالي).</summary>
    private static readonly HashSet<string> MasculineNationalities = new[]
    {
        "الإيطالي", "الإسباني", "الاسباني", "الإنجليزي", "الانجليزي", "الإنكليزي", "الألماني", "الفرنسي", "البرتغالي", "الهولندي",
        "البلجيكي", "التركي", "اليوناني", "الروسي", "الأمريكي", "الأميركي", "الاسكتلندي", "السويسري", "النمساوي", "الأرجنتيني",
        "البرازيلي", "المكسيكي", "الأوكراني", "الروماني", "الكرواتي", "الصربي", "السعودي", "المصري", "الإماراتي", "القطري",
        "الكويتي", "البحريني", "العماني", "المغربي", "التونسي", "الجزائري", "الليبي", "الأردني", "اللبناني", "السوري", "العراقي",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A city's name followed by a nationality adjective in the masculine is a club (روما الإيطالي، ميلان الإيطالي،
    /// برشلونة الإسباني): a city is feminine in Arabic (روما الإيطالية), the club, نادٍ, masculine. The club is an
    /// organization of its own, not the city. So is a city's name with a club's word (نيويورك سيتي، ليدز يونايتد), which
    /// the club's name takes in.
    /// </summary>
    private static EntityMention ClubOfACity(string text, EntityMention m)
    {
        if (m.Kind != "place" || m.Surface.Contains(' ', StringComparison.Ordinal))
        {
            return m;
        }

        int from = m.End;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        int to = from;
        while (to < text.Length && !char.IsWhiteSpace(text[to]) && !char.IsPunctuation(text[to]))
        {
            to++;
        }

        string next = to > from ? ArabicNormalizer.Normalize(text[from..to]) : "";
        bool nationality = MasculineNationalities.Contains(next), clubWord = ClubWords.Contains(next);
        if (!nationality && !clubWord)
        {
            return m;
        }

        // ... in a sentence about sport: elsewhere the adjective may be said of the noun before the city (معبر رفح
        // المصري، مطار X الدولي) or of a region (الجولان السوري), and سيتي is a city's own (مكسيكو سيتي).
        if (!InASentenceAboutSport(text, m))
        {
            return m;
        }

        return clubWord
            ? m with { End = to, Surface = text[m.Start..to], Kind = "organization", Canonical = null }
            : m with { Kind = "organization", Canonical = null };
    }

    /// <summary>Words English and American clubs add to their city's name (نيويورك سيتي، ليدز يونايتد، رينجرز), normalized: the name is the club's.</summary>
    private static readonly HashSet<string> ClubWords = new[] { "سيتي", "سيتى", "يونايتد", "رينجرز", "رينجز" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the sentence around a mention tells of sport (a club, a match, a coach, a league, a transfer).</summary>
    private static bool InASentenceAboutSport(string text, EntityMention m)
    {
        int start = Math.Max(text.LastIndexOfAny(SentenceEnds, Math.Max(m.Start - 1, 0)) + 1, 0);
        int end = text.IndexOfAny(SentenceEnds, m.End) is var e and >= 0 ? e : text.Length;
        string sentence = ArabicNormalizer.Normalize(text[start..end]);
        return SportStems.Any(stem => sentence.Contains(stem, StringComparison.Ordinal));
    }

    private static readonly char[] SentenceEnds = ['.', '\n', '؟', '!'];

    /// <summary>
    /// Nouns that name a cup, a prize, an airport, a mosque, a park or a gate, a programme after a person (كأس خادم
    /// الحرمين الشريفين، جائزة الملك فيصل، مطار الملك خالد، حديقة الملك فهد، باب الملك عبدالعزيز، برنامج خادم الحرمين
    /// للابتعاث), with the kind of what they name. The person
    /// is not mentioned: the thing named after them is. (Hospitals, universities, funds are found by their own
    /// trigger nouns, see <see cref="OrganizationNouns"/>.)
    /// </summary>
    private static readonly Dictionary<string, string> NamedAfterNouns = new Dictionary<string, string>
    {
        ["كأس"] = "other", ["جائزة"] = "other", ["مهرجان"] = "other", ["مسابقة"] = "other", ["برنامج"] = "other",
        ["مبادرة"] = "other", ["مشروع"] = "other", ["وسام"] = "other", ["قلادة"] = "other", ["كرسي"] = "organization", ["مركز"] = "organization",
        ["مطار"] = "place", ["ملعب"] = "place", ["استاد"] = "place", ["مسجد"] = "place", ["جامع"] = "place", ["جسر"] = "place",
        ["قصر"] = "place", ["مجمع"] = "place", ["حديقة"] = "place", ["منتزه"] = "place", ["باب"] = "place", ["بوابة"] = "place", ["ميدان"] = "place",
    }.ToDictionary(p => ArabicNormalizer.Normalize(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// Nouns of <see cref="NamedAfterNouns"/> that as often head what a person does or plans (برنامج أوباما الإصلاحي،
    /// مبادرة العبادي، مشروع القرار): named after a person only when a word of purpose follows the name (برنامج خادم
    /// الحرمين الشريفين للابتعاث). Left out: بطولة, after a name mostly "starring" (من بطولة أحمد السقا), and قاعدة،
    /// ميدالية, mostly the person's own (قاعدة ترامب الانتخابية، ميدالية فيلبس الذهبية).
    /// </summary>
    private static readonly HashSet<string> NamedForAPurpose = new[] { "برنامج", "مبادرة", "مشروع" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A person's name right after a noun that names something after a person (see <see cref="NamedAfterNouns"/>) is
    /// that thing's name: the mention becomes the whole name, with words of purpose after it (للابتعاث، للعلوم) and one
    /// adjective of relation (الدولي، العالمية), of the thing's kind and of no known entity.
    /// </summary>
    private static EntityMention NamedAfterAPerson(string text, EntityMention m)
    {
        if (m.Kind != "person" || WordsAround.Before(text, m.Start) is not ("", { } before))
        {
            return m;
        }

        // A title the tagger left out of the name (مطار الملك خالد): the noun stands before the title.
        if (NameTitles.Contains(ArabicNormalizer.Normalize(before.Word)) && WordsAround.Before(text, before.Start) is ("", { } beforeTitle))
        {
            before = beforeTitle;
        }

        string noun = ArabicNormalizer.Normalize(before.Word);
        int glued = 0;
        if (!NamedAfterNouns.ContainsKey(noun) && noun.Length > 3 && noun[0] is '\u0648' or '\u0628' or '\u0644' or '\u0641' && NamedAfterNouns.ContainsKey(noun[1..]))
        {
            glued = 1; // لكأس، بجائزة، ومطار
        }

        if (!NamedAfterNouns.TryGetValue(noun[glued..], out string? kind))
        {
            return m;
        }

        var (end, forAPurpose) = WithWordsOfPurpose(text, m.End);
        if (NamedForAPurpose.Contains(noun[glued..]) && !forAPurpose)
        {
            return m;
        }

        int start = before.Start + glued;
        return new EntityMention(start, end, text[start..end], kind, null);
    }

    /// <summary>The words for "saint" that begin a place's name in Romance languages (سان فرانسيسكو، سانت لويس، ساو باولو), normalized.</summary>
    private static readonly HashSet<string> SaintWords = new[] { "سان", "سانت", "سانتا", "سانتو", "ساو" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A name right after سان، سانت، سانتا، سانتو or ساو is a saint's that names a place (سان مارينو، سانت لويس، سانتا
    /// مونيكا، ساو باولو), not a person called Marino or Louis, nor a country (سانتا كروز): the mention takes the word
    /// in and is a place no list knows; in a sentence about sport, a club named after it (سان جيرمان، ساو باولو).
    /// Found as an organization, it stays one.
    /// </summary>
    private static EntityMention NamedAfterASaint(string text, EntityMention m)
    {
        if (m.Kind is "organization")
        {
            return m;
        }

        EntityMention named;
        if (m.Surface.Contains(' ', StringComparison.Ordinal) && SaintWords.Contains(ArabicNormalizer.Normalize(m.Surface.Split(' ')[0])))
        {
            named = m with { Kind = "place" }; // found whole (سان جيرمان)
        }
        else if (WordsAround.Before(text, m.Start) is ("", { } before) && SaintWords.Contains(ArabicNormalizer.Normalize(before.Word)))
        {
            named = new EntityMention(before.Start, m.End, text[before.Start..m.End], "place", null);
        }
        else
        {
            return m;
        }

        return InASentenceAboutSport(text, named) ? named with { Kind = "organization", Canonical = null } : named;
    }

    /// <summary>
    /// A person's name followed by آل and a word is the name with its family's (الملك سلمان بن عبدالعزيز آل سعود، عبدالعزيز
    /// آل الشيخ): the mention runs over it, still the same person.
    /// </summary>
    private static readonly string FamilyWord = ArabicNormalizer.Normalize("آل");

    private static EntityMention WithFamilyName(string text, EntityMention m)
    {
        if (m.Kind != "person" || WordsAround.After(text, m.End) is not { } al || ArabicNormalizer.Normalize(al.Word) != FamilyWord
            || WordsAround.After(text, al.End) is not { } family || family.Word.Length < 2)
        {
            return m;
        }

        return m with { End = family.End, Surface = text[m.Start..family.End] };
    }

    /// <summary>The continents a compass word before makes a region of their own, by their canonical names, normalized.</summary>
    private static readonly HashSet<string> Continents = new[] { "آسيا", "أفريقيا", "أوروبا" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Compass words that name a part of a continent before it (شمال أفريقيا، جنوب شرق آسيا), normalized.</summary>
    private static readonly HashSet<string> CompassWords = new[] { "شمال", "جنوب", "شرق", "غرب", "وسط" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A continent after a compass word is a region of its own (شمال أفريقيا، جنوب شرق آسيا، شرق أوروبا: ~580
    /// SaudiNewsNet mentions), not the continent: North Africa's growth is not Africa's. A conjunction or preposition glued to the
    /// compass word stays out (وشمال أفريقيا). South Africa, the country, is a name of its own in the gazetteer.
    /// </summary>
    private static EntityMention RegionOfAContinent(string text, EntityMention m)
    {
        if (m.Kind != "place" || m.Canonical is not { } continent || !Continents.Contains(ArabicNormalizer.Normalize(continent))
            || WordsAround.Before(text, m.Start) is not ("", { } compass) || CompassPart(compass.Word) is not { } glued)
        {
            return m;
        }

        int start = compass.Start + glued;
        // A second compass word before the first (جنوب شرق آسيا).
        if (glued == 0 && WordsAround.Before(text, compass.Start) is ("", { } outer) && CompassPart(outer.Word) is { } outerGlued)
        {
            start = outer.Start + outerGlued;
        }

        return new EntityMention(start, m.End, text[start..m.End], "place", null);
    }

    /// <summary>How many letters of a conjunction or preposition are glued to a compass word (0 or 1), or null if the word is none.</summary>
    private static int? CompassPart(string word)
    {
        string w = ArabicNormalizer.Normalize(word);
        return CompassWords.Contains(w) ? 0 : w.Length > 3 && w[0] is 'و' or 'ب' or 'ل' or 'ف' && CompassWords.Contains(w[1..]) ? 1 : null;
    }

    /// <summary>
    /// A family named by آل alone (وأضاف آل غالب): the mention is the family's name with its آل, a person, not the bare
    /// word after it (غالب, a given name and a word, "winning").
    /// </summary>
    private static EntityMention WithFamilyWordBefore(string text, EntityMention m)
    {
        if (m.Canonical is not null || m.Kind is not ("person" or "other") || m.Surface.Contains(' ', StringComparison.Ordinal)
            || WordsAround.Before(text, m.Start) is not ("", { } al) || al.Word != "\u0622\u0644")
        {
            return m;
        }

        return new EntityMention(al.Start, m.End, text[al.Start..m.End], "person", null);
    }

    /// <summary>
    /// Nouns that name a body or a place after a city or a country (جامعة القاهرة، نادي باريس، بنك قطر الوطني، مطار دبي
    /// الدولي، سوق عكاظ، صناعات قطر), with the kind of what they name. Not the nouns of a place's own organs (حكومة،
    /// سفارة، شرطة، أمانة، بلدية، غرفة) nor its hospital: the police of Khamis Mushait are the town's, and the town is
    /// where what they report happened.
    /// </summary>
    private static readonly Dictionary<string, string> NamedAfterAPlaceNouns = new Dictionary<string, string>
    {
        ["جامعة"] = "organization", ["نادي"] = "organization", ["بنك"] = "organization", ["مصرف"] = "organization",
        ["صناعات"] = "organization", ["بورصة"] = "organization", ["أكاديمية"] = "organization", ["معهد"] = "organization",
        ["كلية"] = "organization", ["أسمنت"] = "organization", ["سوق"] = "place", ["مطار"] = "place", ["ميناء"] = "place",
        ["ملعب"] = "place", ["استاد"] = "place", ["فندق"] = "place", ["معرض"] = "other", ["مهرجان"] = "other", ["جائزة"] = "other",
    }.ToDictionary(p => ArabicNormalizer.Normalize(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// A place's name (or a name found as another thing: عكاظ) right after a noun that names something after a place
    /// (see <see cref="NamedAfterAPlaceNouns"/>) is that thing's name: the mention becomes the whole name, with one
    /// adjective of relation (الوطني، الدولي) and words of purpose (للكتاب، للدائنين) after it, of no known entity.
    /// </summary>
    private static EntityMention NamedAfterAPlace(string text, EntityMention m)
    {
        if (m.Kind is "person" || WordsAround.Before(text, m.Start) is not ("", { } before))
        {
            return m;
        }

        // An organization after a noun of its own class is itself (نادي الزمالك is الزمالك): only a place names one. A
        // place's market, airport, port or stadium (سوق عنيزة للتمور، مطار عدن) is still the place named; those nouns make a
        // name only of a word no list took for a place (سوق عكاظ: not the newspaper).
        bool organization = m.Kind == "organization";

        string noun = ArabicNormalizer.Normalize(before.Word);
        int glued = !NamedAfterAPlaceNouns.ContainsKey(noun) && noun.Length > 3 && noun[0] is '\u0648' or '\u0628' or '\u0644' or '\u0641'
            && NamedAfterAPlaceNouns.ContainsKey(noun[1..]) ? 1 : 0; // وجامعة، بمطار، لنادي
        if (!NamedAfterAPlaceNouns.TryGetValue(noun[glued..], out string? kind) || !WrittenAsTheNoun(before.Word.AsSpan(glued), noun.AsSpan(glued))
            || (organization && kind == "organization") || (m.Kind == "place" && kind == "place"))
        {
            return m;
        }

        int start = before.Start + glued;
        int end = WithWordsOfPurpose(text, m.End).End;
        return new EntityMention(start, end, text[start..end], kind, null);
    }

    /// <summary>
    /// Where a name named after someone or somewhere ends: over one adjective of relation right after it (الدولي،
    /// العالمية) and words of purpose (للابتعاث، للعلوم، وللتقنية), three words at most; and whether one of purpose was there.
    /// </summary>
    private static (int End, bool ForAPurpose) WithWordsOfPurpose(string text, int end)
    {
        bool forAPurpose = false;
        for (int words = 0; words < 3 && WordsAround.After(text, end) is { } next; words++)
        {
            string n = ArabicNormalizer.Normalize(next.Word);
            bool purpose = n.StartsWith("لل", StringComparison.Ordinal) || n.StartsWith("ولل", StringComparison.Ordinal);
            bool relation = words == 0 && Relational(n);
            if (forAPurpose && !purpose && n.StartsWith("وال", StringComparison.Ordinal))
            {
                // The purpose's second noun, itself an adjective of relation (للعلوم والتقنية، للمناصحة والرعاية) or
                // followed by one (للإغاثة والأعمال الإنسانية); not any word after و (للتسوق والقائمين عليه).
                if (Relational(n[1..]))
                {
                    end = next.End;
                    continue;
                }

                if (WordsAround.After(text, next.End) is { } adjective && Relational(ArabicNormalizer.Normalize(adjective.Word)))
                {
                    end = adjective.End;
                    words++;
                    continue;
                }

                break;
            }

            if (!purpose && !relation)
            {
                break;
            }

            forAPurpose |= purpose;
            end = next.End;
        }

        return (end, forAPurpose);
    }

    /// <summary>A definite adjective of relation (الدولي، الإنسانية، التقنية), normalized.</summary>
    private static bool Relational(string n) => NisbaShaped(n) && n.Length > 5 && !NameEnds.Value.End.Contains(n);

    /// <summary>A definite word in the form of a nisba adjective (السعودية، الأهلي، الدولي), normalized.</summary>
    private static bool NisbaShaped(string n) =>
        n.StartsWith("ال", StringComparison.Ordinal) && (n.EndsWith('\u064a') || n.EndsWith("\u064a\u0647", StringComparison.Ordinal));

    /// <summary>Words that begin a kunya (أبو محمد، أم عبدالرحمن): the name that follows is the kunya's, not its own person's.</summary>
    private static readonly HashSet<string> KunyaWords = new[] { "أبو", "أبي", "أبا", "أم" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A person found after أبو or أم is named by the kunya (أم عبدالرحمن is a woman, not عبدالرحمن): the mention
    /// takes the kunya word in, so a bare first name does not pool everyone's father or mother with its bearers.
    /// </summary>
    private static EntityMention WithKunya(string text, EntityMention m)
    {
        if (m.Kind != "person" || m.Canonical is not null || WordsAround.Before(text, m.Start) is not ("", { } before)
            || !KunyaWords.Contains(ArabicNormalizer.Normalize(before.Word))
            || !EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(m.Surface.Split(' ')[0])))
        {
            return m; // ام بي سي is MBC spelled out, not a kunya: one is made with a given name
        }

        return m with { Start = before.Start, Surface = text[before.Start..m.End] };
    }

    /// <summary>
    /// Compass adjectives that make a place another place (أمريكا الشمالية، آسيا الوسطى، أفريقيا الجنوبية), normalized:
    /// the feminine ones a place's name takes. A masculine one after a place is its noun's before (ريف حلب الشمالي).
    /// </summary>
    private static readonly HashSet<string> CompassAdjectives = new[] { "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A noun a place follows in construct whose own the compass adjective may be (ريف عدن، محافظة أبين، حدود سوريا).</summary>
    private static bool NounOfAPlacesPart(string normalizedWord) =>
        SettlementNouns.Within(normalizedWord) is not null || PartsOfAPlace.Contains(normalizedWord);

    private static readonly HashSet<string> PartsOfAPlace = new[]
    {
        "ريف", "حدود", "الحدود", "ساحل", "سواحل", "أطراف", "ضواحي",
        "مدن", "مناطق", "محافظات", "قرى", "أنحاء", "أجزاء", "ولايات", "دول", "أقاليم", "مقاطعات",
    }
        .Select(ArabicNormalizer.NormalizeLower).Concat(CompassWords).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A place followed by a compass adjective no list joins to it is another place (أمريكا الشمالية is not the United
    /// States, آسيا الوسطى not Asia): the mention runs over the adjective and names no known entity. Only a place
    /// named without the article (after one with it, الحدود السعودية الشمالية, the adjective may be the noun's before
    /// it), and not in construct after a noun of its own (ريف عدن، محافظة أبين): the adjective may then be that noun's. A
    /// list's item before it is no such noun (تشكوسلوفاكيا، وألمانيا الشرقية).
    /// </summary>
    private static EntityMention PlaceWithItsCompassPoint(string text, EntityMention m)
    {
        // The article as written, bare alef and lam: ألمانيا and ألبانيا begin with a hamza's alef, no article.
        if (m.Kind != "place" || m.Surface.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            || WordsAround.After(text, m.End) is not { } next || !CompassAdjectives.Contains(ArabicNormalizer.Normalize(next.Word)))
        {
            return m;
        }

        if (WordsAround.Before(text, m.Start) is ("", { } before) && NounOfAPlacesPart(ArabicNormalizer.NormalizeLower(before.Word)))
        {
            return m;
        }

        return new EntityMention(m.Start, next.End, text[m.Start..next.End], "place", null);
    }

    /// <summary>
    /// A name in the form of an adjective (a nisba: السعودية، المصرية، الأهلي، العربية) right after a definite noun is
    /// that noun's adjective, not the place or the body: after an organization's name it is the organization's
    /// nationality or part of its name (زين السعودية، الاتصالات السعودية: a figure of Zain Saudi's is not Saudi
    /// Arabia's), after a common noun it says of what kind the noun is (الغرف السعودية "the Saudi chambers", التدريب
    /// الأهلي "civil training", اللغة العربية). Such a place or organization mention is dropped, unless the noun is
    /// the one the name stands for (النادي الأهلي "the Ahli club"), a conjunction joins the two (الكويت والسعودية) or the
    /// word before is another name (a list without commas: الهلال الأهلي الرائد القادسية).
    /// </summary>
    /// <summary>
    /// A name of one word right after a particle that only a verb follows (قد، لم، لن، سوف، عندما، حينما، كلما) is that
    /// verb: "عندما عدن إلى العمل" (when they returned) is no Aden, "لم ينبع" no Yanbu, "سوف يعوضك" no person. Not فقد:
    /// it is also the verb "lost" (فقد الحوثيون السيطرة).
    /// </summary>
    private static bool VerbAfterAParticle(string text, EntityMention m)
    {
        if (m.Surface.Contains(' ', StringComparison.Ordinal) || m.Surface.Any(char.IsAsciiLetter))
        {
            return false;
        }

        var (lead, before) = WordsAround.Before(text, m.Start);
        return lead.Length == 0 && before is { } word && VerbParticles.Contains(ArabicNormalizer.NormalizeLower(word.Word));
    }

    private static readonly HashSet<string> VerbParticles = new[] { "قد", "وقد", "لقد", "ولقد", "لم", "ولم", "فلم", "لن", "ولن", "فلن", "سوف", "وسوف", "عندما", "وعندما", "فعندما", "حينما", "وحينما", "كلما", "وكلما" }
        .Select(ArabicNormalizer.NormalizeLower).ToHashSet(StringComparer.Ordinal);

    private static List<EntityMention> WithoutNisbaAfterANoun(string text, List<EntityMention> ordered)
    {
        var kept = new List<EntityMention>(ordered.Count);
        foreach (var m in ordered)
        {
            bool epithet = HonorificEpithets.Contains(ArabicNormalizer.Normalize(m.Surface));
            bool adjective = m.Kind is "place" or "organization" && !m.Surface.Contains(' ')
                && (epithet || NisbaShaped(ArabicNormalizer.Normalize(m.Surface)))
                && m.Start > 1 && text[m.Start - 1] == ' '
                && (NameRightBefore(text, kept, m) is { } name ? epithet || (m.Kind == "place" && name.Kind == "organization") : DefiniteNounBefore(text, m.Start));
            if (!adjective)
            {
                kept.Add(m);
            }
        }

        return kept;
    }

    /// <summary>
    /// Epithets of honour that follow a holy place or an institution (المسجد النبوي الشريف، الحرم المكي الشريف، الأزهر
    /// الشريف، بيت المقدس المبارك), normalized: right after a name or a definite noun they describe it, and are no place
    /// of their own (the tagger took الشريف after الحرم for a place 116 times over SaudiNewsNet).
    /// </summary>
    private static readonly HashSet<string> HonorificEpithets = new[] { "الشريف", "الشريفة", "المبارك", "المباركة", "المقدس", "المقدسة", "المعظم", "الطاهرة" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The mention kept last, when only spaces stand between it and <paramref name="m"/>.</summary>
    private static EntityMention? NameRightBefore(string text, List<EntityMention> kept, EntityMention m) =>
        kept.Count > 0 && kept[^1] is { } before && before.End <= m.Start && text.AsSpan(before.End, m.Start - before.End).Trim(' ').Length == 0 ? before : null;

    /// <summary>Nouns a name in the form of an adjective stands for after them: the club (النادي الأهلي، الفريق الأهلي), normalized.</summary>
    private static readonly HashSet<string> NounsANisbaNames = new[] { "النادي", "الفريق" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The word before <paramref name="start"/> is a definite common noun (الغرف، التدريب، بالتعليم، للقطاع): not a noun
    /// the name stands for, nor a word of time (يلتقي اليوم الأهلي: the day, then the club).
    /// </summary>
    private static bool DefiniteNounBefore(string text, int start)
    {
        if (WordsAround.Before(text, start) is not (_, { } before))
        {
            return false;
        }

        string word = ArabicNormalizer.Normalize(before.Word);
        int prefix = LightStemmer.StripPrefixes(word);
        bool definite = word.AsSpan(0, prefix).EndsWith("ال") || word.AsSpan(0, prefix).EndsWith("لل");
        return definite && word.Length - prefix > 1 && !NounsANisbaNames.Contains("ال" + word[prefix..]) && !StopWords.Contains(word)
            && !NameEnds.Value.Time.Contains(word);
    }

    /// <summary>
    /// Names that are part of a longer name (see <see cref="NamedAfterAPerson"/>, <see cref="WithKunya"/>,
    /// <see cref="PlaceWithItsCompassPoint"/>) widened to it, unless the longer name reaches over another mention.
    /// </summary>
    private static List<EntityMention> WithLongerNames(string text, List<EntityMention> mentions)
    {
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            var widened = WithFamilyWordBefore(text, WithFamilyName(text, PlaceWithItsCompassPoint(text, WithKunya(text, NamedAfterAPerson(text, NamedAfterAPlace(text, NamedAfterASaint(text, m)))))));
            bool clear = ReferenceEquals(widened, m) || !mentions.Any(o => !ReferenceEquals(o, m) && o.Start < widened.End && widened.Start < o.End);
            result.Add(clear ? widened : m);
        }

        return result;
    }

    /// <summary>Stems of the words sport news tells a club's doings in (نادي، فريق، مباراة، مدرب، لاعب، الدوري، التعاقد), normalized.</summary>
    private static readonly string[] SportStems = new[] { "ناد", "فريق", "مباراة", "مدرب", "لاعب", "دوري", "بطولة", "تعاقد", "انتقال", "هدف" }
        .Select(ArabicNormalizer.Normalize).ToArray();

    private static readonly Lazy<HashSet<string>> GodsName = new(() =>
        new[] { "الله", "لله", "بالله", "والله", "ولله", "فالله", "تالله", "فلله" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal));

    private static bool IsGodsName(string surface) => GodsName.Value.Contains(ArabicNormalizer.Normalize(surface.Trim()));

    /// <summary>Religious and courtesy formulas (<c>Resources/formulas.txt</c>) as normalized word sequences, by their first word.</summary>
    private static readonly Lazy<Dictionary<string, List<string[]>>> Formulas = new(() =>
        RasidResources.ReadLines("formulas.txt")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToArray())
            .Where(w => w.Length > 0)
            .GroupBy(w => w[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToList(), StringComparer.Ordinal));

    /// <summary>Where the text holds a formula (صلى الله عليه وسلم، رحمه الله): no name inside one is a mention.</summary>
    private static List<(int Start, int End)> FormulaSpans(List<List<Word>> sentences)
    {
        var spans = new List<(int, int)>();
        var formulas = Formulas.Value;
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                string word = ArabicNormalizer.Normalize(sentence[i].Text);
                if (!formulas.TryGetValue(word, out var candidates) && !(word.Length > 2 && word[0] is '\u0648' or '\u0641' && formulas.TryGetValue(word[1..], out candidates)))
                {
                    continue;
                }

                foreach (var formula in candidates)
                {
                    int k = 1;
                    while (k < formula.Length && i + k < sentence.Count && ArabicNormalizer.Normalize(sentence[i + k].Text) == formula[k])
                    {
                        k++;
                    }

                    if (k == formula.Length)
                    {
                        spans.Add((sentence[i].Start, sentence[i + k - 1].End));
                        break;
                    }
                }
            }
        }

        return spans;
    }

    /// <summary>
    /// A run of Latin names from <paramref name="from"/> to <paramref name="to"/> is an entity of its own unless it is
    /// a name already found, or crosses one; names inside it give way to it, and a run of several words takes the
    /// kind of the first. (A method of its own: its lambdas capture the run's ends, and inside the loop over every
    /// word the compiler made their closure for every word, run or not.)
    /// </summary>
    private static void AddLatinName(string text, List<EntityMention> mentions, int from, int to, bool severalWords)
    {
        var inside = mentions.Where(m => m.Start >= from && m.End <= to).ToList();
        bool same = inside.Any(m => m.Start == from && m.End == to);
        if (!same && !Crosses(mentions, from, to))
        {
            mentions.RemoveAll(m => inside.Contains(m));
            // A known company's name with more words after it names something of the company's (Meta AI, Google
            // Maps): a product; other runs take the kind of the name they begin with.
            string kind = inside.Count == 0 || !severalWords ? "other"
                : inside[0].Kind == "organization" && inside[0].Start == from && inside[0].End < to ? "product"
                : inside[0].Kind;
            mentions.Add(new EntityMention(from, to, text[from..to], kind, null));
        }
    }

    /// <summary>
    /// A name in «…» or “…” that no source knew: one to four words, at least one of them rare in news (a common
    /// phrase in quotation marks is a phrase, not a name): «أفوكادو»، «جين إيه.آي».
    /// </summary>
    private List<EntityMention> QuotedNames(string text, List<EntityMention> mentions)
    {
        if (tagger?.Clusters is not { } clusters)
        {
            return mentions;
        }

        foreach (var (open, close) in new[] { ('«', '»'), ('“', '”') })
        {
            for (int at = text.IndexOf(open); at >= 0; at = text.IndexOf(open, at + 1))
            {
                int end = text.IndexOf(close, at + 1);
                if (end < 0 || text.AsSpan(at, end - at).Contains('\n'))
                {
                    continue;
                }

                var words = Tokenizer.Tokenize(text[(at + 1)..end]);
                if (words.Count is 0 or > 4 || Overlaps(mentions, at + 1, end) || SaidNotNamed(text.AsSpan(at + 1, end - at - 1)))
                {
                    continue;
                }

                // Brand names take no article; a quoted word with ال is a common noun held at arm's length («الأوزان»).
                string inner = text[(at + 1)..end];
                bool rare = words.Any(w => clusters.IsRare(ArabicNormalizer.NormalizeLower(inner[w.Start..w.End])));
                bool article = words.Any(w => ArabicNormalizer.Normalize(inner[w.Start..w.End]).StartsWith("ال", StringComparison.Ordinal));
                if (rare && !article)
                {
                    mentions.Add(new EntityMention(at + 1, end, inner, "other", null));
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// What quotation marks hold is something said, not a name, when it holds a sentence's punctuation: a question
    /// («أُمّال إيه اللي جابك؟»), a comma, or a full stop after a word, before a space or at its end (not the points of
    /// an abbreviation: «جي. بي. مورغان»، «د. أحمد زويل»). A colon is a title's (تيرميناتور: جنيسيس), an exclamation
    /// mark a brand's («ياهو!»).
    /// </summary>
    private static bool SaidNotNamed(ReadOnlySpan<char> quoted)
    {
        if (quoted.IndexOfAny("؟?،,؛;") >= 0)
        {
            return true;
        }

        // A full stop after a word of three letters or more ends a sentence; after one or two it marks an abbreviation.
        for (int stop = quoted.IndexOf('.'); stop >= 0; stop = quoted.Slice(stop + 1).IndexOf('.') is var next and >= 0 ? stop + 1 + next : -1)
        {
            int letters = 0;
            while (stop - letters > 0 && char.IsLetter(quoted[stop - letters - 1]))
            {
                letters++;
            }

            bool ends = stop + 1 == quoted.TrimEnd().Length || quoted[stop + 1] == ' ';
            if (letters > 2 && ends)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name the tagger found part of inside «…» of at most four words is the whole of what the marks hold («كي بانك كابيتال ماركتس»).</summary>
    private static List<EntityMention> WholeQuotedNames(string text, List<EntityMention> mentions)
    {
        for (int open = text.IndexOf('«'); open >= 0; open = text.IndexOf('«', open + 1))
        {
            int close = text.IndexOf('»', open + 1);
            if (close < 0 || text.AsSpan(open, close - open).Contains('\n') || Tokenizer.Tokenize(text[(open + 1)..close]).Count is 0 or > 4
                || SaidNotNamed(text.AsSpan(open + 1, close - open - 1)))
            {
                continue;
            }

            var inside = mentions.Where(m => m.Start > open && m.End < close + 1).ToList();
            if (inside.Count == 0 || inside.Any(m => m.Canonical is not null) || inside.Any(m => m.Start == open + 1 && m.End == close))
            {
                continue;
            }

            mentions.RemoveAll(inside.Contains);
            mentions.Add(new EntityMention(open + 1, close, text[(open + 1)..close], inside[0].Kind, null));
        }

        return mentions;
    }

    /// <summary>
    /// Drops leading words of a tagger span that are among the twenty thousand commonest words of news, no given
    /// name, and not what the tagger itself mostly calls a name across the news ("لاستقطاب ألكسندر" → "ألكسندر"),
    /// and a one-word span that is such a word ("مؤسس").
    /// </summary>
    private (int Start, int End) TrimCommonWords(List<Word> words, int start, int end)
    {
        if (tagger?.Clusters is not { } clusters)
        {
            return (start, end);
        }

        bool Common(Word w)
        {
            string n = ArabicNormalizer.NormalizeLower(w.Text);
            return clusters.IsCommon(n) && clusters.NameType(n) == "-"
                && !EntityTagger.GivenNames.Contains(n) && !char.IsAsciiLetter(w.Text[0]);
        }

        // Leading words only: a surname may well be a common word (ماجد المهندس، سالم الهندي), a verbal noun before a name is not.
        // Nor a first name after a title, however common a word (الشيخ صباح الأحمد، المهندس عجب القحطاني): a word with
        // the article or a rank's word is said of the title, not the name (الملك الراحل عبدالله، الفريق أول ركن).
        if (start > 0 && IsTitle(ArabicNormalizer.Normalize(words[start - 1].Text)) && ArabicNormalizer.Normalize(words[start].Text) is var first
            && !IsTitle(first) && first.Length > 1 && !first.StartsWith("ال", StringComparison.Ordinal) && !RankWords.Contains(first))
        {
            return (start, end);
        }

        while (start < end && Common(words[start]))
        {
            start++;
        }

        if (start <= end && Adverb(words[start].Text))
        {
            return (start, start - 1); // what follows an adverb is its complement (وليًا للعهد), no name
        }

        // ... but a name after a link is declined, not an adverb (عبد الله بن مسعودٍ، فاطمة بنت محمدٍ): it stays, and the
        // span is then dropped whole for its nunation (see Plausible) rather than left ending on بن.
        while (end >= start && Adverb(words[end].Text) && !(end > start && NameLinks.Contains(ArabicNormalizer.Normalize(words[end - 1].Text))))
        {
            end--;
        }

        return start == end && Common(words[start]) ? (start, start - 1) : (start, end);

        // An adverb of the accusative (تقليدياً، بحرياً، وساحلياً) ends or begins no name: it carries nunation, or, written
        // without it, it is an indefinite adjective in ي news uses, in the masculine and the feminine (seen in the
        // clusters' corpus, no name there but by a weak majority: ساحلي، ساحلية), with the alif of the accusative, and
        // no name the tagger's lexicon knows (سوريا and روسيا are names). A place in يا has no feminine adjective of
        // that shape (داريا: دارية is unseen; غينيا، تشيكيا), nor the article (المنيا).
        bool Adverb(string written)
        {
            if (ArabicLetters.HasNunation(written))
            {
                return true;
            }

            string n = ArabicNormalizer.NormalizeLower(written);
            if (n.Length < 5 || !n.EndsWith("يا", StringComparison.Ordinal))
            {
                return false;
            }

            // The word as written and without a leading و (وساحليا، وطنيا whose و is the root's): neither may be a name
            // or have the article (والتكنولوجيا، وكمبوديا).
            string? bare = n[0] == ArabicLetters.Waw ? n[1..] : null;
            if (n.StartsWith("ال", StringComparison.Ordinal) || clusters.NameType(n) != "-"
                || (bare is not null && (bare.StartsWith("ال", StringComparison.Ordinal) || clusters.NameType(bare) != "-")))
            {
                return false;
            }

            return AdjectiveOf(n) || (bare is not null && AdjectiveOf(bare));
        }

        bool AdjectiveOf(string accusative)
        {
            string adjective = accusative[..^1];
            return clusters.FrequencyBand(adjective) != "f0" && clusters.NameType(adjective).EndsWith('-') && clusters.FrequencyBand(adjective + "ه") != "f0";
        }
    }

    /// <summary>A number word or a scale word (ثلاثة، آلاف، مليون، عشرات) as figures read them; digits are not (غالكسي إس6، مونديال 2006).</summary>
    private static bool NumberOrScale(string normalized) =>
        Figures.FigureVocabulary.NumberWords.ContainsKey(normalized) || Figures.FigureVocabulary.Scales.ContainsKey(normalized) || normalized is "عشرات" or "مئات";

    /// <summary>Tagger spans end at punctuation between words: "وانغ، مؤسس" is two things.</summary>
    private static IEnumerable<(string Type, int Start, int End)> SplitAtPunctuation(string text, List<Word> words, IEnumerable<(string Type, int Start, int End)> spans)
    {
        foreach (var (type, start, end) in spans)
        {
            int from = start;
            for (int k = start + 1; k <= end; k++)
            {
                if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny("،,؛;:«»\"“”()") >= 0)
                {
                    yield return (type, from, k - 1);
                    from = k;
                }
            }

            yield return (type, from, end);
        }
    }

    /// <summary>A mention shares a character with the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool Overlaps(List<EntityMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start < end && start < m.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A mention overlaps the span from <paramref name="from"/> to <paramref name="to"/> without lying inside it.</summary>
    private static bool Crosses(List<EntityMention> mentions, int from, int to) =>
        mentions.Any(m => m.Start < to && from < m.End && !(m.Start >= from && m.End <= to));

    /// <summary>Tagger output that cannot be a name: stop words, month names, currency and unit words, generic acronyms, nunated words, spelled-out letters, a heading noun alone.</summary>
    private static bool Plausible(string surface)
    {
        if (ArabicLetters.HasNunation(surface))
        {
            return false; // nunation (درعاً، واقياً) marks an indefinite noun or adjective, which no name takes
        }

        string[] words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1)
        {
            return true;
        }

        string w = ArabicNormalizer.Normalize(words[0]);
        bool arabic = !w.Any(char.IsAsciiLetter);
        // Arabic letters of a Latin acronym read out (سي، إس، بي، دي of سي إن إن) are no name on their own; nor is a
        // unit with the article (اليورو، الدولار), nor a noun that heads names (جامعة، منظمة، بنك) standing alone.
        string bare = arabic && (w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)) && w.Length > 4 ? w[2..] : w; // للجنيه: to the pound
        string unglued = arabic && w.Length > 4 && Proclitics.IsCliticLetter(w[0]) ? w[1..] : w; // بالدولار، واليورو، لأبريل
        return w.Length > (arabic ? 2 : 1) && !StopWords.Contains(w) && !NotNames.Value.Contains(w) && !NotNames.Value.Contains(unglued)
            && Figures.FigureVocabulary.Default.UnitAt([Figures.FigureVocabulary.Normalize(words[0])], 0) is null
            && (bare == w || Figures.FigureVocabulary.Default.UnitAt([Figures.FigureVocabulary.Normalize(bare)], 0) is null)
            && !OrganizationNouns.Contains(w) && !PlaceNouns.Contains(w);
    }

    private static readonly Lazy<HashSet<string>> NotNames = new(() => RasidResources.ReadLines("months.txt")
        .SelectMany(l => l.Split(['\t', '|', ' '], StringSplitOptions.RemoveEmptyEntries))
        .Concat(RasidResources.ReadLines("not-names.txt"))
        .Select(ArabicNormalizer.Normalize)
        .ToHashSet(StringComparer.Ordinal));

    private static readonly HashSet<string> OrganizationNouns = new[]
    {
        "وزارة", "هيئة", "أمانة", "شركة", "مجلس", "بنك", "مصرف", "جامعة", "مؤسسة", "وكالة", "مكتب", "صندوق", "جمعية", "اتحاد",
        "منظمة", "حزب", "نادي", "محكمة", "صحيفة", "قناة", "رئاسة", "بلدية", "مستشفى", "مشفى", "مديرية", "مستوصف", "جيش",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that head a named place the way the nouns above head an organization: a district, a street, a mountain,
    /// a valley, an island, a port (حي الشهداء، شارع خالد بن الوليد، جبل علي، وادي الدواسر). Nouns that also head
    /// common phrases (طريق in عن طريق، ساحة المعركة، هجرة الكفاءات) are left to the tagger.
    /// </summary>
    private static readonly HashSet<string> PlaceNouns = new[] { "حي", "شارع", "جبل", "وادي", "جزيرة", "ميناء" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns of places named after someone (طريق الملك فهد، جسر الملك فهد، ميدان، مدينة الملك عبدالله), normalized: names only before a title.</summary>
    private static readonly HashSet<string> PlacesNamedAfterSomeone = new[] { "طريق", "جسر", "ميدان", "دوار", "مدينة", "ضاحية", "مطار" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The trigger nouns written with a hamza on an alef, rightly (أمانة، أسمنت) or often (إتحاد), normalized: others never are.</summary>
    private static readonly HashSet<string> NounsWithHamza = new[] { "أمانة", "اتحاد", "أسمنت" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounsWithHamzaLookup = NounsWithHamza.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// The most chars a word naming an organization's or a place's kind can take as written: the longest noun, a clitic before it,
    /// and short vowels marked on each of its letters.
    /// </summary>
    private static readonly int LongestTriggerWord = 2 * (OrganizationNouns.Concat(PlaceNouns).Max(n => n.Length) + 2);

    private static readonly HashSet<string> RegionNouns = new[] { "منطقة", "مدينة", "محافظة", "ولاية", "إمارة" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "وزارة التعليم", "أمانة منطقة عسير", "شركة الخطوط السعودية للتموين", "حي الشهداء": an organization or place
    /// noun followed by one to four words that are definite (ال، لل), a region noun with its name, a given name, or
    /// rare in news. A longer name found this way replaces a gazetteer name inside it (الخطوط السعودية); "شركة ميتا"
    /// keeps the gazetteer's ميتا; a known name joined by و (وأوبك) is a second entity, not more of this one.
    /// </summary>
    private void NamesByTrigger(string text, List<List<Word>> sentences, List<EntityMention> mentions)
    {
        // Every word of every article ingested is looked at here and few are nouns that name organizations: each is
        // normalized into a buffer and looked up as chars, not made into a string first.
        var organizationNouns = OrganizationNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var placeNouns = PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        bool IsTrigger(ReadOnlySpan<char> word) => organizationNouns.Contains(word) || placeNouns.Contains(word);
        var namedAfterSomeoneNouns = PlacesNamedAfterSomeone.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[2 * LongestTriggerWord];
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count - 1; i++)
            {
                if (sentence[i].Text.Length > LongestTriggerWord)
                {
                    continue;
                }

                ReadOnlySpan<char> noun = buffer[..ArabicNormalizer.Normalize(sentence[i].Text, buffer)];
                // A country's army is named by its nationality (الجيش السوري، والجيش النيجيري): a body that claims and
                // denies in the news, not a reference back as "الجيش" alone is.
                int army = IsArmy(noun) ? 0 : noun.Length > 5 && noun[0] is ArabicLetters.Waw or ArabicLetters.Beh or ArabicLetters.Feh && IsArmy(noun[1..]) ? 1 : -1;
                if (army >= 0)
                {
                    if (!PunctuationBetween(text, sentence[i], sentence[i + 1]) && NamesACountry(sentence[i + 1].Text)
                        && AddTriggeredName(text, mentions, sentence[i].Start + army, sentence[i + 1].Start, sentence[i + 1].End, "organization"))
                    {
                        i++;
                    }

                    continue;
                }

                if ((noun.Length > 3 || (noun.Length == 3 && noun[0] is 'ب')) && noun[0] is 'و' or 'ب' or 'ل' or 'ف' && IsTrigger(noun[1..]))
                {
                    noun = noun[1..];
                }
                else if (noun.StartsWith("ال", StringComparison.Ordinal) && IsTrigger(noun[2..]))
                {
                    continue; // "الشركة": a reference back, not a name
                }

                // "جيش" names an army by the name that follows it, which has the article (جيش الفتح، جيش الإسلام); before
                // an indefinite word it is "an army" (جيش منهك). "رئاسة" before a person's given name or title is
                // "chaired by" (برئاسة إبراهيم البلوي، برئاسة الأمير خالد الفيصل), not a presidency.
                if ((noun.SequenceEqual("جيش") || noun.SequenceEqual(ChairNoun)) && ArabicNormalizer.Normalize(sentence[i + 1].Text) is var nextWord
                    && (noun.SequenceEqual("جيش") ? !nextWord.StartsWith("ال", StringComparison.Ordinal)
                        : EntityTagger.GivenNames.Contains(nextWord) || NameTitles.Contains(nextWord) || ProfessionTitles.Contains(nextWord)))
                {
                    continue;
                }

                // A road, bridge, square or city named after a king or a prince (طريق الملك فهد، مدينة الملك عبدالله
                // الاقتصادية) is a place, not the person: those nouns name only before a title, for they are common
                // words before anything else (عن طريق الإنترنت).
                bool namedAfterSomeone = !IsTrigger(noun) && namedAfterSomeoneNouns.Contains(noun)
                    && NameTitles.Contains(ArabicNormalizer.Normalize(sentence[i + 1].Text));

                // A Latin name after the noun ("شركة Meta") is read as a Latin name, by the next step.
                if ((!IsTrigger(noun) && !namedAfterSomeone) || char.IsAsciiLetter(sentence[i + 1].Text[0]) || !WrittenAsTheNoun(sentence[i].Text, noun))
                {
                    continue;
                }

                bool place = namedAfterSomeone || placeNouns.Contains(noun);
                // A quarter or a street named after a place (حي الأندلس in Ramadi, شارع فلسطين) is that quarter or street.
                bool quarterOrStreet = noun is "حي" or "شارع";
                int j = i, links = 0;
                // At most four words of name, not counting the links of a person's name (مستشفى الأمير محمد بن عبد العزيز).
                while (j + 1 < sentence.Count && j - i - links < 4 && !PunctuationBetween(text, sentence[j], sentence[j + 1]) && !char.IsAsciiLetter(sentence[j + 1].Text[0])
                    && !KnownNameAfterAnd(mentions, sentence[j + 1])
                    && (NameWord(sentence[j + 1].Text, j > i ? ArabicNormalizer.Normalize(sentence[j].Text) : null, RegionNouns.Contains(ArabicNormalizer.Normalize(sentence[j].Text)), place)
                        || (!place && j > i && InnerAnd(text, sentence, j + 1))
                        || (j == i && quarterOrStreet && mentions.Any(m => m.Kind == "place" && m.Canonical is not null && m.Start == sentence[j + 1].Start))))
                {
                    j++;
                    links += NameLinks.Contains(ArabicNormalizer.Normalize(sentence[j].Text)) ? 1 : 0;
                }

                while (j > i + 1 && NameLinks.Contains(ArabicNormalizer.Normalize(sentence[j].Text)))
                {
                    j--; // "مستشفى الأمير سعود بن" and a name no list knows: the link is no end of a name
                }

                if (j == i)
                {
                    continue;
                }

                // Named after someone, it runs on over its adjective (مطار الملك عبدالعزيز الدولي) and its purpose, which
                // makes it a body (مدينة الملك عبدالعزيز للعلوم والتقنية).
                var (to, forAPurpose) = namedAfterSomeone ? WithWordsOfPurpose(text, sentence[j].End) : (sentence[j].End, false);
                if (AddTriggeredName(text, mentions, sentence[i].Start + (sentence[i].Text.Length - noun.Length), sentence[i + 1].Start, to, place && !forAPurpose ? "place" : "organization", quarterOrStreet))
                {
                    i = j;
                }
            }
        }
    }

    /// <summary>رئاسة normalized: "presidency", and after ب "chaired by".</summary>
    private static readonly string ChairNoun = ArabicNormalizer.Normalize("رئاسة");

    /// <summary>The army noun with the article (الجيش; والجيش and بالجيش once their clitic is off), normalized.</summary>
    private static bool IsArmy(ReadOnlySpan<char> noun) => noun.SequenceEqual("الجيش");

    /// <summary>
    /// A nationality adjective with the article that names a country the gazetteer knows as a place (السوري → سوريا،
    /// المصري → مصر، النيجيري → نيجيريا، العراقي → العراق، السعودي → السعودية، الأفغاني → أفغانستان). A nisba adjective
    /// is the country's name less its ending plus ي: each ending is tried against the gazetteer, so every country it
    /// knows has its adjective without a second list (MasculineNationalities lists only those a club takes after a city).
    /// </summary>
    private bool NamesACountry(string word)
    {
        string n = ArabicNormalizer.Normalize(word);
        if (n.Length < 5 || !n.StartsWith("ال", StringComparison.Ordinal) || n[^1] != ArabicLetters.Yeh)
        {
            return false;
        }

        string stem = n[2..^1];
        foreach (string country in (string[])[stem, stem + "ا", stem + "يا", stem + "يه", "ال" + stem, stem + "ستان"])
        {
            if (gazetteer.Whole(country) is { Kind: "place" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The organization or place (<paramref name="kind"/>) from its noun at <paramref name="from"/> to <paramref name="to"/>,
    /// its name beginning at <paramref name="nameStart"/>, replaces the names inside it; false if a gazetteer name is the
    /// whole of its name or another name crosses it. (A method of its own for the same reason as <see cref="AddLatinName"/>.)
    /// </summary>
    private static bool AddTriggeredName(string text, List<EntityMention> mentions, int from, int nameStart, int to, string kind, bool namesAnotherPlace = false)
    {
        if (kind == "organization" && nameStart < to && DeicticNouns.Contains(ArabicNormalizer.Normalize(text[nameStart..to].Trim())))
        {
            return false; // "أمانة المنطقة", "شرطة المحافظة": the region's or the town's named before, no name of its own
        }

        var inside = mentions.Where(m => m.Start >= from && m.End <= to).ToList();
        if (!namesAnotherPlace && inside.Any(m => m.Canonical is not null && m.Kind != "person" && (m.Start == nameStart || m.Start == from) && m.End == to))
        {
            return false; // "شركة ميتا", "وكالة الطاقة الدولية": the gazetteer's name is the whole of it (a person's is not: مستشفى الأمير عبدالرحمن الفيصل)
        }

        if (Crosses(mentions, from, to))
        {
            return false;
        }

        mentions.RemoveAll(inside.Contains);
        mentions.Add(new EntityMention(from, to, text[from..to], kind, null));
        return true;
    }

    /// <summary>
    /// Nouns that point back to a place or a body named before (المنطقة "the region", المحافظة، المدينة، الوزارة، الهيئة):
    /// alone after a noun that heads an organization's name, they name nothing (أمانة المنطقة is "the region's
    /// municipality", مجلس الإدارة "the board"), nor does الشرف of a club's honorary board (هيئة الشرف). Not البلاد nor الدولة, which name a bank and a court (بنك البلاد، مجلس
    /// الدولة); a neighbourhood may be called anything (حي الشرف).
    /// </summary>
    private static readonly HashSet<string> DeicticNouns = new[]
    {
        "المنطقة", "المحافظة", "المدينة", "البلدة", "القرية", "المملكة", "الإمارة", "الولاية", "الوزارة", "الهيئة",
        "الشركة", "النادي", "الفريق", "الجامعة", "المجلس", "الجمعية", "المركز", "الإدارة", "الشرف",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The word is و (or ف) glued to a name the gazetteer knows (وكالة الطاقة الدولية وأوبك): a second entity joined to
    /// the first, not a word of its name (وزارة الاتصالات وتقنية المعلومات runs on: تقنية is no known name).
    /// </summary>
    private static bool KnownNameAfterAnd(List<EntityMention> mentions, Word word) =>
        word.Text.Length > 2 && word.Text[0] is '\u0648' or '\u0641'
        && mentions.Any(m => m.Canonical is not null
            && (m.Start == word.Start + 1 || (m.Start == word.Start && !m.Canonical.StartsWith(word.Text[0])))); // فلسطين's ف is its own, no "and"

    /// <summary>
    /// An organization's name runs on through its inner و when what follows is one more part of the name: a definite
    /// word (وزارة الشؤون البلدية والقروية) or a noun in construct with a definite word (وزارة الاتصالات وتقنية
    /// المعلومات), and the name before it is definite too. Known names after و are another entity (see
    /// <see cref="KnownNameAfterAnd"/>).
    /// </summary>
    private bool InnerAnd(string text, List<Word> sentence, int k)
    {
        string n = ArabicNormalizer.Normalize(sentence[k].Text);
        if (n.Length < 4 || n[0] != '\u0648' || !ArabicNormalizer.Normalize(sentence[k - 1].Text).StartsWith("ال", StringComparison.Ordinal) || StopWords.Contains(n.AsSpan(1))
            || IsTriggerNoun(n[1..]))
        {
            return false; // ... and a noun that heads a name of its own after و begins a second one (مستشفى X ومستشفى الملك عبدالله)
        }

        // "رئيس نادي الباطن وعضو الجمعية العمومية"، "مدير العلاقات العامة والمتحدث الرسمي": an office after و is the
        // person's next post, not more of the name.
        if (OfficeNouns.Contains(n[1..]) || (n.StartsWith("وال", StringComparison.Ordinal) && OfficeNouns.Contains(n[3..])))
        {
            return false;
        }

        if (n.StartsWith("وال", StringComparison.Ordinal))
        {
            return true;
        }

        // وتقنية المعلومات: و is a conjunction when the rest is a word news uses; وفاة المواطن، وقوع الحادث، وصول
        // الطائرة begin with a root و (فاة، قوع are no words) and say what happened, not more of the name.
        return k + 1 < sentence.Count && !PunctuationBetween(text, sentence[k], sentence[k + 1]) && CommonInNews(n[1..])
            && ArabicNormalizer.Normalize(sentence[k + 1].Text).StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>Nouns of an office a person holds (عضو، رئيس، نائب), normalized.</summary>
    private static readonly HashSet<string> OfficeNouns = new[] { "عضو", "عضوة", "رئيس", "رئيسة", "نائب", "مدير", "مديرة", "أمين", "مستشار", "وكيل", "مساعد", "متحدث", "ناطق", "ممثل" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static bool PunctuationBetween(string text, Word a, Word b) => text.AsSpan(a.End, b.Start - a.End).Trim(' ').Length > 0;

    /// <summary>Words that join the parts of a person's name (بن، بنت، أبو، عبد الله): the name goes on after them.</summary>
    private static readonly HashSet<string> NameLinks = new[] { "بن", "بنت", "ابن", "أبي", "أبو", "عبد" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Titles of office and profession news puts before a person's name (المستشار، الدكتور، اللواء), normalized.</summary>
    private static readonly HashSet<string> ProfessionTitles = new[]
    {
        "المستشار", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "اللواء", "العميد", "العقيد", "الفريق",
        "المقدم", "الرائد", "النقيب", "السفير", "السيد", "السيدة", "القاضي", "الشاعر", "الكاتب", "الإعلامي", "الزميل",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words of a military rank said after its title (الفريق أول، اللواء ركن، المقدم بحري), normalized.</summary>
    private static readonly HashSet<string> RankWords = new[] { "أول", "ركن", "بحري", "طيار", "متقاعد" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Titles a place or an institution is named with (مستشفى الملك فهد، حي الأمير فواز): a person's name follows.</summary>
    private static readonly HashSet<string> NameTitles = new[] { "الملك", "الأمير", "الأميرة", "الشيخ", "الإمام", "السلطان" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The next word of a name headed by a trigger noun, given the name's word before it (null for the first).
    /// Organizations run on through definite and rare words (وزارة الشؤون البلدية والقروية، شركة الخطوط السعودية
    /// للتموين); a place's name is one word or a person's name (حي الشهداء، حي جوبر، شارع خالد بن الوليد), for what
    /// follows a place is mostly said of it (حي الرويس العشوائي، جزيرة نيافو المعزولة، حي المنصورية وأبدوا...).
    /// </summary>
    private bool NameWord(string word, string? previous, bool afterRegionNoun, bool place)
    {
        string n = ArabicNormalizer.Normalize(word);
        // آلاف normalized (الاف) looks like a word with the article: a number word after the name's first word ends the
        // name all the same (قناة السويس | آلاف السفن); the first may be a name that is also one (شركة ألفا).
        if (StopWords.Contains(n) || (previous is not null && NumberOrScale(n)))
        {
            return false;
        }

        // "بالظهران" after "مستشفى الملك فهد" says where the hospital is: a preposition with the article ends the name.
        if (n.StartsWith("بال", StringComparison.Ordinal) || n.StartsWith("وبال", StringComparison.Ordinal))
        {
            return false;
        }

        // A title after the name's first words begins the next person's name (مجلس النواب | المستشار إبراهيم الهنيدي).
        if (previous is not null && ProfessionTitles.Contains(n))
        {
            return false;
        }

        bool definite = n.StartsWith("ال", StringComparison.Ordinal);
        bool afterGiven = previous is not null && EntityTagger.GivenNames.Contains(previous);
        bool afterLink = previous is not null && NameLinks.Contains(previous);
        bool afterTitle = previous is not null && NameTitles.Contains(previous);
        // A person a place or an institution is named after: a given name first or after a title or a link, then
        // links and a family name with the article (شارع محمد الخامس، شارع خالد بن الوليد، حي الملك عبد الله); a
        // second given name straight after the first is another person (مستشفى الملك خالد محمد النشمي: its director).
        // After a link (بن، بنت، أبي) comes a name whatever the word (شارع عبدالله بن خميس), or a kunya's link (شارع
        // أسماء بنت أبي بكر): بن is "son of", no other word follows it in news.
        bool personsName = ((previous is null || afterTitle || afterLink) && EntityTagger.GivenNames.Contains(n))
            || ((afterGiven || afterTitle) && NameLinks.Contains(n))
            || ((afterGiven || afterLink) && definite)
            || (afterLink && (!NameLinks.Contains(n) || KunyaWords.Contains(n)) && n.All(c => c is >= ArabicLetters.Hamza and <= ArabicLetters.Yeh));
        if (place)
        {
            if (previous is not null)
            {
                return personsName;
            }

            return definite || personsName || NameTitles.Contains(n)
                || (n[0] != '\u0648' && !n.EndsWith("\u064a\u0647", StringComparison.Ordinal) && Proclitics.Length(word) == 0 && Rare(n));
        }

        if (afterRegionNoun || definite || n.StartsWith("لل", StringComparison.Ordinal) || RegionNouns.Contains(n) || personsName)
        {
            return true;
        }

        // A rare word without the article after one with it is what the sentence says next (وزارة السياحة الإثيوبية
        // تؤيد النظرية، هيئة الهلال الأحمر تنفذ): the name is a chain of construct and adjectives, all definite.
        bool afterDefinite = previous is not null && (previous.StartsWith("ال", StringComparison.Ordinal) || previous.StartsWith("لل", StringComparison.Ordinal)
            || previous.StartsWith("وال", StringComparison.Ordinal));
        // ... nor one that is a clitic on a commoner word (مؤسسة محمد بن لادن | بتكملة الطريق: ب + تكملة).
        return !afterDefinite && Rare(n) && (previous is null || Proclitics.Length(word) == 0);
    }

    private bool CommonInNews(string normalized) =>
        tagger?.Clusters is { } clusters && clusters.IsCommon(ArabicNormalizer.LowerCase(normalized));

    private bool Rare(string normalized) =>
        tagger?.Clusters is { } clusters && clusters.IsRare(ArabicNormalizer.LowerCase(normalized));

    /// <summary>A Latin word that names something: capitalized (Meta), all capitals (CNBC) or with an inner capital (OpenAI).</summary>
    private static bool IsLatinName(string word) =>
        word.Length > 1 && char.IsAsciiLetterUpper(word[0]) && word.All(char.IsAsciiLetterOrDigit);

    /// <summary>The words of each sentence, as the tagger sees them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SentenceWords(string text) =>
        Sentences(text).Select(s => (IReadOnlyList<string>)s.Select(w => w.Text).ToList()).ToList();

    /// <summary>The text as sentences of words with their offsets.</summary>
    private static List<List<Word>> Sentences(string text)
    {
        // Each sentence's list made once its length is known, rather than grown word by word (a copy at every doubling).
        var sentences = new List<List<Word>>();
        var tokens = Tokenizer.Tokenize(text);
        for (int from = 0, k = 1; k <= tokens.Count; k++)
        {
            if (k == tokens.Count || text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOfAny(".؟?!\n") >= 0)
            {
                var sentence = new List<Word>(k - from);
                for (; from < k; from++)
                {
                    sentence.Add(new Word(tokens[from].Start, tokens[from].End, text[tokens[from].Start..tokens[from].End]));
                }

                sentences.Add(sentence);
            }
        }

        return sentences;
    }
}
