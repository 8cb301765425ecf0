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

    private sealed record Word(int Start, int End, string Text);

    public IReadOnlyList<EntityMention> Find(string text)
    {
        var sentences = Sentences(text);
        var mentions = new List<EntityMention>();
        var wordLists = sentences.Select(s => (IReadOnlyList<string>)s.Select(w => w.Text).ToList()).ToList();
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var match in gazetteer.Match(wordLists[s]))
            {
                var first = sentences[s][match.Start];
                var last = sentences[s][match.End - 1];
                mentions.Add(new EntityMention(first.Start, last.End, text[first.Start..last.End], match.Entry.Kind, match.Entry.Name));
            }
        }

        if (tagger is not null && sentences.Count > 0)
        {
            var tags = tagger.TagDocument(wordLists);
            for (int s = 0; s < sentences.Count; s++)
            {
                foreach (var (type, start, end) in NerScore.Spans(tags[s]))
                {
                    var first = sentences[s][start];
                    var last = sentences[s][end];
                    if (mentions.Any(m => m.Start < last.End && first.Start < m.End))
                    {
                        continue; // the gazetteer already named it
                    }

                    string kind = type switch { "PERS" => "person", "LOC" => "place", "ORG" => "organization", _ => "other" };
                    mentions.Add(new EntityMention(first.Start, last.End, text[first.Start..last.End], kind, null));
                }
            }
        }

        return mentions.OrderBy(m => m.Start).ToList();
    }

    /// <summary>The text as sentences of words with their offsets.</summary>
    private static List<List<Word>> Sentences(string text)
    {
        var sentences = new List<List<Word>>();
        var current = new List<Word>();
        int previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (current.Count > 0 && text.AsSpan(previousEnd, token.Start - previousEnd).IndexOfAny(".؟?!\n") >= 0)
            {
                sentences.Add(current);
                current = [];
            }

            current.Add(new Word(token.Start, token.End, text[token.Start..token.End]));
            previousEnd = token.End;
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }
}
