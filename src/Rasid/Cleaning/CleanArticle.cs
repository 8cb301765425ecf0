namespace Rasid.Cleaning;

/// <summary>A piece of the input left out of the clean text, and why.</summary>
public sealed record RemovedPiece(string Text, string Reason);

/// <summary>
/// An article after cleaning: the main text as paragraphs separated by '\n', its metadata, and what was
/// removed. <see cref="Via"/> is the attribution chain, nearest source first.
/// </summary>
public sealed record CleanArticle(
    string? Title,
    IReadOnlyList<string> Authors,
    string? Published,
    IReadOnlyList<string> Via,
    bool AiDisclosure,
    string Text,
    IReadOnlyList<RemovedPiece> Removed,
    string? Language,
    string? Outlet);
