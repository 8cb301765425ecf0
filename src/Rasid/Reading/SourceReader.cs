using System.Text;
using System.Text.Json;

namespace Rasid.Reading;

/// <summary>
/// Reads files and folders (recursively) into documents: plain text in any supported charset, HTML pages,
/// JSON arrays and JSON Lines of article records (streamed, never loaded whole). Every unreadable
/// source yields one <see cref="ReadResult"/> with a one-line error instead of stopping the run.
/// </summary>
public sealed class SourceReader(IReadOnlySet<string>? skipFullPaths = null)
{
    private readonly IReadOnlySet<string> _skip = skipFullPaths ?? new HashSet<string>();

    /// <summary>A single text or HTML article larger than this is refused (JSON and JSON Lines are streamed with no limit).</summary>
    public const long MaxArticleFileBytes = 10L * 1024 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>The path that names standard input: one article (text or HTML), a JSON array or JSON Lines of records.</summary>
    public const string StandardInputPath = "-";

    /// <summary>What fetches a web address given as a path.</summary>
    public PageFetcher Fetcher { get; init; } = PageFetcher.Default;

    /// <summary>Where standard input is read from (the process's own; a test may give another stream).</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (path == StandardInputPath)
            {
                foreach (var result in ReadStandardInput())
                {
                    yield return result;
                }
            }
            else if (PageFetcher.IsUrl(path))
            {
                yield return Fetcher.Fetch(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (string file in EnumerateFolder(path))
                {
                    foreach (var result in ReadFile(file))
                    {
                        yield return result;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var result in ReadFile(path))
                {
                    yield return result;
                }
            }
            else
            {
                yield return ReadResult.Failed(path, "no such file or folder");
            }
        }
    }

    private IEnumerable<string> EnumerateFolder(string folder)
    {
        // Symbolic links inside a folder are not followed, as grep -r does not: a link to a parent folder made the walk
        // store every article again under each longer path until the kernel's link limit (the robustness campaign's
        // symlink loop). A link named on the command line is read.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        var files = Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !_skip.Contains(Path.GetFullPath(f)))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public IEnumerable<ReadResult> ReadFile(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (JsonLinesExtensions.Contains(extension))
        {
            return JsonRecordReader.ReadJsonLines(path);
        }

        if (extension == ".json")
        {
            return JsonRecordReader.ReadJson(path);
        }

        return [ReadArticleFile(path, extension)];
    }

    private static ReadResult ReadArticleFile(string path, string extension)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxArticleFileBytes)
            {
                return ReadResult.Failed(path, $"file is {info.Length / (1024.0 * 1024.0):0.0} MB; one article file may be at most {MaxArticleFileBytes / (1024 * 1024)} MB (JSON and JSON Lines files are streamed without a limit)");
            }

            byte[] bytes = File.ReadAllBytes(path);
            var (text, _) = TextDecoder.Decode(bytes);
            bool html = HtmlExtensions.Contains(extension) || LooksLikeHtml(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Failed(path, "file holds only white space");
            }

            return ReadResult.Ok(new RawDocument(path, text, html ? DocumentFormat.Html : DocumentFormat.PlainText));
        }
        catch (InputException e)
        {
            return ReadResult.Failed(path, e.Message);
        }
        catch (IOException e)
        {
            return ReadResult.Failed(path, "cannot read: " + e.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return ReadResult.Failed(path, "permission denied");
        }
    }

    /// <summary>
    /// Standard input, copied to a temporary file so that records stream as from any file: records (a first '{'
    /// or '[') are read as JSON Lines or a JSON array and keep their own URLs as sources; anything else is one
    /// article whose source is "stdin:" and its content's hash, so the same article piped twice is stored once.
    /// </summary>
    private IEnumerable<ReadResult> ReadStandardInput()
    {
        string folder = Path.Combine(Path.GetTempPath(), "rasid-stdin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string copy = Path.Combine(folder, "stdin");
            using (var input = StandardInput())
            using (var file = File.Create(copy))
            {
                input.CopyTo(file);
            }

            byte[] head = new byte[64];
            int read;
            using (var file = File.OpenRead(copy))
            {
                read = file.Read(head);
            }

            char first = System.Text.Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').FirstOrDefault();
            if (first is '{' or '[')
            {
                string records = Path.Combine(folder, first == '{' ? "stdin.jsonl" : "stdin.json");
                File.Move(copy, records);
                foreach (var result in ReadFile(records))
                {
                    yield return result.Source.StartsWith(records, StringComparison.Ordinal) ? result with { Source = "stdin" + result.Source[records.Length..] } : result;
                }

                yield break;
            }

            var article = ReadArticleFile(copy, "");
            if (article.Document is { } document)
            {
                string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Body)))[..16];
                string source = "stdin:" + hash;
                yield return ReadResult.Ok(document with { Source = source });
            }
            else
            {
                yield return article with { Source = "stdin" };
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)));
    }
}

