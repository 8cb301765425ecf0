using Rasid.Analysis;

namespace Rasid.Searching;

/// <summary>How a query reads: whether it is a question, and the words (by their start in the text) that only ask.</summary>
public sealed record QuestionReading(bool IsQuestion, IReadOnlySet<int> NotSearched);

/// <summary>
/// Reads a query as a question or as keywords. A question ends with ? or ؟, or begins with an interrogative
/// (Resources/Search/question-words.txt: ما، متى، كم، لماذا، بماذا، ماهي، مين …), or with a stop word and then one
/// (في أي عام، من كم، إلى ماذا). In a question, the interrogatives are not searched, nor a noun that right after
/// one only frames what is asked (Resources/Search/question-frame-nouns.txt: ما اسم، كم عدد، ما هو عدد).
/// </summary>
public static class QuestionWords
{
    private static readonly HashSet<string> Interrogatives =
        RasidResources.ReadLines("Search.question-words.txt").Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> FrameNouns =
        RasidResources.ReadLines("Search.question-frame-nouns.txt").Select(w => LightStemmer.Stem(ArabicNormalizer.Normalize(w))).ToHashSet(StringComparer.Ordinal);

    public static QuestionReading Read(string text)
    {
        var words = new List<(int Start, string Normalized)>();
        var tokens = new TokenEnumerator(text);
        while (tokens.MoveNext())
        {
            var token = tokens.Current;
            words.Add((token.Start, ArabicNormalizer.Normalize(text[token.Start..token.End])));
        }

        string end = text.TrimEnd();
        bool question = end.EndsWith('?') || end.EndsWith(ArabicLetters.ArabicQuestionMark)
            || (words.Count > 0 && IsInterrogative(words[0].Normalized))
            || (words.Count > 1 && StopWords.Contains(words[0].Normalized) && IsInterrogative(words[1].Normalized));
        if (!question)
        {
            return new QuestionReading(false, new HashSet<int>());
        }

        var notSearched = new HashSet<int>();
        bool afterInterrogative = false; // only stop words since the last interrogative
        foreach (var (start, word) in words)
        {
            if (IsInterrogative(word))
            {
                notSearched.Add(start);
                afterInterrogative = true;
            }
            else if (afterInterrogative && FrameNouns.Contains(LightStemmer.Stem(word)))
            {
                notSearched.Add(start);
                afterInterrogative = false;
            }
            else if (!StopWords.Contains(word))
            {
                afterInterrogative = false;
            }
        }

        return new QuestionReading(true, notSearched);
    }

    /// <summary>An interrogative, normalized (ماهي، بماذا، مين).</summary>
    public static bool IsInterrogative(string normalizedWord) => Interrogatives.Contains(normalizedWord);
}
