namespace Rasid.Analysis;

/// <summary>Named Arabic code points used by the analyzers (STYLE: letters are named, never bare literals).</summary>
internal static class ArabicLetters
{
    /// <summary>
    /// The word carries nunation (ً ٌ ٍ): an indefinite noun or adjective (درعاً "a shield", صبياً "a boy", طريفٌ
    /// "funny"), which a proper name never takes.
    /// </summary>
    public static bool HasNunation(ReadOnlySpan<char> word) => word.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0;

    public const char Hamza = '\u0621';            // ء
    public const char AlefMaddaAbove = '\u0622';   // آ
    public const char AlefHamzaAbove = '\u0623';   // أ
    public const char WawHamzaAbove = '\u0624';    // ؤ
    public const char AlefHamzaBelow = '\u0625';   // إ
    public const char YehHamzaAbove = '\u0626';    // ئ
    public const char Alef = '\u0627';             // ا
    public const char Beh = '\u0628';              // ب
    public const char TehMarbuta = '\u0629';       // ة
    public const char Teh = '\u062A';              // ت
    public const char Jeem = '\u062C';             // ج
    public const char Seen = '\u0633';             // س
    public const char Ghain = '\u063A';            // غ
    public const char Tatweel = '\u0640';          // ـ
    public const char Feh = '\u0641';              // ف
    public const char Qaf = '\u0642';              // ق
    public const char Kaf = '\u0643';              // ك
    public const char Lam = '\u0644';              // ل
    public const char Meem = '\u0645';             // م
    public const char Noon = '\u0646';             // ن
    public const char Heh = '\u0647';              // ه
    public const char Waw = '\u0648';              // و
    public const char AlefMaksura = '\u0649';      // ى
    public const char Yeh = '\u064A';              // ي
    public const char AlefWasla = '\u0671';        // ٱ
    public const char PersianKeheh = '\u06A9';     // ک
    public const char PersianGaf = '\u06AF';       // گ
    public const char FarsiYeh = '\u06CC';         // ی
    public const char PercentSign = '\u066A';      // ٪
    public const char DecimalSeparator = '\u066B'; // ٫
    public const char ThousandsSeparator = '\u066C'; // ٬
    public const char ArabicComma = '\u060C';      // ،
    public const char ArabicQuestionMark = '\u061F'; // ؟

    /// <summary>Arabic letters proper (not marks, digits or punctuation).</summary>
    public static bool IsLetter(char c) => c >= '\u0600' && c <= '\u06FF' && ArabicBlockClass[c - 0x0600] == CharClass.Letter;

    /// <summary>A char that can stand inside an Arabic word: letter, mark or tatweel (the tokenizer's inner loop).</summary>
    public static bool IsWordInterior(char c) => c >= '\u0600' && c <= '\u06FF' && ArabicBlockClass[c - 0x0600] != CharClass.Other;

    private enum CharClass : byte
    {
        Other,
        Letter,
        Mark,
        Tatweel,
    }

    /// <summary>The Arabic block classified once, so the tokenizer's per-char test is one array read.</summary>
    private static readonly CharClass[] ArabicBlockClass = BuildArabicBlockClass();

    private static CharClass[] BuildArabicBlockClass()
    {
        var table = new CharClass[0x100];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(0x0600 + i);
            table[i] = (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FC')
                ? CharClass.Letter
                : c == Tatweel ? CharClass.Tatweel
                : IsMark(c) ? CharClass.Mark
                : CharClass.Other;
        }

        return table;
    }

    /// <summary>Harakat, Quranic marks, superscript alef and hamza marks: dropped from index keys.</summary>
    public static bool IsMark(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A') ||
        (c >= '\u06D6' && c <= '\u06ED');

    /// <summary>Bidi controls and zero-width characters that scraped text carries invisibly.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    public static bool IsArabicIndicDigit(char c) => c >= '\u0660' && c <= '\u0669';
    public static bool IsPersianDigit(char c) => c >= '\u06F0' && c <= '\u06F9';

    /// <summary>Arabic presentation forms A and B; folded with NFKC.</summary>
    public static bool IsPresentationForm(char c) => (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
}
