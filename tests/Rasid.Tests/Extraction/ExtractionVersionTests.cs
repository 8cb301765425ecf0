using System.Security.Cryptography;
using System.Text;
using Rasid.Extraction;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Tests.Extraction;

/// <summary>
/// Stored facts are trusted while <see cref="Extractors.Version"/> and the built-in data files stay the same, so a
/// change to extraction code must bump the version. This test notices when it was forgotten: it digests what the
/// seeds extract and compares with the digest recorded for the current version in Data/extraction-digest.txt.
/// </summary>
public sealed class ExtractionVersionTests
{
    private static string DigestFile => Path.Combine(TestData.Root, "extraction-digest.txt");

    [Fact]
    public void Extraction_output_changes_only_with_a_new_extraction_version()
    {
        var pipeline = new RasidPipelineBuilder().WithoutExtraction().Build();
        var facts = new SourceReader().Read([TestData.SeedsFolder])
            .OrderBy(r => r.Source, StringComparer.Ordinal)
            .Select(r => Extractors.Default.Extract(pipeline.Process(r.Document!).Article).ToJson());
        string digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', facts))))[..16];

        var recorded = File.ReadAllText(DigestFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string now = $"{Extractors.Version} {digest}";
        Assert.True(
            recorded[0] != Extractors.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) || recorded[1] == digest,
            $"Seed extraction changed under extraction version {Extractors.Version}: bump Extractors.Version, so that stores re-extract, and write \"{now}\" into tests/Rasid.Tests/Data/extraction-digest.txt");
        Assert.True(
            recorded[0] == Extractors.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Extractors.Version is {Extractors.Version}: write \"{now}\" into tests/Rasid.Tests/Data/extraction-digest.txt");
    }
}
