using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rasid.Analysis;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Tests.Robustness;

/// <summary>
/// Random hostile text (<see cref="HostileText"/>) through read, clean, analyze and extract: no exception but the one
/// that says an input holds no article (<see cref="InputException"/>), every offset inside the clean text and on the
/// surface it names, normalization idempotent, extraction deterministic. Fixed seed and count: the same cases on every
/// run, the whole suite in seconds (Lucene.NET's CheckRandomData, bounded).
/// </summary>
public sealed class PipelineProperties
{
    private const int Cases = 300;

    [Property(MaxTest = Cases, Replay = HostileText.Seed, Arbitrary = [typeof(HostileText)])]
    public void Plain_text_through_the_whole_pipeline_keeps_every_offset_on_its_surface(string text) => Survives(text, DocumentFormat.PlainText);

    [Property(MaxTest = Cases / 3, Replay = HostileText.Seed, Arbitrary = [typeof(HostileText)])]
    public void Html_around_random_text_through_the_whole_pipeline_keeps_every_offset_on_its_surface(string text) =>
        Survives($"<html><head><title>{text[..Math.Min(text.Length, 40)]}</title></head><body><article><p>{text.Replace("\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>", DocumentFormat.Html);

    [Property(MaxTest = Cases, Replay = HostileText.Seed, Arbitrary = [typeof(HostileText)])]
    public void Text_read_from_bytes_decodes_or_is_refused_with_one_line(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text); // lone surrogates become U+FFFD, as any writer of UTF-8 makes them
        foreach (byte[] bytes in new[] { utf8, [0xEF, 0xBB, 0xBF, .. utf8], [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], TextDecoder.Windows1256.GetBytes(text) })
        {
            string decoded;
            try
            {
                decoded = TextDecoder.Decode(bytes).Text;
            }
            catch (InputException e)
            {
                Assert.DoesNotContain('\n', e.Message);
                continue;
            }

            Survives(decoded, SourceReader.LooksLikeHtml(decoded) ? DocumentFormat.Html : DocumentFormat.PlainText);
        }
    }

    [Property(MaxTest = 4, Replay = HostileText.Seed, Arbitrary = [typeof(HostileLongLines)])]
    public void A_line_of_100k_chars_goes_through_the_whole_pipeline(LongLine line)
    {
        Assert.Equal(100_000, line.Value.Length);
        Survives(line.Value, DocumentFormat.PlainText);
    }

    [Property(MaxTest = Cases * 3, Replay = HostileText.Seed, Arbitrary = [typeof(HostileText)])]
    public void Normalization_is_idempotent_and_its_map_points_into_the_original(string text)
    {
        string once = ArabicNormalizer.Normalize(text);
        Assert.Equal(once, ArabicNormalizer.Normalize(once));
        string lower = ArabicNormalizer.NormalizeLower(text);
        Assert.Equal(lower, ArabicNormalizer.NormalizeLower(lower));

        var mapped = NormalizedText.From(text);
        Assert.Equal(once, mapped.Text);
        Assert.Equal(mapped.Text.Length + 1, mapped.OriginalIndex.Length);
        for (int i = 0; i < mapped.OriginalIndex.Length; i++)
        {
            Assert.InRange(mapped.OriginalIndex[i], i == 0 ? 0 : mapped.OriginalIndex[i - 1], text.Length);
        }
    }

    [Property(MaxTest = Cases * 3, Replay = HostileText.Seed, Arbitrary = [typeof(HostileText)])]
    public void Tokens_and_stems_stay_inside_their_text_in_order(string text)
    {
        int previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.InRange(token.Start, previousEnd, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            previousEnd = token.End;
            string word = ArabicNormalizer.Normalize(text[token.Start..token.End]);
            var (offset, length) = LightStemmer.Stem(word.AsSpan()).GetOffsetAndLength(word.Length);
            Assert.InRange(offset + length, offset, word.Length);
        }

        previousEnd = 0;
        foreach (var analyzed in TermAnalyzer.Analyze(text))
        {
            Assert.InRange(analyzed.Start, previousEnd, text.Length);
            Assert.InRange(analyzed.End, analyzed.Start + 1, text.Length);
            previousEnd = analyzed.Start;
        }
    }

    [Fact]
    public void The_hostile_text_reaches_every_extractor()
    {
        // The offset properties mean something only if hostile text still holds figures, dates, names and quotes.
        var samples = HostileText.Text.Sample(200, new Rnd(20260417, 1234567891), 150);
        var facts = samples.Select(t => { try { return RasidPipeline.Default.Process(new RawDocument("sample", t, DocumentFormat.PlainText)).Facts!.Facts; } catch (InputException) { return null; } })
            .OfType<Rasid.Extraction.ArticleFacts>().ToList();
        Assert.True(facts.Count > 100, $"{facts.Count} of 150 samples became articles");
        Assert.True(facts.Count(f => f.Figures.Count > 0) > 10, "figures");
        Assert.True(facts.Count(f => f.Dates.Count > 0) > 10, "dates");
        Assert.True(facts.Count(f => f.Mentions.Count > 0) > 10, "entity mentions");
        Assert.True(facts.Count(f => f.Quotes.Count > 0) > 0, "quotes");
    }

    /// <summary>Clean, analyze and extract <paramref name="body"/> twice; check the invariants of the result.</summary>
    internal static void Survives(string body, DocumentFormat format)
    {
        var document = new RawDocument("property:" + format, body, format);
        ProcessedArticle article;
        try
        {
            article = RasidPipeline.Default.Process(document);
        }
        catch (InputException e)
        {
            Assert.DoesNotContain('\n', e.Message); // "no article text": said in one line, never a crash
            return;
        }

        string text = article.Article.Text;
        Assert.False(string.IsNullOrWhiteSpace(text));
        var facts = article.Facts!.Facts;
        foreach (var m in facts.Mentions)
        {
            OnSurface(text, m.Start, m.End, m.Surface, "mention");
        }

        foreach (var f in facts.Figures)
        {
            OnSurface(text, f.Start, f.End, f.Surface, "figure");
        }

        foreach (var d in facts.Dates)
        {
            OnSurface(text, d.Start, d.End, d.Surface, "date");
        }

        foreach (var q in facts.Quotes)
        {
            OnSurface(text, q.Start, q.End, q.Text, "quote");
        }

        foreach (var token in TermAnalyzer.Analyze(text))
        {
            Assert.InRange(token.End, token.Start + 1, text.Length);
        }

        // Deterministic: the same document gives the same article, hash and facts.
        var again = RasidPipeline.Default.Process(document);
        Assert.Equal(article.ContentHash, again.ContentHash);
        Assert.Equal(article.Terms, again.Terms);
        Assert.Equal(article.Facts.Json, again.Facts!.Json);
    }

    private static void OnSurface(string text, int start, int end, string surface, string what)
    {
        Assert.True(start >= 0 && start <= end && end <= text.Length, $"{what} [{start}, {end}) outside a text of {text.Length} chars");
        Assert.True(text[start..end] == surface, $"{what} [{start}, {end}) is '{text[start..end]}', says '{surface}'");
    }
}
