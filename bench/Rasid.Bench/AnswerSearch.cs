using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;
using Rasid.Pipeline;
using Rasid.Queries;
using Rasid.Storing;

namespace Rasid.Bench;

/// <summary>One ARCD paragraph as a passage to retrieve: its address, its article's title and its text.</summary>
internal sealed record ArcdPassage(string Url, string Title, string Text);

/// <summary>One ARCD question and the address of the passage that holds its answer.</summary>
internal sealed record ArcdQuestion(string Id, string Text, string PassageUrl);

/// <summary>ARCD as a passage-retrieval set, made exactly as ../shared/baseline/arcd_prep.py makes it.</summary>
internal sealed record ArcdSet(IReadOnlyList<ArcdPassage> Passages, IReadOnlyList<ArcdQuestion> Questions)
{
    /// <summary>
    /// Each paragraph is a passage at passage://arcd/TITLE/N (spaces in the title as underscores, N its index in
    /// the article); each question keeps its text with tabs and line breaks as spaces, as the prepared TSV does.
    /// </summary>
    public static ArcdSet Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        var passages = new List<ArcdPassage>();
        var questions = new List<ArcdQuestion>();
        foreach (var article in document.RootElement.GetProperty("data").EnumerateArray())
        {
            string title = article.GetProperty("title").GetString()!;
            int index = 0;
            foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
            {
                string url = $"passage://arcd/{title.Replace(' ', '_')}/{index++}";
                passages.Add(new ArcdPassage(url, title, paragraph.GetProperty("context").GetString()!));
                foreach (var qa in paragraph.GetProperty("qas").EnumerateArray())
                {
                    questions.Add(new ArcdQuestion(OneLine(qa.GetProperty("id").GetString()!), OneLine(qa.GetProperty("question").GetString()!), url));
                }
            }
        }

        return new ArcdSet(passages, questions);
    }

    private static string OneLine(string s) => s.Replace('\t', ' ').Replace('\n', ' ');
}

/// <summary>MRR@10 (the reciprocal rank of the answer's passage in the first ten, else 0, averaged) and recall@10.</summary>
internal sealed record RetrievalScore(double Mrr, double Recall, int Questions)
{
    public const int Depth = 10;

    /// <summary>Scores ranked passage addresses against each question's passage, as the baseline scores Lucene.</summary>
    public static RetrievalScore Of(IReadOnlyList<ArcdQuestion> questions, Func<ArcdQuestion, IReadOnlyList<string>> rank)
    {
        double reciprocal = 0;
        int found = 0;
        foreach (var question in questions)
        {
            int at = rank(question).Take(Depth).ToList().IndexOf(question.PassageUrl);
            if (at >= 0)
            {
                reciprocal += 1.0 / (at + 1);
                found++;
            }
        }

        return new RetrievalScore(reciprocal / questions.Count, (double)found / questions.Count, questions.Count);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"MRR@10 {Mrr:0.000} recall@10 {Recall:0.000} ({Questions} questions)");
}

/// <summary>
/// Search that finds the answer (issue 24 §5): ARCD's passages ingested into a fresh SQLite store through Rasid's
/// pipeline (title as the article's title, paragraph as its text, JSON Lines records as `rasid ingest` reads them),
/// each question asked through the query layer `rasid search` uses, scored by MRR@10 and recall@10; and in the same
/// run Lucene BM25 with its light10 ArabicAnalyzer, indexed and queried exactly as ../shared/baseline does.
/// </summary>
internal static class AnswerSearch
{
    /// <summary>What the baseline README records for Lucene light10 on the test split, for runs that skip Lucene.</summary>
    private const double DocumentedLucene = 0.832;

    public static int Run(string folder, string split, double minimum, bool lucene, bool listMisses)
    {
        string file = Path.Combine(folder, $"arcd-{split}.json");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"rasid-bench: no {file}");
            return 5;
        }

        var set = ArcdSet.Read(file);
        Console.WriteLine($"ARCD {split}: {set.Passages.Count} passages, {set.Questions.Count} questions");
        var rasid = MeasureRasid(set, listMisses);
        Console.WriteLine($"rasid: {rasid}");
        if (lucene)
        {
            var clock = Stopwatch.StartNew();
            var baseline = MeasureLucene(set);
            Console.WriteLine($"lucene BM25 light10: {baseline} ({clock.Elapsed.TotalSeconds:0.0} s)");
            Console.WriteLine($"ratio: rasid's MRR@10 is {rasid.Mrr / baseline.Mrr:0.000}x Lucene's, measured in this run");
        }
        else
        {
            Console.WriteLine($"ratio: rasid's MRR@10 is {rasid.Mrr / DocumentedLucene:0.000}x Lucene's documented {DocumentedLucene:0.000} on the test split (not measured in this run)");
        }

        if (rasid.Mrr < minimum)
        {
            Console.Error.WriteLine($"rasid-bench: MRR@10 {rasid.Mrr:0.000} is below the floor of {minimum:0.000}");
            return 7;
        }

        return 0;
    }

    private static RetrievalScore MeasureRasid(ArcdSet set, bool listMisses)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rasid-arcd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // The passages as JSON Lines article records, read by the same reader as `rasid ingest passages.jsonl`.
            string records = Path.Combine(folder, "passages.jsonl");
            File.WriteAllLines(records, set.Passages.Select(p => JsonSerializer.Serialize(new { url = p.Url, title = p.Title, content = p.Text })));
            using var store = SqliteArticleStore.Open(Path.Combine(folder, "rasid.db"));
            var clock = Stopwatch.StartNew();
            var ingested = new Ingestor(RasidPipeline.Default, store).Run([records]);
            Console.WriteLine($"ingested {ingested.Added} passages ({ingested.Failed} failed, {ingested.Skipped} skipped) in {clock.Elapsed.TotalSeconds:0.0} s");

            var queries = new NewsQueries(store, Rasid.Extraction.Extractors.Default);
            clock.Restart();
            var score = RetrievalScore.Of(set.Questions, question =>
            {
                var ranked = queries.Search(new SearchFilter(question.Text, RetrievalScore.Depth)).Result.Hits.Select(h => h.Article.Source).ToList();
                if (listMisses && ranked.IndexOf(question.PassageUrl) != 0)
                {
                    Console.WriteLine($"  {question.Id}\t{ranked.IndexOf(question.PassageUrl) + 1}\t{question.Text}\t{question.PassageUrl}\t{ranked.FirstOrDefault()}");
                }

                return ranked;
            });
            Console.WriteLine($"searched {set.Questions.Count} questions in {clock.Elapsed.TotalSeconds:0.0} s");
            return score;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>../shared/baseline's `search` mode: title and text as one field, BM25, the escaped question parsed with OR.</summary>
    private static RetrievalScore MeasureLucene(ArcdSet set)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        using var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var passage in set.Passages)
            {
                writer.AddDocument(new Document
                {
                    new StringField("url", passage.Url, Field.Store.YES),
                    new TextField("body", passage.Title + " " + passage.Text, Field.Store.NO),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var parser = new QueryParser(LuceneVersion.LUCENE_48, "body", analyzer) { DefaultOperator = Operator.OR };
        return RetrievalScore.Of(set.Questions, question =>
            searcher.Search(parser.Parse(QueryParserBase.Escape(question.Text)), RetrievalScore.Depth).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("url")).ToList());
    }
}
