using System.Globalization;
using Rasid.Analysis;

namespace Rasid.Extraction.Figures;

/// <summary>
/// A number the text states, with what it counts: "14.8 مليار دولار" is money, 14800000000, USD. Ranges carry
/// <see cref="Max"/>; <see cref="Qualifier"/> is exact, approx, up_to, more_than, less_than or range. Offsets are
/// UTF-16 positions in the clean text. <see cref="Metric"/> comes from trigger words in the sentence and
/// <see cref="Subject"/> from the nearest known entity, when the sentence makes them clear.
/// </summary>
public sealed record Figure(
    int Start,
    int End,
    string Surface,
    string Kind,
    double Value,
    double? Max,
    string Unit,
    string Qualifier,
    string? Metric,
    string? Subject);

/// <summary>
/// Finds figures in clean article text. A number only becomes a figure with something that says what it
/// counts (a scale word, a currency, %, a unit or counted noun from the data file): bare numbers are model
/// names (Llama 4), years, times or list numbers, never figures. A number followed by a month name is a date.
/// </summary>
public sealed class FigureExtractor(FigureVocabulary vocabulary, Gazetteer gazetteer)
{
    private static readonly Lazy<FigureExtractor> Shipped = new(() => new FigureExtractor(FigureVocabulary.Default, Gazetteer.Default));

    private static readonly HashSet<string> MonthWords = RasidResources.ReadLines("months.txt")
        .SelectMany(line => line.Split(['\t', ' ', '|', ','], StringSplitOptions.RemoveEmptyEntries))
        .Select(FigureVocabulary.Normalize)
        .Where(w => w.Length > 2 && !w.All(char.IsDigit))
        .Except(new[] { "الاول", "الثاني", "الثانيه" }, StringComparer.Ordinal) // "كانون الثاني" is a month; "الثاني" alone is "the second"
        .ToHashSet(StringComparer.Ordinal);

    // Qualifiers, normalized, as word sequences read backwards from the number (nearest word first).
    private static readonly (string[] Backwards, string Qualifier)[] Qualifiers = BuildQualifiers();

    private static readonly HashSet<string> AgeCues = new[] { "العمر", "عمره", "عمرها", "عمر", "البالغ", "البالغة", "يبلغ", "تبلغ", "عن" }
        .Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    // "منذ يومين", "قبل 5 سنوات", "بعد شهرين": a point in time relative to the article, which dates handle, not a duration.
    private static readonly HashSet<string> TimeAnchors = new[] { "منذ", "قبل", "بعد" }.Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    public static FigureExtractor Default => Shipped.Value;

    // A struct: every word of every article ingested is one, held only while its article is read.
    private readonly record struct Word(int Start, int End, TokenKind Kind, string Text, bool SentenceBreakBefore);

    public IReadOnlyList<Figure> Extract(string text)
    {
        var words = Split(text);
        var normalized = words.Select(w => w.Text).ToArray();
        var sentences = new Dictionary<(int From, int To), SentenceLookups>(); // by sentence (its words' range), for the few that hold a figure
        var figures = new List<Figure>();
        int previousLast = -1, previousFirst = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if (TryFigure(text, words, normalized, sentences, i, out var figure, out int last))
            {
                if (figures.Count > 0 && ListedWith(text, figures[^1], figure))
                {
                    figure = figure with { Metric = figures[^1].Metric }; // "تحرير 101 طفل و67 امرأة و10 رجال": what befell the list's first befell them all
                }

                if (figures.Count > 0 && (previousLast == i - 1 || (previousLast == i - 2 && normalized[i - 1] == "و")) && RangeAfterBainWithTheUnitSaidTwice(text, words, normalized, figures[^1], previousFirst, figure, i) is { } between)
                {
                    figures[^1] = between;
                    previousLast = last;
                    i = last;
                    continue;
                }

                figures.Add(figures.Count > 0 && previousLast >= 0 && SumOfTheSameCurrency(text, figure, figures[^1], words, previousLast, i, last) is { } sum ? sum : figure);
                previousLast = last;
                previousFirst = i;
                i = last;
            }
        }

