using System.Text.Json;
using Rasid.Storing;

namespace Rasid.Exporting;

/// <summary>Writes the export contract of DESIGN.md as JSON Lines: one object a line, its kind in "type".</summary>
public static class JsonlExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ArticleJson.Options.Encoder, Indented = false };

    /// <summary>
    /// Each article's record, then the figure and date records of its facts; after all articles, one record per
    /// entity with every spelling and mention across them, the quotes (speakers as entity ids), the stories and
    /// the claims. Returns the article count.
    /// </summary>
    /// <param name="related">The stories and claims to write (those <c>rasid stories</c> and <c>rasid claims</c> show, from
    /// <see cref="IncrementalRelations"/>); when null they are found in this pass over the articles.</param>
    public static int Export(IEnumerable<(StoredArticle Article, Extraction.ArticleFacts Facts)> articles, TextWriter output, Extraction.Extractors? extractors = null, RelatingResult? related = null)
    {
        extractors ??= Extraction.Extractors.Default;
        int count = 0;
        var mentions = new List<(string Article, IReadOnlyList<Extraction.EntityMention> Mentions)>();
        var quotes = new List<(string Article, Extraction.Quotes.Quote Quote)>();
        Relating.IStoryFinder stories = new Relating.StoryFinder();
        var claims = new Relating.ClaimFinder(extractors.Gazetteer);
        foreach (var (stored, facts) in articles)
        {
            if (related is null)
            {
                var input = Relating.RelationInput.Of(stored, facts);
                stories.Add(input);
                claims.Add(input);
            }

            output.Write(ArticleRecord(stored, indented: false));
            output.Write('\n');
            foreach (var figure in facts.Figures)
            {
                output.Write(FigureRecord(stored.Id, figure));
                output.Write('\n');
            }

            foreach (var date in facts.Dates)
            {
                output.Write(DateRecord(stored.Id, date));
                output.Write('\n');
            }

            mentions.Add((stored.Id, facts.Mentions));
            quotes.AddRange(facts.Quotes.Select(q => (stored.Id, q)));
            count++;
        }

        // Entities span articles, so they are resolved once all are read; a quote's speaker is then an entity id.
        var entities = Extraction.EntityResolver.Resolve(mentions, extractors.Gazetteer);
        var speakerIds = new Dictionary<(string Article, string Name), string>();
        foreach (var entity in entities)
        {
            output.Write(EntityRecord(entity));
            output.Write('\n');
            foreach (var (article, mention) in entity.Mentions)
            {
                speakerIds.TryAdd((article, mention.Name), entity.Id);
                speakerIds.TryAdd((article, mention.Surface), entity.Id);
            }
        }

        foreach (var (article, quote) in quotes)
        {
            // The speaker as an entity id when the speaker is one of the article's named entities; else as written (متحدث باسم الشركة).
            string? speaker = quote.Speaker is { } name && speakerIds.TryGetValue((article, name), out var id) ? id : quote.Speaker;
            output.Write(JsonSerializer.Serialize(
                new { type = "quote", article, speaker, speaker_name = quote.Speaker, text = quote.Text, start = quote.Start, end = quote.End },
                ArticleJson.Options));
            output.Write('\n');
        }

        var relations = related?.Relations ?? stories.Relations();
        foreach (var story in relations.Stories)
        {
            output.Write(StoryRecord(story));
            output.Write('\n');
        }

        foreach (var claim in related?.Claims ?? claims.Claims(relations))
        {
            output.Write(ClaimRecord(claim));
            output.Write('\n');
        }

        output.Flush();
        return count;
    }

    /// <summary>A claim record of the export contract; each value also carries its sentence, source and independent support.</summary>
    public static string ClaimRecord(Relating.Claim c) => JsonSerializer.Serialize(
        new
        {
            type = "claim", id = c.Id, subject = c.Subject, metric = c.Metric, period = c.Period, status = c.Status, independent_stories = c.IndependentStories,
            values = c.Values.Select(v => new
            {
                article = v.Article, value = v.Value, max = v.Max, unit = v.Unit, qualifier = v.Qualifier, surface = v.Surface, start = v.Start, end = v.End,
                sentence = v.Sentence, source = v.Source, published = v.Published, independent_stories = v.IndependentStories,
            }),
        },
        ArticleJson.Options);

    /// <summary>A story record of the export contract, with its links and their evidence added.</summary>
    public static string StoryRecord(Relating.Story s) => JsonSerializer.Serialize(
        new
        {
            type = "story", id = s.Id, articles = s.Articles, kind = s.Kind, score = s.Score,
            links = s.Links.Select(l => new
            {
                first = l.First, second = l.Second, kind = l.Kind, score = l.Score,
                evidence = new { entities = l.Evidence.Entities, figures = l.Evidence.Figures, dates = l.Evidence.Dates, jaccard = l.Evidence.Jaccard, rare_words_shared = l.Evidence.RareWordsShared },
            }),
        },
        ArticleJson.Options);

    /// <summary>An entity record of the export contract: id, kind, name, other spellings and every mention.</summary>
    public static string EntityRecord(Extraction.ResolvedEntity e) => JsonSerializer.Serialize(
        new
        {
            type = "entity", id = e.Id, kind = e.Kind, name = e.Name, aliases = e.Aliases,
            mentions = e.Mentions.Select(m => new { article = m.Article, start = m.Mention.Start, end = m.Mention.End, surface = m.Mention.Surface }),
        },
        ArticleJson.Options);

    /// <summary>A figure record of the export contract (offsets into the article's clean text).</summary>
    public static string FigureRecord(string articleId, Extraction.Figures.Figure f) => JsonSerializer.Serialize(
        new
        {
            type = "figure", article = articleId, start = f.Start, end = f.End, surface = f.Surface, kind = f.Kind, value = f.Value, max = f.Max,
            unit = f.Unit, qualifier = f.Qualifier, subject = f.Subject, metric = f.Metric, period = (string?)null,
        },
        ArticleJson.Options);

    /// <summary>A date record of the export contract.</summary>
    public static string DateRecord(string articleId, Extraction.Dates.DateMention d) => JsonSerializer.Serialize(
        new { type = "date", article = articleId, start = d.Start, end = d.End, surface = d.Surface, value = d.Value, precision = d.Precision },
        ArticleJson.Options);

    /// <summary>
    /// An article record with its facts inside (figures, dates, entity mentions, quotes, each with offsets into the
    /// text), for reading one article whole: `rasid show --json`. The export keeps them as records of their own.
    /// </summary>
    public static string ArticleWithFacts(StoredArticle stored, Extraction.ArticleFacts facts)
    {
        var record = System.Text.Json.Nodes.JsonNode.Parse(ArticleRecord(stored, indented: false))!.AsObject();
        System.Text.Json.Nodes.JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => System.Text.Json.Nodes.JsonNode.Parse(i))]);
        record["figures"] = Array(facts.Figures.Select(f => FigureRecord(stored.Id, f)));
        record["dates"] = Array(facts.Dates.Select(d => DateRecord(stored.Id, d)));
        record["entities"] = Array(facts.Mentions.Select(m => JsonSerializer.Serialize(new { start = m.Start, end = m.End, surface = m.Surface, name = m.Name, kind = m.Kind }, ArticleJson.Options)));
        record["quotes"] = Array(facts.Quotes.Select(q => JsonSerializer.Serialize(new { start = q.Start, end = q.End, text = q.Text, speaker = q.Speaker }, ArticleJson.Options)));
        return record.ToJsonString(new JsonSerializerOptions(ArticleJson.Options) { WriteIndented = true });
    }

    /// <summary>One article record as JSON text (one line unless <paramref name="indented"/>).</summary>
    public static string ArticleRecord(StoredArticle stored, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions with { Indented = indented }))
        {
            WriteArticle(json, stored);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteArticle(Utf8JsonWriter json, StoredArticle stored)
    {
        var a = stored.Article;
        json.WriteStartObject();
        json.WriteString("type", "article");
        json.WriteString("id", stored.Id);
        json.WriteString("source", stored.Source);
        json.WriteString("title", a.Title);
        WriteStrings(json, "authors", a.Authors);
        json.WriteString("published", a.Published);
        WriteStrings(json, "via", a.Via);
        json.WriteBoolean("ai_disclosure", a.AiDisclosure);
        json.WriteString("language", a.Language);
        json.WriteString("outlet", a.Outlet);
        json.WriteString("text", a.Text);
        json.WriteStartArray("removed");
        foreach (var piece in a.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", piece.Text);
            json.WriteString("reason", piece.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
