using System.Text;

namespace Rasid.Analysis;

/// <summary>
/// Normalization for index keys and rule matching. Rules applied:
/// hamza-carrying alefs (أ إ آ ٱ) become bare alef; hamza on waw and yeh (ؤ ئ) become a bare hamza, so
/// مسئول and مسؤول agree; alef maksura ى becomes yeh ي; taa marbuta ة becomes heh ه; tatweel, harakat,
/// bidi and zero-width marks are dropped; Arabic-Indic and Persian digits become ASCII digits; ٪ ٫ ٬ become
/// % . ,; presentation forms fold through NFKC (ﻻ becomes لا); Persian keheh and farsi yeh fold to ك ي;
/// Latin letters are lower-cased.
/// </summary>
/// <remarks>
/// Written by hand rather than with Lucene's ArabicNormalizer because Lucene folds neither digits nor
/// ؤ/ئ and keeps bidi marks, and because the cleaner needs a map from every normalized char back to
/// the original text (see <see cref="NormalizedText"/>).
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>What one input char becomes: a single char, nothing, or (for ligatures) a string.</summary>
    private static readonly string?[] PresentationFormFolding = BuildPresentationFolding();

    private static string?[] BuildPresentationFolding()
    {
        var table = new string?[0x10000];
        for (int c = 0xFB50; c <= 0xFEFF; c++)
        {
            if (!ArabicLetters.IsPresentationForm((char)c) || char.IsSurrogate((char)c))
            {
                continue;
            }

            string s = ((char)c).ToString();
            string folded;
            try
            {
                folded = s.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (!string.Equals(folded, s, StringComparison.Ordinal))
            {
                var sb = new StringBuilder();
                foreach (char f in folded)
                {
                    char m = FoldCharSlow(f);
                    if (m != '\0')
                    {
                        sb.Append(m);
                    }
                }

                table[c] = sb.ToString();
            }
        }

        return table;
    }

    /// <summary>The Arabic block folded once at start-up: the hot path is one array read per Arabic char.</summary>
    private static readonly char[] ArabicBlockFolding = BuildArabicBlockFolding();

    private static char[] BuildArabicBlockFolding()
    {
        var table = new char[0x100];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = FoldCharSlow((char)(0x0600 + i));
        }

        return table;
    }

    /// <summary>Folds one char; returns '\0' when the char is dropped.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c >= '\u0600' && c <= '\u06FF')
        {
            return ArabicBlockFolding[c - 0x0600];
        }

        return FoldCharSlow(c);
    }

    private static char FoldCharSlow(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        switch (c)
        {
            case ArabicLetters.AlefHamzaAbove:
            case ArabicLetters.AlefHamzaBelow:
            case ArabicLetters.AlefMaddaAbove:
            case ArabicLetters.AlefWasla:
                return ArabicLetters.Alef;
            case ArabicLetters.WawHamzaAbove:
            case ArabicLetters.YehHamzaAbove:
                return ArabicLetters.Hamza;
            case ArabicLetters.AlefMaksura:
            case ArabicLetters.FarsiYeh:
                return ArabicLetters.Yeh;
            case ArabicLetters.TehMarbuta:
                return ArabicLetters.Heh;
            case ArabicLetters.PersianKeheh:
                return ArabicLetters.Kaf;
            case ArabicLetters.Tatweel:
                return '\0';
            case ArabicLetters.PercentSign:
                return '%';
            case ArabicLetters.DecimalSeparator:
                return '.';
            case ArabicLetters.ThousandsSeparator:
                return ',';
        }

        if (ArabicLetters.IsMark(c) || ArabicLetters.IsInvisible(c))
        {
            return '\0';
        }

        if (ArabicLetters.IsArabicIndicDigit(c))
        {
            return (char)('0' + (c - '\u0660'));
        }

        if (ArabicLetters.IsPersianDigit(c))
        {
            return (char)('0' + (c - '\u06F0'));
        }

        if (c is >= '\u00C0' and <= '\u024F')
        {
            return char.ToLowerInvariant(c);
        }

        return c;
    }

    /// <summary>True when <paramref name="c"/> maps to more than one char or to a different char through presentation-form folding.</summary>
    internal static string? FoldPresentationForm(char c) => PresentationFormFolding[c];

    /// <summary>
    /// Normalizes a whole string. Every extraction stage normalizes words this way, so a string that normalization
    /// leaves as it is comes back itself, and otherwise one string is built, without the map <see cref="NormalizedText"/> keeps.
    /// </summary>
    public static string Normalize(string text)
    {
        int length = NormalizedLength(text, out bool changed);
        if (!changed)
        {
            return text;
        }

        return string.Create(length, text, static (into, source) => Normalize(source, into));
    }

    /// <summary>How many chars <paramref name="text"/> normalizes to, and whether it changes at all.</summary>
    internal static int NormalizedLength(ReadOnlySpan<char> text, out bool changed)
    {
        int length = 0;
        changed = false;
        foreach (char c in text)
        {
            if (c >= '\uFB50' && PresentationFormFolding[c] is { } folded)
            {
                length += folded.Length;
                changed = true;
                continue;
            }

            // A dropped char changes the text even when it is NUL itself (FoldChar's "dropped" is '\0'): NUL kept by
            // this check but dropped by the span overload made Normalize("x\0") and NormalizedText disagree.
            char m = FoldChar(c);
            if (m != '\0')
            {
                length++;
                changed |= m != c;
            }
            else
            {
                changed = true;
            }
        }

        return length;
    }

    /// <summary>Normalized and lower-cased: the form names and words are compared in (see <see cref="LowerCase"/>).</summary>
    public static string NormalizeLower(string text) => LowerCase(Normalize(text));

    /// <summary>
    /// As <see cref="NormalizeLower(string)"/> for a word inside a longer text: one string made, where cutting the word
    /// out first made two (figures read every word of every article ingested this way).
    /// </summary>
    public static string NormalizeLower(ReadOnlySpan<char> word) =>
        LowerCase(string.Create(NormalizedLength(word, out _), word, static (into, source) => Normalize(source, into)));

    /// <summary>
    /// The text lower-cased, char for char (same length, so offsets hold). Arabic has no case, and culture-aware
    /// lower-casing of a whole Arabic string costs as much as normalizing it, so text without an upper-case letter
    /// is returned as it is.
    /// </summary>
    public static string LowerCase(string text)
    {
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    /// <summary>
    /// Normalizes <paramref name="word"/> into <paramref name="destination"/> and returns the length written
    /// (hot path, no allocation). A ligature may expand (ﻻ is لا): give twice the source's room.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        int w = 0;
        foreach (char c in word)
        {
            if (c >= '\uFB50' && PresentationFormFolding[c] is { } folded)
            {
                foreach (char f in folded)
                {
                    if (w < destination.Length)
                    {
                        destination[w++] = f;
                    }
                }

                continue;
            }

            char m = FoldChar(c);
            if (m != '\0' && w < destination.Length)
            {
                destination[w++] = m;
            }
        }

        return w;
    }
}

