using System.Reflection;

namespace Rasid;

/// <summary>Reads the data files embedded in the assembly (word lists, rules): one entry a line, '#' starts a comment.</summary>
internal static class RasidResources
{
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rasid." + fileName)
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            lines.Add(trimmed);
        }

        return lines;
    }

    /// <summary>An embedded binary file, or null when this build has none by that name.</summary>
    public static Stream? Open(string fileName) => Assembly.GetExecutingAssembly().GetManifestResourceStream("Rasid." + fileName);
}
