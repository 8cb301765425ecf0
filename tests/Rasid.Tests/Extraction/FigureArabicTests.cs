using Rasid.Extraction.Figures;

namespace Rasid.Tests.Extraction;

/// <summary>Figures as Arabic writes them (issue 21): compound number words, the Arabic decimal comma, direction marks inside numbers, the currency after "من".</summary>
public sealed class FigureArabicTests
{
    private static Figure Single(string text) => Assert.Single(FigureExtractor.Default.Extract(text));

    [Theory]
    [InlineData("قتل أحد عشر قتيلا في الهجوم.", 11)]
    [InlineData("وأصيب ثلاثة عشر شخصا بجروح.", 13)]
    [InlineData("وشارك اثنا عشر طالبا في المسابقة.", 12)]
    [InlineData("وحضر خمسة وعشرون زائرا المعرض.", 25)]
    [InlineData("وتم توظيف مئتين وخمسين موظفا.", 250)]
    [InlineData("ووصل ثلاثمائة وخمسة وعشرون حاجا.", 325)]
    [InlineData("وستنفذ الخطة خلال الخمسة عشر عاما المقبلة.", 15)]
    [InlineData("وحضر الأحد عشر لاعبا التدريب.", 11)]
    [InlineData("وتعمل الفرق على مدار الأربع وعشرين ساعة في الموقع.", 24)]
    [InlineData("وتراجعت الأرباح إلى سبعمائة وخمسة عشر مليون دولار.", 715e6)] // a teen after hundreds, its unit glued to و
    [InlineData("وقتل في الحرب ثلاثمائة وأحد عشر شخصا.", 311)]
    [InlineData("ودفعت الأسرة ألف وخمسة عشر ريالا رسوما.", 1015)] // a teen as a scale's remainder
    [InlineData("ووصل ثلاثة آلاف وخمسمائة واثنا عشر حاجا.", 3512)]
    [InlineData("ويبلغ عدد سكان البلاد مئتي مليون نسمة.", 2e8)] // 200 in the construct state, before its scale
    [InlineData("وأنفقت الشركة مائتي مليون ريال على التوسعة.", 2e8)]
    [InlineData("وضبطت الشرطة ثلاثة وأربعين فاصلة ثمانية كيلوجرام من المتفجرات.", 43.8)] // a decimal point said in words
    [InlineData("وبلغ معدل التضخم اثنين فاصلة خمسة وعشرين في المائة.", 2.25)]
    [InlineData("وبلغ معدل النمو اثنين فاصلة صفر خمسة في المائة.", 2.05)]
    public void Compound_number_words_are_read_whole(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Theory]
    [InlineData("ولا يزال عمره ثماني سنوات ونصف.", 8.5, "year")]
    [InlineData("وتبعد المنطقة عن المطار ساعتين ونصف بالسيارة.", 2.5, "hour")] // a dual unit and its half
    [InlineData("وقضت المحكمة بالسجن عامين ونصف العام على الشاب.", 2.5, "year")]
    [InlineData("وعرض البلدة 6 كيلو ونصف الكيلو.", 6.5, "kg")]
    [InlineData("ويبلغ تعداده نحو خمسة ملايين نسمة ونصف المليون.", 5_500_000, "person")]
    [InlineData("وجمعت الحملة 20 طنا وربع الطن من الذخائر.", 20.25, "ton")]
    public void A_half_of_the_unit_after_it_is_the_numbers(string text, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal((value, unit), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("وقتل 5 أشخاص ونصف المصابين في حالة خطرة.", 5, "person")] // half of the injured, another noun
    [InlineData("ويعاقب بالسجن عشر سنوات ونصف مليون درهم غرامة.", 10, "year")] // the fine is the next figure
    public void A_half_of_something_else_after_a_unit_is_not_the_numbers(string text, double value, string unit) =>
        Assert.Contains(FigureExtractor.Default.Extract(text), f => f.Value == value && f.Unit == unit);

    [Theory]
    [InlineData("وغرامة مالية تصل إلى ربع مليون دولار.", 250_000, "USD")]
    [InlineData("وبلغت حصيلة المباراة نصف مليون دولار.", 500_000, "USD")]
    [InlineData("وتخطت قيم التداول حاجز النصف مليار جنيه.", 5e8, "EGP")]
    [InlineData("ودفعت الولايات المتحدة ثلث مليون دولار لكل أسرة.", 333_333, "USD")] // a third of a million, in whole dollars
    [InlineData("ويصرف منه ثلاثة أرباع مليار دولار.", 7.5e8, "USD")]
    [InlineData("ويقدر عدد الدروز بنحو مليون ونصف المليون نسمة.", 1_500_000, "person")]
    [InlineData("ويصل ثمنها إلى مليون ونصف مليون دولار تقريبا.", 1_500_000, "USD")]
    [InlineData("وتقاضى اللاعب راتبا قدره مليون وربع المليون دولار.", 1_250_000, "USD")]
    [InlineData("ويصل التصدير إلى مليونين ونصف مليون برميل.", 2_500_000, "barrel")] // half of one million, after two
    [InlineData("وأنفقت الجمعية سبعة ملايين ونصف مليون ريال.", 7_500_000, "SAR")]
    [InlineData("وبلغت الإيرادات 10 ملايين ونصف جنيه.", 10_500_000, "EGP")]
    [InlineData("ولدى الصين وثلاثة ونصف ترليون دولار احتياطيا.", 3.5e12, "USD")]
    [InlineData("وانتقل اللاعب إلى بنفيكا مقابل نصف مليون إسترليني.", 500_000, "GBP")] // the pound named by its adjective alone
    public void A_fraction_of_a_scale_is_that_part_of_it(string text, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal((value, unit), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("ويبلغ عدد سكان الإقليم نحو مليون و336 ألفا و989 نسمة.", 1336989)]
    [InlineData("واختلس المحصل مليونين و265 ألفا و985 ريالا من البلدية.", 2265985)]
    [InlineData("وبلغت الواردات مليار و167 مليونا و600 ألف ريال خلال الفترة.", 1167.6e6)]
    public void Remainders_joined_one_after_another_are_one_number(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Theory]
    [InlineData("وأسفر الحادث عن مصرع وإصابة 8 أشخاص على طريق الأفلاج.", "8 أشخاص", "casualties")] // the dead and injured as one count
    [InlineData("وقتل وأصيب سبعة عراقيين في الهجوم.", "سبعة", "casualties")]
    [InlineData("وخلف الانفجار 30 قتيلا وجريحا في السوق.", "30 قتيلا", "casualties")]
    [InlineData("قالت الوزارة إن شرطيا قتل وأصيب ثلاثة آخرون عندما أطلق مسلحان النار.", "ثلاثة آخرون", "injuries")] // the others are the injured
    [InlineData("وسقط ثمانية قتلى وأصيب 10 آخرون من المعارضة.", "ثمانية قتلى", "deaths")] // the dead by their noun, then the injured
    [InlineData("وسقط ثمانية قتلى وأصيب 10 آخرون من المعارضة.", "10 آخرون", "injuries")]
    [InlineData("أسفر الانفجار عن مقتل 5 أشخاص وإصابة 10 آخرين.", "5 أشخاص", "deaths")]
    [InlineData("وأسفر القصف عن سقوط 20 آخرين بين قتيل وجريح في السوق.", "20 آخرين", "casualties")] // others, but both dead and injured
    public void The_dead_and_injured_told_as_one_count_are_casualties(string text, string surface, string metric) =>
        Assert.Equal(metric, Assert.Single(FigureExtractor.Default.Extract(text), f => f.Surface == surface).Metric);

    [Theory]
    [InlineData("وأنهت اللجنة التحقيقات مع 25 طبيبا وفنيا ومديرا مناوبا في المستشفى.", null)] // doctors, technicians and managers together
    [InlineData("ويدعم البرنامج رواتب 48 معلماً وإدارياً لحلقات التحفيظ.", null)]
    [InlineData("وعين المستشفى 25 طبيبا في قسم الطوارئ.", "doctors")]
    [InlineData("وبلغ عدد المهاجرين نحو 188 ألف مهاجر وصلوا إلى أوروبا.", "migrants")] // a verb after the noun, no second noun
    [InlineData("وأعدم التنظيم 22 جنديا ومدنيا واحدا في الفلوجة.", "soldiers")] // the civilian has a count of his own
    [InlineData("وأفرجت السلطات عن 39 أسيرا وفقا للاتفاق بين الطرفين.", "prisoners")] // an adverb, no second person
    public void A_person_counted_with_others_joined_to_it_is_no_count_of_its_kind(string text, string? metric) =>
        Assert.Equal(metric, FigureExtractor.Default.Extract(text).First(f => f.Kind == "count").Metric);

    [Theory]
    [InlineData("وتم تشغيل المحطة في تمام الساعة (٧:٤٣) دقيقة صباحا.")]
    [InlineData("واستمر الانقطاع حتى الساعة 8:40 دقيقة صباحاً.")]
    public void A_time_of_day_split_at_its_colon_is_no_figure(string text) =>
        Assert.Empty(FigureExtractor.Default.Extract(text));

    [Fact]
    public void A_duration_in_minutes_stays_a_figure() =>
        Assert.Equal(43, Single("واستمر العطل 43 دقيقة في المطار.").Value);

    [Fact]
    public void The_stock_market_is_no_share()
    {
        Assert.NotEqual("share_price_change", Single("تراجعت الأرباح الصافية للشركات المدرجة في سوق الأسهم بنسبة تصل إلى 14% خلال النصف الأول.").Metric);
        Assert.Equal("share_price_change", Single("وارتفع سهم الشركة بنسبة 2% في تداولات أمس.").Metric);
        Assert.NotEqual("share_price_change", Single("وتراجعت أرباح الشركات المدرجة لسوق الأسهم بنسبة 14% في النصف الأول.").Metric);
    }

    [Theory]
    [InlineData("وحصل على الدكتوراة في زمن قياسي لم يتجاوز ثلاث سنوات من الجامعة.", "up_to")] // negated in the past: at most
    [InlineData("وأكدت الشركة أن التكلفة لن تتجاوز 5 ملايين ريال.", "up_to")]
    [InlineData("وأوضح أن عدد الحضور لم يقل عن 500 شخص.", "more_than")]
    [InlineData("وبلغ عدد الحضور ما يتجاوز 500 شخص.", "more_than")]
    public void A_negated_qualifier_turns_over(string text, string qualifier) =>
        Assert.Equal(qualifier, Single(text).Qualifier);

    [Theory]
    [InlineData("وقدرت الدراسة حجم الديون بنحو خمسة آلاف مليار دولار في نهاية العام.", 5e12)] // thousands of billions: a trillion as Arabic says it
    [InlineData("وبلغت الأصول 3 آلاف مليار ريال بنهاية الربع.", 3e12)]
    [InlineData("وبلغت قيمة الصفقة ألف مليون دولار.", 1e9)]
    public void A_larger_scale_after_a_scale_multiplies_it(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Fact]
    public void A_remainder_as_large_as_the_last_scale_is_another_number()
    {
        var figures = FigureExtractor.Default.Extract("وسجلت الشركة مليون و300 ألف و2000 مشارك.");
        Assert.Contains(figures, f => f.Value == 1.3e6);
        Assert.DoesNotContain(figures, f => f.Value == 1302000);
    }

    [Theory]
    [InlineData("وتراجع الذهب في السوق الفورية 1.5 % إلى 1116.43 دولار للأوقية.", 1.5, 1116.43)]
    [InlineData("وصعد سهم صافولا 2.6 % إلى 68 ريالا.", 2.6, 68)]
    public void A_percentage_with_its_sign_apart_is_no_range_to_the_level_it_reached(string text, double change, double level)
    {
        var figures = FigureExtractor.Default.Extract(text);
        var percent = Assert.Single(figures, f => f.Value == change);
        Assert.Equal(("%", (double?)null), (percent.Unit, percent.Max));
        Assert.Contains(figures, f => f.Value == level && f.Unit != "%");
    }

    [Fact]
    public void Thousands_grouped_and_a_scale_word_too_are_no_figure_to_guess() =>
        Assert.DoesNotContain(FigureExtractor.Default.Extract("وإنشاء عبارة لتصريف مياه الأمطار بتكلفة (45,510,420) مليون ريال."), f => f.Value > 1e9);

    [Fact]
    public void A_list_of_number_words_is_not_one_number()
    {
        var figures = FigureExtractor.Default.Extract("وأصيب ثلاثة وخمسة آخرون من الزوار.");
        Assert.DoesNotContain(figures, f => f.Value == 8);
    }

    [Theory]
    [InlineData("وتضمن العقد الحادي عشر عملية تشغيل وصيانة محطات التنقية.")]
    [InlineData("وفي الدقيقة الثانية عشرة سجل اللاعب هدفه الأول.")]
    public void A_teen_ordinal_is_no_count(string text) =>
        Assert.DoesNotContain(FigureExtractor.Default.Extract(text), f => f.Value is 10 or 11 or 12);

    [Fact]
    public void The_arabic_comma_between_digits_is_a_decimal_comma()
    {
        var figure = Single("وبلغت الإيرادات 174،5 مليون ريال خلال الربع.");
        Assert.Equal(174.5e6, figure.Value, 3);
        Assert.Equal("SAR", figure.Unit);
    }

    [Theory]
    [InlineData("وحصل الفائز على جائزة قدرها 10،000 دولار.", 10000, "USD")]
    [InlineData("وبلغت التكلفة 1،250،000 ريال.", 1250000, "SAR")]
    public void The_arabic_comma_before_three_digits_groups_thousands(string text, double value, string unit)
    {
        var figure = Single(text);
        Assert.Equal((value, unit), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("وتم تصميم المشروع ليحتوي على 10.630 وحدة سكنية.", 10630)]
    [InlineData("وضبطت الفرق أكثر من 5.706 عمال مخالفين.", 5706)]
    [InlineData("ونقلت الشاحنات 1.250 طنا من المواد الغذائية.", 1.25)] // a quantity may have a fraction
    public void A_point_before_three_digits_in_a_count_groups_thousands(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Fact]
    public void Two_years_joined_by_an_arabic_comma_are_no_number()
    {
        Assert.DoesNotContain(FigureExtractor.Default.Extract("وفي موسمي 2014،2015 شارك 300 لاعب."), f => f.Value > 1_000_000);
    }

    [Fact]
    public void Kilo_then_metre_written_apart_is_a_kilometre()
    {
        var figure = Single("ويمتد الطريق مسافة 170 كيلو مترًا نحو الجنوب.");
        Assert.Equal((170.0, "km"), (figure.Value, figure.Unit));
    }

    [Theory]
    [InlineData("وأغلق المؤشر عند 755.\u200F2 نقطة.", 2.755)]
    [InlineData("ونزلت الفضة إلى 72.\u200F14 دولار للأوقية.", 14.72)]
    [InlineData("وتراجع المؤشر 1.\u200F0 في المائة.", 0.1)]
    public void A_direction_mark_after_the_point_shows_the_fraction_first(string text, double value) =>
        Assert.Equal(value, Single(text).Value, 3);

    [Theory]
    [InlineData("واستضافت الكويت البطولة ثلاث مرات من قبل.")]
    [InlineData("وفاز الفريق باللقب 5 مرات في تاريخه.")]
    public void Times_without_a_comparison_count_occasions(string text)
    {
        var figure = Single(text);
        Assert.Equal("count", figure.Kind);
        Assert.Equal("occasion", figure.Unit);
        Assert.Null(figure.Metric);
    }

    [Theory]
    [InlineData("وأصبحت المبيعات ثلاث مرات أكبر من العام الماضي.")]
    [InlineData("وتضاعفت الأرباح 4 مرات خلال عامين.")]
    [InlineData("وارتفع عدد المقاتلين ثلاثة أضعاف.")]
    [InlineData("ويعمل المعالج الجديد أسرع 10 مرات من سابقه.")]
    public void Times_against_a_comparison_is_a_multiple(string text) =>
        Assert.Equal("ratio", FigureExtractor.Default.Extract(text).First(f => f.Kind != "duration").Kind);

    [Fact]
    public void A_level_the_index_crossed_is_not_its_close()
    {
        var figures = FigureExtractor.Default.Extract("وهبط المؤشر العام للسوق تحت مستوى 8800 نقطة نزولا عند 8758 نقطة.");
        Assert.Null(figures.Single(f => f.Value == 8800).Metric);
        Assert.Equal("index_close", figures.Single(f => f.Value == 8758).Metric);
    }

    [Theory]
    [InlineData("وتهب رياح سرعتها 10-32 كم/ساعة على المنطقة.", 10, 32, "km_per_hour")]
    [InlineData("ويتراوح سعر الكيلو بين 150 ـ 300 ريال في الأسواق.", 150, 300, "SAR")]
    public void Ranges_and_compound_units_as_arabic_types_them(string text, double low, double high, string unit)
    {
        var figure = FigureExtractor.Default.Extract(text).First(f => f.Kind != "duration");
        Assert.Equal((low, high, unit), (figure.Value, figure.Max ?? double.NaN, figure.Unit));
    }

    [Fact]
    public void An_altitude_in_feet_keeps_its_unit() =>
        Assert.Equal("ft", Single("وحلقت الطائرة على ارتفاع 35 ألف قدم فوق المحيط.").Unit);

    [Theory]
    [InlineData("وبلغت قيمة التداولات 4.1 مليار ريال.", 4_100_000_000)]
    [InlineData("وبلغت الإيرادات 0.3 مليون دولار.", 300_000)]
    [InlineData("وبلغت الاستثمارات 14.8 مليار دولار.", 14_800_000_000)]
    public void A_decimal_times_its_scale_is_the_value_written(string text, double value) =>
        Assert.Equal(value, Single(text).Value); // exactly: 4.1 × 10⁹ in binary floating point is 4,099,999,999.9999995

    [Fact]
    public void The_currency_after_the_scale_word_through_min_is_the_unit()
    {
        var figure = Single("وبلغت المبيعات 45 مليونا من الريالات هذا العام.");
        Assert.Equal(45e6, figure.Value);
        Assert.Equal("SAR", figure.Unit);
    }
}

/// <summary>Whose quantity a figure is and what it measures, by the sentence's grammar (issue 21, figure binding).</summary>
public sealed class FigureBindingTests
{
    private static IReadOnlyList<Figure> Extract(string text) =>
        Rasid.Pipeline.RasidPipeline.Default.Process(new Rasid.Reading.RawDocument("t.txt", text, Rasid.Reading.DocumentFormat.PlainText)).Facts!.Facts.Figures;

    [Theory]
    [InlineData("أسفر الانفجار عن مقتل 27 شخصا وإصابة نحو 100 آخرين في البلدة.", 27, "deaths")]
    [InlineData("أسفر الانفجار عن مقتل 27 شخصا وإصابة نحو 100 آخرين في البلدة.", 100, "injuries")]
    [InlineData("خلف الحادث وفاة أربعة أشخاص وإصابة ثلاثة أطفال بإصابات حرجة.", 4, "deaths")]
    [InlineData("أعلنت الوزارة استشهاد 15 شخصا في المسجد وجرح قرابة سبعة آخرين.", 15, "deaths")]
    [InlineData("أعلنت الوزارة استشهاد 15 شخصا في المسجد وجرح قرابة سبعة آخرين.", 7, "injuries")]
    [InlineData("قتل 7 أشخاص وجرح 54 في الهجوم.", 54, "injuries")]
    [InlineData("قال مسؤولون إن 27 شخصا على الأقل قتلوا وأصيب عشرات آخرون في الغارات.", 27, "deaths")] // the verb after its subject
    [InlineData("لقي تسعة أشخاص حتفهم وأصيب 41 آخرون في انقلاب حافلة.", 9, "deaths")] // لقي … حتفهم around the count
    [InlineData("لقي تسعة أشخاص حتفهم وأصيب 41 آخرون في انقلاب حافلة.", 41, "injuries")]
    [InlineData("وأكدت الشرطة أن 12 شخصا اعتقلوا خلال المداهمات.", 12, "arrests")]
    [InlineData("وأخلت فرق الدفاع المدني 15 شخصا من المبنى فيما نقلت سيدتين أصيبتا بحالات اختناق إلى المستشفى.", 15, "evacuated")] // not injured
    [InlineData("وأدت الفيضانات إلى وفاة 100 شخص وبلغ عدد المتضررين مليون مواطن في الإقليم.", 1e6, "affected")] // not deaths
    [InlineData("وقرر القاضي في جلسة أمس إخلاء سبيل 11 متهما بلا ضمان.", 11, "released")] // a court's release, no evacuation
    [InlineData("وتم إخلاء 35 شخصا من المبنى.", 35, "evacuated")]
    [InlineData("استنكر المركز الهجوم الإرهابي الذي راح ضحيته نحو 15 من رجال الأمن.", 15, "deaths")]
    [InlineData("وقعت مذبحة راح ضحيتها 43 طالبا العام الماضي.", 43, "deaths")]
    public void A_count_is_measured_by_the_noun_that_governs_it(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Theory]
    [InlineData("قالت وزارة الداخلية إن الانفجار أسفر عن مقتل 17 شخصا.")]
    [InlineData("وأوضح الهلال الأحمر أن الحادث خلف خمس إصابات.")]
    [InlineData("أعلن تنظيم داعش مسؤوليته عن الهجوم الذي أسفر عن مقتل 32 شخصا.")]
    public void A_toll_has_no_actor_for_its_owner(string text) =>
        Assert.Null(Assert.Single(Extract(text), f => f.Kind == "count").Subject);

    [Fact]
    public void A_figure_headed_by_another_owner_is_not_the_earlier_names()
    {
        var figures = Extract("ارتفع سهم سابك بنسبة 1.2% في ختام التعاملات، وتراجع سهم إعمار العقارية بنسبة 0.4% في سوق دبي.");
        Assert.Equal("سابك", figures.Single(f => f.Value == 1.2).Subject);
        Assert.Null(figures.Single(f => f.Value == 0.4).Subject);
    }

    [Theory]
    [InlineData("وانخفض سهم إعمار العقارية 0.4 في المئة في سوق دبي", "0.4", true)]
    [InlineData("وتراجع المؤشر العام للبورصة المصرية 0.4 في المئة", "0.4", true)]
    [InlineData("وكان سهم الشركة الوطنية للتبريد من الرابحين وارتفع 0.7 في المائة", "0.7", true)]
    [InlineData("وارتفعت الأرباح 0.7 في المائة مقارنة بالعام الماضي", "0.7", false)]
    public void A_figure_headed_by_an_owner_noun_names_its_own_owner(string sentence, string figure, bool headed) =>
        Assert.Equal(headed, Rasid.Extraction.OwnerNouns.HeadsAny(sentence[..sentence.IndexOf(figure, StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void A_price_is_not_the_producers_named_beside_it() =>
        Assert.Null(Extract("دعت أوبك إلى اجتماع طارئ مع هبوط أسعار النفط صوب 48 دولارا للبرميل.").Single(f => f.Value == 48).Subject);

    [Fact]
    public void A_sum_is_not_the_officer_who_announced_it()
    {
        // A person named beside a company's sum is its officer or spokesman; the sum is the company's or nobody's known.
        var figure = Extract("قال الرئيس التنفيذي أمين الناصر إن الأرباح بلغت 30 مليار دولار.").Single(f => f.Kind == "money");
        Assert.NotEqual("أمين الناصر", figure.Subject);
    }

    [Fact]
    public void An_age_is_not_the_spokesmans_when_another_person_stands_between()
    {
        var figure = Extract("وأوضح الناطق الإعلامي العقيد خالد الغبان أن ابن المشتكي البالغ من العمر 16 عاما تعرض للضرب.").Single(f => f.Kind == "age");
        Assert.NotEqual("خالد الغبان", figure.Subject);
    }

    [Fact]
    public void An_age_is_not_the_name_further_on_in_another_clause()
    {
        var figure = Extract("ويتوقع أن يتفاوض النادي مع لاعب الوسط البالغ من العمر 21 عاما بشأن العقد الذي سيربطه بفريق المدرب ماسيميليانو أليجري.").Single(f => f.Kind == "age");
        Assert.Null(figure.Subject);
        var apposition = Extract("وقال الرئيس التنفيذي البالغ من العمر 28 عاماً، ألكسندر وانغ، إن الشركة تنمو.").Single(f => f.Kind == "age");
        Assert.Equal("ألكسندر وانغ", apposition.Subject);
    }

    [Theory]
    [InlineData("وكان موريس لابوز قد اشترط على ابنتيه مارلينا وفيكتوريا (17 عاما) ألا تحصلا على المال قبل سن الخامسة والثلاثين.")]
    [InlineData("وأوضح المتحدث خالد الغبان أن ابنه البالغ من العمر 16 عاما تعرض للضرب.")]
    public void An_age_is_not_the_named_persons_when_his_child_stands_between(string text) =>
        Assert.DoesNotContain(Extract(text).Single(f => f.Kind == "age").Subject ?? "", new[] { "موريس لابوز", "خالد الغبان" });

    [Fact]
    public void A_verb_after_a_count_with_a_number_of_its_own_governs_that_number()
    {
        var figures = Extract("وارتفعت أسهم أربع شركات وانخفضت أسعار 35 وحافظت ثلاث شركات على سعر إغلاقها السابق.");
        Assert.Equal("advancing_companies", figures.Single(f => f.Value == 4).Metric);
    }

    [Theory]
    [InlineData("ولم يطرأ تغيير على أسهم 31 شركة وانخفضت أسهم 56.", 31, "unchanged_companies")]
    [InlineData("وارتفعت أسهم 78 شركة وحافظت أسهم 31 شركة على أسعارها.", 31, "unchanged_companies")]
    [InlineData("فيما استقرت أسهم 27 شركة، بعد أن أصبح مجمل الشركات المتداولة في السوق 170 شركة.", 170, "traded_companies")]
    [InlineData("وفي المقابل تراجعت أسعار أسهم 18 شركة، واستقرت أسعار أسهم 4 شركات.", 18, "declining_companies")]
    [InlineData("بعد أن أصبح مجمل الشركات المتداولة في السوق 170 شركة مع تعليق تداول 5 شركات.", 5, "suspended_companies")]
    public void Market_reports_name_what_each_number_is(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Fact]
    public void The_sessions_low_is_not_the_close() =>
        Assert.Null(Extract("وافتتح المؤشر العام عند 9381 نقطة واتجه إلى أدنى مستوى في الجلسة عند 9354 نقطة.").Single(f => f.Value == 9354).Metric);

    [Fact]
    public void An_age_beside_a_name_is_that_persons() =>
        Assert.Equal("محمد علاونة", Extract("وقال الطالب محمد علاونة (19 عاما) إنه نجا من الحادث.").Single(f => f.Kind == "age").Subject);
    [Theory]
    [InlineData("واستعادت الهيئة 151 عقارا من المتعدين عليها.", 151, "properties")]
    [InlineData("وأخلت فرق الدفاع المدني 35 شخصا من مبنى من أربعة أدوار.", 4, "floors")] // the floors, not the evacuated
    [InlineData("وأخلت فرق الدفاع المدني 35 شخصا من مبنى من أربعة أدوار.", 35, "evacuated")]
    [InlineData("وأفرجت السلطات عن 101 طفل كانوا محتجزين لدى الجماعة.", 101, "children")]
    [InlineData("وأسفر القصف عن مقتل خمسة أطفال في القرية.", 5, "deaths")] // a trigger says what befell them
    public void A_counted_noun_names_what_is_counted_when_no_trigger_does(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Theory]
    [InlineData("وخفض الصندوق توقعاته للنمو من 3 إلى 2.8 في المائة.", 3, 2.8, "%")]
    [InlineData("وارتفعت أرباح الشركة من 3 إلى 5 مليارات ريال.", 3e9, 5e9, "SAR")]
    [InlineData("وتراجع عدد الزوار من 27 إلى 13 ألف زائر.", 27e3, 13e3, "visitor")]
    [InlineData("وانخفض عدد الزوار من 2000 إلى 1500 زائر.", 2000, 1500, "visitor")]
    public void A_change_from_one_value_to_another_is_two_figures_not_a_range(string text, double before, double after, string unit)
    {
        var figures = FigureExtractor.Default.Extract(text);
        Assert.All(figures, f => Assert.Null(f.Max));
        Assert.Contains(figures, f => f.Value == before && f.Unit == unit);
        Assert.Contains(figures, f => f.Value == after && f.Unit == unit);
    }

    [Fact]
    public void A_range_runs_upward_and_a_year_is_no_value()
    {
        var prison = Assert.Single(FigureExtractor.Default.Extract("ويعاقب المخالف بالسجن من 3 إلى 5 سنوات."));
        Assert.Equal((3.0, 5.0, "range"), (prison.Value, prison.Max!.Value, prison.Qualifier));

        var since = FigureExtractor.Default.Extract("وسجلت الوزارة منذ عام 2012 إلى 1078 حالة إصابة.");
        Assert.DoesNotContain(since, f => f.Value == 2012 || f.Max is not null);
        Assert.Contains(since, f => f.Value == 1078);
    }

    [Fact]
    public void A_trial_postponed_is_no_evacuation()
    {
        // أجلت is "postponed" and "evacuated" alike when unvowelled; the noun إجلاء is only the second.
        Assert.DoesNotContain(FigureExtractor.Default.Extract("وأجلت محكمة مصرية محاكمة 379 شخصا إلى جلسة الشهر المقبل."), f => f.Metric == "evacuated");
        Assert.Contains(FigureExtractor.Default.Extract("وتم إجلاء 379 شخصا من المبنى بعد اندلاع الحريق."), f => f.Metric == "evacuated");
    }

    [Theory]
    [InlineData("وتشمل المشاريع ما يلي:\n8 - إعداد دراسات لقرية تراثية.\n9 - مشروع استشاري لإعداد دراسات لمنتزه وطني.")]
    [InlineData("المطالب:\n1) تعيين موظفين جدد.\n2. بناء مدارس في القرى.")]
    public void A_number_that_begins_a_list_item_counts_nothing(string text) =>
        Assert.Empty(FigureExtractor.Default.Extract(text));

    [Fact]
    public void A_number_at_a_lines_start_is_still_a_figure_when_no_list_mark_follows_it()
    {
        Assert.Equal(5, Assert.Single(FigureExtractor.Default.Extract("المشاريع:\n5 مشاريع جديدة في المنطقة.")).Value);
        Assert.Equal(30, Assert.Single(FigureExtractor.Default.Extract("الرياح:\n10 - 30 كم/ساعة على السواحل.")).Max);
    }

    [Fact]
    public void Beds_are_what_a_hospitals_capacity_counts()
    {
        var figure = Assert.Single(FigureExtractor.Default.Extract("وسترتفع الطاقة السريرية في مستشفيات المنطقة إلى 10 آلاف سرير."));
        Assert.Equal(10_000, figure.Value);
        Assert.Equal("bed", figure.Unit);
    }

    [Theory]
    [InlineData("ويعاقب المخالف بغرامة لا تزيد على مليون درهم.", "up_to")]
    [InlineData("ويعاقب المخالف بالسجن مدة لا تقل عن 5 سنوات.", "more_than")]
    [InlineData("وبلغت الغرامة ما يزيد على مليون درهم.", "more_than")]
    public void A_negated_bound_turns_over(string sentence, string qualifier) =>
        Assert.Equal(qualifier, Assert.Single(FigureExtractor.Default.Extract(sentence)).Qualifier);

    [Fact]
    public void A_number_word_with_a_preposition_glued_on_is_read_whole()
    {
        var figure = Assert.Single(FigureExtractor.Default.Extract("وقدرت الحكومة الخسائر بخمسة وخمسين مليار ين خلال العام."));
        Assert.Equal((55e9, "JPY"), (figure.Value, figure.Unit));
    }

    [Fact]
    public void A_year_dating_a_chronologys_entry_counts_nothing()
    {
        Assert.Empty(FigureExtractor.Default.Extract("في مثل هذا اليوم: 1960 - تأسيس منظمة الأمن والتعاون في أوروبا. 1966 - وفاة الممثل الأميركي مونغوميري كليفت."));
        Assert.Contains(FigureExtractor.Default.Extract("ووثق التقرير 4921 حالة 1592- حالة وفاة خلال ستة أشهر."), f => f.Value == 1592);
    }

    [Theory]
    [InlineData("وبلغت قيمة التعويضات (375.526.840) ريالًا.", 375526840)]
    [InlineData("وبلغت قيمة القروض 7.038.700.000 ريال.", 7038700000)]
    public void Points_before_groups_of_three_digits_group_thousands(string text, double value)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal((value, "SAR"), (figure.Value, figure.Unit));
    }

    [Fact]
    public void Points_grouping_thousands_before_a_scale_word_are_no_figure()
    {
        Assert.Empty(FigureExtractor.Default.Extract("مقارنة بـ(5.969.428) مليون مسافر خلال الفترة نفسها."));
        Assert.Equal(0.2e6, Assert.Single(FigureExtractor.Default.Extract("ويتراوح النمو بين 0.1-0.2 مليون برميل في اليوم.")).Max); // a range's two decimals are no grouping
    }

    [Theory]
    [InlineData("وبلغت التعويضات مليونان و804 آلاف ريال.", 2804000)]
    [InlineData("وبلغت تكلفة المشروع ملياران ريال.", 2e9)]
    [InlineData("وتبرع بمبلغ ألفان ريال.", 2000)]
    public void A_dual_scale_word_in_the_nominative_is_two_of_it(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extract(text)).Value);

    [Theory]
    [InlineData("ونتج عن التفجير استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع.", 3, "deaths")]
    [InlineData("ونتج عن التفجير استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع.", 10, "deaths")]
    [InlineData("وأدى الهجوم إلى مقتل اثنين من عناصر الشرطة.", 2, "deaths")]
    [InlineData("وقال السكان إن 25 حوثيا وعشرة من رجال المقاومة سقطوا قتلى.", 10, "deaths")]
    public void A_partitive_counts_the_persons_named_after_min(string text, double value, string metric)
    {
        var figure = Extract(text).Single(f => f.Value == value);
        Assert.Equal((metric, "count"), (figure.Metric, figure.Kind));
        Assert.Contains(" من ", figure.Surface, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأصيب ثلاثة من المصابين بحالات هلع.")] // a part of a toll, not its count
    [InlineData("وسجل الفريق 5 من أصل 10 ركلات.")]
    public void A_partitive_of_a_toll_or_of_things_counts_no_persons(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Surface.Contains(" من ", StringComparison.Ordinal));

    [Theory]
    [InlineData("وأصيب شخص واحد نتيجة الحريق.", "injuries")]
    [InlineData("وسجلت حالة وفاة واحدة من تلك الحوادث.", "deaths")]
    public void One_killed_or_hurt_is_written_by_the_noun_and_wahid(string text, string metric)
    {
        var figure = Extract(text).Single(f => f.Value == 1);
        Assert.Equal(metric, figure.Metric);
    }

    [Theory]
    [InlineData("ووقف الجنود وقفة رجل واحد في وجه الخطر.")]
    [InlineData("وقتل ستة أشخاص من عائلة واحدة.")]
    [InlineData("وفاز الفريق بهدفين مقابل هدف واحد.")]
    public void One_of_a_thing_in_a_manner_of_speech_is_no_figure(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Value == 1);

    [Fact]
    public void An_index_closing_on_a_level_is_its_close() =>
        Assert.Equal("index_close", Extract("وفي نهاية الجلسة أغلق المؤشر العام لسوق الأسهم على 9381.01 نقطة، مرتفعا 43.16.").Single(f => f.Value == 9381.01).Metric);

    [Fact]
    public void Compensation_paid_is_its_own_measure() =>
        Assert.Equal("compensation", Assert.Single(Extract("وصرفت الوزارة تعويضات بقيمة 375 مليون ريال لملاك العقارات.")).Metric);

    [Theory]
    [InlineData("وقررت توزيع أرباح نقدية بواقع 2.5 ريال للسهم تمثل 25% من القيمة الأسمية للسهم.")]
    [InlineData("وبلغت نسبة التوزيع 25 في المائة من القيمة الاسمية للسهم.")]
    public void A_percentage_of_the_par_value_is_a_payout_not_a_price_move(string text) =>
        Assert.Equal("dividend_of_par_value", Extract(text).Single(f => f.Kind == "percent").Metric);

    [Theory]
    [InlineData("حررت القوات الحكومية 35 مختطفا من أيدي المسلحين، واعتقلت عددا منهم في المداهمة.", 35)]
    [InlineData("وحرر الجيش اليمني 12 أسيرا كانوا محتجزين لدى الميليشيات منذ أشهر، واعتقل آخرين.", 12)]
    public void A_verbs_subject_between_it_and_its_count_leaves_the_count_the_verbs(string text, double value) =>
        Assert.Equal("released", Extract(text).Single(f => f.Value == value).Metric);

    [Fact]
    public void The_parts_of_a_group_counted_after_among_them_share_what_befell_the_group()
    {
        var freed = Extract("وتم الإفراج عن 60 سجينا أمضوا مدة محكوميتهم في السجن، بينهم أكثر من 20 طفلا و15 امرأة، ثم اعتقلت الشرطة عشرة آخرين.");
        Assert.Equal(["released", "released", "released"], freed.Where(f => f.Value is 60 or 20 or 15).Select(f => f.Metric));
        var toll = Extract("وقتل 20 شخصا بينهم نساء، وأصيب 30 آخرون بجروح."); // a clause of its own after بينهم: no part
        Assert.Equal("injuries", toll.Single(f => f.Value == 30).Metric);
        var injured = Extract("وقتل 20 شخصا وأصيب آخرون بجروح بينهم 5 أطفال."); // another toll's word before بينهم: its own group
        Assert.NotEqual("deaths", injured.Single(f => f.Value == 5).Metric);
    }

    [Theory]
    [InlineData("ونزع ملكية ثمانية عقارات بحي الشهداء بإجمالي تعويض قدره 3 ملايين و324 ألفا.", 3324000)]
    [InlineData("وأغلقت البلدية مقبرة الشهداء أمام 500 زائر بعد امتلائها.", 500)]
    public void A_place_named_for_the_fallen_counts_no_dead(string text, double value) =>
        Assert.NotEqual("deaths", Extract(text).Single(f => f.Value == value).Metric);

    [Fact]
    public void A_level_named_past_its_noun_is_no_close()
    {
        var figure = Extract("ويرى المحللون أن المؤشر قد يعود إلى ما فوق مستوى الدعم النفسي 9000 نقطة خلال الأسبوع.").Single(f => f.Value == 9000);
        Assert.NotEqual("index_close", figure.Metric);
    }

    [Fact]
    public void Persons_listed_after_one_trigger_share_what_befell_the_first()
    {
        var figures = Extract("وأعلن المتحدث باسم الجيش أنه تم تحرير 101 طفل و67 امرأة و10 رجال خلال عملية عسكرية استهدفت القبض على قيادي بارز.");
        Assert.All(figures, f => Assert.Equal("released", f.Metric));
        Assert.Equal(3, figures.Count);
        var toll = Extract("وقتل 9 أشخاص وأصيب 20 آخرون في الحادث."); // a trigger of its own between: no list
        Assert.Equal("injuries", toll.Single(f => f.Value == 20).Metric);
        Assert.Equal("injuries", Extract("وأسفر الهجوم عن سقوط 14 قتيلا و47 جريحا في السوق.").Single(f => f.Value == 47).Metric); // each noun says what befell it
        Assert.Equal("men", Extract("وتضم هيئة المحلفين تسع نساء وثلاثة رجال.").Single(f => f.Value == 3).Metric);
    }

    [Theory]
    [InlineData("ولا يزال 7 أشخاص في عداد المفقودين بعد غرق العبارة.", 7, "missing")]
    [InlineData("وقتل 280 شخصا خلال الهجوم، ولا يزال 841 شخصا في عداد المفقودين.", 841, "missing")]
    [InlineData("أما في محافظة مأرب فقد قتل 15 من ميليشيا الحوثي.", 15, "deaths")] // the particle فقد
    public void The_missing_are_no_toll_of_the_dead(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Theory]
    [InlineData("أما برنامج التدريب المنتهي بالتوظيف فقد حقق 825 فرصة عمل.")]
    [InlineData("وفي مرحلة من مراحل الدوري فقد التعاون خمسة لاعبين جملة واحدة.")]
    public void The_particle_faqad_and_lost_players_are_no_missing(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Metric == "missing");

    [Fact]
    public void A_country_after_a_companys_name_is_the_companys_not_the_owner() =>
        Assert.NotEqual("السعودية", Extract("وعزت الشركة الخسارة إلى تسجيل مخصص للديون المشكوك في تحصيلها من شركة زين السعودية بمبلغ 800 مليون ريال.").Single().Subject);

    [Fact]
    public void A_percentage_of_a_net_total_is_a_share_not_a_change() =>
        Assert.Null(Extract("بالرغم من تراجع أرباح سابك بحوالى 21%، إلا أنها تظل أعلى الشركات ربحا، أي حوالى 19% من صافي أرباح الشركات.").Single(f => f.Value == 19).Metric);

    [Theory]
    [InlineData("وأعلنت الشركة توزيع أرباح نقدية على المساهمين عن النصف الأول بقيمة 7.5 مليار ريال.", "dividend")]
    [InlineData("وقررت الجمعية العمومية توزيعات نقدية بقيمة 85 مليون ريال على المساهمين.", "dividend")]
    [InlineData("وبلغ صافي أرباح الشركة في النصف الأول 10.1 مليار ريال.", "profit")]
    public void A_payout_to_shareholders_is_a_dividend_not_a_profit(string text, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Kind == "money").Metric);

    [Fact]
    public void A_percentage_of_a_set_named_before_is_a_share_not_a_change() =>
        Assert.Null(Extract("وارتفع عدد الهجمات في العالم إلى 613 هجوما سنويا، إذ جاءت أوروبا في المركز الأول بارتكاب 54% من هذه الهجمات.").Single(f => f.Value == 54).Metric);

    [Fact]
    public void Percentages_ranking_the_days_trading_are_no_price_moves()
    {
        var figures = Extract("أما من حيث القيمة المتداولة فقد تصدرت أسهم شركة سابك القائمة بنسبة 12.23% ثم الخدمات الأرضية بنسبة 12.21% والإنماء بنسبة 9.15%.");
        Assert.All(figures.Where(f => f.Kind == "percent"), f => Assert.NotEqual("share_price_change", f.Metric));
        Assert.Equal("share_price_change", Extract("وارتفع سهم سابك بنسبة 2.5% إلى 90 ريالا.").Single(f => f.Kind == "percent").Metric);
    }

    [Fact]
    public void Where_a_session_opened_is_no_close()
    {
        var figures = Extract("افتتح المؤشر العام جلسته الأسبوعية القصيرة عند 9337 نقطة، ثم أغلق عند 9372 نقطة.");
        Assert.Null(figures.Single(f => f.Value == 9337).Metric);
        Assert.Equal("index_close", figures.Single(f => f.Value == 9372).Metric);
    }

    [Theory]
    [InlineData("افتتح المؤشر جلسته على ارتفاع طفيف وأقفل عند 7200 نقطة.")]
    [InlineData("افتتح الوزير المعرض صباحا. واستقر المؤشر عند 7200 نقطة.")]
    public void A_close_after_an_opening_or_in_another_sentence_stays_a_close(string text) =>
        Assert.Equal("index_close", Extract(text).Single(f => f.Value == 7200).Metric);

    [Fact]
    public void A_wage_set_at_a_sum_is_no_price() =>
        Assert.NotEqual("price", Extract("وحددت الوزارة الحد الأدنى للأجور عند 4000 ريال شهريا.").Single().Metric);

    [Fact]
    public void A_sum_a_share_stands_at_is_its_price_not_the_loss_beside_it()
    {
        var figures = Extract("وجاء سهم «السعودي الفرنسي» وخسارة 0.94 نقطة بنسبة 2.62%، تلاه سهم «نادك» بنسبة 2.53% وفقدان 0.94 نقطة عند 36.2 ريال.");
        Assert.Equal("price", figures.Single(f => f.Value == 36.2).Metric);
        Assert.Equal("loss", Extract("وسجلت الشركة خسارة بلغت 36 مليون ريال.").Single().Metric);
    }

    [Theory]
    [InlineData("وتضررت أكثر من ست مئة قرية بالفيضانات.", 600)]
    [InlineData("وحضر خمس مائة شخص الحفل.", 500)]
    [InlineData("ورصدت ميزانية بلغت مليون وثلاث مئة ألف ريال.", 1_300_000)]
    [InlineData("ورصدت ميزانية بلغت مليونا وخمسمائة ألف ريال.", 1_500_000)]
    [InlineData("وسجلت الصادرات مليار وسبعة ملايين و800 ألف ريال عماني.", 1_007_800_000)]
    public void Hundreds_written_apart_and_scales_in_the_accusative_make_one_number(string text, double value) =>
        Assert.Equal(value, Assert.Single(Extract(text)).Value);

    [Theory]
    [InlineData("مشروع للطاقة المتجددة حجمه مليارا دولار.")]
    [InlineData("وصدت قوات الأمن ألفا من هذه المحاولات.")]
    public void An_accusative_or_dual_scale_word_alone_is_no_figure(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Value == 1000 || f.Value == 1e9);

    [Theory]
    [InlineData("وتمت تغطية ثلاث مئة كيلو متر مربع من الصحراء.", 300, "km2")]
    [InlineData("وبلغت المساحة 320 ألف م2 في المشروع.", 320_000, "m2")]
    [InlineData("وتبلغ مساحة المحمية 500 كم2 تقريبا.", 500, "km2")]
    [InlineData("على أرض تبلغ مساحتها 30.000 م٢ مجهزة بالألعاب.", 30_000, "m2")]
    [InlineData("وحضر 10.000 شخص الحفل.", 10_000, "person")]
    public void Areas_are_areas_and_a_point_before_three_zeros_groups_thousands(string text, double value, string unit)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal((value, unit), (figure.Value, figure.Unit));
    }

    [Fact]
    public void Thousandths_of_a_dinar_stay_thousandths() =>
        Assert.Equal(3, Assert.Single(Extract("وبلغ السعر 3.000 دينار كويتي.")).Value);

    [Fact]
    public void A_range_of_thousands_may_scale_its_high_end_alone()
    {
        var range = Assert.Single(Extract("ويقدر عدد المقاتلين بين 4500 و5 آلاف مقاتل."));
        Assert.Equal((4500.0, 5000.0), (range.Value, range.Max!.Value));
    }

    [Fact]
    public void A_year_and_a_sum_joined_by_wa_are_no_range()
    {
        var figures = Extract("وتأمل الحكومة في عائدات بقيمة 2.4 مليار يورو اعتبارا من العام 2016 و795 مليون يورو في العام التالي.");
        Assert.Contains(figures, f => f.Value == 795e6 && f.Max is null);
        Assert.DoesNotContain(figures, f => f.Max is not null);
    }

    [Theory]
    [InlineData("وأدى انخفاض تكلفة المواد الخام إلى تحسن هامش الربح الإجمالي بنسبة 34.5%.", 34.5, "profit_margin")] // a level, not the fall named before it
    [InlineData("وبلغ عدد الاشتراكات 3 ملايين بنسبة انتشار تقدر بنحو 43.2% على مستوى المساكن.", 43.2, "penetration")] // no growth
    public void A_percentage_that_is_a_level_is_measured_as_one(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Theory]
    [InlineData("ويقل إجمالي قيمة الصفقات في الشهر المنصرم عن مستواه في يونيو البالغ 546.8 مليار دولار.", "trading_value")]
    [InlineData("وبلغت قيمة الصفقة 5 ملايين دولار.", "deal_value")]
    public void Of_two_triggers_alike_the_one_written_as_the_sentence_writes_it_wins(string text, string metric) =>
        Assert.Equal(metric, Assert.Single(Extract(text), f => f.Kind == "money").Metric);

    [Theory]
    [InlineData("ويجري إنشاء عبارة صندوقية بطول 4200 متر وبتكلفة 69 مليون ريال.", 69e6, "cost")] // a project's cost, no trading value
    [InlineData("وبلغ مجموع حقوق المساهمين 3.9 مليون ريال.", 3.9e6, "shareholders_equity")] // no profit
    [InlineData("وانخفض المؤشر يورو ستوكس 50 للأسهم القيادية في منطقة اليورو 0.2 بالمئة.", 0.2, "index_change")] // shares in the index's name
    [InlineData("وارتفع مؤشر الأسهم السعودية 1.5 في المائة.", 1.5, "index_change")]
    [InlineData("وارتفع المؤشر 1% وصعد سهم سابك 2%.", 2, "share_price_change")]
    public void A_sum_is_measured_by_the_noun_named_with_it(string text, double value, string metric) =>
        Assert.Equal(metric, Extract(text).Single(f => f.Value == value).Metric);

    [Fact]
    public void Equity_names_only_the_sum_told_after_it()
    {
        var figures = Extract("وبلغت نسبة القروض إلى حقوق الملكية 0.37 مرة كما بلغ إجمالي القروض 2.050 مليون ريال.");
        Assert.Null(Assert.Single(figures, f => f.Kind == "money").Metric);
    }

    [Fact]
    public void The_next_sentences_first_noun_is_no_unit_of_a_number_ending_a_sentence() =>
        Assert.DoesNotContain(Extract("وتأسست الجامعة التقنية في عام 1930. عملية الاندماج تمت في عام 2011."), f => f.Unit == "operation");

    [Fact]
    public void A_number_in_parentheses_keeps_both_of_them_in_its_surface() =>
        Assert.Equal("(13) مليون راكب", Assert.Single(Extract("ونقل المطار خلال العام (13) مليون راكب.")).Surface);

    [Fact]
    public void A_company_no_list_knows_owns_what_its_sentence_reports_of_it()
    {
        var figures = Extract("أوصى مجلس إدارة شركة أسمنت نجران، بتوزيع أرباح نقدية على مساهمي الشركة بإجمالي مبلغ 85 مليون ريال، بحصة السهم الواحد 0.50 ريال، ونسبة التوزيع من القيمة الأسمية للسهم 5%.");
        Assert.All(figures, f => Assert.Equal("أسمنت نجران", f.Subject));
        Assert.Equal("dividend_of_par_value", figures.Single(f => f.Value == 5).Metric); // the par value named before it, no share's move
    }

    [Fact]
    public void A_company_where_a_speaker_works_owns_nothing_he_says()
    {
        var figure = Assert.Single(Extract("وقال محمد العلي المحلل في شركة الجزيرة كابيتال إن أرباح القطاع بلغت 5 مليارات ريال."), f => f.Kind == "money");
        Assert.Equal("profit", figure.Metric);
        Assert.Null(figure.Subject);
    }

    [Fact]
    public void Went_missing_is_no_toll_of_the_dead()
    {
        var figures = Extract("وقال مسؤول عسكري إن خمسة جنود قتلوا وفقد 15 آخرون عندما هاجم المسلحون نقطة التفتيش.");
        Assert.Equal("deaths", figures.Single(f => f.Value == 5).Metric);
        Assert.Equal("missing", figures.Single(f => f.Value == 15).Metric);
    }

    [Fact]
    public void The_particle_faqad_names_no_missing()
    {
        var figure = Assert.Single(Extract("أما المتظاهرون فقد تجمع نحو 5000 شخص في الساحة الرئيسية."));
        Assert.NotEqual("missing", figure.Metric);
    }

    [Fact]
    public void A_share_named_after_an_index_and_another_figure_is_still_a_shares()
    {
        var figures = Extract("وارتفع المؤشر 30 نقطة وصعد سهم سابك 2%.");
        Assert.Equal("share_price_change", figures.Single(f => f.Value == 2).Metric);
    }

    [Fact]
    public void A_company_owns_what_it_says_of_itself_not_what_it_expects_of_others()
    {
        Assert.Equal("شركة الصحراء للبتروكيماويات", Assert.Single(Extract("وأعلنت شركة الصحراء للبتروكيماويات أن أرباحها بلغت 20 مليون ريال.")).Subject);
        Assert.Null(Assert.Single(Extract("وتوقعت شركة الجزيرة كابيتال أن ترتفع أرباح قطاع البتروكيماويات إلى 8 مليارات ريال.")).Subject);
    }

    [Theory]
    [InlineData("وسجلت شركة النخيل زيادة في أرباحها بنسبة 33% في الربع الثاني.", "profit_growth")]
    [InlineData("وزادت الإيرادات 12.5% إلى 49 مليار دولار.", "revenue_growth")]
    [InlineData("وحققت الشركة زيادة نسبتها 32.5 في المائة في إيراداتها الفصلية.", "revenue_growth")]
    [InlineData("وارتفعت مبيعات السيارات في الهند 8 في المائة على أساس سنوي.", "sales_growth")]
    [InlineData("وتراجعت عائدات السياحة بنسبة 13.8% خلال الربع الثاني.", "revenue_decline")]
    [InlineData("وهبط صافي ربح الشركة 55% في الربع الثاني.", "profit_decline")]
    [InlineData("وزاد صافي الربح العائد للمساهمين نحو 20 بالمئة.", "profit_growth")] // العائد alone is "attributable", no revenue
    [InlineData("ونما الناتج المحلي وارتفع الاستهلاك بنسبة 3% خلال العام.", "growth")] // a change of nothing the three name
    public void A_change_in_percent_is_of_the_quantity_named_with_it(string text, string metric) =>
        Assert.Equal(metric, Assert.Single(Extract(text), f => f.Kind == "percent").Metric);

    [Fact]
    public void Each_change_in_a_sentence_is_of_its_own_quantity()
    {
        var figures = Extract("وارتفعت أرباح الشركة 20% فيما تراجعت إيراداتها 5%، وقفزت مبيعاتها بنسبة 35 في المائة.");
        Assert.Equal("profit_growth", figures.Single(f => f.Value == 20).Metric);
        Assert.Equal("revenue_decline", figures.Single(f => f.Value == 5).Metric);
        Assert.Equal("sales_growth", figures.Single(f => f.Value == 35).Metric);
    }

    [Theory]
    [InlineData("وتفاقمت جرائم القتل في العالم، وتم اقتراف 31% منها في الأميركتين.")]
    [InlineData("وتداولت السوق 166 سهما، ارتفع 86 في المائة منها مقابل تراجع البقية.")]
    [InlineData("وتراجعت الإصابات، وتم شفاء أكثر من 50% منهم.")]
    public void A_percentage_of_them_is_a_part_of_a_set_no_change(string text) =>
        Assert.Null(Assert.Single(Extract(text), f => f.Kind == "percent").Metric);

    [Theory]
    [InlineData("وتراوحت الأحكام بالسجن بين ثلاث سنوات وسبع سنوات.", 3, 7)] // the unit said with each end
    [InlineData("وحكمت المحكمة بالسجن المشدد بين ثلاث وعشر سنوات على المتهمين.", 3, 10)] // the second end glued to و
    public void A_range_after_bain_is_one_figure(string text, double low, double high)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal((low, (double?)high, "range", "year"), (figure.Value, figure.Max, figure.Qualifier, figure.Unit));
    }

    [Fact]
    public void Values_listed_with_wa_that_run_downward_are_two_figures_not_a_range()
    {
        var figures = Extract("وتبلغ النسبة في الإمارات والبحرين 32% و28% على الترتيب.");
        Assert.Equal([32.0, 28.0], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Null(f.Max));
    }

    [Fact]
    public void A_trigger_before_another_reported_clause_is_not_the_figures()
    {
        var transfers = Assert.Single(Extract("وأفاد أنه حصل على مبلغ كبير من خلال تحصيل الديون، وأن المبالغ التي يحولها شهريا تتراوح بين 30 و60 مليون ريال."));
        Assert.Null(transfers.Metric); // the debts collected are the first clause's, not the monthly transfers'
        var revenue = Assert.Single(Extract("وأضاف أن الأرباح ارتفعت، وأن الإيرادات بلغت 5 مليارات ريال."));
        Assert.Equal("revenue", revenue.Metric); // the clause's own trigger still names it
    }

    [Theory]
    [InlineData("واعتقل المتهمون في 2012 متهمين بالتخطيط لهجمات.")]
    [InlineData("وقد يعتبر العام 2017 نقطة تحول في صناعة السيارات.")]
    [InlineData("وأنهى البنك بتاريخ 15 يوليو 2015 عملية الإصدار بنجاح.")]
    [InlineData("وذكر أن الجامعة لم تعرف منذ 1993 حادثاً مماثلاً.")]
    [InlineData("وارتفعت المبيعات إلى 21700 عام 2014.")] // عام before a year names the year, not a duration
    public void A_year_by_the_word_before_it_is_no_count_of_the_noun_after(string text) =>
        Assert.DoesNotContain(Extract(text), f => f.Value is >= 1950 and <= 2030 || f.Unit == "year");

    [Fact]
    public void A_round_number_after_fi_still_counts()
    {
        Assert.Contains(Extract("وتنتشر البرامج في 2000 مدرسة حول المملكة."), f => f.Value == 2000 && f.Unit == "school");
    }

    [Theory]
    [InlineData("وارتفع معدل البطالة إلى 7%، ونصف مليون شاب بلا عمل.", 7)] // a comma ends the 7%: the half million is the next figure
    [InlineData("وبلغ عدد الزوار مليونين. ونصف الزوار من الخارج.", 2_000_000)]
    [InlineData("ونزح 4 ملايين ونصف النازحين أطفال.", 4_000_000)] // half of the displaced
    [InlineData("وأصيب 30 شخصا ونصف هؤلاء أطفال.", 30)]
    [InlineData("ودفع 500 ريال ونصف قيمة المخالفة.", 500)] // half of the fine's value
    public void A_half_that_is_of_something_else_is_not_added(string text, double value) =>
        Assert.Equal(value, Extract(text)[0].Value);

    [Theory]
    [InlineData("ورغم تراجع الأرباح ارتفع عدد العملاء 12%.", "growth")] // the profits fell in another clause
    [InlineData("وارتفعت مبيعات التجزئة، وإن بنسبة أقل من المتوقع بلغت 3%.", "growth")] // وإن "even if" opens no reported clause: the rise is still the figure's
    [InlineData("وأوضحت الشركة أن صافي الربح انخفض 4.49% في الربع الثاني.", "profit_decline")] // what changed right before its verb
    public void A_change_is_of_what_its_own_verb_names(string text, string metric) =>
        Assert.Equal(metric, Assert.Single(Extract(text)).Metric);

    [Fact]
    public void A_year_word_that_is_an_adjective_before_a_sum_is_no_year()
    {
        Assert.Contains(Extract("وبلغ الدين العام 2017 مليار جنيه."), f => f.Value == 2017e9 && f.Unit == "EGP");
    }

    [Fact]
    public void A_range_after_bain_with_digits_and_the_unit_said_twice_is_one_figure()
    {
        var figure = Assert.Single(Extract("وحكم عليه بالسجن بين 3 سنوات و5 سنوات."));
        Assert.Equal((3.0, (double?)5), (figure.Value, figure.Max));
    }

    [Fact]
    public void Every_change_of_a_named_quantity_is_a_metric_a_filter_can_name()
    {
        Assert.Contains("profit_growth", Rasid.Queries.NewsQueries.Metrics);
        Assert.Contains("revenue_decline", Rasid.Queries.NewsQueries.Metrics);
        Assert.True(FigureVocabulary.IsChange("sales_growth"));
        Assert.False(FigureVocabulary.IsChange("profit"));
    }
}
