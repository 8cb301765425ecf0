using Rasid.Analysis;
using Rasid.Extraction;

namespace Rasid.Relating;

/// <summary>One dated entry of an entity's timeline: a figure about it, or an article naming it, with its sentence.</summary>
public sealed record TimelineEntry(string Date, string Kind, string Article, string Source, string Text, string Sentence, Extraction.Figures.Figure? Figure);

/// <summary>An entity, every name it was found under, and what the articles say about it, newest first.</summary>
/// <param name="Partial">Only the newest articles naming it were read (see <see cref="Queries.NewsQueries.Timeline"/>): older ones name it too.</param>
public sealed record EntityTimeline(ResolvedEntity Entity, IReadOnlyList<TimelineEntry> Entries, bool Partial = false);

/// <summary>
/// Builds an entity's timeline: the articles whose mentions share a key with the name asked for (any spelling
/// the gazetteer knows, any script) are resolved together, and the entity that holds the name gives the mentions.
/// An entry is dated by a day or month named in its sentence, else by the article's publication date.
/// </summary>
public static class EntityTimelines
{
    public static EntityTimeline? Of(string name, IEnumerable<RelationInput> articles, Gazetteer gazetteer)
    {
        var known = gazetteer.Whole(name);
        var keys = (known?.Names ?? [name]).Select(NameKey.Of).Append(NameKey.Of(name)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

        var candidates = articles.Where(a => a.Facts.Mentions.Any(m => keys.Contains(NameKey.Of(m.Name)) || keys.Contains(NameKey.Of(m.Surface)))).ToList();
        var entity = EntityResolver.Resolve(candidates.Select(a => (a.Id, a.Facts.Mentions)), gazetteer)
            .Where(e => e.Mentions.Any(m => keys.Contains(NameKey.Of(m.Mention.Name)) || keys.Contains(NameKey.Of(m.Mention.Surface))))
            .MaxBy(e => e.Mentions.Count);
        if (entity is null)
        {
            return null;
        }

        var names = entity.Aliases.Append(entity.Name).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var entries = new List<TimelineEntry>();
        foreach (var article in candidates)
        {
            var mentions = entity.Mentions.Where(m => m.Article == article.Id).Select(m => m.Mention).ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            foreach (var figure in article.Facts.Figures.Where(f => f.Subject is { } s && names.Contains(NameKey.Of(s))))
            {
                var (from, to) = Extractors.SentenceAround(article.Text, figure.Start, figure.End);
                entries.Add(new TimelineEntry(DateOf(article, from, to), "figure", article.Id, article.Source, figure.Surface, article.Text[from..to].Trim(), figure));
            }

            var first = mentions.MinBy(m => m.Start)!;
            var (start, end) = Extractors.SentenceAround(article.Text, first.Start, first.End);
            entries.Add(new TimelineEntry(DateOf(article, start, end), "mention", article.Id, article.Source, first.Surface, article.Text[start..end].Trim(), null));
        }

        return new EntityTimeline(entity, entries
            .OrderByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Kind == "figure" ? 0 : 1)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ToList());
    }

    private static string DateOf(RelationInput article, int from, int to)
    {
        var dated = article.Facts.Dates.FirstOrDefault(d => d.Start >= from && d.End <= to && d.Precision is "day" or "month" && d.Value.Length >= 7 && char.IsAsciiDigit(d.Value[0]));
        return dated?.Value ?? article.Published ?? "";
    }
}
