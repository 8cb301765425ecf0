namespace Rasid.Analysis;

/// <summary>The words next to a place in a text, as rules that read a name's context need them (في مدينة حلب، بمدينة بعقوبة).</summary>
public static class WordsAround
{
    /// <summary>
    /// The letters glued to the front of the word at <paramref name="start"/> (ب in بحلب, empty at a word's start), and
    /// the whole word before that word with where it starts, or null at the text's start or after punctuation.
    /// </summary>
    public static (string Lead, (string Word, int Start)? Before) Before(string text, int start)
    {
        int wordStart = start;
        while (wordStart > 0 && IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        string lead = text[wordStart..start];
        int end = wordStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int previous = end;
        while (previous > 0 && IsWordChar(text[previous - 1]))
        {
            previous--;
        }

        return (lead, previous < end && end < wordStart ? (text[previous..end], previous) : null);
    }

    /// <summary>
    /// The whole word after <paramref name="end"/> (the end of a word), with where it starts and ends, or null at the
    /// text's end or when anything but spaces stands between.
    /// </summary>
    public static (string Word, int Start, int End)? After(string text, int end)
    {
        int start = end;
        while (start < text.Length && text[start] is ' ' or '\u00A0')
        {
            start++;
        }

        int stop = start;
        while (stop < text.Length && (char.IsLetter(text[stop]) || (stop > start && IsWordChar(text[stop]))))
        {
            stop++;
        }

        return start > end && stop > start ? (text[start..stop], start, stop) : null;
    }

    /// <summary>A letter or a mark written on one (the harakat of السُّلطات): part of the word.</summary>
    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
