namespace Rasid.Extraction.Ner;

/// <summary>A sentence in CoNLL form: its words and, when the file has a second column, their BIO tags.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string>? Tags);

/// <summary>
/// Reads the CoNLL layout NER benchmarks use: one word per line, an optional tag in the second column, a blank
/// line between sentences.
/// </summary>
public static class Conll
{
    public static IEnumerable<ConllSentence> Read(TextReader reader)
    {
        var words = new List<string>();
        var tags = new List<string>();
        bool tagged = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConllSentence(words.ToArray(), tagged ? tags.ToArray() : null);
                    words.Clear();
                    tags.Clear();
                    tagged = true;
                }

                continue;
            }

            words.Add(columns[0]);
            if (columns.Length > 1)
            {
                tags.Add(columns[^1]);
            }
            else
            {
                tagged = false;
            }
        }

        if (words.Count > 0)
        {
            yield return new ConllSentence(words.ToArray(), tagged ? tags.ToArray() : null);
        }
    }

    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }
}
