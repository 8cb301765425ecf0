using Rasid.Extraction;

namespace Rasid.Tests.Extraction;

/// <summary>
/// Entities that are one thing (issue 21): no mention inside a religious formula, spelling folding only for
/// names from other languages, a proclitic cut only when the rest is the name, namesakes never chained across
/// articles, and a kind for names no list knows. On text written for these tests.
/// </summary>
public sealed class EntityPrecisionTests
{
    private static IReadOnlyList<ResolvedEntity> Resolve(params string[] articles) =>
        EntityResolver.Resolve(articles.Select((text, i) => ($"a{i}", EntityMentions.Default.Find(text))));

    [Theory]
    [InlineData("وقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار، رحمه الله من قالها.")]
    [InlineData("وأضاف الأمير حفظه الله أن المشروع سيكتمل إن شاء الله خلال عامين.")]
    [InlineData("الحمد لله على سلامة المصابين في الحادث.")]
    public void No_name_inside_a_religious_or_courtesy_formula_is_a_mention(string sentence)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("الله", StringComparison.Ordinal) || m.Surface.Contains("لله", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_word_that_folds_to_a_place_name_is_not_the_place()
    {
        // الغدة "the gland" folds (غ → ج) to جدة; فيمن "in whom" is ف + يمن, and اليمن is never written without ال.
        Assert.DoesNotContain(EntityMentions.Default.Find("أجريت له عملية في الغدة الدرقية بنجاح."), m => m.Canonical == "جدة");
        Assert.DoesNotContain(EntityMentions.Default.Find("ولا خير فيمن لا يعين أهله."), m => m.Canonical == "اليمن");
        Assert.Contains(EntityMentions.Default.Find("وصل الوفد إلى جدة ثم توجه إلى اليمن."), m => m.Canonical == "جدة");
        Assert.Contains(EntityMentions.Default.Find("قدمت المملكة مساعدات لليمن."), m => m.Canonical == "اليمن");

        // الجدة "the grandmother" is جدة with the article, which the city's name never takes.
        Assert.DoesNotContain(EntityMentions.Default.Find("وروت الجدة لأحفادها قصة القرية القديمة."), m => m.Canonical == "جدة");
        Assert.Contains(EntityMentions.Default.Find("وعادت الأسرة إلى جدة بعد أداء العمرة."), m => m.Canonical == "جدة");
    }

    [Fact]
    public void A_common_word_that_folds_to_a_transliterated_name_is_not_the_name()
    {
        // Hungary's Latin name has a g, so ج may be written غ or ق in it; but المقر "headquarters" and المقرر
        // "scheduled" are Arabic words news uses every day, not Hungary.
        Assert.DoesNotContain(EntityMentions.Default.Find("وعقد الاجتماع في المقر الرئيسي للشركة، ومن المقرر أن يبدأ التنفيذ غدا."), m => m.Canonical == "المجر");
        Assert.Contains(EntityMentions.Default.Find("ووصل الوفد إلى المجر مساء أمس."), m => m.Canonical == "المجر");
        Assert.Contains(EntityMentions.Default.Find("وأعلنت قوقل عن هاتف جديد."), m => m.Canonical == "جوجل");
    }

    [Theory]
    [InlineData("وتأجل الاجتماع الأول والمقرر عقده في جدة إلى الأسبوع المقبل.")]
    [InlineData("وأقيم الحفل بالمقر الرئيسي للغرفة التجارية بحضور الأعضاء.")]
    public void A_common_word_with_a_clitic_that_folds_to_a_transliterated_name_is_not_the_name(string sentence) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Canonical == "المجر");

