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
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
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
        while (previous > 0 && char.IsLetter(text[previous - 1]))
        {
            previous--;
        }

        return (lead, previous < end && end < wordStart ? (text[previous..end], previous) : null);
    }
}
