using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasid.Extraction.Ner;
using Rasid.Reading;

namespace Rasid.Cli.Commands;

/// <summary>rasid tag --conll (the NER benchmark interface) and rasid train-ner (rebuilds the shipped model).</summary>
internal static class NerCommands
{
    public static Command Tag(CliContext context)
    {
        var conll = new Option<string>("--conll") { Description = "A CoNLL file: one word per line (a second column, if any, is ignored for tagging), blank line between sentences", Required = true };
        var model = new Option<string?>("--model") { Description = "A model file from train-ner instead of the shipped one (clusters are read from beside it)" };
        var score = new Option<bool>("--score") { Description = "Instead of tags, print precision, recall and F1 against the file's second column (entity level, like seqeval)" };
        var min = new Option<double?>("--min") { Description = "With --score: exit 7 when micro F1 is below this" };
        var command = new Command("tag", "Tag words with named entities (BIO over PERS, LOC, ORG, MISC)") { conll, model, score, min };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(conll)!;
            if (!File.Exists(path))
            {
                context.Fail($"no such file: {path}");
                return ExitCode.NotFound;
            }

            var tagger = LoadTagger(parsed.GetValue(model));
            if (tagger is null)
            {
                context.Fail("this build carries no NER model; run rasid train-ner");
                return ExitCode.InternalError;
            }

            var sentences = Conll.ReadFile(path);
            if (parsed.GetValue(score))
            {
                if (sentences.Any(s => s.Tags is null))
                {
                    context.Fail($"{path}: --score needs a tag in the second column of every line");
                    return ExitCode.UsageError;
                }

                var (micro, perType) = NerTraining.Evaluate(tagger, sentences);
                foreach (var t in perType.Append(micro))
                {
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Type,-5} precision {t.Precision:0.000} recall {t.Recall:0.000} F1 {t.F1:0.000} (gold {t.Gold}, predicted {t.Predicted}, correct {t.Correct})"));
                }

                if (parsed.GetValue(min) is { } floor && micro.F1 < floor)
                {
                    context.Fail(string.Create(CultureInfo.InvariantCulture, $"NER micro F1 {micro.F1:0.000} is below the floor {floor:0.000}"));
                    return ExitCode.BelowFloor;
                }

                return ExitCode.Success;
            }

            // The file is one document: the second stage looks at the neighbouring sentences.
            var output = context.Output;
            var allTags = tagger.TagDocument(sentences.Select(s => s.Words).ToList());
            for (int s = 0; s < sentences.Count; s++)
            {
                for (int i = 0; i < allTags[s].Length; i++)
                {
                    output.Write(sentences[s].Words[i]);
                    output.Write(' ');
                    output.WriteLine(allTags[s][i]);
                }

                output.WriteLine();
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static EntityTagger? LoadTagger(string? modelPath)
    {
        if (modelPath is null)
        {
            return EntityTagger.Default;
        }

        using var model = File.OpenRead(modelPath);
        string clustersPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, EntityTagger.ClustersFile);
        WordClusters? clusters = null;
        if (File.Exists(clustersPath))
        {
            using var stream = File.OpenRead(clustersPath);
            clusters = WordClusters.Load(stream);
        }

        string widePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, EntityTagger.WideClustersFile);
        WordClusters? wide = null;
        if (File.Exists(widePath))
        {
            using var stream = File.OpenRead(widePath);
            wide = WordClusters.Load(stream);
        }