    [Theory]
    [InlineData("وذكرت وكالة «رويترز» أن الشرطة ضبطت المتهم.")]
    [InlineData("وذكرت وكالة \"رويترز\" أن الشرطة ضبطت المتهم.")]
    public void A_known_name_after_a_noun_that_heads_names_keeps_the_nouns_first_letter(string sentence)
    {
        var mention = Assert.Single(EntityMentions.Default.Find(sentence), m => m.Canonical == "رويترز");
        Assert.StartsWith("وكالة", mention.Surface, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وتناقل المستثمرون ملكية 154.7 مليون سهم بقيمة 11.6 مليون دينار نفذت من خلال 3573 صفقة.", "دينار")]
    [InlineData("ويجعل صعود الدولار بيع الأصول المقومة بالدولار أكثر ربحية لغير المستثمرين.", "الدولار")]
    [InlineData("وصعد الدولار أمام الين الياباني واليورو في التعاملات الآسيوية.", "اليورو")]
    [InlineData("وسجل الفرنك السويسري ارتفاعا خلال تعاملات أمس.", "فرنك")]
    public void A_currency_is_no_named_entity_glued_to_a_clitic_or_not(string sentence, string currency) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.Contains(currency, StringComparison.Ordinal));

    [Theory]
    [InlineData("وقتل عشرة أشخاص في انفجار سيارة مفخخة في العاصمة الأفغانية كابل صباح أمس.", "كابل")] // not إبل "camels"
    [InlineData("وقال الأمين العام السابق للأمم المتحدة كوفي عنان إن الأزمة طويلة.", "كوفي عنان")]
    [InlineData("وحسم النادي ملف اللاعبين الأجانب بالتوقيع مع المدافع الغيني كميل زاياتي «30 عامًا».", "كميل زاياتي")]
    [InlineData("وشارك في الحفل جمع من الممثلين كمحمد العلي وبكر الشدي.", "محمد العلي")] // ك "like" before a given name is cut
    [InlineData("ويورد الشيخ كلام العلماء كابن تيمية وابن القيم.", "ابن تيمية")]
    public void Kaf_is_cut_only_before_the_article_a_given_name_or_a_kin_word(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name);

    [Fact]
    public void A_word_that_ends_no_name_ends_it_joined_on_by_waw_too()
    {
        var mentions = EntityMentions.Default.Find("وذلك قبل عقد الجمعية غير العادية لنادي الأهلي والمقرر عقدها خلال الأسبوعين القادمين.");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("والمقرر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_name_is_not_a_proclitic_before_a_company_name()
    {
        // كابل is Kabul, not ك "like" + ابل (Apple); بمصر is still ب + مصر.
        Assert.DoesNotContain(EntityMentions.Default.Find("وقتل 51 شخصا في تفجير في كابل أمس."), m => m.Canonical == "أبل");
        Assert.Contains(EntityMentions.Default.Find("واستثمرت الشركة بمصر مليارات الدولارات."), m => m.Canonical == "مصر");
    }

    [Fact]
    public void A_name_after_a_settlement_noun_keeps_its_first_letter()
    {
        // After مدينة a name follows in construct, with no preposition: بعقوبة is Baqubah, not ب + عقوبة "punishment".
        var mentions = EntityMentions.Default.Find("وانفجرت سيارة ملغومة في سوق بمدينة بعقوبة بشرق العراق صباح اليوم.");
        Assert.DoesNotContain(mentions, m => m.Surface == "عقوبة");
    }

    [Fact]
    public void A_name_from_another_language_still_matches_every_spelling()
    {
        Assert.Contains(EntityMentions.Default.Find("أعلنت غوغل عن هاتف جديد."), m => m.Canonical is not null && m.Surface == "غوغل");
        Assert.Contains(EntityMentions.Default.Find("أعلنت جوجل عن هاتف جديد."), m => m.Canonical is not null && m.Surface == "جوجل");
    }

    [Theory]
    [InlineData("زار الوزير فرنسا وألمانيا الأسبوع الماضي.", "ألمانيا")]
    [InlineData("رفع التقرير لخادم الحرمين الشريفين أمس.", "خادم الحرمين الشريفين")]
    public void A_mention_begins_after_a_glued_conjunction_or_preposition(string sentence, string surface) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == surface);

    [Theory]
    [InlineData("ليلى")]
    [InlineData("كمال")]
    [InlineData("فراس")]
    [InlineData("وليد")]
    public void A_given_name_keeps_its_first_letter_however_common_the_rest(string name)
    {
        Assert.Equal(0, Proclitics.Length(name)); // يلي "following", مال "money", راس "head"
        Assert.Equal(name, EntityResolver.Clean(name));
    }

    [Theory]
    [InlineData("وتحدث عن التجارة مع أمريكا الشمالية وأوروبا.", "أمريكا الشمالية")]
    [InlineData("وتمتد الشبكة إلى دول في آسيا الوسطى.", "آسيا الوسطى")]
    [InlineData("بمشاركة كل من تشكوسلوفاكيا، وألمانيا الشرقية، والاتحاد السوفيتي.", "ألمانيا الشرقية")] // a list's item before it
    public void A_place_with_a_compass_adjective_is_another_place(string sentence, string surface)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        var place = Assert.Single(mentions, m => m.Surface == surface);
        Assert.Equal("place", place.Kind);
        Assert.Null(place.Canonical); // not the United States, not Asia
    }

    [Fact]
    public void A_masculine_compass_adjective_after_a_city_stays_its_nouns()
    {
        // ريف حلب الشمالي: "the northern countryside of Aleppo", not a place called "northern Aleppo".
        Assert.DoesNotContain(EntityMentions.Default.Find("وقصفت الطائرات مواقع في ريف حلب الشمالي أمس."), m => m.Surface.Contains("الشمالي", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وتوج الهلال بلقب كأس خادم الحرمين الشريفين بعد الفوز في النهائي.", "كأس خادم الحرمين الشريفين", "other")]
    [InlineData("وهبطت الطائرة في مطار الملك خالد الدولي مساء أمس.", "مطار الملك خالد الدولي", "place")]
    [InlineData("والتحق الطلاب ببرنامج خادم الحرمين الشريفين للابتعاث الخارجي.", "برنامج خادم الحرمين الشريفين للابتعاث", "other")]
    [InlineData("ووزع مركز الملك سلمان للإغاثة سلالا غذائية في عدن.", "مركز الملك سلمان للإغاثة", "organization")]
    public void A_person_something_is_named_after_is_not_mentioned_by_the_name(string sentence, string surface, string kind)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == surface && m.Kind == kind && m.Canonical is null);
        Assert.DoesNotContain(mentions, m => m.Kind == "person");
    }

    [Fact]
    public void A_programme_or_a_film_role_of_a_person_still_mentions_the_person()
    {
        // برنامج أوباما الإصلاحي is Obama's programme, من بطولة أحمد السقا a film starring him: both name the man.
        Assert.Contains(EntityMentions.Default.Find("وانتقد الجمهوريون برنامج باراك أوباما الإصلاحي بشدة."), m => m.Kind == "person" && m.Surface.Contains("أوباما", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_hospitals_joined_by_and_are_two_names_not_a_person()
    {
        var mentions = EntityMentions.Default.Find("وزار الوفد مشفى عبدالرحمن الفيصل ومستشفى الملك عبدالله لأورام الأطفال.");
        Assert.Contains(mentions, m => m.Surface == "مشفى عبدالرحمن الفيصل");
        Assert.DoesNotContain(mentions, m => m.Kind == "person" || m.Surface.Contains("ومستشفى", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_that_heads_a_name_keeps_its_first_letter()
    {
        // وادي is a word of its own, not و + ادي ("performed").
        Assert.DoesNotContain(EntityMentions.Default.Find("وقال في مقابلة مع رويترز في وادي السليكون إن الشركة ستتوسع."), m => m.Surface.StartsWith("ادي", StringComparison.Ordinal));
        // وأدى "and led" normalizes to وادي but names no valley.
        Assert.DoesNotContain(EntityMentions.Default.Find("وأدى الفريق أداء جيدا في المباراة."), m => m.Kind == "place");
    }

    [Fact]
    public void A_countrys_adjective_after_an_organization_is_not_the_country()
    {
        var mentions = EntityMentions.Default.Find("وجنبت موبايلي مخصصات بقيمة 800 مليون ريال لديون مستحقة على شركة زين السعودية.");
        Assert.DoesNotContain(mentions, m => m.Kind == "place" && m.Surface == "السعودية");
        Assert.Contains(EntityMentions.Default.Find("ووصل الوفد إلى السعودية مساء أمس."), m => m.Kind == "place" && m.Surface == "السعودية");
    }

    [Fact]
    public void An_organizations_name_ends_before_the_title_of_the_next_person()
    {
        var mentions = EntityMentions.Default.Find("وقال رئيس مجلس النواب المستشار إبراهيم الهنيدي إن الجلسة تأجلت.");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("النواب المستشار", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kunya_is_the_persons_name_not_the_bare_first_name()
    {
        var mentions = EntityMentions.Default.Find("وقالت أم عبدالرحمن إن ابنها خرج صباحا ولم يعد.");
        Assert.DoesNotContain(mentions, m => m.Surface == "عبدالرحمن");
    }

    [Theory]
    [InlineData("وقالت وزارة السياحة الإثيوبية تؤيد النظرية القائلة بذلك.", "وزارة السياحة الإثيوبية")]
    [InlineData("وكانت هيئة الهلال الأحمر تنفذ خطة الإخلاء.", "هيئة الهلال الأحمر")]
    [InlineData("وقالت وزارة الشؤون البلدية والقروية تستنكر ما حدث.", "وزارة الشؤون البلدية والقروية")]
    public void An_organizations_name_ends_before_the_verb_after_it(string sentence, string name) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.StartsWith(name, StringComparison.Ordinal) && m.Surface.Length > name.Length);

    [Theory]
    [InlineData("وزارة الداخلية")]
    [InlineData("وكالة الأنباء")]
    [InlineData("فرنسا")]
    [InlineData("ولاية كاليفورنيا")]
    public void A_name_whose_first_letter_is_a_root_letter_keeps_it(string name) =>
        Assert.Equal(name, EntityResolver.Clean(name));

    [Fact]
    public void A_first_name_alone_joins_its_own_articles_person_never_a_namesake_elsewhere()
    {
        var entities = Resolve(
            "استقبل الأمير محمد بن نايف السفير الأمريكي.\nوأكد محمد بن نايف دعم المملكة.",
            "قضت محكمة مصرية بسجن محمد مرسي.\nوكان محمد مرسي قد عزل في 2013.",
            "وصرح محمد بأن الفريق جاهز للمباراة.");
        var people = entities.Where(e => e.Name.Contains("محمد", StringComparison.Ordinal)).ToList();
        Assert.True(people.Count >= 2, string.Join(" | ", entities.Select(e => e.Name)));
        Assert.All(people, p => Assert.Single(p.Mentions.Select(m => m.Article).Distinct()));
    }

    [Fact]
    public void A_bare_given_name_with_no_full_name_in_its_article_is_not_pooled_across_articles()
    {
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 4, "صالح", "person", null)]),
            ("a1", [new EntityMention(0, 4, "صالح", "person", null)]),
            ("a2", [new EntityMention(0, 6, "بولوني", "person", null)]),
            ("a3", [new EntityMention(0, 6, "بولوني", "person", null)]),
        ]);
        Assert.Equal(2, entities.Count(e => e.Name == "صالح"));
        Assert.All(entities.Where(e => e.Name == "صالح"), e => Assert.Single(e.Mentions));
        Assert.Equal(2, Assert.Single(entities, e => e.Name == "بولوني").Mentions.Count); // a surname, no given name: the coach in both
        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void One_id_names_one_entity()
    {
        var entities = Resolve(
            "تراجعت أسعار النفط في السعودية والإمارات.",
            "وقالت السعودية إنها ستزيد الإنتاج.",
            "زار الرئيس السعودية والكويت.");
        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("أطلقت الشركة النموذج «R1» الذي نافس أكبر النماذج.", "R1", "product")]
    [InlineData("وكشفت الشركة عن نظارات Vanguard الذكية.", "Vanguard", "product")]
    [InlineData("وتوقعت شركة Forrester أن يتباطأ الإنفاق.", "Forrester", "organization")]
    [InlineData("ويعمل الفريق ضمن Reality Labs منذ سنوات.", "Reality Labs", "organization")]
    public void A_name_no_list_knows_takes_the_kind_its_words_say(string sentence, string surface, string kind) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == surface && m.Kind == kind);

    [Fact]
    public void A_common_word_the_tagger_took_for_a_name_never_joins_the_name_it_folds_to()
    {
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 3, "جدة", "place", "جدة")]),
            ("a1", [new EntityMention(0, 3, "جدة", "place", null)]),
            ("a2", [new EntityMention(0, 5, "الغدة", "place", null)]),
        ]);
        var jeddah = Assert.Single(entities, e => e.Name == "جدة");
        Assert.DoesNotContain("الغدة", jeddah.Aliases);
        Assert.Equal(2, jeddah.ArticleCount);
        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Names_that_only_share_three_consonants_across_scripts_stay_apart()
    {
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 6, "الخليج", "place", "الخليج"), new EntityMention(10, 17, "القاعدة", "organization", "القاعدة")]),
            ("a1", [new EntityMention(0, 4, "غولف", "place", null), new EntityMention(10, 13, "LCD", "organization", null)]),
            ("a2", [new EntityMention(0, 4, "Beirut", "place", null), new EntityMention(10, 16, "Poor Art", "place", null)]),
        ]);
        Assert.DoesNotContain("غولف", Assert.Single(entities, e => e.Name == "الخليج").Aliases); // Gulf translates الخليج; golf is another word
        Assert.DoesNotContain("LCD", Assert.Single(entities, e => e.Name == "القاعدة").Aliases);
        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Poor Art") && (e.Name == "Beirut" || e.Aliases.Contains("Beirut")));
    }

    [Fact]
    public void A_known_persons_latin_skeleton_does_not_draw_in_another_arabic_name()
    {
        // عبدالفتاح الهوساوي (a club's board member) has the consonants of Abdel Fattah el-Sisi once its weak letters go.
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 6, "السيسي", "person", "عبد الفتاح السيسي")]),
            ("a1", [new EntityMention(0, 18, "عبدالفتاح الهوساوي", "person", null)]),
        ]);
        Assert.DoesNotContain("عبدالفتاح الهوساوي", Assert.Single(entities, e => e.Name == "عبد الفتاح السيسي").Aliases);

        // A foreign name whose vowels a writer varied is still the person (بوتن for بوتين).
        var putin = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 5, "بوتين", "person", "فلاديمير بوتين")]),
            ("a1", [new EntityMention(0, 12, "فلاديمير بوتن", "person", null)]),
        ]);
        Assert.Contains("فلاديمير بوتن", Assert.Single(putin, e => e.Name == "فلاديمير بوتين").Aliases);
    }

    [Fact]
    public void A_rare_transliterated_name_still_joins_its_other_spelling()
    {
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 8, "زوكربيرج", "person", null)]),
            ("a1", [new EntityMention(0, 8, "زوكربيرغ", "person", null)]),
        ]);
        Assert.Single(entities);
    }

    [Fact]
    public void An_arabic_name_the_gazetteer_did_not_find_is_not_a_known_place_by_its_latin_alias()
    {
        var entities = EntityResolver.Resolve(
        [
            ("a0", [new EntityMention(0, 8, "أستراليا", "place", "أستراليا"), new EntityMention(10, 14, "لندن", "place", "لندن")]),
            ("a1", [new EntityMention(0, 6, "شيترال", "place", null), new EntityMention(10, 17, "النهدين", "place", null)]),
            ("a2", [new EntityMention(0, 9, "Australia", "place", null)]),
        ]);
        var australia = Assert.Single(entities, e => e.Name == "أستراليا");
        Assert.DoesNotContain("شيترال", australia.Aliases); // Chitral, in Pakistan: its consonants only resemble Australia's
        Assert.Contains("Australia", australia.Aliases); // the Latin name itself still joins
        Assert.DoesNotContain("النهدين", Assert.Single(entities, e => e.Name == "لندن").Aliases);
    }

    [Theory]
    [InlineData("وقال مسؤول في الوزارة لـ«الشرق الأوسط» إن المشروع سيكتمل قريبا.", "الشرق الأوسط", "صحيفة الشرق الأوسط")]
    [InlineData("وأوضح المتحدث لـ\"الرياض\" أن العمل مستمر في المشروع.", "الرياض", "صحيفة الرياض")]
    [InlineData("وبحسب «الرياض» فإن العمل مستمر في المشروع.", "الرياض", "صحيفة الرياض")]
    public void A_place_a_newspaper_is_named_after_is_the_newspaper_where_it_is_cited(string sentence, string surface, string outlet)
    {
        var mention = Assert.Single(EntityMentions.Default.Find(sentence), m => m.Surface == surface);
        Assert.Equal(("organization", outlet), (mention.Kind, mention.Canonical));
    }

    [Theory]
    [InlineData("وتشهد منطقة الشرق الأوسط توترا متزايدا هذا العام.", "الشرق الأوسط")]
    [InlineData("ووصل الوفد إلى «الرياض» مساء أمس في زيارة رسمية.", "الرياض")]
    public void The_place_itself_stays_a_place(string sentence, string surface) =>
        Assert.Equal("place", Assert.Single(EntityMentions.Default.Find(sentence), m => m.Surface == surface).Kind);

    [Theory]
    [InlineData("وقع الحادث في حي الشهداء مساء أمس.", "حي الشهداء", "place")]
    [InlineData("اندلع حريق في عمارة بحي جوبر شرق المدينة.", "حي جوبر", "place")]
    [InlineData("أغلقت الشرطة شارع خالد بن الوليد أمام السيارات.", "شارع خالد بن الوليد", "place")]
    [InlineData("نقل المصابون إلى مستشفى الملك فهد بالظهران لتلقي العلاج.", "مستشفى الملك فهد", "organization")]
    [InlineData("وافتتح الأمير قسما جديدا في مستشفى الأمير محمد بن عبد العزيز أمس.", "مستشفى الأمير محمد بن عبد العزيز", "organization")]
    public void A_noun_that_heads_a_district_street_or_hospital_names_it(string sentence, string name, string kind)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name && m.Kind == kind);
    }

    [Theory]
    [InlineData("وتجمع الأهالي في حي الرويس العشوائي احتجاجا.", "حي الرويس")]
    [InlineData("وصل السكان إلى حي المنصورية وأبدوا استياءهم من الوضع.", "حي المنصورية")]
    [InlineData("ونقل إلى مستشفى الملك خالد محمد النشمي مدير المستشفى.", "مستشفى الملك خالد")]
    public void What_is_said_of_a_named_place_is_not_its_name(string sentence, string name)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name);
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_road_median_or_a_means_is_no_place()
    {
        Assert.DoesNotContain(EntityMentions.Default.Find("اصطدمت السيارة بجزيرة وسطية على الطريق."), m => m.Kind == "place" && m.Surface.Contains("وسطية", StringComparison.Ordinal));
        Assert.DoesNotContain(EntityMentions.Default.Find("وتم التواصل عن طريق الهاتف مع الأسر."), m => m.Surface.Contains("طريق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_name_joined_by_and_is_a_second_entity_not_more_of_the_first()
    {
        var mentions = EntityMentions.Default.Find("وتنشر بيانات النفط منظمات عالمية من بينها وكالة الطاقة الدولية وأوبك.");
        Assert.Contains(mentions, m => m.Canonical == "أوبك");
        Assert.Contains(mentions, m => m.Canonical == "وكالة الطاقة الدولية" && !m.Surface.Contains("أوبك", StringComparison.Ordinal));

        // Words of the name that no list knows still run through the inner و.
        Assert.Contains(EntityMentions.Default.Find("أعلنت وزارة الاتصالات وتقنية المعلومات عن خطة جديدة."), m => m.Surface == "وزارة الاتصالات وتقنية المعلومات");
    }

    [Theory]
    [InlineData("وقال إن الدعم سيعزز الأمن ويتعزز به الاقتصاد في المنطقة.", "تعز")]
    [InlineData("وأوضح أن سببها خلل فني في المحطة.", "سبها")]
    [InlineData("حمل الجندي درعاً واقياً في المعركة.", "درعا")]
    [InlineData("كان صبياً صغيرا حين انتقل إلى المدينة.", "صبيا")]
    [InlineData("وتشمل الرحلة المجمعة أربعة بلدان في أوروبا.", "المجمعة")]
    public void A_common_word_spelled_near_a_place_name_is_not_the_place(string sentence, string place)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.DoesNotContain(mentions, m => m.Canonical == place);
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("ً", StringComparison.Ordinal)); // no nunated word is a name
    }

    [Theory]
    [InlineData("وقعت الاشتباكات في تعز وعدن.", "تعز")]
    [InlineData("وصلت القافلة إلى سبها جنوب ليبيا.", "سبها")]
    [InlineData("وقالت مصادر في درعا إن القصف استمر.", "درعا")]
    [InlineData("ستكون مقرات الدراسة في المجمعة للطلاب.", "المجمعة")]
    public void The_place_is_still_found_where_it_is_named(string sentence, string place) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Canonical == place);

    [Theory]
    [InlineData("زار الوفد وادي الدواسر أمس.", "وادي الدواسر")]
    [InlineData("وقع انفجار في بعقوبة شمال بغداد.", "بعقوبة")]
    public void A_name_that_begins_with_a_proclitic_letter_keeps_it(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name && m.Canonical == name);

    [Fact]
    public void A_name_a_settlement_noun_heads_is_a_place_beside_an_institution_named_after_it()
    {
        var mentions = EntityMentions.Default.Find("لقي خمسة أشخاص مصرعهم في حادث على طريق القاهرة الفيوم صباح اليوم.\nوقالت مصادر في محافظة الفيوم إن الإسعاف نقل المصابين إلى مستشفى الفيوم العام.");
        Assert.Contains(mentions, m => m.Surface == "مستشفى الفيوم العام" && m.Kind == "organization");
        Assert.All(mentions.Where(m => m.Surface == "الفيوم"), m => Assert.Equal("place", m.Kind));
    }

    [Fact]
    public void An_everyday_word_with_the_article_is_not_the_body_named_by_the_bare_word()
    {
        // نزاهة names the anti-corruption body; النزاهة is integrity, الحماس enthusiasm, الإبل camels (not أبل, Apple).
        // An acronym or a foreign name takes the article freely (الناتو).
        Assert.DoesNotContain(EntityMentions.Default.Find("وأظهر اللاعبون الحماس في التدريبات، وشارك ملاك الإبل في المهرجان."), m => m.Canonical is "حماس" or "أبل");
        Assert.DoesNotContain(EntityMentions.Default.Find("وللنزاهة فإن الفريق لعب بشكل جيد طوال المباراة."), m => m.Canonical == "هيئة مكافحة الفساد");
        Assert.Contains(EntityMentions.Default.Find("أعلنت نزاهة عن ضبط مخالفات في المشروع."), m => m.Canonical == "هيئة مكافحة الفساد");
        Assert.Contains(EntityMentions.Default.Find("وقال الناتو إن القوات انسحبت من المنطقة."), m => m.Canonical == "حلف شمال الأطلسي");
    }

    [Theory]
    [InlineData("وارتفع اليورو أمام الدولار في تعاملات اليوم.", "اليورو")]
    [InlineData("وتأهل الفريق إلى نهائي كأس السوبر بعد فوزه أمس.", "السوبر")]
    [InlineData("وأعلنت الجامعة أن منظمة دولية ستمول المشروع.", "منظمة")]
    public void A_currency_a_common_word_or_a_heading_noun_alone_is_no_name(string sentence, string word) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface == word);

    [Theory]
    [InlineData("وروى كثيرا من النكات عن والده وجده وعائلته الكبيرة.")]
    [InlineData("وأشاد الوفد بالترحيب الذي وجده لدى الأهالي.")]
    public void A_word_ending_in_ha_is_not_a_name_ending_in_ta_marbuta(string sentence) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Canonical == "جدة");

    [Fact]
    public void A_city_with_a_masculine_nationality_adjective_is_its_club()
    {
        // A city is feminine (روما الإيطالية); the club, نادٍ, masculine (روما الإيطالي).
        Assert.Contains(EntityMentions.Default.Find("فاز روما الإيطالي على ضيفه بهدفين."), m => m.Surface == "روما" && m.Kind == "organization" && m.Canonical is null);
        Assert.Contains(EntityMentions.Default.Find("زار الوفد روما الإيطالية أمس."), m => m.Surface == "روما" && m.Kind == "place");
    }

    [Fact]
    public void A_citys_name_with_a_clubs_word_in_a_sentence_about_sport_is_the_club()
    {
        var mentions = EntityMentions.Default.Find("وسجل اللاعب هدف الفوز لفريق نيويورك سيتي في مباراة الدوري الأمريكي.");
        Assert.Contains(mentions, m => m.Surface == "نيويورك سيتي" && m.Kind == "organization");
        Assert.DoesNotContain(mentions, m => m.Surface == "نيويورك" && m.Kind == "place");
    }

    [Fact]
    public void What_a_sentence_says_after_a_name_stays_out_of_it()
    {
        // وفاة، وقوع begin with a root و: the ministry announced a death, its name does not run on into it.
        Assert.Contains(EntityMentions.Default.Find("أعلنت وزارة الصحة وفاة المواطن متأثرا بإصابته."), m => m.Surface == "وزارة الصحة");
        // A feminine place after a feminine adjective or a ministry's name is the place (the visitor reached Cairo).
        Assert.Contains(EntityMentions.Default.Find("وصل وزير الخارجية القاهرة مساء أمس."), m => m.Canonical == "القاهرة");
        Assert.Contains(EntityMentions.Default.Find("ودخلت القوات العراقية الفلوجة بعد معارك عنيفة."), m => m.Canonical == "الفلوجة");
        // A masculine adjective after a crossing's city is the crossing's, not a club's.
        Assert.Contains(EntityMentions.Default.Find("وعبر معبر رفح المصري مئات المسافرين أمس."), m => m.Surface == "رفح" && m.Kind == "place");
        // A settlement noun that heads other things too leaves the kind alone.
        Assert.DoesNotContain(EntityMentions.Default.Find("ويرفض الحزب مبدأ ولاية الفقيه في الحكم."), m => m.Surface == "الفقيه" && m.Kind == "place");
    }

    [Theory]
    [InlineData("وفاز المنتخب الإيطالي على منتخب سان مارينو بستة أهداف.", "سان مارينو")]
    [InlineData("وشهدت مقاطعة سانت لويس احتجاجات ليلية.", "سانت لويس")]
    public void A_name_after_the_word_for_saint_is_a_place_not_a_person(string sentence, string place)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == place && m.Kind == "place");
        Assert.DoesNotContain(mentions, m => m.Kind == "person");
    }

    [Fact]
    public void A_saints_name_in_a_sentence_about_sport_is_a_club() =>
        Assert.Contains(EntityMentions.Default.Find("وعزز سان جيرمان تقدمه في صدارة الدوري الفرنسي بفوزه في المباراة."),
            m => m.Surface == "سان جيرمان" && m.Kind == "organization");

    [Fact]
    public void A_places_latin_name_with_more_words_is_another_thing_than_the_place()
    {
        var entities = Resolve(
            "وزار الوفد London ثم ركب عجلة London Eye الشهيرة.",
            "وبثت قناة France 2 تقريرا عن الانتخابات في France أمس.");
        var londonEye = Assert.Single(entities, e => new[] { e.Name }.Concat(e.Aliases).Contains("London Eye"));
        Assert.DoesNotContain("London", londonEye.Aliases.Append(londonEye.Name));
        var channel = Assert.Single(entities, e => new[] { e.Name }.Concat(e.Aliases).Contains("France 2"));
        Assert.DoesNotContain("France", channel.Aliases.Append(channel.Name));
        Assert.Contains(entities, e => e.Name == "لندن" && e.Aliases.Contains("London"));
    }

    [Fact]
    public void A_place_written_without_the_article_is_not_a_word_written_with_it()
    {
        // Taken as places by the tagger: فاس (Fez) in two articles, الفأس (the axe) in a third. The city's name never
        // takes the article; the axe's word is another word, however its letters fold.
        var entities = EntityResolver.Resolve(
        [
            ("a", [new EntityMention(0, 3, "فاس", "place", null)]),
            ("b", [new EntityMention(0, 4, "وفاس", "place", null)]),
            ("c", [new EntityMention(0, 5, "الفأس", "place", null)]),
        ]);
        var fez = Assert.Single(entities, e => e.Name == "فاس" || e.Aliases.Contains("فاس"));
        Assert.Equal(2, fez.ArticleCount);
        Assert.DoesNotContain("الفأس", fez.Aliases.Append(fez.Name));
    }

    [Theory]
    [InlineData("استقبل الملك سلمان بن عبدالعزيز آل سعود اليوم في جدة الرئيس المصري.")]
    [InlineData("استقبل الملك سلمان بن عبد العزيز آل سعود اليوم في جدة الرئيس المصري.")]
    public void A_known_name_with_abd_joined_or_apart_and_its_family_name_is_found_whole(string sentence)
    {
        var king = Assert.Single(EntityMentions.Default.Find(sentence), m => m.Kind == "person");
        Assert.EndsWith("آل سعود", king.Surface, StringComparison.Ordinal);
        Assert.Equal("الملك سلمان بن عبد العزيز", king.Canonical);
    }

    [Theory]
    [InlineData("وقال نادي باريس للدائنين إن الديون ستعاد جدولتها.", "نادي باريس للدائنين", "organization")]
    [InlineData("وتخرج من جامعة القاهرة عام 1990.", "جامعة القاهرة", "organization")]
    [InlineData("وأعلن بنك قطر الوطني أرباحه.", "بنك قطر الوطني", "organization")]
    [InlineData("وافتتح الأمير فعاليات سوق عكاظ أمس.", "سوق عكاظ", "place")]
    [InlineData("وأعلنت شركة أسمنت نجران عن أرباحها الفصلية.", "أسمنت نجران", "organization")]
    public void A_body_or_place_named_after_a_city_is_that_body_not_the_city(string sentence, string name, string kind)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name && m.Kind == kind && m.Canonical is null);
    }

    [Theory]
    [InlineData("وأغلقت الشرطة طريق الملك فهد أمام حركة السير.", "طريق الملك فهد")]
    [InlineData("وتوجه الوفد إلى مدينة الملك عبدالله الاقتصادية صباح اليوم.", "مدينة الملك عبدالله الاقتصادية")]
    [InlineData("وازدحم جسر الملك فهد بالمسافرين في العيد.", "جسر الملك فهد")]
    [InlineData("وهبطت الطائرة في مطار الملك عبدالعزيز الدولي بجدة.", "مطار الملك عبدالعزيز الدولي")]
    public void A_road_bridge_or_city_named_after_a_king_is_a_place_not_the_king(string sentence, string name)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name && m.Kind == "place");
        Assert.DoesNotContain(mentions, m => m.Kind == "person");
    }

    [Theory]
    [InlineData("أصدرت وزارة الداخلية اليوم بيانا بشأن تنفيذ حكم القتل في أحد الجناة.", "وزارة الداخلية")]
    [InlineData("وبعد النظر في قرار مجلس الشورى، قرر مجلس الوزراء الموافقة على نظام المناطق المحمية.", "مجلس الوزراء")]
    [InlineData("وقال رئيس نادي الهلال السابق إن الفريق يحتاج إلى مدافع.", "نادي الهلال")]
    [InlineData("وأكد مدير جامعة الباحة المكلف أن الدراسة تبدأ في موعدها.", "جامعة الباحة")]
    [InlineData("وأوضح بيان هيئة الاتصالات وتقنية المعلومات الخميس أن الخدمة عادت.", "هيئة الاتصالات وتقنية المعلومات")]
    public void An_organizations_name_ends_before_a_word_said_of_something_else(string sentence, string name)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name && m.Kind == "organization");
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وتأهبت السلطات السعودية لهذا الوضع منذ سنوات.", "السعودية")]
    [InlineData("وقالت إن الوزارة تسعى لرفع نسبة التحاق الطلاب بالتعليم الأهلي والأجنبي.", "الأهلي")]
    [InlineData("ويرى الخبراء أن اللون الرمادي يناسب الموسم.", "الرمادي")]
    public void A_name_in_the_form_of_an_adjective_after_a_definite_noun_is_the_nouns_adjective(string sentence, string adjective) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface == adjective);

    [Theory]
    [InlineData("وتبادل الكويت والسعودية الخبرات في المجال.", "السعودية")]
    [InlineData("وزار الوفد المملكة العربية السعودية الأسبوع الماضي.", "المملكة العربية السعودية")]
    [InlineData("وعقد الحلف الأطلسي اجتماعا في بروكسل.", "الحلف الأطلسي")]
    public void The_same_name_after_a_conjunction_or_as_part_of_a_known_name_stays(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name);

    [Fact]
    public void A_title_ends_an_organizations_name_only_before_a_persons_name()
    {
        var withPerson = EntityMentions.Default.Find("وأكد رئيس المؤسسة العامة للخطوط الحديدية المهندس محمد السويكت أن العمل مستمر.");
        Assert.DoesNotContain(withPerson, m => m.Surface.EndsWith("المهندس", StringComparison.Ordinal));
        var club = EntityMentions.Default.Find("وانضم اللاعب إلى نادي الرائد منتصف شهر رمضان.");
        Assert.Contains(club, m => m.Surface == "نادي الرائد" && m.Kind == "organization");
    }

    [Theory]
    [InlineData("فسألني منير: «أُمّال إيه اللي جابك؟».", "جابك")]
    [InlineData("وكتب على لافتته «ارحلوا، لا نريدكم» أمام المبنى.", "نريدكم")]
    [InlineData("وسأله صديقه: «وين رايح يا ولد؟» فلم يجب.", "رايح")]
    public void What_quotation_marks_hold_with_a_sentences_punctuation_is_said_not_named(string sentence, string word) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("وارتفعت العقود الآجلة مدعومة بأول تراجع يومي للدولار في أسبوع.", "للدولار")]
    [InlineData("وقال إن مؤشر القوة الشرائية لليورو يرتفع.", "لليورو")]
    public void A_currency_with_a_glued_preposition_is_no_name(string sentence, string word) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface == word);

    [Fact]
    public void A_family_word_inside_an_organizations_name_ends_nothing()
    {
        var mentions = EntityMentions.Default.Find("وأعلنت جامعة آل البيت في الأردن قبول دفعة جديدة من الطلاب.");
        Assert.Contains(mentions, m => m.Surface.StartsWith("جامعة آل البيت", StringComparison.Ordinal) && m.Kind == "organization");
    }

    [Theory]
    [InlineData("ويزور ولي العهد اليوم الدرعية لافتتاح المهرجان.", "الدرعية")]
    public void A_name_in_the_form_of_an_adjective_after_a_word_of_time_is_the_name(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name);

    [Fact]
    public void A_word_with_the_article_after_a_title_is_said_of_the_title_not_the_name()
    {
        var mentions = EntityMentions.Default.Find("وأشاد بما قدمه الملك الراحل عبدالله بن عبدالعزيز للمملكة.");
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("الراحل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_word_right_after_a_title_is_the_first_name()
    {
        var mentions = EntityMentions.Default.Find("افتتح صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت اليوم أعمال الدورة الثانية.");
        Assert.Contains(mentions, m => m.Surface == "صباح الأحمد الجابر الصباح" && m.Kind == "person");
    }

    [Theory]
    [InlineData("وأعلن تنظيم «داعش» مسؤوليته عن الهجوم.")]
    [InlineData("وقال في حديث لصحيفة \"الوطن\" إن المشروع اكتمل.")]
    public void A_name_matched_over_an_opening_quote_ends_after_the_closing_one(string sentence)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.True(m.Surface.Count(c => c == '«') == m.Surface.Count(c => c == '»') && m.Surface.Count(c => c == '"') % 2 == 0, m.Surface));
    }

    [Theory]
    [InlineData("وحضر الحفل ماجد المهندس ومحمد الخميس.", "ماجد المهندس")]
    [InlineData("وقال المدرب محمد الخميس إن اللاعبين جاهزون.", "محمد الخميس")]
    public void A_persons_name_may_end_in_such_a_word(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name);

    [Fact]
    public void A_city_named_after_a_king_for_a_purpose_is_a_body()
    {
        var mentions = EntityMentions.Default.Find("وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية إطلاق قمر صناعي.");
        Assert.Contains(mentions, m => m.Surface == "مدينة الملك عبدالعزيز للعلوم والتقنية" && m.Kind == "organization");
    }

    [Theory]
    [InlineData("ووصلت طائرة مركز الملك سلمان للإغاثة والأعمال الإنسانية إلى عدن.", "مركز الملك سلمان للإغاثة والأعمال الإنسانية")]
    [InlineData("وافتتح الأمير مهرجان أبها للتسوق والقائمين عليه حاضرون.", "مهرجان أبها للتسوق")]
    public void A_names_purpose_runs_over_a_second_noun_of_relation_only(string sentence, string name) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == name);

    [Fact]
    public void A_family_named_by_al_alone_is_the_family_with_its_al()
    {
        var mentions = EntityMentions.Default.Find("وأضاف آل غالب أن الغرفة تسعى إلى جذب الاستثمارات.");
        Assert.Contains(mentions, m => m.Surface == "آل غالب" && m.Kind == "person");
        Assert.DoesNotContain(mentions, m => m.Surface == "غالب");
    }

    [Fact]
    public void The_arabian_peninsula_is_no_tv_channel()
    {
        var mentions = EntityMentions.Default.Find("يقع الموقع على طريق التجارة القديم الذي يربط جنوب شبه الجزيرة العربية والشام.");
        Assert.Contains(mentions, m => m.Canonical == "شبه الجزيرة العربية" && m.Kind == "place");
        Assert.DoesNotContain(mentions, m => m.Canonical == "الجزيرة");
    }

    [Fact]
    public void A_name_before_a_companys_legal_suffix_is_a_company() =>
        Assert.Contains(EntityMentions.Default.Find("ويذكر بوجاشيف أن ميزبرومب كورب كان أكبر بنك خاص في البلاد."), m => m.Surface.StartsWith("ميزبرومب", StringComparison.Ordinal) && m.Kind == "organization");

    [Fact]
    public void A_name_before_the_word_for_that_you_stays_a_person() =>
        Assert.DoesNotContain(EntityMentions.Default.Find("وقال خالد العتيبي إنك لن تجد مثل هذه الفرصة مرة أخرى."), m => m.Surface.Contains("العتيبي", StringComparison.Ordinal) && m.Kind == "organization");

    [Fact]
    public void A_known_name_glued_to_and_is_a_second_entity_even_when_it_begins_with_waw() =>
        Assert.Contains(EntityMentions.Default.Find("وزار الوزير لندن وواشنطن الأسبوع الماضي."), m => m.Canonical == "واشنطن");

    [Theory]
    [InlineData("وتقدمت القوات في حي الأندلس وسط مدينة الرمادي.", "حي الأندلس")]
    [InlineData("وأغلقت الشرطة شارع فلسطين في جدة أمام السيارات.", "شارع فلسطين")]
    public void A_quarter_or_street_named_after_a_place_is_that_quarter_or_street(string sentence, string name)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name && m.Kind == "place" && m.Canonical is null);
    }

    [Theory]
    [InlineData("وقرر النادي تعديل عرضه بحسب ما ذكرت \"ذي دايلي مايل\" البريطانية.", "ديلي ميل")]
    [InlineData("وقالت صحيفة ديلي تليجراف إن المفاوضات توقفت.", "ديلي تلغراف")]
    [InlineData("ونقلت مجلة دير شبيجل عن مصادر أن الحكومة تدرس القرار.", "دير شبيغل")]
    public void A_foreign_newspaper_cited_is_that_newspaper_whole(string sentence, string outlet) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Canonical == outlet && m.Kind == "organization");

    [Fact]
    public void A_road_noun_before_no_title_names_nothing() =>
        Assert.DoesNotContain(EntityMentions.Default.Find("وتقدم الطلبات عن طريق الإنترنت فقط."), m => m.Surface.StartsWith("طريق", StringComparison.Ordinal));

    [Theory]
    [InlineData("وافتتح المحافظ سوق عنيزة للتمور أمس.", "عنيزة")]
    [InlineData("وهبطت الطائرة في مطار دبي الدولي.", "دبي")]
    public void A_places_market_or_airport_is_still_the_place_named(string sentence, string place) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == place && m.Kind == "place");

    [Fact]
    public void A_preposition_keeps_a_names_own_waw_and_feh()
    {
        var mentions = EntityMentions.Default.Find("وزار الوفد بواشنطن ثم لفرنسا وقال للفيفا إن المباراة ستقام.");
        Assert.Contains(mentions, m => m.Surface == "واشنطن");
        Assert.Contains(mentions, m => m.Surface == "فرنسا");
        Assert.Contains(mentions, m => m.Surface == "فيفا");
    }

    [Fact]
    public void A_preposition_before_a_conjunction_is_no_pair_of_proclitics() =>
        Assert.DoesNotContain(EntityMentions.Default.Find("وفاز بوروسيا دورتموند على بايرن ميونيخ."), m => m.Canonical == "روسيا" || m.Surface.StartsWith("وروسيا", StringComparison.Ordinal));

    [Fact]
    public void A_kind_a_few_mentions_took_from_context_does_not_name_an_entity_of_many_mentions_of_no_kind()
    {
        // الإسلام after نسخة or تطبيق a few times is no product; a model named twice, once after النموذج, is one.
        var religion = Enumerable.Range(0, 10).Select(i => ($"r{i}", (IReadOnlyList<EntityMention>)[new EntityMention(0, 7, "الإسلام", i == 0 ? "product" : "other", null)]));
        var model = Enumerable.Range(0, 3).Select(i => ($"m{i}", (IReadOnlyList<EntityMention>)[new EntityMention(0, 5, "كوزمو", i == 0 ? "product" : "other", null)]));
        var entities = EntityResolver.Resolve([.. religion, .. model]);
        Assert.Equal("other", Assert.Single(entities, e => e.Name == "الإسلام").Kind);
        Assert.Equal("product", Assert.Single(entities, e => e.Name == "كوزمو").Kind);
    }

    [Theory]
    [InlineData("وأعلنت أمانة المنطقة عن مشاريع جديدة للطرق.", "أمانة المنطقة")]
    [InlineData("وعقدت هيئة الشرف بالنادي اجتماعا أمس.", "هيئة الشرف")]
    public void A_noun_that_points_back_names_no_body(string sentence, string phrase) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface == phrase);

    [Fact]
    public void A_ministry_named_by_its_field_is_still_a_name() =>
        Assert.Contains(EntityMentions.Default.Find("وأعلنت وزارة الدفاع عن مناورات جديدة."), m => m.Surface == "وزارة الدفاع");

    [Theory]
    [InlineData("وارتفعت نسبة البطالة بين النساء، وذلك عندما عدن إلى العمل بعد الإجازة.", "عدن")]
    [InlineData("فإن لم ينبع قرار تناول هذه الأدوية من الطبيب فلا يؤخذ.", "ينبع")]
    public void A_word_after_a_particle_only_verbs_follow_is_a_verb_not_a_name(string sentence, string word)
    {
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface == word);
        Assert.Contains(EntityMentions.Default.Find("وشنت القوات هجوما على الحوثيين في عدن أمس."), m => m.Surface == "عدن");
    }

    [Fact]
    public void An_oil_grade_is_a_product_and_holds_the_place_in_its_name()
    {
        var mentions = EntityMentions.Default.Find("وخسر خام غرب تكساس الوسيط 18 في المائة من قيمته في يوليو بينما تراجع مزيج برنت إلى 52 دولارا.");
        Assert.Contains(mentions, m => m.Canonical == "خام غرب تكساس الوسيط" && m.Kind == "product");
        Assert.Contains(mentions, m => m.Canonical == "خام برنت" && m.Kind == "product");
        Assert.DoesNotContain(mentions, m => m.Kind == "place");
        Assert.Contains(EntityMentions.Default.Find("وقع الحادث في ولاية تكساس الأمريكية."), m => m.Surface == "تكساس" && m.Kind == "place");
    }

    [Fact]
    public void A_named_feast_is_an_entity_of_its_own()
    {
        var feast = Assert.Single(EntityMentions.Default.Find("واستأنفت السوق تداولاتها بعد إجازة عيد الفطر المبارك."));
        Assert.Equal(("عيد الفطر", "other"), (feast.Canonical, feast.Kind));
    }

    [Fact]
    public void A_name_with_abd_written_apart_or_joined_is_one_person()
    {
        var entities = Resolve("وقال الرئيس اليمني السابق علي عبد الله صالح في كلمة متلفزة إن الحرب ستطول.",
            "واتهم التحالف الرئيس السابق علي عبدالله صالح بقصف الأحياء السكنية في تعز.");
        var saleh = Assert.Single(entities, e => e.Name.StartsWith("علي عبد", StringComparison.Ordinal));
        Assert.Equal(2, saleh.ArticleCount);
    }

    [Fact]
    public void Two_princes_of_one_father_are_two_people()
    {
        var entities = Resolve("وحضر الحفل الأمير أحمد بن سلمان والأمير محمد بن سلمان وعدد من المسؤولين.");
        Assert.DoesNotContain(entities, e => e.Name == "محمد بن سلمان" && e.Aliases.Contains("أحمد بن سلمان"));
        Assert.Contains(entities, e => e.Name == "أحمد بن سلمان");
    }

    [Fact]
    public void A_lone_word_with_the_article_is_no_surname_written_without_it_but_a_family_of_origin_is()
    {
        var entities = Resolve("وقال علي عبدالله صالح إن العمل الصالح يبقى، وأكد الصالح أن المؤتمر مستمر.",
            "وقال العميد أحمد حسن عسيري إن العمليات مستمرة، وأوضح العسيري أن الميليشيات تراجعت.");
        Assert.DoesNotContain(entities, e => e.Name.EndsWith("صالح", StringComparison.Ordinal) && e.Aliases.Contains("الصالح"));
        Assert.Contains(entities, e => e.Name == "أحمد حسن عسيري" && e.Mentions.Any(m => m.Mention.Surface == "العسيري"));
    }

    [Fact]
    public void A_fathers_name_alone_is_not_the_son_but_a_family_named_after_bin_is_the_man()
    {
        var entities = Resolve("وأكد الدكتور صالح بن فهد بن عبدالعزيز أن الجامعة مستمرة في خططها، وكان عبدالعزيز قد أسس الجامعة قبل ثلاثين عاما.",
            "وقدم الدكتور جمعان رشيد بن رقوش شرحا للضيوف، وأوضح الدكتور رقوش أن السياحة جزء من الثقافة.");
        var son = Assert.Single(entities, e => e.Name.StartsWith("صالح بن فهد", StringComparison.Ordinal));
        Assert.DoesNotContain(son.Mentions, m => m.Mention.Surface == "عبدالعزيز");
        Assert.Contains(entities, e => e.Name == "جمعان رشيد بن رقوش" && e.Mentions.Any(m => m.Mention.Surface == "رقوش"));
    }

    [Theory]
    [InlineData("وتشارك الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي الشريف في الفعاليات.")]
    [InlineData("ويفضل الزوار الفنادق القريبة من الحرم الشريف خلال شهر رمضان.")]
    public void An_epithet_of_honour_after_a_holy_place_is_no_place(string text) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(text), m => m.Surface.Trim() == "الشريف");

    [Theory]
    [InlineData("بحسب شركة «فيدياليرت» المصنعة للسيارة، تضم السيارة نظام تصوير متطورا.", "فيدياليرت")]
    [InlineData("وقال رئيس قسم التأمين البحري بشركة «ويليس» إن الأسعار سترتفع.", "ويليس")]
    public void A_name_in_quotes_after_a_companys_noun_is_the_company(string text, string name) =>
        Assert.Equal("organization", EntityMentions.Default.Find(text).Single(m => m.Surface.Trim('«', '»') == name).Kind);

    [Theory]
    [InlineData("وتخرج الطالب من جامعة سعودية قبل عامين.", "جامعة سعودية")]
    [InlineData("وقضت محكمة بلجيكية بسجن المتهم خمس سنوات.", "محكمة بلجيكية")]
    [InlineData("واتهمت منظمة دولية الجيش بارتكاب جرائم.", "منظمة دولية")]
    public void An_organizations_noun_with_only_an_adjective_describes_one_and_names_none(string text, string description) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(text), m => m.Surface.Contains(description, StringComparison.Ordinal));

    [Fact]
    public void A_name_after_an_organizations_noun_that_only_ends_like_an_adjective_stays_a_name() =>
        Assert.Contains(EntityMentions.Default.Find("ونظمت جمعية هداية إفطارا للصائمين في الخبر."), m => m.Surface.Contains("هداية", StringComparison.Ordinal));

    [Fact]
    public void A_latin_spelling_joins_no_two_native_names_its_consonants_fit()
    {
        var entities = Resolve("وسجل اللاعب أحمد عبد الحميد هدف الفوز في الدقيقة الأخيرة.",
            "وأعلن المدرب محمد عبد الله الحميضي قائمة الفريق للبطولة.",
            "The goal was scored by Ahmed Abd Elhamed in the last minute.");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Mention.Surface.Contains("أحمد", StringComparison.Ordinal)) && e.Mentions.Any(m => m.Mention.Surface.Contains("الحميضي", StringComparison.Ordinal)));
    }

    [Fact]
    public void For_the_hajj_is_no_lahij()
    {
        Assert.DoesNotContain(EntityMentions.Default.Find("ضبطت الجمارك مواد ممنوعة بحوزة حجاج عند قدومهم للحج هذا العام."), m => m.Canonical == "لحج");
        Assert.Contains(EntityMentions.Default.Find("وصلت قوات المقاومة إلى لحج بعد معارك عنيفة."), m => m.Canonical == "لحج");
    }

    [Fact]
    public void An_office_after_wa_is_the_persons_next_post_not_more_of_the_name()
    {
        var mentions = EntityMentions.Default.Find("وقال ناصر الهويدي رئيس نادي الباطن وعضو الجمعية العمومية بالاتحاد السعودي إن الفريق جاهز.");
        Assert.Contains(mentions, m => m.Surface == "نادي الباطن");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("وعضو", StringComparison.Ordinal));
        Assert.Contains(EntityMentions.Default.Find("وأعلنت وزارة الاتصالات وتقنية المعلومات إطلاق الخدمة."), m => m.Surface == "وزارة الاتصالات وتقنية المعلومات");
        Assert.DoesNotContain(EntityMentions.Default.Find("وقال مدير عام هيئة الطيران المدني والمتحدث الرسمي باسمها إن الرحلات عادت."), m => m.Surface.Contains("والمتحدث", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("واحتفل الأهالي بالعيد في حديقة الملك فهد وسط المدينة.", "حديقة الملك فهد")]
    [InlineData("وتتولى الشركة إقفال باب الملك عبدالعزيز و26 بابا آخر.", "باب الملك عبدالعزيز")]
    public void A_park_or_a_gate_named_after_a_king_is_a_place_not_the_king(string sentence, string place)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == place && m.Kind == "place");
        Assert.DoesNotContain(mentions, m => m.Kind == "person");
    }

    [Theory]
    [InlineData("وتعد منطقة الشرق الأوسط وشمال أفريقيا من أسرع المناطق نموا.", "شمال أفريقيا")]
    [InlineData("وتراجعت صادرات دول جنوب شرق آسيا خلال الربع الثاني.", "جنوب شرق آسيا")]
    [InlineData("وتوسعت الشركة في شرق أوروبا العام الماضي.", "شرق أوروبا")]
    public void A_continent_after_a_compass_word_is_a_region_of_its_own(string sentence, string region)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == region && m.Kind == "place");
        Assert.DoesNotContain(mentions, m => m.Canonical is "آسيا" or "أفريقيا" or "أوروبا");
    }

    [Fact]
    public void A_continent_alone_is_the_continent() =>
        Assert.Contains(EntityMentions.Default.Find("وزار الوزير آسيا وأفريقيا في جولة طويلة."), m => m.Canonical == "أفريقيا");

    [Fact]
    public void A_number_word_ends_a_name_after_its_noun()
    {
        Assert.DoesNotContain(EntityMentions.Default.Find("والجامعات التي تناهز الثلاثين جامعة تضخ آلاف الخريجين كل عام."), m => m.Surface.Contains("آلاف", StringComparison.Ordinal));
        Assert.Contains(EntityMentions.Default.Find("وتعاقدت شركة ألفا الدولية مع الوزارة."), m => m.Surface == "شركة ألفا الدولية"); // the first word may be one
    }

    [Theory]
    [InlineData("وتقرر نزع ملكية عقار لصالح شارع أسماء بنت أبي بكر بمحافظة الزلفي.", "شارع أسماء بنت أبي بكر")]
    [InlineData("ويقع المبنى الجديد على شارع عبدالله بن خميس في حي الروضة.", "شارع عبدالله بن خميس")]
    [InlineData("ونقل المصابون إلى مستشفى الأمير سعود بن جلوي لتلقي العلاج.", "مستشفى الأمير سعود بن جلوي")]
    public void A_name_after_bin_runs_on_whatever_the_word(string sentence, string name)
    {
        var mentions = EntityMentions.Default.Find(sentence);
        Assert.Contains(mentions, m => m.Surface == name);
        Assert.DoesNotContain(mentions, m => m.Kind == "person");
    }

    [Theory]
    [InlineData("وقال الجيش السوري في بيان إن قواته استعادت البلدة.", "الجيش السوري")]
    [InlineData("وأعلن الجيش النيجيري مقتل عشرات المسلحين قرب باما.", "الجيش النيجيري")]
    [InlineData("وقصفت طائرات التحالف مواقع قرب مخازن الجيش اليمني في صنعاء.", "الجيش اليمني")]
    [InlineData("وسيطر مقاتلو جيش الفتح على مدينة أريحا.", "جيش الفتح")]
    [InlineData("وأعلن الجيشُ السوري السيطرة على التلال.", "الجيشُ السوري")] // a vowel mark on the noun
    public void A_countrys_army_is_an_organization(string sentence, string army) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface == army && m.Kind == "organization");

    [Theory]
    [InlineData("وقال الجيش في بيان إن الوضع تحت السيطرة.")]
    [InlineData("وهذا جيش منهك بالفعل بعد شهور من القتال.")]
    [InlineData("وصل الجيش الوطني إلى أطراف المدينة.")]
    public void An_army_with_no_country_or_name_is_no_entity(string sentence) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.Contains("جيش", StringComparison.Ordinal));

    [Theory]
    [InlineData("وأعلنت إدارة نادي الاتحاد برئاسة إبراهيم البلوي التعاقد مع المدرب.")]
    [InlineData("وعقدت اللجنة اجتماعها برئاسة الأمير خالد الفيصل في جدة أمس.")]
    public void Chaired_by_a_person_is_no_presidency(string sentence) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.StartsWith("رئاسة", StringComparison.Ordinal));

    [Theory]
    [InlineData("وتعد المملكة تقليديا أكبر مصدر للنفط في العالم.", "تقليديا")]
    [InlineData("وتسعى الحكومة لجعل المنطقة مركزا لوجيستيا وصناعيا وتجاريا.", "وصناعيا")]
    [InlineData("وأقيم للضيوف عرضا بحريا على متن يخت.", "بحريا")]
    public void An_adverb_in_the_accusative_is_no_part_of_a_name(string sentence, string adverb) =>
        Assert.DoesNotContain(EntityMentions.Default.Find(sentence), m => m.Surface.Contains(adverb, StringComparison.Ordinal));

    [Theory]
    [InlineData("وأغلق الجيش الطرق المؤدية إلى داريا في ريف دمشق.", "داريا")]
    [InlineData("ومن بين الضحايا أشخاص من بورما ولاوس وكمبوديا المجاورة.", "كمبوديا")]
    public void A_place_ending_in_ya_stays_a_place(string sentence, string place) =>
        Assert.Contains(EntityMentions.Default.Find(sentence), m => m.Surface.Contains(place, StringComparison.Ordinal) && m.Kind == "place");

    [Fact]
    public void A_word_glued_to_a_preposition_ends_a_name_after_its_first_word()
    {
        var mentions = EntityMentions.Default.Find("وأكدت دراسة موسعة من جامعة كورنيل بنيويورك أن النتائج مهمة.");
        Assert.Contains(mentions, m => m.Surface == "جامعة كورنيل");
        Assert.Contains(mentions, m => m.Surface == "نيويورك");
    }

    [Fact]
    public void A_comparative_ends_an_organizations_name() =>
        Assert.Contains(EntityMentions.Default.Find("وجاء سهم مصرف الراجحي الأكثر نشاطا بالقيمة أمس."), m => m.Surface == "مصرف الراجحي");
}
