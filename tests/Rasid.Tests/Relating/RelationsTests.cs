using Rasid.Evaluation;
using Rasid.Extraction;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Relating;

namespace Rasid.Tests.Relating;

/// <summary>Duplicates, rewrites, stories and claims over the bundled seeds and texts derived from them.</summary>
public sealed class RelationsTests
{
    private static readonly Lazy<List<RelationInput>> SeedInputs = new(() =>
        new SourceReader().Read([TestData.SeedsFolder])
            .OrderBy(r => r.Source, StringComparer.Ordinal)
            .Select(r => Input(RasidPipeline.Default.Process(r.Document!)))
            .ToList());

    private static RelationInput Input(ProcessedArticle p) =>
        new(p.Id, p.Source, p.Article.Outlet, p.Article.Published, p.Article.Text, p.Facts!.Facts);

    private static string Seed(string id) => Path.GetFileName(SeedInputs.Value.Single(i => i.Id == id).Source)[..3];

    private static RelationInput Derived(string source, string text) =>
        Input(RasidPipeline.Default.Process(new RawDocument(source, text, DocumentFormat.PlainText)));

    [Fact]
    public void Shingles_fold_the_spelling_variants_outlets_differ_in()
    {
        var a = Shingles.Of("أعلنت الشركة أن إيراداتها بلغت ١٤٫٨ مليار دولار في الربع الأول من العام");
        var b = Shingles.Of("اعلنت الشركة ان ايراداتها بلغت 14.8 مليار دولار في الربع الاول من العام");
        Assert.Equal(1.0, Shingles.Jaccard(a, b));
        var c = Shingles.Of("اعلنت الشركة ان ارباحها بلغت 14.8 مليار دولار في الربع الاول من العام");
        Assert.InRange(Shingles.Jaccard(a, c), 0.01, 0.99);
        Assert.Equal(0.0, Shingles.Jaccard(a, Shingles.Of("خبر آخر تماما عن الطقس في مدينة الرياض اليوم وغدا")));
    }

    [Fact]
    public void The_index_finds_exactly_the_pairs_the_brute_force_finds()
    {
        // Each seed, a copy with its last paragraph dropped, and one with a few words changed: some pairs pass 0.8, some do not.
        var texts = new List<string>();
        foreach (var seed in SeedInputs.Value)
        {
            var paragraphs = seed.Text.Split('\n');
            texts.Add(seed.Text);
            texts.Add(string.Join('\n', paragraphs[..^1]));
            texts.Add(seed.Text.Replace("ميتا", "الشركة").Replace("مليار", "مليون"));
        }

        var agreement = DuplicateAgreement.Measure(texts);
        Assert.True(agreement.TruePairs >= 5, $"only {agreement.TruePairs} true pairs: the fixture does not test anything");
        Assert.Equal(agreement.TruePairs, agreement.Agreed);
        Assert.Equal(agreement.FoundPairs, agreement.Agreed);
    }

