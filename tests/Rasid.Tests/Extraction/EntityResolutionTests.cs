using Rasid.Extraction;

namespace Rasid.Tests.Extraction;

/// <summary>Entities across spellings, scripts and articles, on text written for these tests.</summary>
public sealed class EntityResolutionTests
{
    private static IReadOnlyList<ResolvedEntity> Resolve(params string[] articles) =>
        EntityResolver.Resolve(articles.Select((text, i) => ($"a{i}", EntityMentions.Default.Find(text))));

    private static ResolvedEntity? Holding(IReadOnlyList<ResolvedEntity> entities, string spelling) =>
        entities.SingleOrDefault(e => e.Name == spelling || e.Aliases.Contains(spelling));

    [Fact]
    public void A_name_seen_without_its_glued_conjunction_is_named_and_spanned_without_it()
    {
        // Mentions a tagger found, no list knowing the name: the archive writes it alone once and after و twice.
        EntityMention Place(string surface) => new(0, surface.Length, surface, "place", null);
        var entities = EntityResolver.Resolve([("a1", [Place("وزنجبار")]), ("a2", [Place("زنجبار")]), ("a3", [Place("وزنجبار")])]);
        var entity = Assert.Single(entities);
        Assert.Equal("زنجبار", entity.Name);
        Assert.All(entity.Mentions, m => Assert.Equal("زنجبار", m.Mention.Surface));
        Assert.Equal(1, entity.Mentions.First(m => m.Article == "a1").Mention.Start);
    }