        return figures;
    }

    /// <summary>
    /// "بين ثلاث سنوات وسبع سنوات"، "بين 3 سنوات و5 سنوات": two figures of one unit, the first after بين and the second joined
    /// on by و right after it, a larger value, are the ends of one range (the unit said with each end), not two durations.
    /// Null otherwise.
    /// </summary>
    private static Figure? RangeAfterBainWithTheUnitSaidTwice(string text, List<Word> words, string[] normalized, Figure previous, int previousStart, Figure figure, int start)
    {
        bool joinedByWaw = normalized[start].Length >= 2 && normalized[start][0] == ArabicLetters.Waw || (start > 0 && normalized[start - 1] == "و");
        if (previous.Max is not null || figure.Max is not null || previous.Unit != figure.Unit || previous.Unit.Length == 0 || figure.Value <= previous.Value
            || !joinedByWaw || words[start].SentenceBreakBefore)
        {
            return null;
        }

        if (previousStart < 1 || normalized[previousStart - 1] is not "بين")
        {
            return null;
        }

        return previous with { End = figure.End, Surface = text[previous.Start..figure.End], Max = figure.Value, Qualifier = "range" };
    }

    /// <summary>
    /// A scaled number with no unit after a sum in the same sentence is a sum of the same currency, the unit left
    /// unsaid in a parallel list or a comparison ("25 ألف ليرة للعازب، و50 ألفًا لمن يتزوج أرملة شهيد"، "توقعوا 6 مليار
    /// ريال إلا أنها حققت 6.2 مليار"): not a count, nor the deaths a word near it names. What it measures is left
    /// open: the list's items may be different quantities of different parties (خصصت إسبانيا مليارا، ولوكسمبورغ 80 مليونا).
    /// Only where nothing says it counts: no عدد or سكان since the sum (للاجئين الذين يتجاوز عددهم 4 ملايين), and after
    /// it the sentence's end or a comma, a word with ل and the article (للفتيات), لمن or لكل, or a word of time or
    /// comparison (قبل عام، خلال الفترة، مقارنة); not من (69.60 ألفا من 83.43 of the deals), nor a noun no list knows
    /// (200 مليون مسافر، 74.8 مليون فرنك), nor في (5 ملايين في المملكة: persons as likely as riyals). Null when the
    /// figure is no such number.
    /// </summary>
    private static Figure? SumOfTheSameCurrency(string text, Figure figure, Figure previous, List<Word> words, int previousLast, int start, int last)
    {
        if (figure is not { Kind: "count", Unit: "" } || previous.Kind != "money")
        {
            return null;
        }

        for (int k = previousLast + 1; k <= start; k++)
        {
            if (words[k].SentenceBreakBefore || (k < start && CountingWords.Any(w => words[k].Text.Contains(w, StringComparison.Ordinal))))
            {
                return null;
            }
        }

        if (last + 1 < words.Count && !words[last + 1].SentenceBreakBefore && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).IndexOfAny("،,:()") < 0)
        {
            string next = words[last + 1].Text;
            if (!(next is "لمن" or "لكل" || (next.Length > 4 && next.StartsWith("لل", StringComparison.Ordinal)) || WordsAfterASum.Contains(next)))
            {
                return null;
            }
        }

        return figure with { Kind = "money", Unit = previous.Unit, Metric = null, Subject = null };
    }

    /// <summary>
    /// Persons counted one group after another, joined by و or a comma alone (101 طفل و67 امرأة و10 رجال، خمسة جنود وثلاثة
    /// مدنيين): one list, and the trigger that governs its first item governs them all, however near another trigger
    /// stands to the last (…و10 رجال خلال عملية استهدفت القبض على قيادي: freed, not arrested).
    /// </summary>
    private bool ListedWith(string text, Figure previous, Figure figure)
    {
        // Groups by a noun of their own both (child, woman, soldier; not قتيلا و47 جريحا, whose nouns say what befell each),
        // the first's measure said by a trigger (not "تسع نساء وثلاثة رجال", a jury's women and men by their nouns alone).
        if (previous.Metric is null || previous.Metric == figure.Metric || previous is not { Kind: "count" } || figure is not { Kind: "count" }
            || !vocabulary.PersonUnits.Contains(previous.Unit) || !vocabulary.PersonUnits.Contains(figure.Unit)
            || vocabulary.CountedMeasures.Contains(previous.Metric) || previous.End > figure.Start)
        {
            return false;
        }

        var between = text.AsSpan(previous.End, figure.Start - previous.End).Trim();
        return between is "و" or "،" or "," or "، و" or ", و" || (between.Length == 0 && figure.Surface.StartsWith('و')) || PartsFollow(between, previous.Metric);
    }

    /// <summary>Words that open the parts of a group just counted (178 شخصا … بينهم 101 طفل، قتل 15 منهم 12 عسكريا), normalized.</summary>
    private static readonly HashSet<string> PartsWords = new[] { "بينهم", "منهم", "بينهن", "منهن", "وبينهم", "ومنهم", "وبينهن", "ومنهن" }.Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The text between a group's count and the next count ends with بينهم or منهم, within the group's clause (no
    /// number, no sentence's end, no other toll's word, a few words at most): the next count is a part of the group, and
    /// what befell the group befell it (حرر الجيش 178 شخصا محتجزين لدى الحركة، بينهم أكثر من 100 طفل: freed, whatever
    /// verb comes after). Another toll's word between opens its own group (قتل 20 شخصا وأصيب آخرون بينهم 5 أطفال: the
    /// children are among the injured).
    /// </summary>
    private bool PartsFollow(ReadOnlySpan<char> between, string groupMetric)
    {
        if (between.IndexOfAny(".!?؟0123456789٠١٢٣٤٥٦٧٨٩") >= 0 || between.Count(' ') > 10)
        {
            return false;
        }

        // Only the part's qualifier may stand after the parts word (بينهم أكثر من 100 طفل), never a clause of its own
        // (بينهم نساء، وأصيب 30: the injured are no part of the dead).
        var words = between.ToString().Split([' ', '،', ','], StringSplitOptions.RemoveEmptyEntries).Select(FigureVocabulary.Normalize).ToArray();
        int parts = Array.FindLastIndex(words, PartsWords.Contains);
        return parts >= 0 && words.Skip(parts + 1).All(PartQualifierWords.Contains)
            && !words.Take(parts).Any(w => BeginsAnotherToll(w, groupMetric));
    }

    private static readonly HashSet<string> TollMetrics = new(["deaths", "injuries", "casualties", "arrests", "released", "rescued", "evacuated"], StringComparer.Ordinal);

    /// <summary>A word that begins a trigger of a toll other than <paramref name="groupMetric"/> (وأصيب after a count of the dead), looked up once.</summary>
    private bool BeginsAnotherToll(string normalizedWord, string groupMetric)
    {
        var candidates = new List<int>();
        vocabulary.AddMetricsStartingWith(WordForms.Of(normalizedWord), candidates);
        return candidates.Any(m => vocabulary.Metrics[m].Metric != groupMetric && TollMetrics.Contains(vocabulary.Metrics[m].Metric));
    }

    /// <summary>Words that say a number counts (عدد، عددهم، سكان), normalized, as parts of a word.</summary>
    private static readonly string[] CountingWords = ["عدد", "سكان"];

    /// <summary>Words of time or comparison that follow a sum whose currency is left unsaid (قبل عام، خلال الفترة، مقارنة بـ), normalized.</summary>
    private static readonly HashSet<string> WordsAfterASum = new[] { "قبل", "بعد", "خلال", "حينما", "عندما", "مقارنة", "مقابل", "فقط", "تقريبا", "العام", "عام" }
        .Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Tokens with their normalized text, and whether a sentence ends between a token and the one before.</summary>
    private static List<Word> Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new List<Word>(tokens.Count);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            var gap = text.AsSpan(previousEnd, token.Start - previousEnd);
            bool sentenceBreak = words.Count == 0 || gap.IndexOfAny(".؟?!\n؛") >= 0;
            string word = FigureVocabulary.Normalize(text.AsSpan(token.Start, token.End - token.Start));
            if (token.Kind == TokenKind.Number && ReversedByDirectionMark(text.AsSpan(token.Start, token.End - token.Start)) && word.Split('.') is [var shown, var whole])
            {
                word = whole + "." + shown; // "72.\u200F14 دولار" is 14.72: the mark after the point put the fraction first
            }

            // A currency sign written before the number ($14.8) is kept as a word of its own after it, where units are read.
            words.Add(new Word(token.Start, token.End, token.Kind, word, sentenceBreak));
            previousEnd = token.End;
            MergeReversedDecimal(words, text);
        }

        return words;
    }

    /// <summary>
    /// Some outlets' pages reorder a decimal around a right-to-left mark written after its point: "1.\u200F0 في
    /// المائة" is 0.1%, "24.\u200F983 دولار" 983.24 (the fraction is shown first). One point, a mark right after it.
    /// </summary>
    private static bool ReversedByDirectionMark(ReadOnlySpan<char> raw)
    {
        int point = raw.IndexOf('.');
        return point > 0 && point == raw.LastIndexOf('.') && point + 1 < raw.Length && ArabicLetters.IsInvisible(raw[point + 1]);
    }

    /// <summary>
    /// Agency style (KUNA, SPA) writes a decimal as fraction ر whole, in reading order: "61ر49 مليار" is 49.61
    /// billion, "5ر32 في المائة" 32.5%, "6ر4%" 4.6%. The three tokens, written without spaces, become one number.
    /// </summary>
    private static void MergeReversedDecimal(List<Word> words, string text)
    {
        int n = words.Count;
        if (n < 3)
        {
            return;
        }

        var (fraction, separator, whole) = (words[n - 3], words[n - 2], words[n - 1]);
        // The whole part may carry a glued percent sign ("6ر4%" is 4.6%), kept after the merged number.
        string wholeDigits = whole.Text.EndsWith('%') ? whole.Text[..^1] : whole.Text;
        if (fraction.Kind == TokenKind.Number && whole.Kind == TokenKind.Number && separator.Text == "ر"
            && fraction.End == separator.Start && separator.End == whole.Start
            && fraction.Text.All(char.IsAsciiDigit) && wholeDigits.Length > 0 && wholeDigits.All(char.IsAsciiDigit))
        {
            words.RemoveRange(n - 3, 3);
            words.Add(new Word(fraction.Start, whole.End, TokenKind.Number, wholeDigits + "." + fraction.Text + whole.Text[wholeDigits.Length..], fraction.SentenceBreakBefore));
        }
    }

    private bool TryFigure(string text, List<Word> words, string[] normalized, Dictionary<(int From, int To), SentenceLookups> sentences, int i, out Figure figure, out int last)
    {
        figure = null!;
        last = i;
        int start = i;
        bool range = false;
        int cursor = i;

        // "بين X و Y" and "ما بين X إلى Y": the range words come first.
        if (normalized[i] == "بين" && cursor + 1 < words.Count)
        {
            range = true;
            cursor++;
        }

        if (!TryNumber(words, normalized, cursor, out double low, out int afterLow, out string? lowUnitHint))
        {
            return !range && TryDualUnit(text, words, normalized, sentences, i, out figure, out last);
        }

        if (InAClockTime(text, words, cursor))
        {
            return false;
        }

        if (!range && words[cursor].Kind == TokenKind.Number && AYearByTheWordBefore(normalized, cursor, low))
        {
            return false; // "اعتقل في 2012 متهمين بالتخطيط"، "العام 2017 نقطة تحول"، "15 يوليو 2015 عملية الإصدار": a year, whatever noun follows
        }

        if (!range && (ListItemNumber(text, words[cursor].Start, words[cursor].End) || YearOfAChronology(text, words[cursor].Start, words[cursor].End, low)))
        {
            return false; // "9 - مشروع استشاري ...": a list's item number, not a count of projects; "1966 - وفاة": a year
        }

        double? high = null;
        bool change = false;
        bool lowKeepsItsScale = false;
        int afterNumbers = afterLow;
        string? glued = lowUnitHint;

        // The second end: "و72", "إلى 65", "- 65" (a hyphenated 13-15 arrives as one token, already a range).
        if (lowUnitHint is "range" or "range%")
        {
            glued = lowUnitHint == "range%" ? "%" : null;
            high = ParseRangeEnd(words[cursor], text);
        }
        else if (afterLow < words.Count && normalized[afterLow] is "و" or "الي" or "حتي" or "و-" && TryNumber(words, normalized, afterLow + 1, out double h, out int afterHigh, out string? highHint)
            && !PercentThenAnotherMeasure(text, words, normalized, lowUnitHint ?? (PercentSignAfter(text, words[afterLow - 1].End) ? "%" : null), highHint, afterHigh)
            && RangeEndAfter(normalized, normalized[afterLow], range, low, h, afterHigh, out lowKeepsItsScale))
        {
            high = h;
            afterNumbers = afterHigh;
            // "من 3 إلى 2.8"، "ارتفع من 27 إلى 38": a change gives two figures, the value before and the value after, and
            // never a range; so does a "range" that runs downward (منذ 2012 إلى 1078 حالة). The first is read here with
            // the unit the second end carries; the second is read on its own next.
            change = !range && normalized[afterLow] is "الي" or "حتي" && (h <= low || ChangeBefore(normalized, start));
        }
        else if (range && lowUnitHint is null && afterLow < words.Count && GluedNumberWord(normalized[afterLow], out double gluedHigh) && gluedHigh > low)
        {
            high = gluedHigh; // "بين ثلاث وعشر سنوات": the second end a number word glued to و, the unit after it both ends'
            afterNumbers = afterLow + 1;
        }
        else if (!range && afterLow < words.Count && words[afterLow].Kind == TokenKind.Number && OnlyADashBetween(text, words[afterLow - 1].End, words[afterLow].Start)
            && TryNumber(words, normalized, afterLow, out double dashed, out int afterDashed, out string? dashedHint) && dashedHint is null or "%" && dashed > low)
        {
            high = dashed; // "10- 30 كم/ساعة", "10 – 30%": a dash apart from its numbers joins them as one range
            afterNumbers = afterDashed;
            glued ??= dashedHint;
        }
        else if (range)
        {
            return false; // "بين" that is not followed by two numbers
        }

        // Scale and unit: "مليار دولار" applies to both ends of a range.
        int j = afterNumbers;
        if (high is null && glued is null && j + 1 < normalized.Length && GluedFraction(normalized[j], out double fractionBefore) && FigureVocabulary.Scales.ContainsKey(normalized[j + 1])
            && JoinedRightAfter(text, words, j) && JoinedRightAfter(text, words, j + 1))
        {
            low += fractionBefore; // "ثلاثة ونصف ترليون دولار"، "3 ونصف مليون": the fraction before the scale is the number's (not 7%، ونصف مليون شاب)
            j++;
        }

        double scale = ScaleAt(normalized, ref j);
        if (scale > 1 && normalized[cursor].Split('-')[0].Count(c => c is '.' or ',' or '،') >= 2)
        {
            return false; // "(5.969.428) مليون مسافر"، "(45,510,420) مليون ريال": thousands grouped and a scale word too; which is meant is anyone's guess
        }

        // "47 ألف و270 عضوا", "مليون و200 ألف نسمة": a scaled number and a smaller remainder joined by و are one
        // number, the unit after the remainder. A remainder as large as the scale is a second figure (3 آلاف و5 آلاف).
        double remainder = 0;
        if (high is null && scale >= 1000 && FractionAfterAScale(text, words, normalized, j, scale, out double fraction, out int afterFraction))
        {
            remainder = fraction * LastScaleOf(scale); // "مليون ونصف المليون نازح"، "مليار ونصف مليار دولار"، "مليونين ونصف مليون برميل" (half of one million)
            j = afterFraction;
            afterNumbers = afterFraction;
        }
        else if (high is null && scale >= 1000 && GluedRemainder(normalized, j, scale, out double gluedRest, out int afterGlued))
        {
            remainder = gluedRest; // "3 آلاف وخمسمائة ريال"، "3 ملايين وخمسمائة ألف"
            j = afterGlued;
            afterNumbers = afterGlued;
        }
        else if (high is null && (scale >= 1000 || (scale == 1 && low >= 1000 && words[cursor].Kind != TokenKind.Number)))
        {
            // A number in words carries its scale (مليار وسبعة ملايين): digits joined on are its remainder (و800 ألف),
            // and a remainder with a scale of its own may have a smaller one after it in turn: "مليون و336 ألفا و989
            // نسمة" is 1,336,989, not 1,336,000 and another 989 persons.
            double below = scale >= 1000 ? scale : LastScaleOf(low);
            while (below > 1 && j + 1 < words.Count && normalized[j] == "و"
                && TryNumber(words, normalized, j + 1, out double rest, out int afterRest, out string? restHint) && restHint is null)
            {
                int k = afterRest;
                double restScale = ScaleAt(normalized, ref k);
                if (rest * restScale < 1 || rest * restScale >= below)
                {
                    break;
                }

                remainder += rest * restScale;
                j = k;
                afterNumbers = k;
                below = restScale;
            }
        }

        FigureUnit? unit = null;
        int unitLength = 0;
        if (glued is null && scale == 1 && PercentSignAfter(text, words[afterNumbers - 1].End))
        {
            glued = "%"; // "96 %": the sign written apart from the number
        }

        if (glued == "%")
        {
            unit = new FigureUnit("percent", "%", false);
        }
        else if ((j >= words.Count || !words[j].SentenceBreakBefore) && vocabulary.UnitAt(normalized, j) is { } found
            && !(found.Unit.Code == "year" && words.Count > j + found.Length && words[j + found.Length].Kind == TokenKind.Number && AYearByTheWordBefore(normalized, j + found.Length, NumberOf(normalized[j + found.Length]))))
        {
            // ... not عام before a year (إلى 21700 عام 2014: the year the 21,700 were counted in, no duration).
            // The next sentence's first noun is no unit of this one's last number ("تأسست في عام 1930. عملية الاندماج").
            unit = found.Unit;
            unitLength = found.Length;
        }
        else if (j > 0 && PrecededByCurrencySign(text, words[start].Start) is { } sign)
        {
            unit = sign;
        }
        else if (scale > 1 && j + 1 < words.Count && normalized[j] == "من" && vocabulary.UnitAt(normalized, j + 1) is { Unit.Kind: "money" } currency)
        {
            unit = currency.Unit; // "45 مليونا من الريالات": the currency after the scale word, through من
            unitLength = 1 + currency.Length;
        }

        if (unit is null && scale == 1 && high is null && j + 1 < words.Count && normalized[j] == "من" && PartitivePersons(normalized[j + 1]) is { } persons)
        {
            unit = persons; // "ثلاثة من العاملين"، "عشرة من منسوبي القوات": persons counted by the group named after من
            unitLength = 2;
        }

        if (unit is null && scale == 1 && TollNounBefore(normalized, words, start))
        {
            unit = new FigureUnit("count", "person", false, Persons: true); // "وجرح 54", "وإصابة نحو 100": a toll counts persons
        }

        if (unit is null)
        {
            // A scale word alone makes a count of unknown things ("3 ملايين"): keep it only with a scale.
            if (scale == 1)
            {
                return false;
            }

            unit = new FigureUnit("count", "", false);
        }

        if (j < words.Count && MonthWords.Contains(normalized[j]))
        {
            return false; // "13 يونيو": a date
        }

        int end = j + unitLength - 1;
        if (end < afterNumbers - 1)
        {
            end = afterNumbers - 1;
        }

        // A half or a quarter of the unit said after it is the number's (ثماني سنوات ونصف، ساعتين ونصف، عامين ونصف العام،
        // خمسة ملايين نسمة ونصف المليون).
        double partAfter = 0;
        if (!change && high is null && unitLength > 0 && unit.Kind != "percent" && PartAfterTheUnit(text, words, normalized, end + 1, unit, scale, out double part, out int partEnd))
        {
            partAfter = part * (scale >= 1000 ? LastScaleOf(scale) : 1);
            end = partEnd;
        }

        if (change)
        {
            if (high <= low && low is >= 1900 and <= 2100 && low == Math.Floor(low) && !ChangeBefore(normalized, start))
            {
                return false; // "منذ 2012 إلى 1078 حالة": a year, not a value before
            }

            end = afterLow - 1; // the value before the change: its number alone; the value after is the next figure
            high = null;
        }

        if (unit.Kind == "ratio" && Occasions(normalized, start, j, unitLength))
        {
            unit = new FigureUnit("count", "occasion", false);
        }

        string kind = unit.Kind;
        if (kind == "duration" && unit.Code == "year" && IsAge(words, normalized, start, text))
        {
            kind = "age";
        }
        else if (kind == "duration" && AnchoredInTime(words, normalized, start))
        {
            return false;
        }

        double value = (lowKeepsItsScale ? low : Scaled(low, scale)) + remainder + partAfter;
        if (scale >= 1000 && low < 1 && high is null)
        {
            value = Math.Round(value); // ثلث مليون: a third of a million is 333,333 of the thing, no fraction of one
        }

        double? max = high is { } highEnd ? Scaled(highEnd, scale) : null;
        if (!double.IsFinite(value) || max is { } m && !double.IsFinite(m))
        {
            return false; // a finite number times its scale word can still overflow
        }

        string qualifier = high is not null ? "range" : QualifierBefore(normalized, words, range ? start : cursor) ?? QualifierAfter(normalized, words, end + 1) ?? "exact";
        int spanStart = words[start].Start;
        int spanEnd = words[end].End;
        if (spanStart > 0 && text[spanStart - 1] == '(' && text.AsSpan(spanStart, spanEnd - spanStart).Contains(')'))
        {
            spanStart--; // "(13) مليون راكب": the number's parentheses both, not "13) مليون راكب"
        }

        string surface = text[spanStart..spanEnd];
        var sentence = SentenceOf(words, sentences, start, end);

        // A counted noun that names a thing (151 عقارا، أربعة أدوار، 6 فرق) says itself what is counted: a trigger nearby
        // (أخلت 35 شخصا من مبنى من أربعة أدوار) measures the people, not the floors. Persons counted by a noun of
        // their own (101 طفل، 67 امرأة) may still be a toll's or a rescue's, which a trigger says.
        string? metric = kind switch
        {
            "age" => "age",
            "duration" or "ratio" => null,
            _ when unit.Code == "occasion" => null, // how many times something happened measures no one's quantity
            _ => MetricOfACountedNoun(normalized, sentence, start, end, kind, unit),
        };

        if (kind == "money" && PerUnit(normalized, end + 1))
        {
            metric = "price"; // "54.62 دولار للبرميل", "595.25 دولار للأوقية": so much a unit is a price, whatever loss or gain is near
        }
        else if (kind == "percent" && (OfTheParValue(normalized, end + 1) || ParValueJustBefore(normalized, sentence.From, start)))
        {
            metric = "dividend_of_par_value"; // "بواقع 2.5 ريال للسهم تمثل 25% من القيمة الاسمية للسهم": a payout's share of the par value, no move of the price
        }
        else if (kind == "percent" && OfItsShares(normalized, end + 1))
        {
            metric = "stake"; // "تمتلك الهيئة 51 في المائة من أسهمها": how much of a company is held, whatever verb moves it
        }
        else if (metric is not null && kind == "percent" && ShareOfTheMetric(normalized, end + 1, metric))
        {
            metric = null; // "96 في المائة من صادرات فنزويلا": a share of the exports, not the exports
        }
        else if (metric is "share_price_change" && kind == "percent" && RanksTheDaysTrading(normalized, sentence))
        {
            metric = null; // "أما من حيث القيمة المتداولة فقد تصدرت أسهم سابك القائمة بنسبة 12.23% ثم الإنماء بنسبة 9.15%": shares of the day's trading
        }
        else if (metric is "share_price_change" && kind == "percent" && OfTheDaysTrading(normalized, end + 1))
        {
            metric = null; // "الأكثر تداولا سهم سابك بنسبة 13 في المائة بتداولات 668 مليون ريال": its part of the day's trading, no move
        }
        else if (metric is "growth" or "decline" or "share_price_change" or "index_change" && kind == "percent" && ShareOfATotal(normalized, end + 1))
        {
            metric = null; // "استحوذ سهم سابك على 12 في المائة من سيولة السوق": a share of the day's trading, no move of the share
        }

        if (metric is "growth" or "decline" && LevelOfAChange(normalized, start))
        {
            metric = null; // "ارتفعت النسبة من 86.2 في المائة إلى 88.2 في المائة": two levels, neither is the rise
        }

        // A change is said of what changed (زيادة في أرباحها بنسبة 33%، زادت الإيرادات 32.5%): a company's profit growth and
        // its revenue growth are two quantities, which one "growth" would set side by side. The owner is still found
        // for the change (SubjectNear reads the base metric below).
        string? changeOf = metric is "growth" or "decline" && kind == "percent" ? WhatChanged(normalized, start, end, sentence) : null;

        if (metric is "index_close" && LevelCrossed(normalized, start))
        {
            metric = null; // "هبط تحت مستوى 8800 نقطة نزولا عند 8758": a level crossed on the way, not where the index closed
        }

        if (metric is "index_close" && OpensAt(normalized, sentence.From, start))
        {
            metric = null; // "افتتح المؤشر العام جلسته الأسبوعية عند 9337 نقطة": where the session began, not where it closed
        }

        if (kind == "money" && scale == 1 && value < PriceCeiling && start > 0 && normalized[start - 1] is "عند"
            && (metric is "loss" or "profit" or "revenue" or "trading_value" or "market_value_lost" || (metric is null && NamesAShare(normalized, sentence))))
        {
            metric = "price"; // "وفقدان 0.94 نقطة عند 36.2 ريال": the price a share stands at, not the loss beside it (a wage "عند 4000 ريال" is none)
        }

        if (kind is "count" or "quantity" && max is null && scale == 1 && PointGroupsThousands(surface, anyThreeDigits: kind == "count"))
        {
            value *= 1000; // "30.000 م٢"، "750.000م2"، "10.630 وحدة سكنية": an area or a count has no thousandths; the point groups thousands
        }

        figure = new Figure(spanStart, spanEnd, surface, kind, value, max, unit.Code, qualifier, changeOf is null ? metric : FigureVocabulary.ChangeOf(changeOf, metric!),
            OwnedByAnActor(metric) ? SubjectNear(words, normalized, start, text, sentence, metric) : null);
        last = end;
        return true;
    }

    /// <summary>How far before a change's figure its quantity may be named (ارتفاع أرباح آبل بنسبة 33%: three words).</summary>
    private const int ChangedQuantityReach = 4;

    /// <summary>
    /// What a change in percent (words <paramref name="start"/> to <paramref name="end"/>) is of: revenue, profit or sales
    /// named just before it in its clause (زادت الإيرادات 32.5%، زيادة في أرباحها بنسبة 33%، وإيراداتها بنسبة 5%) or right
    /// after it with في (زيادة نسبتها 32.5 في المائة في إيراداتها); else null, a change of nothing named.
    /// </summary>
    private static string? WhatChanged(string[] normalized, int start, int end, SentenceLookups sentence)
    {
        for (int k = start - 1; k >= Math.Max(sentence.From, start - ChangedQuantityReach); k--)
        {
            if (CountingNumber(normalized[k]) || ContrastWords.Contains(normalized[k]))
            {
                break; // the clause before another figure, or one set against this one, is another change's
            }

            if (ChangedQuantity(normalized[k]) is { } quantity)
            {
                return quantity;
            }

            // The change's own verb: what changed stands after it (ارتفع عدد العملاء 12%), or right before it (أن صافي الربح
            // انخفض 4.49%) unless that noun is another change's (رغم تراجع الأرباح ارتفع عدد العملاء 12%).
            if (IsChangeWord(normalized[k]))
            {
                if (k - 1 >= sentence.From && !(k - 2 >= sentence.From && IsChangeWord(normalized[k - 2])) && ChangedQuantity(normalized[k - 1]) is { } subject)
                {
                    return subject;
                }

                break; // ... or after the figure (زيادة نسبتها 32.5 في المائة في إيراداتها)
            }
        }

        return end + 2 < sentence.To && normalized[end + 1] is "في" ? ChangedQuantity(normalized[end + 2]) : null;
    }

    /// <summary>A word that says a value changed (ارتفع، تراجعت، زيادة), و glued on or not.</summary>
    private static bool IsChangeWord(string normalized) =>
        ChangeWords.All.Contains(normalized) || (normalized.Length > 3 && normalized[0] == ArabicLetters.Waw && ChangeWords.All.Contains(normalized[1..]));

    /// <summary>
    /// The quantity a word names (إيراداتها: revenue), by its stem. عائد alone is a return or "attributable" (صافي الربح
    /// العائد للمساهمين): only its plural, عائدات, is revenue.
    /// </summary>
    private static string? ChangedQuantity(string normalized)
    {
        string stem = LightStemmer.Stem(normalized);
        return FigureVocabulary.ChangedQuantityStems.TryGetValue(stem, out var quantity) && (stem != "عاءد" || normalized.Contains("عاءدات", StringComparison.Ordinal)) ? quantity : null;
    }

    /// <summary>Words that name a level as a threshold (حاجز، عتبة) and words that put a level below or above (تحت، فوق، دون), normalized.</summary>
    private static readonly HashSet<string> ThresholdNouns = new[] { "حاجز", "عتبة", "حاجزي" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> BelowOrAbove = new[] { "تحت", "فوق", "دون", "أعلى", "أدنى", "وتحت", "وفوق", "ودون" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The number is a level the index crossed, held above or touched, not a close: a threshold noun right before it
    /// (حاجز 9000 نقطة), مستوى with تحت، فوق، دون before that (تحت مستوى 8800 نقطة), or the session's low or high a few
    /// words before (أدنى مستوى في الجلسة عند 9354).
    /// </summary>
    private static bool LevelCrossed(string[] normalized, int start)
    {
        if (start > 0 && (ThresholdNouns.Contains(normalized[start - 1])
            || (start > 1 && normalized[start - 1] is "مستوي" or "مستوى" && BelowOrAbove.Contains(normalized[start - 2]))))
        {
            return true;
        }

        // "واتجه إلى أدنى مستوى في الجلسة عند 9354 نقطة": the session's low or high, a few words before the number.
        for (int k = Math.Max(0, start - 6); k + 1 < start; k++)
        {
            if (normalized[k] is "ادني" or "اعلي" or "وادني" or "واعلي" && normalized[k + 1] is "مستوي" or "مستوى" or "مستوياته" or "مستوياتها")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sum a share or a unit is priced at is written without a scale word; above this it is a company's money.</summary>
    private const double PriceCeiling = 100_000;

    /// <summary>Verbs a session opens with (افتتح، استهل، بدأ) and verbs it closes with (أغلق، ليغلق، أنهى، ليستقر), normalized.</summary>
    private static readonly HashSet<string> OpeningVerbs = new[] { "افتتح", "افتتحت", "وافتتح", "وافتتحت", "استهل", "استهلت", "واستهل", "واستهلت", "بدأ", "بدأت", "وبدأ", "وبدأت", "فتح", "وفتح" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ClosingVerbs = new[] { "أغلق", "أغلقت", "وأغلق", "وأغلقت", "ليغلق", "لتغلق", "أنهى", "أنهت", "وأنهى", "وأنهت", "لينهي", "لتنهي", "ليستقر", "لتستقر", "ليصل", "لتصل", "ليسجل", "لتسجل", "مغلقا", "مغلقة",
        "أقفل", "أقفلت", "وأقفل", "وأقفلت", "ليقفل", "لتقفل", "يغلق", "تغلق", "استقر", "استقرت", "واستقر", "واستقرت", "اختتم", "اختتمت", "واختتم", "واختتمت" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The level is where a session began: an opening verb a few words before it (افتتح المؤشر جلسته عند 9337 نقطة)
    /// with no closing verb between (افتتح … ثم أغلق عند 9372 is the close).
    /// </summary>
    private static bool OpensAt(string[] normalized, int sentenceStart, int start)
    {
        for (int k = start - 1; k >= Math.Max(sentenceStart, start - 8); k--)
        {
            if (ClosingVerbs.Contains(normalized[k]))
            {
                return false;
            }

            if (OpeningVerbs.Contains(normalized[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Comparatives a multiple is said against (ثلاث مرات أكثر، ضعف ما كان), normalized.</summary>
    private static readonly HashSet<string> Comparatives = new[]
    {
        "أكثر", "أكبر", "أعلى", "أقل", "أدنى", "أسرع", "أطول", "أقوى", "أصغر", "أضعف", "أسوأ", "أفضل", "أغلى", "أرخص", "عن", "مما", "ما", "مقارنة", "قياسا",
    }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word that says a quantity was multiplied: any form of ضاعف (تضاعفت، يتضاعف، مضاعفة) or بمقدار, normalized.</summary>
    private static bool MultiplyWord(string normalized) => normalized.Contains("ضاعف", StringComparison.Ordinal) || normalized is "بمقدار" or "ب";

    /// <summary>
    /// "N مرات" counts occasions (استضافت الكويت البطولة ثلاث مرات، فاز بها 5 مرات) unless the sentence sets it
    /// against something: a comparative after it (أكثر، أكبر من، عن، مما) or before the number (أسرع 10 مرات), or a
    /// word of multiplying before it (تضاعف، بمقدار، ب). ضعف and أضعاف are multiples whatever follows.
    /// </summary>
    private static bool Occasions(string[] normalized, int start, int unitAt, int unitLength)
    {
        if (unitLength == 0 || unitAt >= normalized.Length || !normalized[unitAt].StartsWith("مر", StringComparison.Ordinal))
        {
            return false;
        }

        // A comparative after the unit (ثلاث مرات أكثر) or before the number (أسرع 10 مرات من سابقه).
        for (int k = Math.Max(0, start - 2); k < Math.Min(normalized.Length, unitAt + unitLength + 2); k++)
        {
            if ((k >= unitAt + unitLength || (k < start && normalized[k] is not ("عن" or "مما" or "ما"))) && Comparatives.Contains(normalized[k]))
            {
                return false;
            }
        }

        bool multiplied = start > 0 && (MultiplyWord(normalized[start - 1]) || normalized[start - 1] is "بنحو" or "بحوالي")
            || start > 1 && MultiplyWord(normalized[start - 2]);
        return !multiplied;
    }

    /// <summary>
    /// A number times its scale word as the text means it: 4.1 مليار is 4,100,000,000, not the 4,099,999,999.9999995 that
    /// binary floating point makes of 4.1 × 10⁹. Done in decimal where it fits (to 28 digits), else in double.
    /// </summary>
    private static double Scaled(double number, double scale)
    {
        if (scale == 1 || Math.Abs(number * scale) >= 1e27)
        {
            return number * scale;
        }

        return (double)((decimal)number * (decimal)scale);
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/> is a level a change went from or to (ارتفعت إلى 7%، تراجعت من 65
    /// إلى 61 في المائة): إلى or حتى right before it (a qualifier between), other than "ما يصل إلى", or a من of change.
    /// </summary>
    private static bool LevelOfAChange(string[] normalized, int start)
    {
        int k = start - 1;
        while (k > 0 && start - k <= 3 && TollQualifierWords.Contains(normalized[k])
            && (normalized[k] != "من" || normalized[k - 1].EndsWith("اكثر", StringComparison.Ordinal) || normalized[k - 1].EndsWith("اقل", StringComparison.Ordinal)))
        {
            k--; // "إلى أكثر من 7%": over the qualifier, its من too, to the إلى
        }

        bool upTo = k > 1 && normalized[k - 1] is "يصل" or "تصل" && normalized[k - 2].EndsWith("ما", StringComparison.Ordinal); // "بما يصل إلى 5%": a bound
        bool level = k >= 0 && normalized[k] is "الي" or "حتي" && !upTo
            || ChangeBefore(normalized, start) && !(start > 1 && (normalized[start - 2].EndsWith("اكثر", StringComparison.Ordinal) || normalized[start - 2].EndsWith("اقل", StringComparison.Ordinal)));

        // Growth named as a rate (خفض توقعات نمو الاقتصاد من 3 إلى 2.8 في المئة) has its levels as its values.
        return level && !Enumerable.Range(Math.Max(0, start - GrowthRateReach), Math.Min(GrowthRateReach, start)).Any(w => GrowthRateWords.Contains(normalized[w]));
    }

    /// <summary>How far before a level the noun of growth as a rate may stand: past the value before (نمو الاقتصاد الذي يعتمد على النفط من 3 في المئة إلى 2.8).</summary>
    private const int GrowthRateReach = 14;

    /// <summary>The noun of growth as a rate (نمو الاقتصاد، معدل النمو), normalized, with و and ب glued.</summary>
    private static readonly HashSet<string> GrowthRateWords = new(["نمو", "النمو", "ونمو", "والنمو", "بنمو", "لنمو", "للنمو", "نموا", "نموه", "نموها"], StringComparer.Ordinal);

    /// <summary>"من" right before the number at <paramref name="start"/>, and a word of change among the eight before it.</summary>
    private static bool ChangeBefore(string[] normalized, int start)
    {
        if (start == 0 || normalized[start - 1] != "من")
        {
            return false;
        }

        for (int k = start - 2; k >= Math.Max(0, start - 9); k--)
        {
            string word = normalized[k];
            if (ChangeWords.All.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && ChangeWords.All.Contains(word[1..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The scale word at <paramref name="at"/> (ألف، مليون، مليارين: two of it), moving past it; 1 when there is none.
    /// A larger scale right after it multiplies it (خمسة آلاف مليار: five thousand billion, as Arabic says a trillion).
    /// </summary>
    private static double ScaleAt(string[] normalized, ref int at)
    {
        if (at < normalized.Length && FigureVocabulary.Scales.TryGetValue(normalized[at], out var scale))
        {
            at++;
            double value = scale.Dual ? scale.Scale * 2 : scale.Scale;
            if (!scale.Dual && at < normalized.Length && FigureVocabulary.Scales.TryGetValue(normalized[at], out var larger) && !larger.Dual && larger.Scale > scale.Scale)
            {
                at++;
                value *= larger.Scale;
            }

            return value;
        }

        return 1;
    }

    /// <summary>A dual unit on its own is two of it: "عامين" two years, "شهرين" two months, "قتيلين" two dead.</summary>
    private bool TryDualUnit(string text, List<Word> words, string[] normalized, Dictionary<(int From, int To), SentenceLookups> sentences, int i, out Figure figure, out int last)
    {
        figure = null!;
        last = i;
        if (vocabulary.UnitAt(normalized, i) is not { } dual)
        {
            return false;
        }

        // "عقار واحد"، "شخص واحد": Arabic states one of a thing by the noun and واحد after it, no number before.
        int oneAt = i + dual.Length;
        bool one = !dual.Unit.Dual && dual.Unit.Kind == "count" && oneAt < words.Count && !words[oneAt].SentenceBreakBefore && normalized[oneAt] is "واحد" or "واحده";
        if (!dual.Unit.Dual && !one)
        {
            return false;
        }

        if (AnchoredInTime(words, normalized, i))
        {
            return false;
        }

        if (dual.Unit.Kind == "count" && i > 0 && normalized[i - 1] is "بين" or "احد" or "كلا")
        {
            return false; // "مشاجرة بين شخصين": the two of a quarrel, no count of anyone befallen
        }

        var w = words[i];
        string? metric = null;
        if (dual.Unit.Kind == "count")
        {
            // قتيلين، جريحين، شخصين: a dual counted noun counts two, and says itself what befell them as its plural does.
            metric = MetricOfACountedNoun(normalized, SentenceOf(words, sentences, i, i), i, i, "count", dual.Unit);
        }

        if (one)
        {
            if (!Tolls.Counts(metric))
            {
                return false; // "وقفة رجل واحد"، "من عائلة واحدة"، "هدف واحد": one of a thing is mostly a manner of speech; one killed, hurt or held is a toll
            }

            last = oneAt;
            figure = new Figure(w.Start, words[oneAt].End, text[w.Start..words[oneAt].End], dual.Unit.Kind, 1, null, dual.Unit.Code, QualifierAfter(normalized, words, oneAt + 1) ?? "exact", metric, null);
            return true;
        }

        // ساعتين ونصف، عامين ونصف العام: two and a half.
        int lastWord = i;
        double value = 2;
        if (dual.Length == 1 && PartAfterTheUnit(text, words, normalized, i + 1, dual.Unit, 1, out double part, out int partEnd))
        {
            value += part;
            lastWord = partEnd;
        }

        string qualifier = QualifierAfter(normalized, words, lastWord + 1) ?? "exact";
        int spanEnd = words[lastWord].End;
        last = lastWord;
        figure = new Figure(w.Start, spanEnd, text[w.Start..spanEnd], dual.Unit.Kind, value, null, dual.Unit.Code, qualifier, metric, null);
        return true;
    }

    /// <summary>
    /// The persons a partitive counts, from the word after من: a noun of persons with or without the article (العاملين،
    /// الجنود، رجال الأمن) or a noun of belonging to a body (منسوبي، عناصر، أفراد). Not a toll's own noun (ثلاثة من
    /// المصابين is a part of the injured, not their count), nor things (5 من أصل 10).
    /// </summary>
    private FigureUnit? PartitivePersons(string word)
    {
        string bare = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4 ? word[2..] : word;
        if (PartitiveGroupNouns.Contains(bare))
        {
            return new FigureUnit("count", "person", false, Persons: true);
        }

        return vocabulary.UnitAt([bare], 0) is { Unit: { Kind: "count", Dual: false } unit } && (unit.Persons || unit.Code is "person" or "employee" or "student") ? unit : null;
    }

    /// <summary>Nouns of belonging to a body that a partitive counts persons by (عشرة من منسوبي القوات، خمسة من عناصر الأمن), normalized.</summary>
    private static readonly HashSet<string> PartitiveGroupNouns = new[] { "منسوبي", "عناصر", "أعضاء", "ضباط", "موظفي", "أبناء", "مواطني", "رعايا", "سكان", "عاملين", "العاملين" }
        .Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The lookups of the sentence around words [<paramref name="start"/>, <paramref name="end"/>], made once per sentence.</summary>
    private static SentenceLookups SentenceOf(List<Word> words, Dictionary<(int From, int To), SentenceLookups> sentences, int start, int end)
    {
        var around = SentenceAround(words, start, end);
        if (!sentences.TryGetValue(around, out var sentence))
        {
            sentences[around] = sentence = new SentenceLookups(around.From, around.To);
        }

        return sentence;
    }

    /// <summary>
    /// What a figure with a counted noun measures: a noun that names a thing says it itself (151 عقارا، أربعة أدوار);
    /// persons counted by a noun of their own, or by none, by the trigger near them (مقتل 5 أطفال: deaths). Things
    /// (cars, projects) are never a toll's: "احتراق 3 سيارات" beside "وفاة شخصين".
    /// </summary>
    private string? MetricOfACountedNoun(string[] normalized, SentenceLookups sentence, int start, int end, string kind, FigureUnit unit)
    {
        if (unit.Code == "case" && end + 1 < normalized.Length && OfAMetric(normalized[end + 1], "deaths"))
        {
            return "deaths"; // "4 حالات وفاة": cases of death are deaths, not the "4 حالات إصابة" of the same sentence
        }

        // A noun counted with others joined to it (25 طبيباً وفنياً ومديراً مناوباً) counts them all: it is no count of its own kind.
        string? own = unit.Persons && AndAnotherNoun(normalized, end, sentence.To) ? null : unit.Counts;
        string? metric = own is not null && !unit.Persons ? own : MetricNear(normalized, sentence, start, end, kind, unit.Code) ?? own;
        return Tolls.Counts(metric) && Things.Contains(unit.Code) ? null : metric;
    }

    /// <summary>
    /// The word after a counted person is another person joined by و in the accusative (طبيباً وفنياً، معلماً وإدارياً،
    /// جنديا ومدنيا): a nisba (فنيا، إداريا) or a participle (مديرا، مشرفا), neither a particle or adverb (وفقا، وأيضا،
    /// وتحديدا) nor a verb (وصلوا، ودعا), nor a word with a pronoun (وسعرها), nor one of its own count (ومدنيا واحدا).
    /// </summary>
    private static bool AndAnotherNoun(string[] normalized, int end, int to)
    {
        if (end + 1 >= to || normalized[end + 1] is not { Length: > 4 } next || next[0] != ArabicLetters.Waw || next[^1] != ArabicLetters.Alef
            || next.EndsWith("وا", StringComparison.Ordinal) || next.EndsWith("ها", StringComparison.Ordinal) || next.StartsWith("وال", StringComparison.Ordinal)
            || (end + 2 < to && normalized[end + 2] is "واحدا" or "واحده"))
        {
            return false;
        }

        string noun = next[1..];
        return noun.EndsWith("يا", StringComparison.Ordinal) || noun[0] == ArabicLetters.Meem;
    }

    /// <summary>Units that count things, never persons: no toll (deaths, injuries, arrests) counts them.</summary>
    private static readonly HashSet<string> Things = new(["vehicle", "project", "company", "unit", "seat", "view", "trade", "download", "share", "data_center", "GPU", "job"], StringComparer.Ordinal);

    /// <summary>A unit a sum is paid for right after it (للبرميل، للأوقية، للطن), normalized; not للسهم, which a profit or a dividend takes too, nor لكل (لكل أسرة: a grant).</summary>
    private static bool PerUnit(string[] normalized, int at) => at < normalized.Length && PerUnitWords.Contains(normalized[at]);

    private static readonly HashSet<string> PerUnitWords = new[] { "للبرميل", "للأوقية", "للأونصة", "للطن", "للتر", "للكيلو", "للكيلوغرام", "للمتر", "للغرام" }
        .Select(Analysis.ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// من then a total or a market's liquidity (من إجمالي، من مجموع، من سيولة السوق، من صافي أرباح الشركات), or a set the
    /// sentence named before in the feminine of plurals (بارتكاب 54% من هذه العمليات), normalized: the percentage is a
    /// part of it. Not هذا: "تراجع 3% من هذا المستوى" is a fall from a level. منها and منهم (of them) are such a set
    /// named by its pronoun (تفاقمت جرائم القتل إلى 500 ألف جريمة، اقترف 31% منها في الأميركتين).
    /// </summary>
    private static bool ShareOfATotal(string[] normalized, int at) =>
        at < normalized.Length && normalized[at] is "منها" or "منهم" or "منهن"
        || (at + 1 < normalized.Length && normalized[at] == "من"
            && normalized[at + 1] is "اجمالي" or "مجموع" or "جمله" or "سيوله" or "السيوله" or "صافي" or "هذه" or "تلك");

    /// <summary>من then a company's shares or a holding (من أسهمها، من أسهم بنك، من حصتها) right after a percentage, normalized.</summary>
    private static bool OfItsShares(string[] normalized, int at) =>
        at + 1 < normalized.Length && normalized[at] == "من" && HoldingNouns.Contains(normalized[at + 1]);

    private static readonly HashSet<string> HoldingNouns = new[] { "أسهم", "أسهمها", "أسهمه", "الأسهم", "حصة", "حصتها", "حصته", "رأسمال", "رأس" }
        .Select(Analysis.ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word that begins one of <paramref name="metric"/>'s triggers (وفاة for deaths), normalized.</summary>
    private bool OfAMetric(string normalizedWord, string metric)
    {
        var candidates = new List<int>();
        vocabulary.AddMetricsStartingWith(WordForms.Of(normalizedWord), candidates);
        return candidates.Any(m => vocabulary.Metrics[m].Metric == metric);
    }

    /// <summary>
    /// The sentence ranks shares by the day's trading (من حيث القيمة، من حيث الكمية، من حيث عدد الأسهم): its percentages
    /// are each share's part of the trading, not moves of its price. Not "الأكثر تداولا" alone: a list of the most traded
    /// shares tells their moves as often (وانخفض سهم إعمار 0.4% … الأكثر تداولا).
    /// </summary>
    private static bool RanksTheDaysTrading(string[] normalized, SentenceLookups sentence)
    {
        for (int k = sentence.From; k + 1 < sentence.To; k++)
        {
            if (normalized[k] == "حيث" && k > sentence.From && normalized[k - 1] is "من" or "ومن" && normalized[k + 1] is "القيمه" or "الكميه" or "الحجم" or "حجم" or "قيمه" or "كميه" or "عدد")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence speaks of a share (سهم، أسهم، السهم): a sum it stands at is the share's price (ليغلق عند 44 ريالا), not a wage's.</summary>
    private static bool NamesAShare(string[] normalized, SentenceLookups sentence)
    {
        for (int k = sentence.From; k < sentence.To; k++)
        {
            if (normalized[k] is "سهم" or "السهم" or "وسهم" or "اسهم" or "الاسهم" or "واسهم")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"من القيمة الاسمية" after a percentage: a dividend told as a share of the par value of the share.</summary>
    private static bool OfTheParValue(string[] normalized, int at) =>
        at + 2 < normalized.Length && normalized[at] == "من" && normalized[at + 1] == "القيمه" && normalized[at + 2] == "الاسميه";

    /// <summary>
    /// "من القيمة الاسمية" a few words before a percentage, no number between: "ونسبة التوزيع من القيمة الأسمية للسهم 5%" is the
    /// payout told as a share of the par value, whatever share (للسهم) stands nearer.
    /// </summary>
    private static bool ParValueJustBefore(string[] normalized, int from, int start)
    {
        for (int k = start - 1; k >= Math.Max(from + 2, start - 5); k--)
        {
            if (normalized[k].Length > 0 && char.IsDigit(normalized[k][0]))
            {
                return false;
            }

            if (OfTheParValue(normalized, k - 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The day's trading or its value right after a share's percentage (بتداولات، بقيمة، بسيولة), normalized. A rise is told with its amount too (تراجع 0.2% بقيمة 1.1 مليار): only a share's bare percentage loses its move.</summary>
    private static bool OfTheDaysTrading(string[] normalized, int at) =>
        at < normalized.Length && normalized[at] is "بتداولات" or "بتداول" or "بقيمه" or "بسيوله";

    /// <summary>
    /// Whether the words from <paramref name="at"/> are من, perhaps إجمالي or مجموع, then a trigger of
    /// <paramref name="metric"/>: the percentage is a part of that quantity (3% من إجمالي ناتجها المحلي), not it.
    /// </summary>
    private bool ShareOfTheMetric(string[] normalized, int at, string metric)
    {
        if (at + 1 >= normalized.Length || normalized[at] != "من")
        {
            return false;
        }

        int k = at + 1;
        if (normalized[k] is "اجمالي" or "مجموع" or "جمله" && k + 1 < normalized.Length)
        {
            k++;
        }

        return OfAMetric(normalized[k], metric);
    }

    /// <summary>
    /// The word that governs a bare number, with a qualifier between (وإصابة نحو 100), is a toll's noun or verb
    /// (مقتل، جرح، اعتقال): the number counts persons though no counted noun follows.
    /// </summary>
    private bool TollNounBefore(string[] normalized, List<Word> words, int start)
    {
        int k = start - 1;
        if (k < 0 || words[start].SentenceBreakBefore)
        {
            return false;
        }

        if (k > 0 && !words[k].SentenceBreakBefore && Qualifiers.Any(q => q.Backwards.Length == 1 && q.Backwards[0] == normalized[k]))
        {
            k--; // نحو، قرابة، حوالي
        }

        var candidates = new List<int>();
        var form = WordForms.Of(normalized[k]);
        vocabulary.AddMetricsStartingWith(form, candidates);
        return candidates.Any(m => vocabulary.Metrics[m] is { Words.Length: 1 } trigger && Tolls.Counts(trigger.Metric));
    }

    /// <summary>
    /// A number that begins a line and is followed by a dash, a parenthesis or a full stop (1- ، 2) ، 3.) numbers a list's
    /// item: what follows it is the item, not what the number counts ("9 - مشروع استشاري لإعداد دراسات" is no nine projects).
    /// </summary>
    private static bool ListItemNumber(string text, int numberStart, int numberEnd)
    {
        int k = numberStart - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u200f' or '\u200e')
        {
            k--;
        }

        if (k >= 0 && text[k] != '\n')
        {
            return false;
        }

        int after = numberEnd;
        while (after < text.Length && text[after] is ' ' or '\u200f' or '\u200e')
        {
            after++;
        }

        if (after >= text.Length || text[after] is not ('-' or '–' or '—' or ')' or '.'))
        {
            return false;
        }

        int item = after + 1;
        while (item < text.Length && text[item] is ' ' or '\u200f' or '\u200e')
        {
            item++;
        }

        return item < text.Length && char.IsLetter(text[item]); // "10 - 30 كم" at a line's start is a range
    }

    /// <summary>
    /// A year followed by a dash and a word (1966 - وفاة الممثل ...، 1960 - تأسيس ...) dates an entry of a chronology
    /// ("this day in history"), at an entry's start, however the entries run on: it counts nothing. Inside a sentence a
    /// number with a stray dash is still a count (4921 حالة 1592- حالة وفاة).
    /// </summary>
    private static bool YearOfAChronology(string text, int numberStart, int numberEnd, double value)
    {
        if (value is < 1000 or > 2100 || value != Math.Floor(value))
        {
            return false;
        }

        int b = numberStart - 1;
        while (b >= 0 && text[b] is ' ' or '\u200f' or '\u200e')
        {
            b--;
        }

        if (b >= 0 && text[b] is not ('\n' or '.' or ':' or '؛' or '-' or '–'))
        {
            return false;
        }

        int k = numberEnd;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || text[k] is not ('-' or '–' or '—'))
        {
            return false;
        }

        k++;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && char.IsLetter(text[k]);
    }

    private static bool PercentSignAfter(string text, int end)
    {
        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && k - end <= 2 && text[k] is '%' or '٪';
    }

    private static bool AnchoredInTime(List<Word> words, string[] normalized, int start)
    {
        if (start == 0 || words[start].SentenceBreakBefore)
        {
            return false;
        }

        string before = normalized[start - 1];
        return TimeAnchors.Contains(before) || (before.Length > 3 && before[0] is 'و' or 'ف' && TimeAnchors.Contains(before[1..])); // وبعد يومين
    }

    private static FigureUnit? PrecededByCurrencySign(string text, int numberStart)
    {
        int k = numberStart - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 ? text[k] switch
        {
            '$' => new FigureUnit("money", "USD", false),
            '€' => new FigureUnit("money", "EUR", false),
            '£' => new FigureUnit("money", "GBP", false),
            _ => null,
        } : null;
    }

    /// <summary>
    /// "انخفض المؤشر 0.7% إلى 11831 نقطة"، "تراجع الذهب 1.5 % إلى 1116.43 دولار": a percentage (its sign glued or apart)
    /// whose second end is no percentage is a change and the level it reached, two figures of two measures, never one
    /// range from 0.7 to 11,831.
    /// </summary>
    private bool PercentThenAnotherMeasure(string text, List<Word> words, string[] normalized, string? lowUnitHint, string? highHint, int afterHigh) =>
        lowUnitHint == "%" && highHint is not ("%" or "range%") && !PercentSignAfter(text, words[afterHigh - 1].End)
        && vocabulary.UnitAt(normalized, afterHigh) is not { Unit.Kind: "percent" }; // "من 5% إلى 7 في المائة" is one measure

    /// <summary>
    /// The number at word <paramref name="k"/> is an hour or the minutes of a time of day written with a colon between
    /// digits (الساعة (٧:٤٣)، 10:56) that the tokenizer split: no figure, as a time written as one token is none.
    /// </summary>
    private static bool InAClockTime(string text, List<Word> words, int k)
    {
        var w = words[k];
        if (w.Kind != TokenKind.Number)
        {
            return false;
        }

        bool minutes = w.Start >= 2 && text[w.Start - 1] == ':' && char.IsDigit(text[w.Start - 2]);
        bool hour = w.End + 1 < text.Length && text[w.End] == ':' && char.IsDigit(text[w.End + 1]);
        return minutes || hour;
    }

    /// <summary>A number at word <paramref name="i"/>: digits (with %, or a hyphenated range), a number word, or a bare scale word.</summary>
    private static bool TryNumber(List<Word> words, string[] normalized, int i, out double value, out int after, out string? hint)
    {
        value = 0;
        after = i + 1;
        hint = null;
        if (i >= words.Count)
        {
            return false;
        }

        string w = normalized[i];
        if (words[i].Kind == TokenKind.Number)
        {
            string digits = w;
            if (digits.EndsWith('%'))
            {
                hint = "%";
                digits = digits[..^1];
            }

            int dash = digits.IndexOf('-', 1);
            if (dash > 0)
            {
                hint = hint == "%" ? "range%" : "range"; // 2-3% is a range of percentages
                digits = digits[..dash];
            }

            if (!TryParseDigits(digits, out value))
            {
                return false;
            }

            // A time of day (10:56) or a date (2025/04/23) is not a figure.
            return !digits.Contains(':') && !digits.Contains('/');
        }

        if (FractionOfAScale(normalized, i, out value, out after))
        {
            return true;
        }

        if (TryNumberWords(normalized, i, out value, out after))
        {
            return true;
        }

        // "مليار مستخدم": a singular scale word on its own is one of it, a dual (مليارين) two (the scale is applied
        // by the caller); a plural one ("مليارات الدولارات") is vague and no figure.
        if (FigureVocabulary.Scales.TryGetValue(w, out var scale) && FigureVocabulary.AccusativeScales.Contains(w))
        {
            return (i == 0 || words[i - 1].Kind != TokenKind.Number) && ScaleWordWithRemainder(normalized, i, scale.Scale, out value, out after);
        }

        if (FigureVocabulary.Scales.TryGetValue(w, out scale) && (scale.Dual || FigureVocabulary.SingularScales.Contains(w)))
        {
            if (i > 0 && words[i - 1].Kind == TokenKind.Number)
            {
                return false; // "(5.969.428) مليون": the scale word of a number before it, not one of its own
            }

            if (ScaleWordWithRemainder(normalized, i, scale.Dual ? scale.Scale * 2 : scale.Scale, out value, out after))
            {
                return true;
            }

            value = 1;
            after = i; // the scale word is read again as the scale
            return i + 1 < words.Count || scale.Dual;
        }

        return false;
    }

    /// <summary>
    /// Number words as Arabic compounds them: teens (أحد عشر، ثلاثة عشر), units before tens joined by و (خمسة
    /// وعشرون), hundreds before the rest (مئتان وخمسون، ثلاثمئة وخمسة وعشرون). Written by hand: no number library
    /// here reads Arabic number words.
    /// </summary>
    private static bool TryNumberWords(string[] normalized, int i, out double value, out int after)
    {
        after = i + 1;
        if (normalized[i] is "عشر" or "عشره" && i > 0 && OrdinalUnits.Contains(normalized[i - 1]))
        {
            value = 0;
            return false; // الحادي عشر، الثاني عشرة: an ordinal (the eleventh contract, the twelfth day), no count of ten
        }

        // The article goes on a teen's first word (خلال الخمسة عشر عاما، الأحد عشر لاعبا): the teen is still read whole.
        if ((TeenOf(normalized[i], normalized, i + 1) ?? (normalized[i].StartsWith("ال", StringComparison.Ordinal) ? TeenOf(normalized[i][2..], normalized, i + 1) : null)) is { } teen)
        {
            value = teen;
            after = i + 2;
        }
        else if (!FigureVocabulary.NumberWords.TryGetValue(StripClitic(normalized[i]), out value)
            && !DefiniteUnitsBeforeTens(normalized, i, out value))
        {
            return false;
        }

        HundredsApart(normalized, ref value, ref after);
        JoinNumberWords(normalized, ref value, ref after);
        DecimalInWords(normalized, ref value, ref after);
        return true;
    }

    /// <summary>
    /// A decimal point said in words (ثلاثة وأربعين فاصلة ثمانية كيلوجرام: 43.8), as broadcast and official texts write
    /// numbers out: the number after فاصلة is the fraction's digits.
    /// </summary>
    private static void DecimalInWords(string[] normalized, ref double value, ref int after)
    {
        if (after + 1 >= normalized.Length || normalized[after] != "فاصله")
        {
            return;
        }

        // Zeros are said one by one before the rest (اثنين فاصلة صفر خمسة: 2.05).
        int zeros = 0, at = after + 1;
        while (at < normalized.Length && normalized[at] == "صفر")
        {
            zeros++;
            at++;
        }

        if (at >= normalized.Length || !FigureVocabulary.NumberWords.TryGetValue(normalized[at], out double digits) || digits >= 100)
        {
            return;
        }

        int end = at + 1;
        JoinNumberWords(normalized, ref digits, ref end); // خمسة وعشرين: 25, below 100 still
        value += digits / Math.Pow(10, zeros + (digits < 10 ? 1 : 2));
        after = end;
    }


    /// <summary>
    /// Units with the article before tens joined by و (خلال الأربع وعشرين ساعة): the article goes on
    /// the compound's first word, and the units are read so only when the tens follow (الخمسة alone is no count).
    /// </summary>
    private static bool DefiniteUnitsBeforeTens(string[] normalized, int i, out double value)
    {
        value = 0;
        if (i + 1 >= normalized.Length || !normalized[i].StartsWith("ال", StringComparison.Ordinal)
            || !FigureVocabulary.NumberWords.TryGetValue(normalized[i][2..], out double units) || units is < 1 or >= 10)
        {
            return false;
        }

        string next = normalized[i + 1];
        string tens = next.StartsWith('و') ? next[1..] : "";
        if (!FigureVocabulary.NumberWords.TryGetValue(tens, out double ten) || ten is < 20 or > 90 || ten % 10 != 0)
        {
            return false;
        }

        value = units;
        return true;
    }

    /// <summary>Hundreds written as two words (ثلاث مئة، وخمس مائة) as often as one (ثلاثمئة): the unit multiplies the hundred.</summary>
    private static void HundredsApart(string[] normalized, ref double value, ref int after)
    {
        if (value is >= 3 and < 10 && after < normalized.Length && FigureVocabulary.NumberWords.TryGetValue(normalized[after], out double hundred) && hundred == 100)
        {
            value *= 100;
            after++;
        }
    }

    /// <summary>
    /// Number words joined on by a glued و: "مئتان وخمسون", "خمسة وعشرون" (hundreds before the rest, units before tens),
    /// and a teen after hundreds, its unit glued and عشر apart (سبعمائة وخمسة عشر، ثلاثمئة وأحد عشر).
    /// </summary>
    private static void JoinNumberWords(string[] normalized, ref double value, ref int after)
    {
        while (after < normalized.Length)
        {
            if (value >= 100 && value % 100 == 0 && GluedTeen(normalized, after) is { } teen)
            {
                value += teen;
                after += 2;
                continue;
            }

            if (!GluedNumberWord(normalized[after], out double next))
            {
                break;
            }

            double rest = value % 100;
            bool joins = (rest == 0 && value >= 100 && next < 100) || (rest is > 0 and < 10 && next is >= 20 and < 100 && next % 10 == 0);
            if (!joins)
            {
                break;
            }

            value += next;
            after++;
        }
    }

    /// <summary>A teen whose unit has و glued before it and عشر/عشرة after (وخمسة عشر 15، واثنا عشر 12), or null.</summary>
    private static double? GluedTeen(string[] normalized, int at) =>
        at < normalized.Length && normalized[at].Length > 1 && normalized[at][0] == ArabicLetters.Waw ? TeenOf(normalized[at][1..], normalized, at + 1) : null;

    /// <summary>The teen a unit word makes with عشر/عشرة at <paramref name="tenAt"/> (خمسة عشر 15، اثنا عشر 12), or null.</summary>
    private static double? TeenOf(string unitWord, string[] normalized, int tenAt) =>
        tenAt < normalized.Length && normalized[tenAt] is "عشر" or "عشره" && FigureVocabulary.TeenUnits.TryGetValue(unitWord, out double unit) ? unit + 10 : null;

    /// <summary>A number word with و glued before it (وتسعمائة، وخمسون), as Arabic writes the parts after the first.</summary>
    private static bool GluedNumberWord(string word, out double value)
    {
        value = 0;
        return word.Length > 1 && word[0] == 'و' && FigureVocabulary.NumberWords.TryGetValue(word[1..], out value);
    }

    /// <summary>
    /// "ألف وتسعمائة"، "ألفين وخمسمائة وخمسون": a scale word with smaller number words joined on is one number, read
    /// whole here so that a range's ends (ما بين ألف ومائتين إلى ألف وتسعمائة ريال) meet at إلى.
    /// </summary>
    private static bool ScaleWordWithRemainder(string[] normalized, int i, double whole, out double value, out int after)
    {
        bool joined = GluedRemainder(normalized, i + 1, whole, out double rest, out after);
        value = whole + rest;
        return joined;
    }

    /// <summary>
    /// ونصف or وربع at word <paramref name="at"/>, right after a figure's unit: half or a quarter of the unit, said last
    /// (سنوات ونصف.), with the unit again (عامين ونصف العام، ستة كيلو ونصف الكيلو) or before what opens the rest of the
    /// sentence (ساعتين ونصف بالسيارة، سبعة أعوام ونصف وسجلت، طفلين ونصف على مدار العمر); after a scale, only its scale again
    /// (ملايين نسمة ونصف المليون). Not before another noun, half of which is meant (ونصف المصابين، ونصف قيمة المخالفة), nor
    /// before another scale (عشر سنوات ونصف مليون درهم: the next figure). <paramref name="last"/> is the last word it takes.
    /// </summary>
    private bool PartAfterTheUnit(string text, List<Word> words, string[] normalized, int at, FigureUnit unit, double scale, out double part, out int last)
    {
        last = at;
        if (at >= words.Count || !GluedFraction(normalized[at], out part) || !JoinedRightAfter(text, words, at))
        {
            part = 0;
            return false;
        }

        int next = at + 1;
        if (next >= words.Count || !JoinedRightAfter(text, words, next))
        {
            return scale < 1000; // ... said last: a half of the unit
        }

        string word = normalized[next];
        string bare = WithoutArticle(word);
        if (FigureVocabulary.Scales.TryGetValue(bare, out var scaleWord))
        {
            last = next;
            return scale >= 1000 && scaleWord.Scale == LastScaleOf(scale); // the figure's own scale again, or another figure
        }

        if (scale >= 1000 || words[next].Kind == TokenKind.Number || FigureVocabulary.NumberWords.ContainsKey(bare))
        {
            return false;
        }

        // The unit again (ونصف العام، ونصف الساعة، ونصف المقعد); not a noun of persons, which names whom half is of (ونصف المصابين).
        if (!unit.Persons && unit.Code != "person" && vocabulary.UnitAt([bare], 0)?.Unit.Code == unit.Code)
        {
            last = next;
            return true;
        }

        return !HalfOfIt(normalized, next);
    }

    /// <summary>The demonstratives (هؤلاء، هذه، ذلك), normalized.</summary>
    private static readonly HashSet<string> Demonstratives = new[] { "هؤلاء", "هذه", "هذا", "تلك", "ذلك", "أولئك" }.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The word at <paramref name="at"/> is what a half after a number is of: a demonstrative (ونصف هؤلاء), a definite noun
    /// (ونصف المصابين), a noun with a pronoun (ونصف حصته) or a noun before a definite one (ونصف قيمة المخالفة). Not a preposition or a word glued to one
    /// (ونصف على مدار، ونصف بالسيارة), a particle or a verb (ونصف إذ صعد، ونصف وتتجه).
    /// </summary>
    private static bool HalfOfIt(string[] normalized, int at)
    {
        string word = normalized[at];
        if (Demonstratives.Contains(word) || word.StartsWith("ال", StringComparison.Ordinal))
        {
            return true; // ونصف هؤلاء، ونصف المصابين
        }

        bool preposition = word is "علي" or "في" or "من" or "عن" or "الي" or "منذ" or "خلال" or "قبل" or "بعد" or "حتي" or "مع"
            || (word.Length > 2 && word[0] is ArabicLetters.Waw or ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Feh);
        return !preposition && (word.EndsWith("ه", StringComparison.Ordinal) && word.Length > 3 && !word.EndsWith("يه", StringComparison.Ordinal)
            || word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal)
            || (at + 1 < normalized.Length && normalized[at + 1].StartsWith("ال", StringComparison.Ordinal)));
    }

    /// <summary>ونصف، وربع، وثلث: a fraction (<see cref="Fractions"/>) joined on by و.</summary>
    private static bool GluedFraction(string normalized, out double part)
    {
        part = 0;
        return normalized.Length > 1 && normalized[0] == ArabicLetters.Waw && Fractions.TryGetValue(normalized[1..], out part);
    }

    /// <summary>The word without the article, if it carries one.</summary>
    private static string WithoutArticle(string normalized) => normalized.StartsWith("ال", StringComparison.Ordinal) && normalized.Length > 2 ? normalized[2..] : normalized;

    /// <summary>Word <paramref name="at"/> follows the one before in the same sentence with nothing but spaces between (no comma, no full stop).</summary>
    private static bool JoinedRightAfter(string text, List<Word> words, int at) =>
        at > 0 && at < words.Count && !words[at].SentenceBreakBefore && string.IsNullOrWhiteSpace(text[words[at - 1].End..words[at].Start]);

    /// <summary>The fractions Arabic counts a scale by (نصف مليون، ربع مليون، ثلث مليون), normalized.</summary>
    private static readonly Dictionary<string, double> Fractions = new(StringComparer.Ordinal) { ["نصف"] = 0.5, ["ربع"] = 0.25, ["ثلث"] = 1.0 / 3 };

    /// <summary>
    /// A fraction of a scale at word <paramref name="i"/>: نصف مليون (half a million), ربع مليون, ثلث مليون, ثلاثة أرباع
    /// مليار, with the article or a one-letter clitic on the fraction (النصف مليار، بنصف مليون، ونصف مليون درهم). The
    /// scale is left for the caller to read. No library reads these: a scale word alone would be read as one of it.
    /// </summary>
    private static bool FractionOfAScale(string[] normalized, int i, out double value, out int after)
    {
        value = 0;
        after = i + 1;
        string w = normalized[i];
        if (w is "ثلاثه" or "وثلاثه" or "بثلاثه" && i + 2 < normalized.Length && normalized[i + 1] is "ارباع" && SingularScale(normalized[i + 2]))
        {
            value = 0.75;
            after = i + 2;
            return true;
        }

        return i + 1 < normalized.Length && (Fractions.TryGetValue(WithoutArticle(w), out value) || (Proclitics.IsCliticLetter(w[0]) && Fractions.TryGetValue(w[1..], out value)))
            && SingularScale(normalized[i + 1]);
    }

    /// <summary>
    /// ونصف or وربع right after a scale (<paramref name="scale"/>): said last, before the counted noun (مليون ونصف لاجئ)
    /// or with the scale again (مليون ونصف المليون، مليار ونصف مليار). Not across a comma or a full stop, not before
    /// another scale, a number or a noun with the article (4 ملايين ونصف النازحين: half of the displaced).
    /// </summary>
    private static bool FractionAfterAScale(string text, List<Word> words, string[] normalized, int at, double scale, out double fraction, out int after)
    {
        after = at + 1;
        bool scaleAgain = after < normalized.Length && FigureVocabulary.Scales.ContainsKey(WithoutArticle(normalized[after]));
        if (at >= normalized.Length || !GluedFraction(normalized[at], out fraction) || !(JoinedRightAfter(text, words, at) || (scaleAgain && !words[at].SentenceBreakBefore)))
        {
            fraction = 0; // ... across a comma only with the scale said again (مليار، ونصف المليار)
            return false;
        }

        if (after >= normalized.Length || !JoinedRightAfter(text, words, after))
        {
            return true; // said last
        }

        string next = WithoutArticle(normalized[after]);
        if (FigureVocabulary.Scales.TryGetValue(next, out var again))
        {
            after++; // "ونصف المليون": the scale said again
            return !again.Dual && again.Scale == LastScaleOf(scale);
        }

        return words[after].Kind != TokenKind.Number && !FigureVocabulary.NumberWords.ContainsKey(next) && !normalized[after].StartsWith("ال", StringComparison.Ordinal);
    }

    private static bool SingularScale(string normalized) => FigureVocabulary.SingularScales.Contains(normalized);

    /// <summary>
    /// Number words glued on by و at <paramref name="at"/>, joined and scaled (وخمسمائة، وخمسمائة ألف), when smaller than
    /// <paramref name="below"/>, the scale they are the remainder of: "ألف وألفان" is two numbers, not one.
    /// </summary>
    private static bool GluedRemainder(string[] normalized, int at, double below, out double rest, out int after)
    {
        after = at + 1;
        if (GluedTeen(normalized, at) is { } teen)
        {
            rest = teen; // "ألف وخمسة عشر"
            after = at + 2;
        }
        else if (at >= normalized.Length || !GluedNumberWord(normalized[at], out rest))
        {
            rest = 0;
            return false;
        }

        HundredsApart(normalized, ref rest, ref after);
        JoinNumberWords(normalized, ref rest, ref after);
        rest *= ScaleAt(normalized, ref after);
        if (rest < below)
        {
            return true;
        }

        rest = 0;
        return false;
    }

    /// <summary>The ordinal units that make a teen ordinal with عشر (normalized: ة as ه, أ/إ as ا).</summary>
    private static readonly HashSet<string> OrdinalUnits = new(
        from unit in new[] { "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع" }
        from form in new[] { unit, "ال" + unit, unit + "ه", "ال" + unit + "ه" }
        select form, StringComparer.Ordinal);

    /// <summary>Words of a qualifier that may stand between a toll's noun and its number (مقتل أكثر من 260، وإصابة نحو 100), normalized.</summary>
    private static readonly HashSet<string> TollQualifierWords = new[] { "أكثر", "اكثر", "من", "نحو", "حوالي", "قرابة", "زهاء", "ما", "يزيد", "عن", "يقارب", "أقل", "اقل" }
        .Select(Analysis.ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of a part's qualifier (أكثر من، نحو، ما يزيد على): a toll's, and على after يزيد, normalized.</summary>
    private static readonly HashSet<string> PartQualifierWords = [.. TollQualifierWords, FigureVocabulary.Normalize("على")];

    /// <summary>Whether the word at <paramref name="at"/> follows a number (and its scale word) at once, as what the number counts.</summary>
    private static bool UnitOfANumber(string[] normalized, int at)
    {
        int k = at - 1;
        if (k >= 0 && FigureVocabulary.Scales.ContainsKey(normalized[k]))
        {
            k--;
        }

        return k >= 0 && CountingNumber(normalized[k]); // "وأكثر من أربعين مصابا": the injured are the forty's
    }

    /// <summary>Nouns of places named after the fallen (حي، شارع، ساحة، ميدان، مقبرة، جامع، مسجد، مدرسة، دوار، جسر), normalized.</summary>
    private static readonly HashSet<string> PlacesNamedForTheFallen = new[] { "حي", "شارع", "ساحة", "ميدان", "مقبرة", "جامع", "مسجد", "مدرسة", "دوار", "جسر", "أحياء" }
        .Select(FigureVocabulary.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A place noun without the conjunction or preposition glued to it (وحي، بحي، لشارع); any other word as it is.</summary>
    private static string PlaceNounUnderItsClitic(string w) =>
        w.Length >= 3 && w[0] is 'و' or 'ف' or 'ب' or 'ل' && PlacesNamedForTheFallen.Contains(w[1..]) ? w[1..] : w;

    /// <summary>Whether a number or a word opening a contrasting clause (في حين، بينما، فيما) stands in words [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool AnotherClauseBetween(string[] normalized, int from, int to, bool numbersToo)
    {
        for (int k = from; k < to; k++)
        {
            string w = normalized[k];
            if (numbersToo && CountingNumber(w) || ContrastWords.Contains(w)
                || (w is "حين" && k > from && normalized[k - 1] is "في" or "وفي"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits, or a number word of three or more (أحد and اثنان also mean "one of" and "both").</summary>
    private static bool CountingNumber(string w) =>
        w.Length > 0 && char.IsDigit(w[0]) || FigureVocabulary.NumberWords.TryGetValue(StripClitic(w), out double n) && n >= 3;

    /// <summary>
    /// وأن (and that) between a trigger and the figure after it opens another reported clause: what the speaker said
    /// first (حصل على مبلغ من خلال تحصيل الديون) is not what the next clause counts (وأن المبالغ التي يحولها شهريا تتراوح بين 30 و60 مليون ريال).
    /// </summary>
    private static bool ReportedClauseBetween(string[] normalized, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            // Not وإن "even if" (وإن بنسبة أقل، وإن بوتيرة أبطأ), which normalizes alike and is followed by ب, nor وأنها/وأنه,
            // whose pronoun is mostly the noun the trigger names (أرباح الشركة ارتفعت، وأنها بلغت 120 مليونا).
            if (normalized[k] is "وان" or "وبان" && k + 1 < to && normalized[k + 1] is { Length: > 1 } next && next[0] != ArabicLetters.Beh)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a word of digits, or NaN.</summary>
    private static double NumberOf(string digits) => TryParseDigits(digits, out double value) ? value : double.NaN;

    /// <summary>Words after which a number of four digits names a year (عام 2014، منذ 1993، سنة 2010), normalized.</summary>
    private static readonly HashSet<string> YearWords = new[] { "عام", "العام", "لعام", "وعام", "بعام", "سنة", "السنة", "لسنة", "منذ", "ومنذ" }
        .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A whole number between 1950 and 2030 after a word that names a year (عام، منذ), a month's name (يوليو 2015) or في
    /// (في 2012), where a year is far likelier than a count: في before a round 2000 may still count (في 2000 مدرسة).
    /// </summary>
    private static bool AYearByTheWordBefore(string[] normalized, int at, double value)
    {
        if (at == 0 || value is < 1950 or > 2030 || value != Math.Floor(value) || normalized[at].Length != 4)
        {
            return false;
        }

        if (at + 1 < normalized.Length && FigureVocabulary.Scales.ContainsKey(normalized[at + 1]))
        {
            return false; // "الدين العام 2017 مليار جنيه": العام "public", and a scale says the number is a sum
        }

        string before = normalized[at - 1];
        return YearWords.Contains(before) || MonthWords.Contains(before) || (before is "في" or "وفي" && value % 100 != 0);
    }

    /// <summary>Words that open a clause set against the one before (بينما، فيما، في حين، وفي المقابل), normalized.</summary>
    private static readonly HashSet<string> ContrastWords = new(["بينما", "وبينما", "فيما", "وفيما", "المقابل", "بالمقابل"], StringComparer.Ordinal);

    /// <summary>A number (digits or a number word) among the two words from <paramref name="from"/> (before <paramref name="to"/>).</summary>
    private static bool NumberSoonAfter(string[] normalized, int from, int to)
    {
        for (int k = from; k < Math.Min(to, from + 2); k++)
        {
            if (normalized[k].Length > 0 && (char.IsDigit(normalized[k][0]) || FigureVocabulary.NumberWords.ContainsKey(StripClitic(normalized[k]))))
            {
                return true;
            }
        }

        return false;
    }

    // A number word carries a conjunction or a preposition glued on (وخمسة، بخمسة وخمسين مليار ين، لثلاثة، وبعشرة).
    private static string StripClitic(string w)
    {
        foreach (string clitic in NumberWordClitics)
        {
            if (w.Length > clitic.Length + 2 && w.StartsWith(clitic, StringComparison.Ordinal) && FigureVocabulary.NumberWords.ContainsKey(w[clitic.Length..]))
            {
                return w[clitic.Length..];
            }
        }

        return w;
    }

    private static readonly string[] NumberWordClitics = ["وب", "ول", "و", "ب", "ل"];

    /// <summary>
    /// A number written with one point before three zeros (30.000، ٧٥٠٫٠٠٠ as the text has it), or, with
    /// <paramref name="anyThreeDigits"/> (a count of things), before any three digits (10.630 وحدة): a sum in dinars may
    /// have thousandths, an area or a count never does, so there the point groups thousands.
    /// </summary>
    private static bool PointGroupsThousands(string surface, bool anyThreeDigits)
    {
        string digits = FigureVocabulary.Normalize(surface);
        int start = 0;
        while (start < digits.Length && !char.IsAsciiDigit(digits[start]))
        {
            start++;
        }

        int end = start;
        while (end < digits.Length && (char.IsAsciiDigit(digits[end]) || digits[end] == '.'))
        {
            end++;
        }

        string number = digits[start..end];
        int point = number.IndexOf('.');
        // A count of things (units, persons) is whole: any three digits after a single point group thousands (10.630
        // وحدة); a quantity (tonnes, kilometres) may have a fraction, so only three zeros say so (30.000 م٢).
        return point is > 0 and <= 3 && number.Length == point + 4 && (anyThreeDigits || number.EndsWith(".000", StringComparison.Ordinal));
    }

    private static bool TryParseDigits(string digits, out double value)
    {
        // "1,500" groups thousands; a comma followed by other than three digits is a decimal comma (174،5 too).
        string cleaned = digits.Replace(ArabicLetters.ArabicComma, ',');
        digits = cleaned;
        int comma = digits.IndexOf(',');
        if (comma >= 0)
        {
            bool thousands = digits.Split(',').Skip(1).All(g => g.Length == 3);
            cleaned = thousands ? digits.Replace(",", "") : digits.Replace(',', '.');
        }

        // "375.526.840" groups thousands with points, as some outlets print sums: two points or more, each before three
        // digits. One point stays a decimal point (375.526 may be either; most often it is a decimal).
        string[] pointGroups = cleaned.Split('.');
        if (pointGroups.Length > 2 && pointGroups[0].Length is > 0 and <= 3 && pointGroups.Skip(1).All(g => g.Length == 3))
        {
            cleaned = string.Concat(pointGroups);
        }

        // Hundreds of digits parse to infinity, which no store or export can write (the reader fuzzer's
        // fixtures/crashes/html-figure-overflows-to-infinity.html threw out of the facts' JSON): not a figure.
        return double.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>The largest power of a thousand that divides into a number written in words (1,007,000,000: a million).</summary>
    private static double LastScaleOf(double value)
    {
        double scale = 1000;
        while (scale * 1000 <= value && value % (scale * 1000) == 0)
        {
            scale *= 1000;
        }

        return value % scale == 0 ? scale : 1;
    }

    /// <summary>
    /// Whether a second number after و is a range's end. A low end of thousands with a smaller number after it is either
    /// a range whose scale word belongs to the high end alone (بين 4500 و5 آلاف: 4500 to 5000, never 4.5 million), after
    /// بين only, or no range at all (مليار وسبعة ملايين و800 ألف is a remainder; "في 2015 و69 دولارا في 2016" a year and a price).
    /// </summary>
    private static bool RangeEndAfter(string[] normalized, string connector, bool between, double low, double high, int afterHigh, out bool lowKeepsItsScale)
    {
        lowKeepsItsScale = false;
        if (connector == "و" && !between && high <= low)
        {
            return false; // "32% و28% على الترتيب": two values listed, no range (a range runs upward, or بين says it is one)
        }

        if (connector != "و" || high > low || low < 1000)
        {
            return true;
        }

        int k = afterHigh;
        double highScale = ScaleAt(normalized, ref k);
        lowKeepsItsScale = between && high * highScale > low; // only بين says the two are ends: "2016 و795 مليون يورو" is a year and a sum
        return lowKeepsItsScale;
    }

    /// <summary>Whether the text between two numbers is a dash (hyphen, en or em dash) and spaces only.</summary>
    private static bool OnlyADashBetween(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim();
        return between.Length == 1 && between[0] is '-' or '\u2013' or '\u2014' or '\u0640'; // a lone tatweel is a dash in Arabic type (150 ـ 300)
    }

    private static double? ParseRangeEnd(Word token, string text)
    {
        string digits = FigureVocabulary.Normalize(text[token.Start..token.End]).TrimEnd('%');
        int dash = digits.IndexOf('-', 1);
        return dash > 0 && TryParseDigits(digits[(dash + 1)..], out double high) ? high : null;
    }

    private static (string[], string)[] BuildQualifiers()
    {
        (string Phrase, string Qualifier)[] phrases =
        [
            ("نحو", "approx"), ("حوالي", "approx"), ("حوالى", "approx"), ("قرابة", "approx"), ("ما يقارب", "approx"), ("يقارب", "approx"),
            ("ما يقرب من", "approx"), ("يقرب من", "approx"), ("ما يربو على", "more_than"), ("يربو على", "more_than"),
            ("تقارب", "approx"), ("ما يناهز", "approx"), ("يناهز", "approx"), ("تناهز", "approx"), ("زهاء", "approx"), ("تقريبا", "approx"),
            ("أكثر من", "more_than"), ("ما يزيد على", "more_than"), ("ما يزيد عن", "more_than"), ("تزيد عن", "more_than"), ("تزيد على", "more_than"),
            ("يزيد عن", "more_than"), ("يزيد على", "more_than"), ("تتجاوز", "more_than"), ("يتجاوز", "more_than"), ("تجاوز", "more_than"),
            ("تجاوزت", "more_than"), ("يفوق", "more_than"), ("تفوق", "more_than"), ("ما يفوق", "more_than"), ("أزيد من", "more_than"),
            ("ما يصل إلى", "up_to"), ("يصل إلى", "up_to"), ("تصل إلى", "up_to"), ("حتى", "up_to"), ("لا يتجاوز", "up_to"), ("لا تتجاوز", "up_to"),
            // Negated, "more than" is "at most" (لا تزيد على مليون درهم) and "less than" no less (لا تقل عن 5 سنوات: the contract's
            // nearest, more_than).
            ("لا تزيد على", "up_to"), ("لا تزيد عن", "up_to"), ("لا يزيد على", "up_to"), ("لا يزيد عن", "up_to"), ("لا يتعدى", "up_to"), ("لا تتعدى", "up_to"),
            ("لا تقل عن", "more_than"), ("لا يقل عن", "more_than"),
            // ... in the past and the future alike (في زمن لم يتجاوز ثلاث سنوات: at most three years).
            ("لم يتجاوز", "up_to"), ("لم تتجاوز", "up_to"), ("لن يتجاوز", "up_to"), ("لن تتجاوز", "up_to"), ("لم يتعد", "up_to"), ("لم تتعد", "up_to"),
            ("لم يزد على", "up_to"), ("لم يزد عن", "up_to"), ("لم تزد على", "up_to"), ("لم تزد عن", "up_to"), ("لن يزيد على", "up_to"), ("لن يزيد عن", "up_to"),
            ("لم يقل عن", "more_than"), ("لم تقل عن", "more_than"), ("لن يقل عن", "more_than"), ("لن تقل عن", "more_than"),
            ("أقل من", "less_than"), ("ما دون", "less_than"), ("دون", "less_than"),
        ];
        return phrases
            .Select(p => (FigureVocabulary.Words(p.Phrase).Reverse().ToArray(), p.Qualifier))
            .OrderByDescending(p => p.Item1.Length)
            .ToArray();
    }

    /// <summary>
    /// The qualifier written right after the figure: "30 قتيلا على الأقل" (at least: more than the number stands for
    /// no less), "50 عاما فأكثر" and "أو أكثر", "12 مليارا تقريبا" (about).
    /// </summary>
    private static string? QualifierAfter(string[] normalized, List<Word> words, int after)
    {
        if (after >= normalized.Length || words[after].SentenceBreakBefore)
        {
            return null;
        }

        string first = normalized[after];
        if (first is "علي" or "وعلي" && after + 1 < normalized.Length && normalized[after + 1] is "الاقل" && !words[after + 1].SentenceBreakBefore)
        {
            return "more_than";
        }

        string? second = after + 1 < normalized.Length && !words[after + 1].SentenceBreakBefore ? normalized[after + 1] : null;
        return (first, second) switch
        {
            ("فاكثر", _) or ("فما", "فوق") or ("او", "اكثر") => "more_than", // 50 عاما فأكثر، فما فوق، أو أكثر
            ("تقريبا", _) => "approx",
            _ => null,
        };
    }

    /// <summary>The qualifier written just before the number; up to two words may stand between ("تتجاوز ثروته 230").</summary>
    private static string? QualifierBefore(string[] normalized, List<Word> words, int numberIndex)
    {
        for (int gap = 0; gap <= 2; gap++)
        {
            int last = numberIndex - 1 - gap; // the qualifier's last word
            foreach (var (backwards, qualifier) in Qualifiers)
            {
                int first = last - backwards.Length + 1;
                if (first < 0)
                {
                    continue;
                }

                bool matches = true;
                for (int k = 0; k < backwards.Length && matches; k++)
                {
                    string word = normalized[last - k];
                    // وحوالي، فأكثر، بأكثر من، لحوالي; but ليصل إلى is "to reach": the level reached, no bound (ارتفع 7 نقاط ليصل إلى 5179).
                    matches = word == backwards[k]
                        || (k == backwards.Length - 1 && word.Length > 1 && (word[0] is 'و' or 'ف' or 'ب' || (word[0] == 'ل' && qualifier != "up_to")) && word.AsSpan(1).SequenceEqual(backwards[k]));
                }

                // The qualifier must be in the number's sentence.
                for (int p = first + 1; p <= numberIndex && matches; p++)
                {
                    matches = !words[p].SentenceBreakBefore;
                }

                if (matches)
                {
                    return qualifier;
                }
            }
        }

        return null;
    }

    /// <summary>"البالغ من العمر 28 عاماً", "(41 عاماً)", "عن عمر يناهز 90 عاما": years that are an age.</summary>
    private static bool IsAge(List<Word> words, string[] normalized, int numberIndex, string text)
    {
        for (int k = numberIndex - 1; k >= Math.Max(0, numberIndex - 4) && !words[k + 1].SentenceBreakBefore; k--)
        {
            if (AgeCues.Contains(normalized[k]) && (normalized[k] != "عن" || (k + 1 < numberIndex && normalized[k + 1] == "عمر")))
            {
                return true;
            }
        }

        // In parentheses right after a name: "زوكربيرغ (41 عاماً)".
        int before = words[numberIndex].Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && text[before] == '(';
    }

    /// <summary>
    /// What figures look up in a sentence that holds one, each found once a sentence when first needed: its words'
    /// forms, where metric triggers are looked for, and the known names a figure's subject is chosen among. A
    /// sentence with several figures is read once.
    /// </summary>
    private sealed class SentenceLookups(int from, int to)
    {
        public int From { get; } = from;

        public int To { get; } = to;

        public WordForms[]? Forms { get; set; }

        public List<GazetteerMatch>? Subjects { get; set; }
    }

    /// <summary>
    /// Whether a word carries the article. A trigger that names the figure right after it (مرتفعا بنسبة 61%، منخفض نحو
    /// 12%) does so undetermined, as a state; with the article it describes a noun before it (معدل التضخم المنخفض إلى
    /// 2%: inflation, not a fall).
    /// </summary>
    private static bool Definite(string word) => word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("وال", StringComparison.Ordinal);

    /// <summary>
    /// Whether a trigger that names only the figure after it (حرر …، أفرج عن …) reaches the figure starting at
    /// <paramref name="start"/> from the word after it, <paramref name="afterTrigger"/>: right after it or one word on,
    /// or, for a count, past its verb's subject, up to three words that all carry the article (حرر الجيش النيجيري 178
    /// شخصا: the army freed them). An indefinite word or a preposition between opens another phrase (حرر خلال عملية …
    /// 178). Counts only: a level's points past definite words (مستوى الدعم النفسي 9000 نقطة) name a support, not the close.
    /// </summary>
    private static bool NamesTheFigureAfter(string[] normalized, int afterTrigger, int start, bool pastASubject)
    {
        int gap = start - afterTrigger;
        if (gap <= 1)
        {
            return true;
        }

        if (!pastASubject || gap > 3)
        {
            return false;
        }

        for (int k = afterTrigger; k < start; k++)
        {
            if (!Definite(normalized[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The trigger at word <paramref name="k"/> has every word as the sentence writes it, its prefixes aside.</summary>
    private static bool WrittenAsTheSentence(WordForms[] sentence, int k, WordForms[] trigger)
    {
        for (int t = 0; t < trigger.Length; t++)
        {
            if (sentence[k + t].Core != trigger[t].Core)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words before a share's trigger an index's noun may stand for the shares to be the index's name.</summary>
    private const int IndexNameReach = 4;

    /// <summary>An index's noun (مؤشر، المؤشر، لمؤشر) among the words from <paramref name="from"/> to before <paramref name="at"/>, no number after it.</summary>
    private static bool InAnIndexName(string[] normalized, int from, int at)
    {
        for (int k = at - 1; k >= from; k--)
        {
            string word = normalized[k];
            if (word.Length > 0 && char.IsDigit(word[0]) && (k < at - 1 || !IsIndexNumber(normalized, k)))
            {
                return false; // another figure between (ارتفع المؤشر 30 نقطة وصعد سهم سابك 2%); only an index's own number stands right before the shares
            }

            if (IndexNouns.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> IndexNouns = new[] { "مؤشر", "المؤشر", "لمؤشر", "ومؤشر", "بمؤشر", "مؤشرات", "المؤشرات" }
        .Select(w => Analysis.ArabicNormalizer.NormalizeLower(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A number that is part of an index's name (يورو ستوكس 50، فايننشال تايمز 100، ستاندرد آند بورز 500), as the round numbers such names end in.</summary>
    private static bool IsIndexNumber(string[] normalized, int k) => normalized[k] is "50" or "100" or "500" or "225" or "30" or "40";

    /// <summary>The metric whose trigger sits closest to the figure (words <paramref name="start"/> to <paramref name="end"/>) in its sentence (longer triggers win ties).</summary>
    /// <remarks>
    /// "قتل وأصيب" right before a count of others (شرطيا قتل وأصيب ثلاثة آخرون، سقط ثمانية قتلى وأصيب 10 آخرون) is a toll
    /// told in two: the one killed named before, the others the injured. Others counted "بين قتيل وجريح" are both.
    /// </remarks>
    private string? MetricNear(string[] normalized, SentenceLookups lookups, int start, int end, string kind, string unit)
    {
        string? metric = NearestMetric(normalized, lookups, start, end, kind, unit);
        if (metric != "casualties")
        {
            return metric;
        }

        // ... and the dead counted by their noun before a verb of injury (ثمانية قتلى وأصيب 10) are the dead alone.
        bool afterAVerbOfInjury = start > lookups.From && VerbOfInjury(normalized[start - 1]);
        return afterAVerbOfInjury && CountsOthers(normalized, end, lookups.To) ? "injuries" : DeadBeforeAVerbOfInjury(normalized, end, lookups.To) ? "deaths" : metric;
    }

    /// <summary>وأصيب، وجرح and their plurals, normalized: the second half of a toll told in two.</summary>
    private static bool VerbOfInjury(string normalized) => normalized is "واصيب" or "واصيبوا" or "وجرح" or "وجرحوا";

    private static bool DeadBeforeAVerbOfInjury(string[] normalized, int end, int to)
    {
        for (int k = end; k <= Math.Min(end + 1, to - 2); k++)
        {
            if (normalized[k] is "قتلي" or "قتيلا" or "قتيل" && VerbOfInjury(normalized[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The market nouns (سوق، أسواق), normalized: before الأسهم they name the market.</summary>
    private static readonly HashSet<string> MarketNouns = new(["سوق", "اسواق"], StringComparer.Ordinal);

    /// <summary>A market noun, a one-letter clitic (و ف ب ل) glued on or not (سوق، لسوق، وأسواق).</summary>
    private static bool IsMarketNoun(string w) =>
        MarketNouns.Contains(w) || (w.Length >= 4 && w[0] is ArabicLetters.Waw or ArabicLetters.Feh or ArabicLetters.Beh or ArabicLetters.Lam && MarketNouns.Contains(w[1..]));

    /// <summary>آخر, آخرون, آخرين, آخران: the figure's word or the next counts "others".</summary>
    private static bool CountsOthers(string[] normalized, int end, int to)
    {
        for (int k = end; k <= Math.Min(end + 1, to - 1); k++)
        {
            if (normalized[k] is "اخر" or "اخرون" or "اخرين" or "اخران" or "اخري" or "اخريين")
            {
                return true;
            }
        }

        return false;
    }

    private string? NearestMetric(string[] normalized, SentenceLookups lookups, int start, int end, string kind, string unit)
    {
        int from = lookups.From;
        var sentence = lookups.Forms ??= [.. normalized[from..lookups.To].Select(WordForms.Of)];

        // The triggers that match somewhere in the sentence, tried in the vocabulary's order (longer first) and left
        // to right, as trying every trigger at every word would meet them: the first at the least distance wins.
        var starting = new List<int>();
        var found = new List<(int Metric, int At)>();
        for (int k = 0; k < sentence.Length; k++)
        {
            starting.Clear();
            vocabulary.AddMetricsStartingWith(sentence[k], starting);
            foreach (int m in starting)
            {
                var (_, kinds, trigger, onlyBefore, needs) = vocabulary.Metrics[m];
                if (k + trigger.Length > sentence.Length || !FigureVocabulary.AppliesTo(kinds, kind, unit) || found.Contains((m, k))
                    || (onlyBefore && (from + k + trigger.Length > start || !NamesTheFigureAfter(normalized, from + k + trigger.Length, start, pastASubject: kind == "count")))
                    || (onlyBefore && Definite(sentence[k].Word) && !Definite(trigger[0].Word))
                    || (onlyBefore && trigger[0].Word[0] == ArabicLetters.Waw && sentence[k].Word != trigger[0].Word) // وفقد, written with its و: never the particle فقد
                    || (needs.Length > 0 && !sentence.Any(w => needs.Any(n => FigureVocabulary.SameWord(w, n)))))
                {
                    continue;
                }

                bool all = true;
                for (int t = 1; t < trigger.Length && all; t++)
                {
                    all = FigureVocabulary.SameWord(sentence[k + t], trigger[t]);
                }

                // "سوق الأسهم" is the stock market, no share (تراجعت أرباح الشركات المدرجة في سوق الأسهم 14%: profits).
                if (all && !(vocabulary.Metrics[m].Metric == "share_price_change" && k > 0 && IsMarketNoun(normalized[from + k - 1])))
                {
                    found.Add((m, k));
                }
            }
        }

        found.Sort();
        string? best = null;
        bool bestNeededWords = false, bestExact = false;
        int bestLength = 0;
        double bestDistance = double.MaxValue;
        foreach (var (m, k) in found)
        {
            var (metric, _, trigger, _, needs) = vocabulary.Metrics[m];
            int at = from + k;
            // A trigger after the figure counts half a word further than one before it: the noun that governs a
            // number stands before it ("مقتل 27 شخصا وإصابة نحو 100", "وفاة أربعة أشخاص وإصابة ثلاثة"), so the
            // next quantity's noun right after the counted noun is not this figure's.
            double distance = at > end ? at - end + 0.5 : at + trigger.Length - 1 < start ? start - (at + trigger.Length - 1) : 0;
            if (at + trigger.Length < start && ReportedClauseBetween(normalized, at + trigger.Length, start))
            {
                continue;
            }

            // "وارتفعت أسهم أربع شركات وانخفضت أسعار 35": a trigger after the figure with a number of its own governs that
            // one. A toll's only when its number follows it at once (مقتل 15 بينهم 12 عسكريا | وإصابة 9): its words may
            // close around the count before the next toll begins (لقي تسعة أشخاص حتفهم | وأصيب 41).
            // A qualifier between a toll's trigger and its number is the number's (وإصابة أكثر من 400).
            int numberAt = at + trigger.Length;
            while (Tolls.Counts(metric) && numberAt < lookups.To && TollQualifierWords.Contains(normalized[numberAt]))
            {
                numberAt++;
            }

            if (at > end && NumberSoonAfter(normalized, numberAt, Tolls.Counts(metric) ? Math.Min(lookups.To, numberAt + 1) : lookups.To))
            {
                continue;
            }

            // A rise or fall joined on by و after the figure is the next change's (تراجعت إيراداتها 5%، وقفزت مبيعاتها 35%):
            // a change is told before its percentage, the one after opens another.
            if (at > end && metric is "growth" or "decline" && normalized[at].Length > 3 && normalized[at][0] == ArabicLetters.Waw)
            {
                continue;
            }

            // A trigger after the figure is the next clause's when another number or a word of contrast stands between
            // (مصاريف الزكاة بـ 81 مليون ريال والاستهلاكات بمبلغ 45 مليون ريال نتيجة لإعادة تقييم; نسبة الانتشار 12 في
            // المائة، في حين … مع وجود نمو): a figure's noun comes before it or right after it, never past another figure.
            // A toll's verb closes around its count and the part it names (لقي 7 أشخاص بينهم 5 أشقاء مصرعهم).
            if (at > end + 1 && AnotherClauseBetween(normalized, end + 1, at, numbersToo: !Tolls.Counts(metric)))
            {
                continue;
            }

            // A toll's word that a place is named by (حي الشهداء، مقبرة الشهداء، ساحة الشهداء، شارع الشهيد) is that place's
            // name, no toll: "نزع ملكية ثمانية عقارات بحي الشهداء … بإجمالي تعويض قدره 3 ملايين" counts no dead.
            if (Tolls.Counts(metric) && at > from && PlacesNamedForTheFallen.Contains(PlaceNounUnderItsClitic(normalized[at - 1])))
            {
                continue;
            }

            // A trigger that is another figure's counted noun, a number right before it (نفذت من خلال 75.1 ألف صفقة), is
            // that figure's: the 3.6 billion riyals before it are no deal.
            if (at > end + 1 && UnitOfANumber(normalized, at))
            {
                continue;
            }

            // Shares named in an index's name (المؤشر يورو ستوكس 50 للأسهم القيادية، مؤشر الأسهم السعودية) say what the index
            // counts: its change is the index's, no share's.
            if (metric == "share_price_change" && InAnIndexName(normalized, Math.Max(from, at - IndexNameReach), at))
            {
                continue;
            }

            // How many companies rose, fell, held or were suspended: the verb comes first (ارتفعت أسهم 78 شركة، تراجعت أسعار
            // أسهم 18 شركة، واستقرت ...): the next clause's verb is never this count's.
            if (at > end && unit == "company")
            {
                continue;
            }

            if (at >= start && at <= end && trigger.Length == 1)
            {
                // A trigger that is the figure's own unit word (مستخدم) is weaker than one beside it, unless it names a
                // toll: the counted noun of "32 قتيلا ومئة جريح" says which toll the hundred is, whatever stands before.
                distance = Tolls.Counts(metric) ? 0 : 1;
            }

            // At equal distance a metric that asked for words in the sentence and found them (points or a percent
            // beside an index) is more specific than one that asks nothing (any rise is growth); and of two triggers of
            // one length, the one written as the sentence writes it (its clitics aside) beats one met only by its stem ("قيمة الصفقات" is
            // the trading value's, not "قيمة الصفقة", a deal's).
            // Written as the sentence writes it, prefixes aside (وقتل is قتل): looked at only where it can decide a tie.
            bool tie = distance == bestDistance && (needs.Length > 0) == bestNeededWords && trigger.Length == bestLength && !bestExact;
            bool exact = (distance < bestDistance || tie) && WrittenAsTheSentence(sentence, k, trigger);
            if (distance < bestDistance || (distance == bestDistance && needs.Length > 0 && !bestNeededWords) || (tie && exact))
            {
                bestDistance = distance;
                best = metric;
                bestNeededWords = needs.Length > 0;
                bestLength = trigger.Length;
                bestExact = exact;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether an actor named near a figure of this metric can be whose quantity it is. A toll (deaths,
    /// injuries, arrests) belongs to its event: the actors named beside it are whoever reports it (وزارة
    /// الداخلية، الهلال الأحمر), attacks (داعش) or rescues, never its owner. A price belongs to what is priced
    /// (أسعار النفط), not to the producer or buyer named nearby (أوبك، أوروبا). How many companies rose, fell or held
    /// counts a market's or a sector's companies, never one company's (سجلت 6 شركات نموا … نتائج شركة سابك).
    /// </summary>
    private static bool OwnedByAnActor(string? metric) =>
        !Tolls.OfAnEvent(metric) && metric != "price" && metric?.EndsWith("_companies", StringComparison.Ordinal) != true;

    /// <summary>
    /// How many words may stand between a name and a figure whose sentence names no metric for the name to own it. What
    /// such a name "owns" is unknown unless the figure follows it at once as its verb's object (أنفقت ميتا 10 مليارات
    /// دولار); further off, the name was (audit rounds 1–6) the one who reports, denounces or hosts the figure eight
    /// times in nine (وبحسب الأمم المتحدة … 21 مليون شخص، أدانت منظمة التحرير … 906 وحدات، مجلس الأمن … خلال 90 يوما).
    /// </summary>
    private const int MaxGapWithoutMetric = 1;

    /// <summary>
    /// How many words may stand between a name other than a company's and a rise or fall for the name to own it: the
    /// name is the changed thing's owner right before it (ارتفعت صادرات الصين 5%، قالت الصين إن صادراتها ارتفعت بنسبة 5).
    /// Further off it was, over SaudiNewsNet, the body reporting many changes (أظهر تقرير مؤسسة النقد … ارتفاع عدد
    /// بطاقات الصرف الآلي … بنسبة 15.4%، مقارنة بارتفاع بنسبة 8.3%), while a company named further off was, nine times
    /// in eleven read, the company whose profit, sales or share rose or fell.
    /// </summary>
    private const int MaxGapForAChange = 4;

    /// <summary>Where the change a value ends begins: the من of "من 3 في المئة إلى 2.8 في المئة" for the 2.8; the value itself otherwise.</summary>
    private static int ChangeStart(string[] normalized, List<Word> words, int start)
    {
        if (start < 2 || normalized[start - 1] is not ("الي" or "حتي"))
        {
            return start;
        }

        for (int k = start - 2; k >= Math.Max(0, start - 6) && !words[k + 1].SentenceBreakBefore; k--)
        {
            if (normalized[k] == "من" && words[k + 1].Kind == TokenKind.Number)
            {
                return k + 1; // the value before, as the first value's own gap is counted from it
            }
        }

        return start;
    }

    /// <summary>Metrics a person can own; every other sum is an organization's, a person beside it being its officer or reporter.</summary>
    private static bool PersonMetric(string? metric) => metric is "net_worth" or "age";

    /// <summary>
    /// Metrics a country or city owns: what it exports, imports, produces, refines, burns, earns (GDP), owes or counts
    /// (صادرات السعودية من الخام، عدد سكان اليمن، عجز موازنة الكويت). For every other metric a place named before the
    /// figure is where it happened, not whose it is.
    /// </summary>
    private static bool PlaceMetric(string? metric) =>
        metric is "exports" or "imports" or "oil_production" or "oil_demand" or "refinery_runs" or "consumption" or "gdp" or "population"
            or "deficit" or "debt" or "budget" or "inflation" or "unemployment";

    private static bool CanOwn(GazetteerEntry entry, string? metric) => entry.Kind switch
    {
        "person" => PersonMetric(metric),
        "place" => PlaceMetric(metric),
        _ => true,
    };

    /// <summary>A place, a bloc or a company a trade figure goes to or comes from is its partner, not its trader (see <see cref="TradeFlows"/>).</summary>
    private static bool TradePartner(List<Word> words, string text, int at, GazetteerEntry entry, string? metric)
    {
        if (metric is not ("exports" or "imports") || entry.Kind is not ("place" or "organization"))
        {
            return false;
        }

        string? before = at > 0 && !words[at].SentenceBreakBefore ? WordAt(words, text, at - 1) : null;
        bool gluedLam = WordAt(words, text, at).StartsWith('\u0644') && !Analysis.ArabicNormalizer.Normalize(entry.Name).StartsWith('\u0644');
        return TradeFlows.Partner(metric, before, gluedLam, () =>
        {
            for (int k = at - 1; k >= Math.Max(0, at - 3); k--)
            {
                if (TradeFlows.IsExportsWord(WordAt(words, text, k)))
                {
                    return true;
                }

                if (words[k].SentenceBreakBefore)
                {
                    break;
                }
            }

            return false;
        });
    }

    private static string WordAt(List<Word> words, string text, int k) =>
        Analysis.ArabicNormalizer.NormalizeLower(text.AsSpan(words[k].Start, words[k].End - words[k].Start));

    /// <summary>The known entity nearest before the figure (beginning at word <paramref name="start"/>) in its sentence.</summary>
    private string? SubjectNear(List<Word> words, string[] normalized, int start, string text, SentenceLookups lookups, string? metric)
    {
        int from = lookups.From;
        if (lookups.Subjects is not { } matches)
        {
            var sentenceWords = new List<string>(lookups.To - from);
            for (int k = from; k < lookups.To; k++)
            {
                sentenceWords.Add(text[words[k].Start..words[k].End]);
            }

            // The nearest known organization, product, person or place before the figure in its sentence (each owning
            // only the metrics its kind can own); news states the actor first ("رفعت ميتا توجيهاتها … إلى ما بين 70 و72 مليار دولار").
            var found = gazetteer.Match(sentenceWords).Where(m => m.Entry.Kind is "organization" or "person" or "product" or "place" && !m.Entry.IsNews).ToList();
            // A place right after an organization's name is that name's country (شركة زين السعودية، الخطوط الجوية
            // القطرية), as mentions read it: no owner of its own.
            lookups.Subjects = matches = [.. found.Where(m => !(m.Entry.Kind == "place" && found.Any(o => o.Entry.Kind == "organization" && o.End == m.Start)))];
        }

        var nearest = matches.Where(m => from + m.End <= start && CanOwn(m.Entry, metric) && !TradePartner(words, text, from + m.Start, m.Entry, metric)).MaxBy(m => m.End);
        if (nearest is null || (metric is null && start - (from + nearest.End) > MaxGapWithoutMetric)
            || (metric is "growth" or "decline" && !nearest.Entry.IsCompany && ChangeStart(normalized, words, start) - (from + nearest.End) > MaxGapForAChange))
        {
            return null;
        }

        // A noun that heads another owner between the name and the figure (ارتفع سهم سابك 1% وتراجع سهم إعمار 0.4%،
        // وانخفض مؤشر البورصة المصرية 0.4%) gives the figure to the thing it heads, which no list may know: the
        // earlier name owns its own figure, not the next one's.
        for (int k = from + nearest.End; k < start; k++)
        {
            string word = Analysis.ArabicNormalizer.NormalizeLower(text.AsSpan(words[k].Start, words[k].End - words[k].Start));
            if (OwnerNouns.Heads(word) && !matches.Any(m => from + m.Start == k + 1))
            {
                return null;
            }
        }

        return nearest.Entry.Name;
    }


    private static (int From, int To) SentenceAround(List<Word> words, int start, int end)
    {
        int from = start;
        while (from > 0 && !words[from].SentenceBreakBefore)
        {
            from--;
        }

        int to = end + 1;
        while (to < words.Count && !words[to].SentenceBreakBefore)
        {
            to++;
        }

        return (from, to);
    }
}