        return EntityTagger.Load(model, clusters, wide);
    }

    private const int HarvestArticles = 12_000;

    public static Command Train(CliContext context)
    {
        var train = new Option<string>("--train") { Description = "Tagged CoNLL training file, e.g. ../shared/nlp/anercorp/ANERCorp_CamelLab_train.RECONSTRUCTED.txt", Required = true };
        var test = new Option<string?>("--test") { Description = "Tagged CoNLL file to score the new model on" };
        var news = new Option<string?>("--clusters-from") { Description = "Unlabeled news (files or folders rasid can ingest) to learn word clusters from, e.g. ../shared/corpus/saudinewsnet" };
        var clustersFile = new Option<string?>("--clusters") { Description = "A word-clusters.tsv.gz to use instead of learning clusters or using the shipped ones" };
        var epochs = CliOptions.WholeNumber("--epochs", "Passes over the training data", 12);
        var output = new Option<string>("--output") { Description = "Folder to write ner-model.bin.gz, word-clusters.tsv.gz and ner-model.provenance.txt into", DefaultValueFactory = _ => "src/Rasid/Resources" };
        var command = new Command("train-ner", "Train the named-entity tagger (and its word clusters) and write the files the build embeds") { train, test, news, clustersFile, epochs, output };
        command.SetAction(parsed =>
        {
            string trainPath = parsed.GetValue(train)!;
            string folder = parsed.GetValue(output)!;
            if (!File.Exists(trainPath))
            {
                context.Fail($"no such file: {trainPath}");
                return ExitCode.NotFound;
            }

            if (!Directory.Exists(folder))
            {
                context.Fail($"no such folder: {folder}");
                return ExitCode.NotFound;
            }

            var clock = Stopwatch.StartNew();
            WordClusters? clusters;
            WordClusters? wideClusters = null;
            string clusterSource;
            if (parsed.GetValue(news) is { } newsPath)
            {
                var lines = new SourceReader().Read([newsPath])
                    .Where(r => r.Document is not null)
                    .SelectMany(r => r.Document!.Body.Split('\n'))
                    .Select(line => (IReadOnlyList<string>)WordClusters.Words(line).ToList())
                    .Where(words => words.Count > 1)
                    .ToList();
                clusters = WordClusters.Learn(lines, vocabulary: 200_000, minCount: 2);
                wideClusters = WordClusters.Learn(lines, vocabulary: 200_000, minCount: 2, reach: 2);
                clusterSource = $"learned from {newsPath} ({clusters.Count:N0} words)";
                context.Output.WriteLine($"word clusters: {clusters.Count:N0} words in {clock.Elapsed.TotalSeconds:0} s");
            }
            else if (parsed.GetValue(clustersFile) is { } clustersPath)
            {
                using var stream = File.OpenRead(clustersPath);
                clusters = WordClusters.Load(stream);
                clusterSource = $"{Path.GetFileName(clustersPath)} ({clusters.Count:N0} words)";
            }
            else
            {
                clusters = EntityTagger.ShippedClusters();
                wideClusters = EntityTagger.ShippedClusters(EntityTagger.WideClustersFile);
                clusterSource = clusters is null ? "none" : $"the shipped clusters ({clusters.Count:N0} words)";
            }

            var sentences = Conll.ReadFile(trainPath);
            void Log(string message) => context.Output.WriteLine($"{message} ({clock.Elapsed.TotalSeconds:0} s)");
            var tagger = NerTraining.Train(sentences, clusters, parsed.GetValue(epochs), Log, wideClusters);
            if (clusters is not null && parsed.GetValue(news) is { } unlabeled)
            {
                // Self-training: what this first tagger calls each word across the news becomes a feature of the final one.
                var documents = new SourceReader().Read([unlabeled])
                    .Where(r => r.Document is not null)
                    .Take(HarvestArticles)
                    .Select(r => (IReadOnlyList<IReadOnlyList<string>>)r.Document!.Body.Split('\n')
                        .Select(line => (IReadOnlyList<string>)WordClusters.Words(line).ToList())
                        .Where(words => words.Count > 1)
                        .ToList())
                    .ToList(); // read on this thread: the JSON reader blocks on async I/O, which starves a parallel loop's pool threads
                var names = NerTraining.HarvestNames(tagger, documents);
                clusters = clusters.WithNames(names);
                Log($"harvested {clusters.NameCount:N0} name types from {HarvestArticles:N0} articles");
                tagger = NerTraining.Train(sentences, clusters, parsed.GetValue(epochs), Log, wideClusters);
            }

            tagger = tagger.Pruned(NerModel.ShippedPruneThreshold);
            string scoreLine = "";
            if (parsed.GetValue(test) is { } testPath)
            {
                var (micro, perType) = NerTraining.Evaluate(tagger, Conll.ReadFile(testPath));
                scoreLine = string.Create(CultureInfo.InvariantCulture, $"micro F1 {micro.F1:0.000} on {Path.GetFileName(testPath)} (") +
                    string.Join(", ", perType.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Type} {t.F1:0.000}"))) + ")";
                context.Output.WriteLine(scoreLine);
            }

            string provenance =
                $"Rasid NER model: two structured averaged perceptrons (the second sees the first's tags in neighbouring sentences), {parsed.GetValue(epochs)} epochs, {tagger.First.FeatureCount + tagger.Second.FeatureCount:N0} features kept (pruned at |w| < {NerModel.ShippedPruneThreshold}); " +
                $"trained on {Path.GetFileName(trainPath)} ({sentences.Count:N0} sentences, ANERcorp by Y. Benajiba, CAMeL Lab split, free for research); " +
                $"word clusters {clusterSource}{(wideClusters is null ? "" : " and a second view from two words of context either side")}; {scoreLine}; built {DateTime.UtcNow:yyyy-MM-dd} by rasid train-ner";
            tagger.Second.WithProvenance(provenance);
            using (var file = File.Create(Path.Combine(folder, EntityTagger.ModelFile)))
            {
                tagger.Save(file);
            }

            if (clusters is not null && (parsed.GetValue(news) is not null || parsed.GetValue(clustersFile) is not null))
            {
                using var file = File.Create(Path.Combine(folder, EntityTagger.ClustersFile));
                clusters.Save(file);
            }

            if (wideClusters is not null && parsed.GetValue(news) is not null)
            {
                using var file = File.Create(Path.Combine(folder, EntityTagger.WideClustersFile));
                wideClusters.Save(file);
            }

            File.WriteAllText(Path.Combine(folder, "ner-model.provenance.txt"), "# " + provenance + "\n");
            context.Output.WriteLine($"wrote {EntityTagger.ModelFile} to {folder} in {clock.Elapsed.TotalSeconds:0} s");
            return ExitCode.Success;
        });
        return command;
    }
}
