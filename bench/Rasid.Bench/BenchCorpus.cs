using System.Text.Json;

namespace Rasid.Bench;

/// <summary>The text the benchmarks run on: SaudiNewsNet when ../shared is beside the repository, else the bundled seeds.</summary>
internal static class BenchCorpus
{
    public static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "corpus", "saudinewsnet");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            candidate = Path.Combine(dir.FullName, "..", "shared", "corpus", "saudinewsnet");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    public static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/seeds not found above " + AppContext.BaseDirectory);
    }

    /// <summary>About <paramref name="megabytes"/> MB of Arabic article text.</summary>
    public static IReadOnlyList<string> Texts(int megabytes)
    {
        var texts = new List<string>();
        long chars = 0;
        long limit = megabytes * 1024L * 1024L / 2;
        string? shared = FindShared();
        if (shared is not null)
        {
            foreach (string file in Directory.GetFiles(shared, "*.json").Order(StringComparer.Ordinal))
            {
                using var stream = File.OpenRead(file);
                foreach (var record in JsonSerializer.Deserialize<List<JsonElement>>(stream)!)
                {
                    string text = record.GetProperty("content").GetString() ?? string.Empty;
                    texts.Add(text);
                    chars += text.Length;
                    if (chars >= limit)
                    {
                        return texts;
                    }
                }
            }
        }

        var seeds = Directory.GetFiles(FindSeeds()).Select(File.ReadAllText).ToList();
        while (chars < limit)
        {
            foreach (string seed in seeds)
            {
                texts.Add(seed);
                chars += seed.Length;
            }
        }

        return texts;
    }
}