    [Fact]
    public void A_long_name_after_a_glued_conjunction_is_named_without_it_when_its_rest_is_written_as_a_name()
    {
        EntityMention Person(string surface) => new(0, surface.Length, surface, "person", null);
        // The rest written as a whole name in another article; its first word alone in its own group's mentions.
        var entities = EntityResolver.Resolve([("a1", [Person("وعبدالمجيد السواط")]), ("a2", [Person("عبدالمجيد السواط")]), ("a3", [Person("ورابح صقر"), new EntityMention(20, 24, "رابح", "person", null)])]);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith('\u0648'));
        Assert.Contains(entities, e => e.Name == "عبدالمجيد السواط" && e.Mentions.Count == 2);
        // The mentions themselves begin after the conjunction: their spans say the name, not "and the name".
        var glued = entities.SelectMany(e => e.Mentions).Where(m => m.Article is "a1" or "a3" && m.Mention.Start == 1).Select(m => m.Mention.Surface).ToList();
        Assert.Equal(["عبدالمجيد السواط", "رابح صقر"], glued.Order(StringComparer.Ordinal).Reverse().ToList());
    }

    [Fact]
    public void A_name_with_li_glued_onto_its_article_is_the_name_with_its_article()
    {
        EntityMention Club(string surface) => new(0, surface.Length, surface, "organization", null);
        var entities = EntityResolver.Resolve([("a1", [Club("للأهلي")]), ("a2", [Club("الأهلي")]), ("a3", [Club("الأهلي")])]);
        var club = Assert.Single(entities);
        Assert.Equal("الأهلي", club.Name);
        Assert.Equal("للأهلي", club.Mentions.Single(m => m.Article == "a1").Mention.Surface); // the text's slice keeps its ل
    }

    [Fact]
    public void An_acronym_spelled_letter_by_letter_joins_no_arabic_word_by_its_consonants()
    {
        EntityMention Of(string surface, string kind) => new(0, surface.Length, surface, kind, null);
        var entities = EntityResolver.Resolve([("a1", [Of("MBC", "organization")]), ("a2", [Of("مبيكي", "organization")]), ("a3", [Of("FS-ISAC", "organization")]), ("a4", [Of("فاسق", "organization")])]);
        Assert.Equal(4, entities.Count);
    }

    [Fact]
    public void A_family_named_by_al_is_not_its_member_named_in_full()
    {
        var entities = Resolve("وقال الرئيس الأمريكي السابق جورج بوش إن العائلة لن تعود إلى الحكم.\nوأضاف أن آل بوش خدموا البلاد طويلا.");
        Assert.DoesNotContain(entities, e => e.Name == "جورج بوش" && e.Mentions.Any(m => m.Mention.Surface == "آل بوش"));
    }

    [Fact]
    public void Groups_of_one_name_merged_take_the_larger_groups_kind()
    {
        EntityMention Of(string surface, string kind) => new(0, surface.Length, surface, kind, null);
        var entities = EntityResolver.Resolve([("a0", [Of("والفاتيكان", "person")]), ("a4", [Of("الفاتيكان", "person")]), ("a1", [Of("الفاتيكان", "place")]), ("a2", [Of("الفاتيكان", "place")]), ("a3", [Of("الفاتيكان", "place")])]);
        var vatican = Assert.Single(entities, e => e.Mentions.Any(m => m.Article == "a1"));
        Assert.Equal(("place", "الفاتيكان"), (vatican.Kind, vatican.Name));
    }

    [Fact]
    public void A_word_commoner_with_its_first_letter_keeps_it_though_a_mention_lost_it()
    {
        EntityMention Place(string surface) => new(0, surface.Length, surface, "place", null);
        var entities = EntityResolver.Resolve([("a1", [Place("وادي السيليكون")]), ("a2", [Place("ادي السيليكون")]), ("a3", [Place("وادي السيليكون")])]);
        Assert.Contains(entities, e => e.Name == "وادي السيليكون" && e.Mentions.Count == 2);
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Mention.Surface == "وادي السيليكون") && e.Name != "وادي السيليكون");
    }

    [Theory]
    [InlineData("Scale AI", "سكيل إيه.آي")]
    [InlineData("KeyBanc Capital Markets", "كي بانك كابيتال ماركتس")]
    [InlineData("Alexandr Wang", "ألكسندر وانغ")]
    [InlineData("Microsoft", "مايكروسوفت")]
    [InlineData("Anthropic", "أنثروبيك")]
    [InlineData("Chris Cox", "كريس كوكس")]
    public void A_latin_name_and_its_arabic_transliteration_share_a_skeleton(string latin, string arabic) =>
        Assert.Equal(Transliteration.Skeleton(latin), Transliteration.Skeleton(arabic));

    [Fact]
    public void Names_that_share_a_word_keep_apart_skeletons() =>
        Assert.NotEqual(Transliteration.Skeleton("OpenAI"), Transliteration.Skeleton("Meta AI"));

    [Fact]
    public void Spellings_and_scripts_of_one_company_across_articles_are_one_entity()
    {
        var entities = Resolve(
            "أعلنت شركة Microsoft عن نتائجها الفصلية أمس.",
            "وقالت مايكروسوفت إن أرباحها ارتفعت، بينما تراجعت أسهم جوجل.",
            "وردت غوغل ببيان رسمي.");
        var microsoft = Holding(entities, "مايكروسوفت");
        Assert.NotNull(microsoft);
        Assert.Contains("Microsoft", microsoft.Aliases.Append(microsoft.Name));
        Assert.Equal(2, microsoft.ArticleCount);
        var google = Holding(entities, "جوجل")!;
        Assert.Contains("غوغل", google.Aliases);
    }

    [Fact]
    public void OpenAI_and_Meta_AI_and_Meta_stay_three_entities()
    {
        var entities = Resolve("أطلقت OpenAI نموذجا جديدا، بينما حدثت Meta مساعدها Meta AI هذا الأسبوع.");
        var openAi = Holding(entities, "OpenAI") ?? Holding(entities, "أوبن إيه آي");
        var meta = Holding(entities, "ميتا");
        var metaAi = Holding(entities, "Meta AI");
        Assert.NotNull(openAi);
        Assert.NotNull(meta);
        Assert.NotNull(metaAi);
        Assert.Equal(3, new[] { openAi, meta, metaAi }.Distinct().Count());
    }

    [Fact]
    public void An_organization_noun_with_its_name_is_an_organization_and_a_nisba_adjective_is_not_a_country()
    {
        var mentions = EntityMentions.Default.Find("كشف تقرير لوزارة التعليم أن المقاعد الشاغرة في الجامعات السعودية تتزايد.");
        var ministry = Assert.Single(mentions, m => m.Kind == "organization");
        Assert.Equal("وزارة التعليم", ministry.Surface);
        Assert.DoesNotContain(mentions, m => m.Canonical == "السعودية"); // "Saudi" universities, not Saudi Arabia
        Assert.Contains(EntityMentions.Default.Find("سافر الوفد إلى السعودية أمس."), m => m.Canonical == "السعودية");
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_earlier()
    {
        var entities = Resolve("التقى وزير المالية محمد الجدعان بنظيره الفرنسي في باريس.\nوأكد الجدعان أن الاقتصاد يتعافى.");
        var minister = entities.Single(e => e.Name.Contains("الجدعان", StringComparison.Ordinal) || e.Aliases.Any(a => a.Contains("الجدعان", StringComparison.Ordinal)));
        Assert.Equal(2, minister.Mentions.Count);
        Assert.Equal("person", minister.Kind);
    }

    [Fact]
    public void A_versioned_product_joins_its_family_and_a_rare_quoted_name_is_found()
    {
        var entities = Resolve("أطلقت الشركة نموذج Gemini 2 بعد أشهر من Gemini الأول، وتعمل على نموذج «كوزموبيا» الجديد.");
        var gemini = Holding(entities, "Gemini") ?? Holding(entities, "جيميني");
        Assert.NotNull(gemini);
        Assert.Contains("Gemini 2", gemini.Aliases.Append(gemini.Name));
        Assert.NotNull(Holding(entities, "كوزموبيا"));
    }

    [Fact]
    public void Two_people_who_share_a_surname_are_never_one_entity_through_the_bare_surname()
    {
        var entities = Resolve(
            "أعلن الرئيس اليمني السابق علي عبدالله صالح رفضه للمبادرة. وقال صالح في كلمة متلفزة إن الحوار هو الحل. وأضاف صالح أن أنصاره مستعدون.",
            "التقى رجل الأعمال محمود صالح بوفد من المستثمرين. وأكد صالح أن المشروع سيكتمل. وأشار صالح إلى أن التمويل جاهز.",
            "وقال صالح في تصريح مقتضب إن الأمور تسير كما ينبغي.");
        Assert.DoesNotContain(entities, e => e.Kind == "person"
            && new[] { e.Name }.Concat(e.Aliases).Any(n => n.Contains("علي عبدالله صالح", StringComparison.Ordinal))
            && new[] { e.Name }.Concat(e.Aliases).Any(n => n.Contains("محمود صالح", StringComparison.Ordinal)));
        Assert.Contains(entities, e => e.Name == "علي عبدالله صالح" && e.Aliases.Contains("صالح"));
        Assert.Contains(entities, e => e.Name == "محمود صالح" && e.Aliases.Contains("صالح"));
    }
}
