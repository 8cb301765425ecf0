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
public sealed record ReadResult(string Source, RawDocument? Document, string? Error)
{
    public static ReadResult Ok(RawDocument document) => new(document.Source, document, null);

    public static ReadResult Failed(string source, string error) => new(source, null, error);
}

/// <summary>Thrown for input Rasid cannot read; the message is one line meant for the user.</summary>
public sealed class InputException(string message) : Exception(message);
