namespace Rasid.Reading;

/// <summary>What kind of markup a document's body is in.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
}

/// <summary>
/// A document as read from its source, before cleaning. Fields a structured source supplies
/// (JSON records, HTML meta tags) come filled; plain text leaves them null for the cleaner to find.
/// </summary>
public sealed record RawDocument(
    string Source,
    string Body,
    DocumentFormat Format,
    string? Title = null,
    string? Author = null,
    string? Published = null,
    string? Outlet = null);

/// <summary>One item a reader yields: a document, or a clear one-line reason why a source could not be read.</summary>
/// <param name="NoText">The source was read and holds no article text (a record with an empty text field): nothing to store, not an error.</param>
public sealed record ReadResult(string Source, RawDocument? Document, string? Error, bool NoText = false)
{
    public static ReadResult WithoutText(string source, string why) => new(source, null, why, NoText: true);

    public static ReadResult Ok(RawDocument document) => new(document.Source, document, null);

    public static ReadResult Failed(string source, string error) => new(source, null, error);
}

/// <summary>Thrown for input Rasid cannot read; the message is one line meant for the user.</summary>
public class InputException(string message) : Exception(message);

/// <summary>
/// The input was read and holds no article text once cleaned (a page of navigation only): nothing to store. Ingest
/// counts these apart from failures, since nothing that could have been stored was lost.
/// </summary>
public sealed class NoTextException(string message) : InputException(message);
