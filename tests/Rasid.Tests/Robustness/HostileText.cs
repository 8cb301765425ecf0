using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Rasid.Tests.Robustness;

/// <summary>
/// Random text as news scrapes deliver it at its worst: Arabic and Latin words, harakat and tatweel, bidi marks and
/// isolates, zero-width joiners, combining marks, presentation forms, digits in three scripts, number and date
/// phrases the extractors react to, quotes, NUL and other controls, lone surrogates and surrogate pairs. FsCheck
/// generators, so a failing case shrinks and its seed replays it.
/// </summary>
public static class HostileText
{
    /// <summary>One replayable seed for every robustness property: CI runs the same cases each time (bounded, never flaky).</summary>
    public const string Seed = "(20260417,1234567891)";

    // Words the extractors react to: numbers with scale and currency, months, quotes, speakers, names.
    private static readonly string[] ArabicWords =
    [
        "أعلنت", "الحكومة", "اليوم", "عن", "خطة", "مليار", "دولار", "مليون", "ريال", "بالمئة", "٪", "قتيلا", "شخصا",
        "يناير", "أبريل", "رمضان", "الربع", "الأول", "من", "عام", "2025", "١٤٫٨", "14.8", "نحو", "أكثر", "من", "إلى",
        "قال", "وقال", "إن", "«", "»", "\"", "ميتا", "زوكربيرغ", "السعودية", "الرياض", "وزارة", "الصحة", "البالغ", "العمر",
        "عاما", "الشركة", "أرباح", "بلغت", "هـ", "م", "في", "و", "ال", "ة", "ى", "ؤ", "ئ", "آ", "إ", "ﻻ", "ﷲ", "،", "؛", "؟",
    ];

    private static readonly string[] LatinWords =
    [
        "Meta", "Zuckerberg", "Scale", "AI", "Inc.", "14.8", "billion", "USD", "%", "Llama", "4", "café", "naïve", "ÉTAT",
        "http://example.com/a?b=1", "e-mail", "iPhone", "COVID-19", "Q1", "2026", "U.S.", "İstanbul", "ß", "ﬁ",
    ];

    private static readonly char[] Marks =
    [
        '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', // harakat, shadda, sukun, dagger alif
        '\u0640', // tatweel
        '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', // bidi marks, embeddings, isolates
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero width space, non-joiner, joiner, word joiner, BOM
        '\u0300', '\u0301', '\u0308', '\u0327', '\u20DD', // Latin combining marks
        '\u00A0', '\u2009', '\u3000', '\t', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', // odd spaces and line ends
        '\0', '\u0001', '\u001B', '\u007F', '\uFFFD', '\uFFFF', '\uFDD0', // NUL, controls, replacement, noncharacters
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
        '\u0660', '\u0665', '\u06F4', '\u066B', '\u066C', '\u066A', // Arabic-Indic digits, separators, percent
        '.', ',', ':', '!', '(', ')', '[', ']', '<', '>', '&', '-', '/', '\\', '\'', '"', '«', '»', '“', '”',
    ];

    // Whole phrases the extractors read (a date, a figure, a quote with its speaker): words drawn one by one rarely line up so.
    private static readonly string[] Phrases =
    [
        "23 أبريل 2025", "في 5 يناير 2024", "الربع الأول من عام 2026", "١٢ رمضان ١٤٤٥ هـ", "يوم الخميس 3 مارس",
        "14.8 مليار دولار", "نحو ١٢٪", "أكثر من 300 قتيل", "ما بين 13 و15 مليون ريال", "البالغ من العمر 28 عاما",
        "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 مليار دولار",
        "1e308 مليار", "وقال الوزير: «إن الخطة ستنفذ خلال عامين»", "قال مارك زوكربيرغ إن \"الشركة ستستثمر المزيد\"", "أعلنت شركة ميتا في الرياض",
    ];

    private static Gen<string> Word(string[] words) => Gen.Elements(words);

    private static readonly Gen<string> Mark = Gen.Elements(Marks).Select(c => c.ToString());

    private static readonly Gen<string> AnyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static readonly Gen<string> Pair = Gen.Elements("😀", "𝟏𝟒", "𐌰", "👨‍👩‍👧", "🇸🇦");

    /// <summary>An Arabic or Latin word with marks inside it (ح‍َـ‌ـمد).</summary>
    private static readonly Gen<string> MarkedWord =
        from word in Gen.OneOf(Word(ArabicWords), Word(LatinWords), Word(Phrases))
        from at in Gen.Choose(0, Math.Max(0, word.Length))
        from mark in Mark
        select word[..at] + mark + word[at..];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, Word(ArabicWords)),
        (10, Word(LatinWords)),
        (4, Word(Phrases)),
        (25, Gen.Constant(" ")),
        (6, Gen.Constant("\n")),
        (3, Gen.Constant(". ")),
        (12, Mark),
        (8, MarkedWord),
        (4, AnyChar),
        (2, Pair));

    /// <summary>Text of a few words to a few thousand chars, across lines.</summary>
    public static Gen<string> Text => Gen.ListOf(Piece).Select(pieces => string.Concat(pieces));

    /// <summary>One line of about 100,000 chars (no line break): what a minified page or a runaway record gives.</summary>
    public static Gen<string> LongLine =>
        from pieces in Gen.ArrayOf(Gen.Frequency((30, Word(ArabicWords)), (10, Word(LatinWords)), (25, Gen.Constant(" ")), (12, Mark), (8, MarkedWord)), 2000)
        select Stretch(string.Concat(pieces).Replace('\n', ' ').Replace('\r', ' '), 100_000);

    private static string Stretch(string text, int length)
    {
        var line = new StringBuilder(length + text.Length);
        while (line.Length < length)
        {
            line.Append(text).Append(' ');
        }

        return line.ToString(0, length).Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ');
    }

    /// <summary>FsCheck's registry: [Property(Arbitrary = [typeof(HostileText)])] draws strings from <see cref="Text"/>.</summary>
    public static Arbitrary<string> Strings() => Text.ToArbitrary();
}

/// <summary>A line of about 100,000 chars, drawn by <see cref="HostileText.LongLines"/>.</summary>
public sealed record LongLine(string Value)
{
    public override string ToString() => $"LongLine({Value.Length} chars, starting {Value[..Math.Min(80, Value.Length)]})";
}

public static class HostileLongLines
{
    public static Arbitrary<LongLine> LongLines() => HostileText.LongLine.Select(l => new LongLine(l)).ToArbitrary();
}
