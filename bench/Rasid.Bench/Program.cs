using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Rasid.Bench;

// rasid-bench analyzer            BenchmarkDotNet: Rasid's analyzer against Lucene.Net's ArabicAnalyzer
// rasid-bench ingest [FOLDER] [--min N] [--rounds R]   end-to-end ingest throughput, with and without extraction (each run
//                                                     in its own process, alternately, R rounds, 3 unless given), against plain FTS5 inserts
// rasid-bench extraction [FOLDER] [--articles N] [--stage NAME --repeat N]   per-article cost of each extraction stage
//                                                     against cleaning, and the tagger's cost for a word met the first time
//                                                     (--stage "new words" times that alone)
// rasid-bench duplicates FILE [--min F]   near-duplicate index against brute-force Jaccard, recall and precision floors
// rasid-bench relate DATABASE [--max-seconds S] [--max-mb M] [--grow N]   relate a stored corpus; cost of one more article from 10k to N
// rasid-bench serve-load DATABASE [--concurrency 200] [--requests 4000]   200 concurrent searches against `rasid serve` on loopback: p50/p95/p99, errors
// rasid-bench arcd FOLDER [--split test|train] [--min F] [--no-lucene] [--misses]   ARCD questions through `rasid search`:
//                                                     MRR@10 and recall@10 against Lucene BM25 light10 in the same run
// rasid-bench stores FOLDER --rasid RASID_DLL --postgres CONNECTION   1, 2 and 4 concurrent ingest processes on both stores
// rasid-bench scale-corpus FOLDER OUTPUT --articles N [--seed S]   a large archive written from SaudiNewsNet (see ScaleCorpus)
// rasid-bench scale FOLDER --rasid RASID_DLL [--sizes 10000,100000] [--work DIR] [--keep]   ingest, relate, search, claims,
//                                                     stories and a timeline at each size, with growth against the previous
// rasid-bench workers FOLDER --rasid RASID_DLL --postgres CONNECTION [--counts 1,2,4]   ingest --queue, then 1, 2 and 4
//                                                     `rasid worker` processes, against one ingest process in the same run
string verb = args.Length > 0 ? args[0] : "analyzer";
switch (verb)
{
    case "analyzer":
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<AnalyzerBenchmarks>(config);
        var bench = new AnalyzerBenchmarks();
        bench.Setup();
        double megabytes = bench.Bytes / (1024.0 * 1024.0);
        foreach (var report in summary.Reports)
        {
            double seconds = report.ResultStatistics!.Mean / 1e9;
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: {megabytes / seconds:0.0} MB/s (UTF-16 text, one thread)");
        }

        var lucene = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.Baseline).ResultStatistics!.Mean;
        var rasid = summary.Reports.Single(r => !r.BenchmarkCase.Descriptor.Baseline).ResultStatistics!.Mean;
        Console.WriteLine($"ratio: Rasid's analyzer has {lucene / rasid:0.00}x the throughput of Lucene.Net's ArabicAnalyzer");
        return 0;
    case "ingest":
        string? corpus = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : BenchCorpus.FindShared();
        if (corpus is null)
        {
            Console.Error.WriteLine("rasid-bench: no corpus folder given and ../shared/corpus/saudinewsnet not found");
            return 5;
        }

        int minIndex = Array.IndexOf(args, "--min");
        double min = minIndex > 0 ? double.Parse(args[minIndex + 1], CultureInfo.InvariantCulture) : 0;
        int roundsIndex = Array.IndexOf(args, "--rounds");
        return IngestThroughput.Run(corpus, min, roundsIndex > 0 ? int.Parse(args[roundsIndex + 1], CultureInfo.InvariantCulture) : IngestThroughput.DefaultRounds);
    case "ingest-once":
        // One ingest in this process, with or without extraction: what "ingest" starts for each of its runs.
        return IngestThroughput.RunOnce(args[1], !args.Contains("--without-extraction"));
    case "extraction":
        string? extractionCorpus = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : BenchCorpus.FindShared();
        int limitIndex = Array.IndexOf(args, "--articles");
        int stageIndex = Array.IndexOf(args, "--stage");
        int repeatIndex = Array.IndexOf(args, "--repeat");
        return ExtractionStages.Run(
            extractionCorpus ?? BenchCorpus.FindSeeds(),
            limitIndex > 0 ? int.Parse(args[limitIndex + 1], CultureInfo.InvariantCulture) : 2000,
            stageIndex > 0 ? args[stageIndex + 1] : null,
            repeatIndex > 0 ? int.Parse(args[repeatIndex + 1], CultureInfo.InvariantCulture) : 1);
    case "duplicates":
        if (args.Length < 2)
        {
            Console.Error.WriteLine("rasid-bench: usage: duplicates FILE.json [--min 0.95]");
            return 2;
        }

        int floorIndex = Array.IndexOf(args, "--min");
        return DuplicateCheck.Run(args[1], floorIndex > 0 ? double.Parse(args[floorIndex + 1], CultureInfo.InvariantCulture) : 0.95);
    case "relate":
        if (args.Length < 2)
        {
            Console.Error.WriteLine("rasid-bench: usage: relate DATABASE [--max-seconds 60] [--max-mb 1024] [--grow 100000]");
            return 2;
        }

        double Arg(string name, double fallback) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        return RelateThroughput.Run(args[1], Arg("--max-seconds", 60), (long)Arg("--max-mb", 1024), (int)Arg("--grow", 100_000));
    case "arcd":
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("rasid-bench: usage: arcd FOLDER [--split test|train] [--min 0.86] [--no-lucene] [--misses]");
            return 2;
        }

        int splitIndex = Array.IndexOf(args, "--split");
        int mrrIndex = Array.IndexOf(args, "--min");
        return AnswerSearch.Run(
            args[1],
            splitIndex > 0 && splitIndex + 1 < args.Length ? args[splitIndex + 1] : "test",
            mrrIndex > 0 && mrrIndex + 1 < args.Length ? double.Parse(args[mrrIndex + 1], CultureInfo.InvariantCulture) : 0,
            lucene: !args.Contains("--no-lucene"),
            listMisses: args.Contains("--misses"));
    case "stores":
        int rasidIndex = Array.IndexOf(args, "--rasid");
        int serverIndex = Array.IndexOf(args, "--postgres");
        if (args.Length < 2 || rasidIndex < 0 || serverIndex < 0 || rasidIndex + 1 >= args.Length || serverIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("rasid-bench: usage: stores FOLDER --rasid PATH/rasid.dll --postgres CONNECTION");
            return 2;
        }

        return StoreConcurrency.Run(args[1], args[rasidIndex + 1], args[serverIndex + 1]);
    case "scale-corpus":
        int articlesIndex = Array.IndexOf(args, "--articles");
        int seedIndex = Array.IndexOf(args, "--seed");
        if (args.Length < 3 || articlesIndex < 0 || articlesIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("rasid-bench: usage: scale-corpus FOLDER OUTPUT --articles 1000000 [--seed 24]");
            return 2;
        }

        return ScaleCorpus.Run(
            args[1], args[2], int.Parse(args[articlesIndex + 1], CultureInfo.InvariantCulture),
            seedIndex > 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1], CultureInfo.InvariantCulture) : 24);
    case "scale":
        int scaleRasid = Array.IndexOf(args, "--rasid");
        int sizesIndex = Array.IndexOf(args, "--sizes");
        int workIndex = Array.IndexOf(args, "--work");
        if (args.Length < 2 || scaleRasid < 0 || scaleRasid + 1 >= args.Length)
        {
            Console.Error.WriteLine("rasid-bench: usage: scale FOLDER --rasid PATH/rasid.dll [--sizes 10000,100000] [--work DIR] [--keep]");
            return 2;
        }

        return ScaleRun.Run(
            args[1],
            args[scaleRasid + 1],
            sizesIndex > 0 && sizesIndex + 1 < args.Length ? args[sizesIndex + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList() : [10_000, 100_000],
            workIndex > 0 && workIndex + 1 < args.Length ? args[workIndex + 1] : Path.Combine(Path.GetTempPath(), "rasid-scale"),
            keep: args.Contains("--keep"));
    case "workers":
        int workersRasid = Array.IndexOf(args, "--rasid");
        int workersServer = Array.IndexOf(args, "--postgres");
        int countsIndex = Array.IndexOf(args, "--counts");
        if (args.Length < 2 || workersRasid < 0 || workersServer < 0 || workersRasid + 1 >= args.Length || workersServer + 1 >= args.Length)
        {
            Console.Error.WriteLine("rasid-bench: usage: workers FOLDER --rasid PATH/rasid.dll --postgres CONNECTION [--counts 1,2,4]");
            return 2;
        }

        var workerCounts = countsIndex > 0 && countsIndex + 1 < args.Length
            ? args[countsIndex + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList()
            : [1, 2, 4];
        return WorkerScaling.Run(args[1], args[workersRasid + 1], args[workersServer + 1], workerCounts);
    case "serve-load":
        if (args.Length < 2)
        {
            Console.Error.WriteLine("rasid-bench: usage: serve-load DATABASE [--concurrency 200] [--requests 4000]");
            return 2;
        }

        int Int(string name, int fallback) => Array.IndexOf(args, name) is var at and > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        return ServeLoad.Run(args[1], Int("--concurrency", 200), Int("--requests", 4000));
    default:
        Console.Error.WriteLine($"rasid-bench: unknown benchmark '{verb}' (analyzer, ingest, ingest-once, extraction, duplicates, relate, arcd, stores, workers, scale-corpus, scale, serve-load)");
        return 2;
}
