using System.Diagnostics;
using Rasid.Cleaning;
using Rasid.Extraction;
using Rasid.Extraction.Ner;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Bench;

/// <summary>
/// Where extraction spends its time: per article, cleaning and analysis (the ingest work extraction is added to)
/// against each extraction stage, on one thread, over the same articles in one run.
/// </summary>
internal static class ExtractionStages
{
    public static int Run(string corpus, int limit, string? onlyStage = null, int repeat = 1)
    {
        var documents = new SourceReader(new HashSet<string>()).Read([corpus])
            .Where(r => r.Document is not null).Take(limit).Select(r => r.Document!).ToList();
        var pipeline = new RasidPipelineBuilder().WithoutExtraction().Build();
        var extractors = Extractors.Default;
        var tagger = EntityTagger.Default!;

        // Warm up: load the model and clusters, JIT every path.
        var warm = documents.Take(50).Select(TryProcess).OfType<ProcessedArticle>().ToList();
        warm.ForEach(a => extractors.Extract(a.Article));

        long cleanAllocated = GC.GetAllocatedBytesForCurrentThread();
        var clean = Stopwatch.StartNew();
        var processed = documents.Select(d => (Document: d, Article: TryProcess(d))).Where(p => p.Article is not null).ToList();
        var articles = processed.Select(p => p.Article!.Article).ToList();
        clean.Stop();

        // The first pass meets every word for the first time (the word caches fill), as ingest of a new corpus does.
        long coldAllocated = GC.GetAllocatedBytesForCurrentThread();
        var cold = Stopwatch.StartNew();
        var facts = new List<Rasid.Extraction.ArticleFacts>();
        var quarter = Stopwatch.StartNew();
        for (int q = 0; q < articles.Count; q++)
        {
            facts.Add(extractors.Extract(articles[q]));
            if ((q + 1) % (articles.Count / 4) == 0)
            {
                Console.WriteLine($"  first pass, quarter: {quarter.Elapsed.TotalMilliseconds / (articles.Count / 4):0.000} ms an article");
                quarter.Restart();
            }
        }

        cold.Stop();
        long coldKb = (GC.GetAllocatedBytesForCurrentThread() - coldAllocated) / 1024 / articles.Count;
        var cleaned = processed.Select(p => p.Document).ToList();
        var cleaner = new Rasid.Cleaning.ArticleCleaner(Rasid.Cleaning.BoilerplateRules.Default);
        var sentences = articles.Select(a => EntityMentions.SentenceWords(a.Text)).ToList();
        var features = sentences.Select(d => d.Select(tagger.Features.Extract).ToList()).ToList();
        var firstTags = features.Select(d => d.Select(tagger.First.Tag).ToList()).ToList();
        var contexts = sentences.Select((d, i) => DocumentContext.AddFeatures(d, features[i], firstTags[i])).ToList();
        var mentions = articles.Select(a => extractors.Mentions.Find(a.Text)).ToList();
        var timings = new (string Stage, Func<int, object> Run)[]
        {
            ("extraction, all of it", i => extractors.Extract(articles[i])),
            ("  entity mentions", i => extractors.Mentions.Find(articles[i].Text)),
            ("    tagger features", i => sentences[i].Select(tagger.Features.Extract).ToList()),
            ("    tagger, both stages", i => tagger.TagDocument(sentences[i])),
            ("      first stage decode", i => features[i].Select(tagger.First.Tag).ToList()),
            ("      document context", i => DocumentContext.AddFeatures(sentences[i], features[i], firstTags[i])),
            ("      second stage decode", i => contexts[i].Select(tagger.Second.Tag).ToList()),
            ("      word views", i => sentences[i].Select(tagger.Features.Views).ToList()),
            ("      gazetteer keys", i => sentences[i].Select(s => s.Select(Gazetteer.Key).ToList()).ToList()),
            ("    sentence words", i => EntityMentions.SentenceWords(articles[i].Text)),
            ("    gazetteer match", i => sentences[i].Select(s => extractors.Gazetteer.Match(s).Count()).Sum()),
            ("  figures", i => extractors.Figures.Extract(articles[i].Text)),
            ("  quotes", i => extractors.Quotes.Extract(articles[i].Text, mentions[i])),
            ("  dates", i => extractors.Dates.Extract(articles[i].Text, articles[i].Published)),
            ("facts as the store's JSON", i => facts[i].ToJson()),
            ("cleaning alone", i => cleaner.Clean(cleaned[i])),
            ("index terms alone", i => RasidPipeline.Index(articles[i])),
        };

        if (onlyStage == NewWordsStage)
        {
            TimeNewWords(tagger, sentences, repeat);
            return 0;
        }

        double cleanMs = clean.Elapsed.TotalMilliseconds / articles.Count;
        Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Text.Length) / articles.Count} characters on average");
        Console.WriteLine($"read, clean and analyze: {cleanMs:0.000} ms an article (the baseline); {(GC.GetAllocatedBytesForCurrentThread() - cleanAllocated) / 1024.0 / articles.Count:0} KB allocated an article");
        Console.WriteLine($"extraction, first pass (word caches cold): {cold.Elapsed.TotalMilliseconds / articles.Count:0.000} ms an article; {coldKb} KB allocated an article");
        // --stage NAME --repeat N: one stage alone, N times over, for a profiler to watch.
        var chosen = onlyStage is null ? timings.Concat(timings.Take(1)) : Enumerable.Repeat(timings.First(t => t.Stage.Contains(onlyStage, StringComparison.Ordinal)), repeat);
        foreach (var (stage, run) in chosen)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < articles.Count; i++)
            {
                GC.KeepAlive(run(i));
            }

            double ms = watch.Elapsed.TotalMilliseconds / articles.Count;
            double kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / articles.Count;
            Console.WriteLine($"{stage}: {ms:0.000} ms an article = {ms / cleanMs:0.00}x cleaning; {kb:0} KB allocated an article");
        }

        if (onlyStage is not null)
        {
            return 0;
        }

        TimeNewWords(tagger, sentences, 2);

        Console.WriteLine("date patterns, each over every article (ms an article, pattern, matches):");
        foreach (var (pattern, time) in extractors.Dates.TimePatterns(articles.Select(a => a.Text).ToList()))
        {
            Console.WriteLine($"  {time.TotalMilliseconds / articles.Count:0.0000} {pattern}");
        }

        return 0;

        ProcessedArticle? TryProcess(RawDocument document)
        {
            try
            {
                return pipeline.Process(document);
            }
            catch (InputException)
            {
                return null;
            }
        }
    }

    /// <summary>--stage "new words": the tagger's work for a word met for the first time (its summed role weights), timed apart.</summary>
    public const string NewWordsStage = "new words";

    /// <summary>
    /// The cost the steady-state stages hide: ingesting a large corpus meets hundreds of thousands of distinct words,
    /// and each has its features' weights summed once. Each round sees the articles' distinct words afresh.
    /// </summary>
    private static void TimeNewWords(EntityTagger tagger, List<IReadOnlyList<IReadOnlyList<string>>> sentences, int rounds)
    {
        var distinct = sentences.SelectMany(d => d.SelectMany(s => s)).Distinct(StringComparer.Ordinal).Take(100_000).ToList();
        for (int round = 0; round < rounds; round++)
        {
            var fresh = distinct.Select(w => NerFeatures.WordView.Of(w, tagger.Clusters)).ToList();
            var watch = Stopwatch.StartNew();
            foreach (var view in fresh)
            {
                GC.KeepAlive(tagger.RoleWeights(view));
            }

            Console.WriteLine($"summed role weights of a word met for the first time: {watch.Elapsed.TotalMicroseconds / fresh.Count:0.00} µs ({fresh.Count} words)");
        }
    }
}