/// <summary>Article records in JSON: the common field names of scraped-news data sets (SaudiNewsNet's among them).</summary>
internal static class JsonRecordReader
{
    private static readonly string[] UrlFields = ["url", "link", "href", "permalink"];
    private static readonly string[] TextFields = ["content", "text", "body", "article", "article_body", "articleBody"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] AuthorFields = ["author", "byline", "authors", "writer"];
    private static readonly string[] PublishedFields = ["published", "date", "pubDate", "published_at", "date_published", "datePublished", "date_extracted"];
    private static readonly string[] OutletFields = ["source", "outlet", "site", "publisher"];

    public static IEnumerable<ReadResult> ReadJson(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, "cannot read: " + e.Message)];
        }

        int first = PeekFirstByte(stream);
        if (first == -1)
        {
            stream.Dispose();
            return [ReadResult.Failed(path, "empty file")];
        }

        if (first == '[')
        {
            return ReadArray(path, stream);
        }

        stream.Dispose();
        return FirstLineIsWholeJson(path) ? ReadJsonLines(path) : ReadSingleObject(path);
    }

    /// <summary>JSON Lines has a complete value on its first line; a pretty-printed object does not.</summary>
    private static bool FirstLineIsWholeJson(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            string? line;
            do
            {
                line = reader.ReadLine();
            }
            while (line is not null && string.IsNullOrWhiteSpace(line));

            using var document = JsonDocument.Parse(line ?? string.Empty);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<ReadResult> ReadSingleObject(string path)
    {
        try
        {
            if (new FileInfo(path).Length > SourceReader.MaxArticleFileBytes)
            {
                return [ReadResult.Failed(path, "a single JSON object over 10 MB is not an article record (use a JSON array or JSON Lines)")];
            }

            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return [FromRecord(path, 0, document.RootElement)];
        }
        catch (JsonException e)
        {
            return [ReadResult.Failed(path, "invalid JSON: " + OneLine(e.Message))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, "cannot read: " + e.Message)];
        }
    }

    private static int PeekFirstByte(FileStream stream)
    {
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);

        stream.Position = 0;
        return b;
    }

    private static IEnumerable<ReadResult> ReadArray(string path, FileStream stream)
    {
        using (stream)
        {
            using var enumerator = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream).ToBlockingEnumerable().GetEnumerator();
            int index = 0;
            bool broken = false;
            while (true)
            {
                ReadResult? next;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }

                    next = FromRecord(path, index, enumerator.Current);
                }
                catch (JsonException e)
                {
                    next = ReadResult.Failed($"{path}#{index}", "invalid JSON: " + OneLine(e.Message));
                    broken = true;
                }

                index++;
                yield return next;
                if (broken)
                {
                    yield break; // the rest of a broken array cannot be trusted to resynchronize
                }
            }
        }
    }

    public static IEnumerable<ReadResult> ReadJsonLines(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, "cannot read: " + e.Message)];
        }

        return ReadLines(path, reader);
    }

    private static IEnumerable<ReadResult> ReadLines(string path, StreamReader reader)
    {
        using (reader)
        {
            int lineNumber = 0;
            int records = 0;
            while (true)
            {
                string? line;
                bool undecodable = false;
                try
                {
                    line = reader.ReadLine();
                }
                catch (DecoderFallbackException)
                {
                    line = null;
                    undecodable = true;
                }

                if (undecodable)
                {
                    yield return ReadResult.Failed(path, "JSON Lines file is not valid UTF-8");
                    yield break;
                }

                if (line is null)
                {
                    break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                ReadResult result;
                try
                {
                    using var document = JsonDocument.Parse(line);
                    result = FromRecord(path, lineNumber - 1, document.RootElement);
                }
                catch (JsonException e)
                {
                    result = ReadResult.Failed($"{path}:{lineNumber}", "invalid JSON: " + OneLine(e.Message));
                }

                records++;
                yield return result;
            }

            if (records == 0)
            {
                yield return ReadResult.Failed(path, "empty file");
            }
        }
    }

    private static ReadResult FromRecord(string path, int index, JsonElement record)
    {
        string fallbackSource = $"{path}#{index}";
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Failed(fallbackSource, "record is not a JSON object");
        }

        try
        {
            return FromObject(fallbackSource, record);
        }
        catch (InputException e)
        {
            return ReadResult.Failed(fallbackSource, e.Message);
        }
        catch (InvalidOperationException)
        {
            // A field name that is not valid Unicode: looking a field up unescapes every name (see Text).
            return ReadResult.Failed(fallbackSource, "record holds a field name that is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate escape)");
        }
    }

    private static ReadResult FromObject(string fallbackSource, JsonElement record)
    {

        string? url = FirstString(record, UrlFields);
        string source = url ?? fallbackSource;
        foreach (string field in TextFields)
        {
            // Measured as written, before it is made a string: a 50 MB record went on to clean and extract for minutes
            // in 2.6 GB (the robustness campaign's 50 MB input), where a file that size is refused.
            if (record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                && System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value).Length is var bytes && bytes > SourceReader.MaxArticleFileBytes)
            {
                return ReadResult.Failed(source, $"record text is {bytes / (1024.0 * 1024.0):0.0} MB; one article may be at most {SourceReader.MaxArticleFileBytes / (1024 * 1024)} MB");
            }
        }

        string? text = FirstString(record, TextFields);
        if (text is null && TextFields.FirstOrDefault(f => record.TryGetProperty(f, out var v) && v.ValueKind is JsonValueKind.Number or JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False) is { } wrong)
        {
            // Text of the wrong type is a broken record, not an empty one: said, and counted as failed, not skipped.
            return ReadResult.Failed(source, $"field \"{wrong}\" is {record.GetProperty(wrong).ValueKind switch { JsonValueKind.Number => "a number", JsonValueKind.Object => "an object", _ => "true or false" }}, not article text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.WithoutText(source, "record has no article text (looked for " + string.Join(", ", TextFields) + ")");
        }

        bool html = SourceReader.LooksLikeHtml(text);
        return ReadResult.Ok(new RawDocument(
            source,
            text,
            html ? DocumentFormat.Html : DocumentFormat.PlainText,
            Title: FirstString(record, TitleFields),
            Author: FirstString(record, AuthorFields),
            Published: FirstString(record, PublishedFields),
            Outlet: FirstString(record, OutletFields)));
    }

    private static string? FirstString(JsonElement record, string[] names)
    {
        foreach (string name in names)
        {
            if (!record.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(Text(name, value)):
                    return Text(name, value);
                case JsonValueKind.Array:
                    var parts = value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => Text(name, v)).ToList();
                    if (parts.Count > 0)
                    {
                        return string.Join("، ", parts);
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// A JSON string's text. The parser checks structure, not what a string holds: bytes that are not UTF-8 (in a
    /// JSON array, read as bytes) or a lone surrogate escape ("\ud800") throw when the string is read. That is one
    /// bad record, said in one line, not a reader that stops (found by the reader fuzzer, fixtures/crashes/json-*).
    /// </summary>
    private static string? Text(string field, JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new InputException($"field \"{field}\" is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate escape)");
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