/// <summary>A normalized string with, for every char, the index of the char it came from in the original.</summary>
public sealed class NormalizedText
{
    private NormalizedText(string original, string text, int[] originalIndex)
    {
        Original = original;
        Text = text;
        OriginalIndex = originalIndex;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>OriginalIndex[i] is the index in <see cref="Original"/> of normalized char i; one extra entry maps the end.</summary>
    public int[] OriginalIndex { get; }

    public static NormalizedText From(string original)
    {
        int length = ArabicNormalizer.NormalizedLength(original, out _);
        var text = new char[length];
        var map = new int[length + 1];
        int w = 0;
        for (int i = 0; i < original.Length; i++)
        {
            char c = original[i];
            string? folded = c >= '\uFB50' ? ArabicNormalizer.FoldPresentationForm(c) : null;
            if (folded is not null)
            {
                foreach (char f in folded)
                {
                    text[w] = f;
                    map[w++] = i;
                }

                continue;
            }

            char m = ArabicNormalizer.FoldChar(c);
            if (m != '\0')
            {
                text[w] = m;
                map[w++] = i;
            }
        }

        map[length] = original.Length;
        return new NormalizedText(original, new string(text), map);
    }

    /// <summary>The original substring behind normalized range [start, end).</summary>
    public string OriginalSlice(int start, int end)
    {
        int from = OriginalIndex[start];
        int to = end >= OriginalIndex.Length - 1 ? Original.Length : OriginalIndex[end - 1] + 1;
        return Original[from..to];
    }
}
