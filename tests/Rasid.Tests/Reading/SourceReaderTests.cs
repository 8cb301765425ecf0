using System.Text;
using Rasid.Reading;

namespace Rasid.Tests.Reading;

public sealed class SourceReaderTests
{
    private const string Body = "أعلنت الحكومة اليوم عن خطة وطنية جديدة لتوسيع إنتاج الطاقة الشمسية خلال السنوات الخمس المقبلة.";

    [Fact]
    public void SaudiNewsNet_records_ingest_as_they_are()
    {
        using var temp = new TestData.TempFolder();
        string json = $$"""
            [
                {"source": "aawsat", "url": "http://aawsat.com/home/article/1", "date_extracted": "2015-07-21 02:51:32", "title": "عنوان أول", "author": "لندن: رنيم حنوش", "content": "{{Body}}"},
                {"source": "okaz", "url": "http://okaz.com.sa/2", "date_extracted": "2015-07-22 10:00:00", "title": "عنوان ثان", "author": "", "content": "{{Body}}"}
            ]
            """;
        File.WriteAllText(temp.File("day.json"), json);
        var results = new SourceReader().Read([temp.Path]).ToList();
        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal("http://aawsat.com/home/article/1", first.Source);
        Assert.Equal("عنوان أول", first.Title);
        Assert.Equal("aawsat", first.Outlet);
        Assert.Equal("2015-07-21 02:51:32", first.Published);
        Assert.Null(results[1].Document!.Author);
    }

    [Fact]
    public void Json_lines_with_other_field_names_and_a_bad_line()
    {
        using var temp = new TestData.TempFolder();
        File.WriteAllLines(temp.File("feed.jsonl"), [
            $$"""{"link": "https://example.org/a", "body": "{{Body}}", "byline": "سارة محمود", "published": "2024-03-18T09:30:00+03:00"}""",
            "{not json",
            $$"""{"text": "{{Body}}"}""",
        ]);
        var results = new SourceReader().Read([temp.File("feed.jsonl")]).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal("https://example.org/a", results[0].Source);
        Assert.Equal("سارة محمود", results[0].Document!.Author);
        Assert.NotNull(results[1].Error);
        Assert.EndsWith("feed.jsonl:2", results[1].Source, StringComparison.Ordinal);
        Assert.EndsWith("feed.jsonl#2", results[2].Source, StringComparison.Ordinal); // no URL: the path and record index
    }

    [Fact]
    public void Bad_files_in_a_folder_get_one_line_each_and_the_rest_are_read()
    {
        using var temp = new TestData.TempFolder();
        for (int i = 0; i < 20; i++)
        {
            File.WriteAllText(temp.File($"good{i:00}.txt"), Body + " " + i);
        }

        File.WriteAllBytes(temp.File("empty.txt"), []);
        File.WriteAllBytes(temp.File("image.bin"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]);
        File.WriteAllBytes(temp.File("legacy.txt"), TextDecoder.Windows1256.GetBytes(Body));
        using (var big = File.Create(temp.File("huge.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var results = new SourceReader().Read([temp.Path, temp.File("missing.txt")]).ToList();
        Assert.Equal(21, results.Count(r => r.Document is not null)); // 20 good + windows-1256
        var errors = results.Where(r => r.Error is not null).ToDictionary(r => Path.GetFileName(r.Source), r => r.Error!);
        Assert.Equal("empty file", errors["empty.txt"]);
        Assert.Contains("binary", errors["image.bin"], StringComparison.Ordinal);
        Assert.Contains("50.0 MB", errors["huge.txt"], StringComparison.Ordinal);
        Assert.Equal("no such file or folder", errors["missing.txt"]);
        Assert.All(errors.Values, e => Assert.DoesNotContain('\n', e));
        Assert.Equal(Body, results.Single(r => r.Source.EndsWith("legacy.txt", StringComparison.Ordinal)).Document!.Body);
    }

    [Fact]
    public void A_pretty_printed_json_object_is_one_record_with_one_error_at_most()
    {
        using var temp = new TestData.TempFolder();
        File.WriteAllText(temp.File("one.json"), $$"""
            {
              "url": "https://example.org/one",
              "content": "{{Body}}"
            }
            """);
        File.WriteAllText(temp.File("meta.json"), """
            {
              "file": "page.html",
              "with": ["a", "b"]
            }
            """);
        var one = new SourceReader().Read([temp.File("one.json")]).Single();
        Assert.Equal("https://example.org/one", one.Source);
        var meta = new SourceReader().Read([temp.File("meta.json")]).Single();
        Assert.Contains("no article text", meta.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_array_reports_where_it_broke()
    {
        using var temp = new TestData.TempFolder();
        File.WriteAllText(temp.File("cut.json"), $$"""[{"url": "u1", "content": "{{Body}}"}, {"url": "u2", "content": "مقطوع""", Encoding.UTF8);
        var results = new SourceReader().Read([temp.File("cut.json")]).ToList();
        Assert.Equal("u1", results[0].Source);
        Assert.StartsWith("invalid JSON", results[^1].Error, StringComparison.Ordinal);
    }
}