    [Fact]
    public void Seed_001_is_a_rewrite_of_seed_000_and_no_other_seeds_are_copies()
    {
        var relations = StoryFinder.Find(SeedInputs.Value);
        var copies = relations.Links.Where(l => l.Kind is "duplicate" or "near-duplicate" or "rewrite").ToList();
        var link = Assert.Single(copies);
        Assert.Equal("rewrite", link.Kind);
        Assert.Equal(["000", "001"], new[] { Seed(link.First), Seed(link.Second) }.Order());
        Assert.True(link.Evidence.Figures.Count >= 3, "a rewrite is recognised by shared figures");
        Assert.Contains(link.Evidence.Entities, e => e.Contains("زوكربير", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_under_another_source_is_a_duplicate_and_a_trimmed_copy_a_near_duplicate()
    {
        var original = SeedInputs.Value[2];
        var copy = Derived("https://example.org/copy", original.Text);
        var paragraphs = original.Text.Split('\n');
        var trimmed = Derived("https://example.org/trimmed", string.Join('\n', paragraphs[..^1]));

        var relations = StoryFinder.Find([original, copy, trimmed]);

        Assert.Contains(relations.Links, l => l.Kind == "duplicate" && l.First == original.Id && l.Second == copy.Id);
        Assert.Contains(relations.Links, l => l.Kind is "near-duplicate" or "duplicate" && l.Second == trimmed.Id);
        var story = Assert.Single(relations.Stories);
        Assert.Equal(3, story.Articles.Count);
    }

    [Fact]
    public void The_seed_claims_conflict_on_the_deal_were_revised_on_guidance_and_agree_on_the_rest()
    {
        var relations = StoryFinder.Find(SeedInputs.Value);
        var claims = ClaimFinder.Find(SeedInputs.Value, relations, Gazetteer.Default);
        string meta = ClaimFinder.SubjectKey("Meta", Gazetteer.Default);

        var deal = Assert.Single(claims, c => c.Status == "conflict" && c.Metric == "investment");
        Assert.Equal(meta, ClaimFinder.SubjectKey(deal.Subject, Gazetteer.Default));
        Assert.Equal([14.3e9, 14.8e9], deal.Values.Select(v => v.Value).Order());
        Assert.All(deal.Values, v => Assert.Contains(v.Surface, v.Sentence, StringComparison.Ordinal));

        var guidance = Assert.Single(claims, c => c.Status == "revised");
        Assert.Contains(guidance.Values, v => v.Value == 70e9 && v.Max == 72e9);
        Assert.Contains(guidance.Values, v => v.Value == 66e9 && v.Max == 72e9);

        var age = Assert.Single(claims, c => c.Metric == "age");
        Assert.Equal("agreed", age.Status);
        Assert.Contains("وانغ", age.Subject, StringComparison.Ordinal);
        Assert.Equal(2, age.IndependentStories); // two outlets' own reports

        // The rewrite repeats its source: the operating-expenses figure it copies is one story, not two confirmations.
        var opex = Assert.Single(claims, c => c.Metric == "operating_expenses_increase");
        Assert.Equal("agreed", opex.Status);
        Assert.Equal(2, opex.Values.Select(v => v.Article).Distinct().Count());
        Assert.Equal(1, opex.IndependentStories);
    }

    [Theory]
    [InlineData(20e9, "approx", 20e9, "exact", true)]
    [InlineData(20e9, "approx", 21.5e9, "exact", true)]
    [InlineData(14.8e9, "exact", 14.3e9, "exact", false)]
    [InlineData(200e9, "more_than", 200e9, "exact", true)]
    [InlineData(7e9, "exact", 7.02e9, "exact", true)]
    [InlineData(8.617e9, "exact", 8.654e9, "exact", false)]
    public void Values_agree_within_the_rounding_the_text_allows(double a, string qa, double b, string qb, bool same)
    {
        // Written as news writes them (7 مليارات، 7.02 مليار): how a value may round depends on its digits.
        static Rasid.Extraction.Figures.Figure F(double v, string q) =>
            new(0, 1, (v / 1e9).ToString(System.Globalization.CultureInfo.InvariantCulture) + " مليار دولار", "money", v, null, "USD", q, "revenue", "ميتا");
        Assert.Equal(same, ClaimFinder.Equivalent(F(a, qa), F(b, qb)));
    }

    [Theory]
    [InlineData("ورفعت الشركة توجيهاتها للإنفاق الرأسمالي إلى ما بين 70 و72 مليار دولار", true)]
    [InlineData("وخفضت الحكومة توقعاتها للنمو إلى 2%", true)]
    [InlineData("بلغت الإيرادات 20 مليار دولار في الربع الأول", false)]
    public void Revision_language_is_recognised(string sentence, bool revision) =>
        Assert.Equal(revision, ClaimFinder.HasRevisionLanguage(sentence));

    [Fact]
    public void An_entity_timeline_gathers_every_spelling_across_articles()
    {
        var timeline = EntityTimelines.Of("Mark Zuckerberg", SeedInputs.Value, Gazetteer.Default);
        Assert.NotNull(timeline);
        Assert.True(timeline!.Entity.ArticleCount >= 3);
        var articles = timeline.Entries.Where(e => e.Kind == "mention").Select(e => e.Article).ToList();
        Assert.Equal(articles.Distinct().Count(), articles.Count);
        Assert.All(timeline.Entries, e => Assert.Contains(e.Text, e.Sentence, StringComparison.Ordinal));
        Assert.Null(EntityTimelines.Of("اسم لا يرد في أي مقال", SeedInputs.Value, Gazetteer.Default));
    }
}
