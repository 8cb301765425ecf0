using Rasid.Extraction.Dates;
using Rasid.Extraction.Figures;
using Rasid.Extraction.Ner;
using Rasid.Extraction.Quotes;

namespace Rasid.Extraction;

/// <summary>Everything extracted from one article's clean text: the records of the export contract.</summary>
public sealed record ArticleFacts(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<Figure> Figures, IReadOnlyList<DateMention> Dates, IReadOnlyList<Quote> Quotes);

/// <summary>
/// The extraction stage as one value: the shipped one, or one whose gazetteer has the user's own entities added
/// (<c>--gazetteer FILE</c>). Built per command, so no setting leaks from one run into another.
/// </summary>
public sealed class Extractors
{
    private static readonly Lazy<Extractors> Shipped = new(() => new Extractors(Gazetteer.Default));

    public Extractors(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Mentions = new EntityMentions(gazetteer, EntityTagger.Default);
        Figures = new FigureExtractor(FigureVocabulary.Default, gazetteer);
        Quotes = new QuoteExtractor(Mentions);
    }

    public static Extractors Default => Shipped.Value;

    /// <summary>The shipped extractors with the entities of a user's gazetteer file added.</summary>
    public static Extractors WithGazetteer(string? path) => path is null ? Default : new Extractors(Gazetteer.Default.With(Gazetteer.Load(path)));

    public Gazetteer Gazetteer { get; }

    public EntityMentions Mentions { get; }

    public FigureExtractor Figures { get; }

    public DateExtractor Dates => DateExtractor.Default;

    public QuoteExtractor Quotes { get; }

    public ArticleFacts Extract(Cleaning.CleanArticle article)
    {
        var mentions = Mentions.Find(article.Text);
        return new(mentions, Figures.Extract(article.Text), Dates.Extract(article.Text, article.Published), Quotes.Extract(article.Text, mentions));
    }
}
