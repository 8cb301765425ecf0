using System.Globalization;
using Rasid.Analysis;
using Rasid.Reading;
using Xunit.Abstractions;

namespace Rasid.Tests.Robustness;

/// <summary>
/// The reader fuzzer (<see cref="ReaderFuzzer"/>) for a bounded count in every test run, and every crash it ever found
/// (<c>Data/fixtures/crashes</c>) read again. RASID_FUZZ_ITERATIONS and RASID_FUZZ_SECONDS run it longer;
/// RASID_FUZZ_SEED picks other inputs; crashes are written to RASID_FUZZ_CRASHES (default: a temporary folder named in the failure).
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_html_json_text_and_feeds_never_crash_the_readers_or_the_pipeline()
    {
        int seed = Setting("RASID_FUZZ_SEED", 23);
        int iterations = Setting("RASID_FUZZ_ITERATIONS", 400);
        var budget = TimeSpan.FromSeconds(Setting("RASID_FUZZ_SECONDS", 600));
        string crashes = Environment.GetEnvironmentVariable("RASID_FUZZ_CRASHES") ?? Path.Combine(Path.GetTempPath(), "rasid-fuzz-crashes");
        var outcome = new ReaderFuzzer(seed).Run(iterations, budget, crashes);
        output.WriteLine($"fuzz seed {seed}: {outcome.Iterations} inputs, {outcome.Documents} documents, {outcome.Articles} articles, {outcome.Refused} refused, {outcome.Crashes.Count} crashes, {outcome.Elapsed.TotalSeconds:0.0} s");
        Assert.True(outcome.Crashes.Count == 0, string.Join("\n", outcome.Crashes.Select(c => $"{c.Target}: {c.What} (input saved as {c.Path})")));
    }

    public static TheoryData<string> CrashFixtures() => [.. Directory.EnumerateFiles(TestData.Fixture("crashes")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CrashFixtures))]
    public void Every_crash_found_is_read_again_without_one(string name)
    {
        string path = TestData.Fixture(Path.Combine("crashes", name));
        int documents = 0, articles = 0, refused = 0;
        Assert.Null(ReaderFuzzer.Check(path, ref documents, ref articles, ref refused));

        // The text itself (NUL, lone surrogates and all, as a JSON record could carry it) through the properties too.
        string text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
        PipelineProperties.Survives(text, SourceReader.LooksLikeHtml(text) ? DocumentFormat.Html : DocumentFormat.PlainText);
        string normalized = ArabicNormalizer.Normalize(text);
        Assert.Equal(normalized, ArabicNormalizer.Normalize(normalized));
        Assert.Equal(normalized, NormalizedText.From(text).Text);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
