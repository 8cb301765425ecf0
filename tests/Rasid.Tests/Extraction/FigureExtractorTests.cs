using Rasid.Extraction.Figures;

namespace Rasid.Tests.Extraction;

/// <summary>Figures in sentences written for these tests: every rule, on language rather than on the seeds.</summary>
public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Default.Extract(text);

    private static Figure Single(string text) => Assert.Single(Extract(text));

    [Theory]
    [InlineData("وقعت الشركة عقدا بقيمة 3.5 مليار دولار مع الحكومة.", 3.5e9, "USD")]
    [InlineData("وقعت الشركة عقدا بقيمة ٣٫٥ مليار دولار مع الحكومة.", 3.5e9, "USD")] // Arabic-Indic digits and decimal separator
    [InlineData("بلغت الأرباح 1,500 مليون ريال في الربع الماضي.", 1.5e9, "SAR")]
    [InlineData("خصصت الوزارة ثلاثة مليارات جنيه للمشروع.", 3e9, "EGP")] // number word and scale
    [InlineData("رصدت الحكومة مليارين يورو لدعم المزارعين.", 2e9, "EUR")] // a dual scale word
    [InlineData("استحوذت المجموعة على المصنع بـ45 مليون درهم.", 45e6, "AED")] // a preposition glued with tatweel
    [InlineData("Raised $2.5 billion from investors.", 2.5e9, "USD")]
    [InlineData("وزادت الإيرادات إلى 61ر49 مليار دولار في الربع الثاني.", 49.61e9, "USD")] // agency style: fraction ر whole
    public void Money_in_every_written_form(string text, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal("money", figure.Kind);
        Assert.Equal(value, figure.Value, 3);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("ارتفع المؤشر بنسبة 3.2% في ختام التداولات.", 3.2)]
    [InlineData("ارتفع المؤشر بنسبة ٣٫٢٪ في ختام التداولات.", 3.2)]
    [InlineData("وارتفع المؤشر 2ر3 في المائة في ختام التداولات.", 3.2)]
    [InlineData("تراجعت البطالة إلى 7 في المئة العام الماضي.", 7)]
    [InlineData("تراجعت البطالة إلى 7 بالمائة العام الماضي.", 7)]
    [InlineData("تصل نسبة الشواطئ المملوكة إلى 96 % وفق الدراسة.", 96)] // the sign written apart
    public void Percentages_with_sign_or_words(string text, double value)
    {
        var figure = Single(text);
        Assert.Equal("percent", figure.Kind);
        Assert.Equal("%", figure.Unit);
        Assert.Equal(value, figure.Value, 6);
    }

    [Theory]
    [InlineData("تتوقع الشركة إيرادات ما بين 40 و45 مليار ريال.", 40e9, 45e9, "SAR")]
    [InlineData("تتراوح الكلفة بين 3 إلى 4 ملايين دولار.", 3e6, 4e6, "USD")]
    [InlineData("يتوقع المحللون نموا بين 2-3% هذا العام.", 2, 3, "%")]
    public void Ranges_apply_scale_and_unit_to_both_ends(string text, double low, double high, string unit)
    {
        var figure = Single(text);
        Assert.Equal("range", figure.Qualifier);
        Assert.Equal(low, figure.Value, 3);
        Assert.Equal(high, figure.Max!.Value, 3);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("أنفقت الحكومة نحو 12 مليار دولار على الطرق.", "approx")]
    [InlineData("أنفقت الحكومة وحوالي 12 مليار دولار على الطرق.", "approx")]
    [InlineData("أنفقت الحكومة ما يقارب 12 مليار دولار على الطرق.", "approx")]
    [InlineData("أنفقت الحكومة أكثر من 12 مليار دولار على الطرق.", "more_than")]
    [InlineData("بلغت خسائر تتجاوز 12 مليار دولار هذا العام.", "more_than")]
    [InlineData("تتجاوز ثروته 12 مليار دولار وفق التقديرات.", "more_than")] // one word between qualifier and number
    [InlineData("قد تصل الخسائر إلى ما يصل إلى 12 مليار دولار.", "up_to")]
    [InlineData("أنفقت الحكومة أقل من 12 مليار دولار على الطرق.", "less_than")]
    [InlineData("ترسية مشروعات بأكثر من 12 مليار دولار على الطرق.", "more_than")] // a preposition glued to the qualifier
    [InlineData("ارتفعت قيمتها بحوالي 12 مليار دولار بعد الصفقة.", "approx")]
    [InlineData("أنفقت الحكومة 12 مليار دولار على الطرق.", "exact")]
    public void Qualifiers_before_the_number(string text, string qualifier) =>
        Assert.Equal(qualifier, Single(text).Qualifier);

    [Fact]
    public void A_qualifier_in_the_previous_sentence_does_not_count()
    {
        var figure = Single("ارتفعت الأسعار أكثر من. ثم أعلنت الشركة 5 مليارات دولار للاستثمار.");
        Assert.Equal("exact", figure.Qualifier);
    }

    [Theory]
    [InlineData("قال المدير البالغ من العمر 52 عاماً إن الخطة ناجحة.", 52)]
    [InlineData("توفي الفنان (87 عاما) في القاهرة.", 87)]
    [InlineData("رحل الشاعر عن عمر يناهز 90 عاما.", 90)]
    public void Years_that_are_an_age(string text, double age)
    {
        var figure = Single(text);
        Assert.Equal("age", figure.Kind);
        Assert.Equal(age, figure.Value);
        Assert.Equal("age", figure.Metric);
    }

    [Theory]
    [InlineData("استمر المشروع خمس سنوات قبل أن يكتمل.", "duration", 5, "year")]
    [InlineData("استغرقت المفاوضات عامين كاملين.", "duration", 2, "year")] // a dual on its own
    [InlineData("تنتج المصفاة 400 ألف برميل يوميا.", "quantity", 400e3, "barrel_per_day")]
    [InlineData("تبلغ قدرة المحطة 3 جيجاوات من الكهرباء.", "quantity", 3, "GW")]
    [InlineData("يستخدم التطبيق أكثر من مليار مستخدم حول العالم.", "count", 1e9, "user")] // a scale word alone is one of it
    [InlineData("وظفت الشركة 2,400 موظف جديد.", "count", 2400, "employee")]
    public void Durations_quantities_and_counts(string text, string kind, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal(kind, figure.Kind);
        Assert.Equal(value, figure.Value, 3);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("أطلقت الشركة نموذج Llama 4 الجديد.")] // a number in a model name
    [InlineData("أطلقت الشركة نموذج «لاما 4» الجديد.")]
    [InlineData("نافس نموذج R1 الصيني النماذج الأمريكية.")]
    [InlineData("اجتمع قادة مجموعة G20 في الرياض.")]
    [InlineData("نشر الخبر الساعة 10:56 صباحا.")] // a time of day
    [InlineData("يعقد المؤتمر في 13-15 أكتوبر 2026 في دبي.")] // a date
    [InlineData("وقع الاتفاق في عام 2025 بين البلدين.")] // a year
    [InlineData("أنفقت الشركات مليارات الدولارات على الذكاء الاصطناعي.")] // vague plural: no number stated
    [InlineData("أعلنت الشركة منذ يومين عن خطتها.")] // a point in time, for dates to read
    [InlineData("انتقل إلى الرياض قبل 5 سنوات.")]
    [InlineData("وقع الاتفاق، وبعد شهرين انهار.")]
    public void Numbers_that_are_not_figures(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Offsets_point_at_the_figure_as_written()
    {
        const string text = "قالت الشركة إنها ستنفق 7 مليارات دولار هذا العام.";
        var figure = Single(text);
        Assert.Equal("7 مليارات دولار", text[figure.Start..figure.End]);
        Assert.Equal(figure.Surface, text[figure.Start..figure.End]);
    }

    [Theory]
    [InlineData("رفعت الشركة النفقات الرأسمالية إلى 30 مليار دولار.", "capital_expenditure")]
    [InlineData("استحوذت الشركة على حصة 40% في المصرف.", "stake")]
    [InlineData("انخفض سهم الشركة بنسبة 8% يوم الخميس.", "share_price_change")]
    [InlineData("بلغت ثروته 12 مليار دولار بحسب فوربس.", "net_worth")]
    public void Metrics_come_from_trigger_words_for_the_figures_kind(string text, string metric) =>
        Assert.Equal(metric, Single(text).Metric);

    [Theory]
    [InlineData("وارتفعت صادرات العراق من الخام في يونيو إلى 3.1 مليون برميل يوميا.", "exports")]
    [InlineData("وبلغ إنتاج الكويت من الخام الشهر الماضي 2.8 مليون برميل يوميا.", "oil_production")]
    [InlineData("وعالجت مصافي البلاد 1.9 مليون برميل يوميا في مارس.", "refinery_runs")]
    [InlineData("وأغلق مؤشر بورصة الكويت عند مستوى 6120.5 نقطة.", "index_close")]
    [InlineData("وأنهى المؤشر العام جلسته متراجعا 18.3 نقطة.", "index_change")]
    [InlineData("وبلغت قيمة التداولات في السوق 612 مليون درهم.", "trading_value")]
    [InlineData("وارتفعت أسعار أسهم 41 شركة في نهاية الجلسة.", "advancing_companies")]
    [InlineData("فيما تراجعت أسهم 19 شركة في نهاية الجلسة.", "declining_companies")]
    [InlineData("ويبلغ عدد سكان البلاد نحو 4 ملايين نسمة.", "population")]
    [InlineData("وتتوقع المنظمة أن يزداد الطلب في العام المقبل بنحو 1.3 مليون برميل يوميا.", "oil_demand")]
    [InlineData("وأغلق مؤشر السوق على ارتفاع بنسبة 1.56% في ختام التعاملات.", "index_change")]
    [InlineData("وسجل الاقتصاد ارتفاعا بنسبة 3% في الربع الثاني.", "growth")]
    public void Oil_data_and_market_reports_name_what_each_figure_measures(string text, string metric) =>
        Assert.Equal(metric, Single(text).Metric);

    [Fact]
    public void The_level_an_index_reached_is_its_close_and_the_points_it_moved_its_change()
    {
        var figures = Extract("وهبط مؤشر ناسداك المجمع 61.74 نقطة أو 1.19 بالمئة إلى 5146.38 نقطة.");
        Assert.Equal("index_change", figures[0].Metric);
        Assert.Equal("index_close", figures[2].Metric);
        var day = Extract("وأغلق المؤشر على انخفاض طفيف بلغ 8.28 نقطة عند مستوى 9372.74 نقطة.");
        Assert.Equal(["index_change", "index_close"], day.Select(f => f.Metric)); // عند مستوى names the figure after it only
    }

    [Theory]
    [InlineData("أوقع الهجوم 32 قتيلا ومئة جريح في البلدة.", "deaths", "injuries")]
    [InlineData("وخلف الحادث 12 جريحا و3 قتلى بحسب الدفاع المدني.", "injuries", "deaths")]
    public void A_toll_noun_counted_by_the_figure_says_which_toll_it_is_whatever_stands_before(string text, string first, string second) =>
        Assert.Equal([first, second], Extract(text).Select(f => f.Metric));

    [Theory]
    [InlineData("واستغل 47 ألف و 270 عضوا حقهم في التصويت.", 47270)]
    [InlineData("ويبلغ عدد سكان المدينة مليون و200 ألف نسمة.", 1.2e6)]
    [InlineData("وخصصت الوزارة 3 ملايين و500 ألف ريال للمشروع.", 3.5e6)]
    public void A_scaled_number_and_its_remainder_joined_by_waw_are_one_number(string text, double value) =>
        Assert.Equal(value, Single(text).Value, 3);

    [Theory]
    [InlineData("وستكون الرياح بسرعة 10- 30 كم في الساعة.", 10, 30)]
    [InlineData("وتراوحت الزيادة بين الشركات 5 – 7% في العام.", 5, 7)]
    public void A_dash_apart_from_its_numbers_makes_a_range(string text, double low, double high)
    {
        var figure = Single(text);
        Assert.Equal((low, high, "range"), (figure.Value, figure.Max ?? 0, figure.Qualifier));
    }

    [Fact]
    public void A_score_with_a_dash_is_no_range_and_no_figure() =>
        Assert.Empty(Extract("وفاز الهلال 2 - 1 على النصر في المباراة."));

    [Theory]
    [InlineData("وبلغ سعر الخروف ألف وتسعمائة ريال في السوق.", 1900)]
    [InlineData("وتبرع المحسن بمبلغ ألفين وخمسمائة ريال للجمعية.", 2500)]
    [InlineData("وبلغت التكلفة مليون وخمسمائة ألف ريال هذا العام.", 1.5e6)]
    [InlineData("وخصصت الوزارة 3 آلاف وخمسمائة ريال لكل أسرة.", 3500)]
    [InlineData("وبلغ عدد الحضور ألف ومائتين وخمسين زائرا.", 1250)]
    public void A_scale_word_with_number_words_glued_on_by_waw_is_one_number(string text, double value) =>
        Assert.Equal(value, Single(text).Value, 3);

    [Fact]
    public void A_range_of_scale_words_with_remainders_meets_at_ila()
    {
        var figure = Single("وتتراوح الأسعار ما بين ألف ومائتين إلى ألف وتسعمائة ريال بحسب الحجم.");
        Assert.Equal((1200, 1900.0, "range", "SAR"), (figure.Value, figure.Max ?? 0, figure.Qualifier, figure.Unit));
    }

    [Fact]
    public void A_percentage_then_the_level_it_reached_are_two_figures_not_a_range()
    {
        var figures = Extract("وانخفض المؤشر 0.7% إلى 11831 نقطة في ختام التداولات.");
        Assert.Equal([(0.7, (double?)null, "%"), (11831, null, "point")], figures.Select(f => (f.Value, f.Max, f.Unit)));
    }

    [Theory]
    [InlineData("وسجلت الشركة مصروفات إدارية بمبلغ 30 مليون ريال ومصروفات تسويق بمبلغ 12 مليون ريال بسبب إعادة تقييم المخزون.")]
    [InlineData("وبلغت نسبة الأمية في القرى 18 في المائة، في حين سجلت المدن نموا في عدد المدارس.")]
    [InlineData("ووصلت نسبة الإشغال في الفنادق 64 في المائة بينما شهدت الشقق ارتفاعا في الطلب.")]
    public void A_trigger_past_another_number_or_a_word_of_contrast_is_the_next_clauses(string text) =>
        Assert.Null(Extract(text)[0].Metric);

    [Theory]
    [InlineData("وقالت الوزارة إن متوسط الأجور انخفض 2.4 في المائة خلال العام، وهو أكبر هبوط منذ 2009.", "decline")]
    [InlineData("وهبطت أسعار الخام أكثر من أربعة في المائة اليوم الاثنين.", "decline")]
    [InlineData("وارتفعت مبيعات السيارات في المملكة 7% خلال الربع الثاني.", "sales_growth")] // the change of what it names
    public void A_percentage_after_a_verb_of_change_is_that_change(string text, string metric) =>
        Assert.Equal(metric, Extract(text)[0].Metric);

    [Theory]
    [InlineData("وارتفعت نسبة الدين العام من 86.2 في المائة إلى 88.2 في المائة من الناتج.")]
    [InlineData("وتراجعت نسبة الإشغال خلال الربع الأول إلى 61 في المائة.")]
    public void A_level_a_change_went_from_or_to_is_no_rise_or_fall(string text) =>
        Assert.All(Extract(text), f => Assert.Null(f.Metric));

    [Fact]
    public void Growth_named_as_a_rate_keeps_its_levels_as_growth() =>
        Assert.All(Extract("وخفض الصندوق توقعات نمو الاقتصاد السعودي الذي يعتمد على النفط من 3 في المئة إلى 2.8 في المئة."), f => Assert.Equal("growth", f.Metric));

    [Fact]
    public void A_change_to_more_than_a_level_is_that_level() =>
        Assert.Null(Extract("وارتفعت نسبة الإشغال إلى أكثر من 70 في المائة خلال العيد.")[0].Metric);

    [Theory]
    [InlineData("وتراوحت الزيادات بين 5% و7 في المائة هذا العام.", 5, 7)]
    public void A_range_of_percentages_one_end_in_words_is_one_range(string text, double low, double high)
    {
        var figure = Single(text);
        Assert.Equal((low, high, "range"), (figure.Value, figure.Max ?? 0, figure.Qualifier));
    }

    [Fact]
    public void Unemployment_as_a_share_of_the_labour_force_is_still_unemployment() =>
        Assert.Equal("unemployment", Extract("وبلغت البطالة 11.6 في المائة من إجمالي قوة العمل.")[0].Metric);

    [Fact]
    public void A_shares_part_of_the_days_trading_is_no_move_of_its_price()
    {
        var figures = Extract("أما الأكثر تداولا فكان سهم الإنماء بنسبة 13.2 في المائة بتداولات 403 ملايين ريال.");
        Assert.Null(figures.Single(f => f.Kind == "percent").Metric);
        // A fall told with its amount stays a fall.
        Assert.Equal("decline", Extract("وتراجع احتياطي الدولة بنسبة 0.2 في المائة بقيمة 1.1 مليار ريال.").Single(f => f.Kind == "percent").Metric);
    }

    [Fact]
    public void A_grant_for_each_family_is_no_price() =>
        Assert.NotEqual("price", Extract("وقدمت الجمعية 5 آلاف ريال لكل أسرة متضررة من السيول.")[0].Metric);

    [Fact]
    public void A_bound_of_a_change_is_still_the_change() =>
        Assert.Equal("growth", Extract("وتوقع المحللون أن ترتفع الأسعار بما يصل إلى 5 في المائة هذا العام، مع زيادة الطلب.")[0].Metric);

    [Fact]
    public void A_word_of_contrast_keeps_the_next_clauses_verb_from_the_figure_before() =>
        Assert.Equal("decline", Extract("وتراجع قطاع الصناعة بنسبة 0.51 في المائة، وفي المقابل ارتفع القطاع المالي بنسبة 1.01 في المائة.")[0].Metric);

    [Theory]
    [InlineData("وقالت شركة أرامكو إن النفط يمثل نحو 96 في المائة من صادرات فنزويلا.")]
    [InlineData("ويشكل المبلغ أكثر من ثلاثة في المائة من إجمالي الناتج المحلي لألمانيا.")]
    public void A_percentage_of_a_metrics_quantity_is_a_share_not_the_quantity(string text) =>
        Assert.Null(Extract(text)[0].Metric);

    [Theory]
    [InlineData("وتمتلك الهيئة 51 في المائة من أسهمها بينما تعود بقية الأسهم لتحالف من الشركات.")]
    [InlineData("وباعت الحكومة 5.4% من الأسهم في البنك مقابل مليار جنيه.")]
    public void A_percentage_of_a_companys_shares_is_a_stake(string text) =>
        Assert.Equal("stake", Extract(text)[0].Metric);

    [Theory]
    [InlineData("وأغلق برنت عند 54.62 دولار للبرميل وسجل الخام خسائر أسبوعية بنسبة 4.3 في المائة.")]
    [InlineData("وهوى البلاديوم إلى 595.25 دولار للأوقية بعدما سجل أكبر خسائره الشهرية.")]
    public void A_sum_a_unit_is_a_price_whatever_loss_is_near(string text) =>
        Assert.Equal("price", Extract(text).First(f => f.Kind == "money").Metric);

    [Theory]
    [InlineData("وأسفر الانفجار عن سقوط 30 قتيلا على الأقل في البلدة.", "more_than")]
    [InlineData("ويستهدف البرنامج من هم في سن 50 عاما فأكثر من المواطنين.", "more_than")]
    [InlineData("وبلغت الكلفة 12 مليار ريال تقريبا حتى الآن.", "approx")]
    public void A_qualifier_after_the_figure_is_its_qualifier(string text, string qualifier) =>
        Assert.Equal(qualifier, Extract(text)[0].Qualifier);

    [Theory]
    [InlineData("وقال الجيش إن الهجوم أوقع قتيلين من قوات الأمن.", "deaths")]
    [InlineData("وأسفر الحادث عن إصابة شخصين بجروح طفيفة.", "injuries")]
    public void A_dual_counted_noun_counts_two(string text, string metric)
    {
        var figure = Extract(text).Single(f => f.Kind == "count");
        Assert.Equal((2.0, metric), (figure.Value, figure.Metric));
    }

    [Fact]
    public void A_scaled_number_after_a_sum_in_one_sentence_is_a_sum_of_the_same_currency()
    {
        var figures = Extract("وأقر منح مكافأة مالية قدرها 25 ألف ليرة سورية للعازب المقبل على الزواج، و50 ألفًا لمن يتزوج أرملة شهيد.");
        var second = figures.Single(f => f.Value == 50000);
        Assert.Equal(("money", "SYP", (string?)null), (second.Kind, second.Unit, second.Metric));
        // A sentence apart, the number is no part of the sum's list.
        var apart = Extract("وبلغت الإيرادات 25 مليون ريال. وزار المعرض 3 ملايين.").Single(f => f.Value == 3000000);
        Assert.Equal("count", apart.Kind);
        // A number a word says counts is no sum, the sum before it notwithstanding.
        var counted = Extract("وقدمت المملكة مساعدات بقيمة 500 مليون دولار للاجئين الذين يتجاوز عددهم 4 ملايين.").Single(f => f.Value == 4000000);
        Assert.Equal("count", counted.Kind);
    }

    [Theory]
    [InlineData("وأعلنت الأمم المتحدة أن ما يقرب من خمسة آلاف مدني سقطوا خلال الأشهر الستة.", "approx")]
    [InlineData("وشارك في الحفل ما يربو على 300 طالب.", "more_than")]
    public void Qualifiers_of_nearness_and_excess_in_their_other_wordings(string text, string qualifier) =>
        Assert.Equal(qualifier, Extract(text).Single().Qualifier);

    [Fact]
    public void Cases_of_death_are_deaths_and_cases_of_infection_stay_cases()
    {
        var figures = Extract("وأعلنت الوزارة تسجيل 5 حالات إصابة بفيروس كورونا، وتسجيل 3 حالات وفاة في الرياض.");
        Assert.Equal("cases", figures.Single(f => f.Value == 5).Metric);
        Assert.Equal("deaths", figures.Single(f => f.Value == 3).Metric);
    }

    [Fact]
    public void Civilians_killed_are_counted_as_civilians_a_part_of_a_toll()
    {
        var figure = Extract("وقتل خمسة مدنيين برصاص قناصة في المدينة.").Single();
        Assert.Equal((5.0, "civilian", "deaths"), (figure.Value, figure.Unit, figure.Metric));
    }

    [Fact]
    public void Cars_are_no_tolls_dead() =>
        Assert.Null(Extract("وأسفر الحادث عن وفاة شخص واحتراق 3 سيارات على الطريق.").Single(f => f.Unit == "vehicle").Metric);

    [Fact]
    public void The_two_of_a_quarrel_are_no_toll() =>
        Assert.DoesNotContain(Extract("ونشبت مشاجرة بين شخصين أسفرت عن مقتل أحدهما."), f => f.Value == 2);

    [Fact]
    public void A_plural_that_looks_like_a_dual_counts_nothing() =>
        Assert.DoesNotContain(Extract("وطالب المواطنين بتحسين الخدمات في الأحياء."), f => f.Kind == "count");

    [Fact]
    public void A_loss_is_no_profit() =>
        Assert.Equal(["loss", "loss"], Extract("وتراجعت خسائر الشركة إلى 58 مليون ريال مقابل خسائر بـ263 مليون ريال في النصف الأول من العام السابق.").Select(f => f.Metric));

    [Fact]
    public void A_shares_part_of_the_days_trading_is_no_move_of_the_share() =>
        Assert.Null(Extract("واستحوذ سهم سابك على 12 في المائة من سيولة السوق بقيمة 968 مليون ريال.").First(f => f.Kind == "percent").Metric);

    [Fact]
    public void A_deficit_as_a_share_of_gdp_is_still_the_deficit() =>
        Assert.Equal("deficit", Extract("وتوقعت الوزارة عجزا بنسبة 5 في المائة من الناتج المحلي هذا العام.")[0].Metric);

    [Theory]
    [InlineData("وأظهر تقرير صادر عن مؤسسة النقد العربي السعودي ارتفاع عدد بطاقات الصرف الآلي المصدرة من المصارف بنسبة 15.4% العام الماضي.", null)]
    [InlineData("وارتفع سهم أرامكو بنسبة 7 في المائة في بداية التعاملات.", "أرامكو")]
    [InlineData("وقالت شركة أبل في بيانها الفصلي إن أرباحها ارتفعت خلال الربع الثاني بنسبة 32 في المائة.", "أبل")] // a company's own report
    [InlineData("وأوضح صندوق النقد الدولي في تقريره السنوي أن صادرات المنطقة ارتفعت خلال العام بنسبة 4 في المائة.", null)]
    public void A_rise_is_owned_by_a_name_right_before_it_or_by_a_company(string text, string? subject) =>
        Assert.Equal(subject, Extract(text)[0].Subject);

    [Fact]
    public void A_tolls_verb_after_its_count_and_a_part_of_it_still_names_the_toll() =>
        Assert.Equal("deaths", Extract("لقي 7 أشخاص بينهم 3 أطفال مصرعهم في حادث سير جنوب المدينة.")[0].Metric);

    [Fact]
    public void A_toll_noun_counted_by_a_number_word_is_that_numbers_not_the_count_before() =>
        Assert.NotEqual("injuries", Extract("وقع حادث مروري راح ضحيته 9 أشخاص وأكثر من أربعين مصابا على الطريق.")[0].Metric);

    [Fact]
    public void A_remainder_as_large_as_the_scale_is_a_figure_of_its_own()
    {
        var figures = Extract("وحضر 3 آلاف و5 آلاف زائر على التوالي في اليومين.");
        Assert.Equal(2, figures.Count);
        Assert.Equal(3000, figures[0].Value);
    }

    [Theory]
    [InlineData("وبلغ معدل البطالة خلال الشهر الماضي 6ر4% بحسب الوزارة.", 4.6)]
    [InlineData("ويرفع المشروع القدرة الإنتاجية (3ر19%) مقارنة بالعام الماضي.", 19.3)]
    public void An_agency_style_decimal_keeps_its_glued_percent_sign(string text, double value)
    {
        var figure = Single(text);
        Assert.Equal(("percent", "%"), (figure.Kind, figure.Unit));
        Assert.Equal(value, figure.Value, 3);
    }

    [Fact]
    public void Points_are_an_indexs_only_where_the_sentence_names_an_index()
    {
        Assert.Null(Single("ورفع الهلال رصيده إلى 9 نقاط في صدارة المجموعة.").Metric);
        Assert.Equal("index_close", Single("ورفع المؤشر رصيده إلى 9120 نقطة.").Metric);
    }

    [Fact]
    public void Reaching_a_level_is_no_bound_but_what_may_reach_one_is()
    {
        Assert.Equal("exact", Extract("وارتفع المؤشر 7.57 نقطة ليصل إلى 5179.34 نقطة.")[1].Qualifier);
        Assert.Equal("up_to", Single("والخسائر قد تصل إلى 5 مليارات دولار.").Qualifier);
        Assert.Equal("up_to", Single("وتبلغ الغرامة ما يصل إلى 5 ملايين دولار.").Qualifier);
    }

    [Fact]
    public void A_plural_trigger_is_not_the_feminine_singular_its_stem_shares()
    {
        Assert.Null(Single("وبلغت كمية التمور في السيارات الواردة للسوق 584 طنا.").Metric); // الواردة "incoming", not imports
        Assert.Equal("imports", Single("وبلغت واردات المملكة من القمح 3 ملايين طن.").Metric);
    }

    [Theory]
    [InlineData("وارتفع استهلاك الوقود لتوليد الطاقة إلى 450 ألف برميل يوميا.", "consumption")]
    [InlineData("وتبلغ قدرة المحطة 2 جيجاوات.", "data_center_power")]
    public void A_metric_restricted_to_units_names_only_figures_in_them(string text, string metric) =>
        Assert.Equal(metric, Single(text).Metric);

    [Fact]
    public void A_common_word_names_no_metric_outside_its_units()
    {
        // طاقة "energy, capacity" measures gigawatts; a tonnage or a length beside it is not a power figure.
        Assert.Null(Single("وتبلغ الطاقة الاستيعابية للميناء 12 ألف طن.").Metric);
        Assert.Null(Single("وتبلغ طاقة البطارية مسافة 12 كيلومترا.").Metric);
    }

    [Fact]
    public void The_subject_is_the_known_entity_before_the_figure_in_its_sentence()
    {
        var figure = Single("أعلنت أرامكو أرباحا بلغت 30 مليار دولار في الربع الثاني.");
        Assert.Equal("أرامكو", figure.Subject);
        Assert.Null(Single("بلغت الأرباح 30 مليار دولار. وقالت أرامكو إنها راضية.").Subject); // never from the next sentence
    }

    [Fact]
    public void A_country_owns_what_it_exports_produces_and_counts_never_a_companys_sum()
    {
        Assert.Equal("العراق", Single("وارتفعت صادرات العراق من الخام في يونيو إلى 3.1 مليون برميل يوميا.").Subject);
        Assert.Equal("اليمن", Single("ويبلغ عدد سكان اليمن نحو 26 مليون نسمة.").Subject);
        Assert.Null(Single("وبلغت إيرادات الشركة في مصر 300 مليون دولار.").Subject); // where it was earned, not whose
    }

    [Fact]
    public void A_figure_with_no_metric_belongs_to_a_name_only_right_after_it()
    {
        // Further off, the name is who reports, denounces or hosts the figure, not its owner.
        Assert.Null(Single("وبحسب الأمم المتحدة فإن أكثر من 21 مليون شخص بحاجة إلى المساعدة.").Subject);
        Assert.Null(Single("وأدانت منظمة التحرير الفلسطينية طرح عطاءات لبناء 906 وحدات استيطانية.").Subject);
        Assert.Equal("ميتا", Single("وأنفقت ميتا 10 مليارات دولار.").Subject);
    }

    [Fact]
    public void Each_figure_of_a_sentence_takes_the_entity_nearest_before_it()
    {
        // The sentence's names are found once for all its figures; each figure still chooses among them by its place.
        var figures = Extract("أنفقت ميتا 10 مليارات دولار وأنفقت جوجل 12 مليار دولار. وبلغت الإيرادات 5 مليارات دولار.");
        Assert.Equal(["ميتا", "جوجل", null], figures.Select(f => f.Subject));
    }

    [Fact]
    public void A_trade_figure_belongs_to_the_trader_not_to_the_place_it_goes_to_or_comes_from()
    {
        Assert.Null(Single("كما انخفضت الصادرات الفرنسية لإيران إلى 494 مليون يورو في 2013.").Subject); // France's, Iran the destination
        Assert.Equal("الصين", Single("وتراجعت واردات الصين من السعودية إلى 20 مليار دولار.").Subject);
        Assert.Equal("العراق", Single("وارتفعت صادرات العراق إلى 3.1 مليون برميل يوميا.").Subject);
    }

    [Fact]
    public void A_count_of_companies_that_rose_or_fell_is_no_companys_own()
    {
        var figure = Single("وينتظر القطاع نتائج شركة سابك، أما قطاع التجزئة فقد تراجعت 6 شركات فيه.");
        Assert.Equal("declining_companies", figure.Metric);
        Assert.Null(figure.Subject);
    }

    [Theory]
    [InlineData("وبرنت الآن منخفض نحو 12 في المائة عن مستواه في بداية الشهر بفعل القلق من زيادة الإمدادات.", "decline")]
    [InlineData("وأغلق الخام الأمريكي مرتفعا 3 في المائة بعد تراجع المخزونات.", "growth")]
    public void An_adjective_of_direction_next_to_a_percent_says_whether_it_grew_or_fell(string sentence, string metric) =>
        Assert.Equal(metric, Single(sentence).Metric);

    [Theory]
    [InlineData("ولم يكشف النادي عن قيمة الصفقة، ولكن قدرتها وسائل الإعلام بنحو 44 مليون جنيه إسترليني.", "deal_value")]
    [InlineData("ووافقت الوزارة على تأسيس شركة المملكة للاستثمار والتطوير برأسمال 2 مليون ريال.", "capital")]
    public void A_deals_value_and_a_companys_capital_are_no_investment(string sentence, string metric) =>
        Assert.Equal(metric, Extract(sentence).Single(f => f.Kind == "money").Metric);

    [Fact]
    public void A_trigger_that_is_another_numbers_counted_noun_is_that_numbers()
    {
        var traded = Extract("وتناقل المستثمرون ملكية 122.2 مليون سهم بقيمة 3.6 مليار ريال نفذت من خلال 75.1 ألف صفقة.");
        Assert.NotEqual("deal_value", traded.Single(f => f.Unit == "SAR").Metric);
        Assert.Equal("trade_count", traded.Single(f => f.Unit == "trade").Metric);
    }

    [Fact]
    public void A_qualifier_between_a_tolls_noun_and_its_number_keeps_the_noun_to_that_number()
    {
        var figures = Extract("وأسفرت الغارات عن مقتل أكثر من 260 مسلحا وإصابة أكثر من 400 آخرين بجراح متفرقة.");
        Assert.Equal("deaths", figures.Single(f => f.Value == 260).Metric);
        Assert.Equal("injuries", figures.Single(f => f.Value == 400).Metric);
    }

    [Fact]
    public void The_spread_of_a_markets_moves_is_no_company_named_before_it()
    {
        var figures = Extract("وجاءت أسهم شركات الإنماء وسابك الأكثر انخفاضا، وقد تراوحت الانخفاضات والارتفاعات في تداولات اليوم ما بين 5.18% ارتفاعا إلى 2.80% انخفاضا.");
        Assert.All(figures.Where(f => f.Unit == "%"), f => Assert.Null(f.Subject));
    }

    [Theory]
    [InlineData("وأعلن الجيش النيجيري تحرير 178 رهينة من قبضة بوكو حرام واعتقال عدد من المسلحين.")]
    [InlineData("وقررت السلطات الإفراج عن 50 سجينا بمناسبة العيد.")]
    public void Hostages_freed_and_prisoners_released_are_released_not_arrested(string sentence) =>
        Assert.Equal("released", Extract(sentence).Single(f => f.Kind == "count").Metric);
}
