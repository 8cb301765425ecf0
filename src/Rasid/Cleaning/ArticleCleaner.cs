using Rasid.Reading;

namespace Rasid.Cleaning;

/// <summary>The clean stage: a raw document (plain text or HTML) to a <see cref="CleanArticle"/>.</summary>
public sealed class ArticleCleaner
{
    private readonly TextCleaner _textCleaner;

    public ArticleCleaner(BoilerplateRules rules) => _textCleaner = new TextCleaner(rules);

    /// <summary>Throws <see cref="InputException"/> when no article text is left.</summary>
    public CleanArticle Clean(RawDocument document)
    {
        var recordHints = new ArticleHints(document.Title, document.Author, document.Published, null, document.Outlet);
        CleanArticle clean;
        if (document.Format == DocumentFormat.Html)
        {
            var page = HtmlExtractor.Extract(document.Body);
            var hints = new ArticleHints(
                recordHints.Title ?? page.Hints.Title,
                recordHints.Author ?? page.Hints.Author,
                recordHints.Published ?? page.Hints.Published,
                page.Hints.Language,
                recordHints.Outlet ?? page.Hints.Outlet);
            clean = _textCleaner.Clean(page.Lines, hints);
        }
        else
        {
            clean = _textCleaner.Clean(document.Body.Split('\n'), recordHints);
        }

        if (string.IsNullOrWhiteSpace(clean.Text))
        {
            throw new NoTextException("no article text left after cleaning");
        }

        return clean;
    }
}
