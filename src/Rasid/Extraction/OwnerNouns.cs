using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// Nouns that head whose figure follows them: a share, an index, a company, a bank (سهم إعمار، مؤشر البورصة
/// المصرية، شركة تبريد). The thing they head owns the figure even when no list knows its name, so a name
/// further off, or one taken from another report, does not. So do the plural nouns of a market's moves (تراوحت
/// الانخفاضات والارتفاعات ما بين 5.18% ارتفاعاً إلى 2.80% انخفاضاً): the day's spread across its stocks, no one
/// company's named before.
/// </summary>
public static class OwnerNouns
{
    private static readonly HashSet<string> Nouns = new(
        new[] { "سهم", "أسهم", "مؤشر", "المؤشر", "شركة", "بنك", "مصرف", "مجموعة", "الانخفاضات", "الارتفاعات", "التراجعات" }
            .Select(ArabicNormalizer.NormalizeLower), StringComparer.Ordinal);

    /// <summary>The nouns among them that head a company's name (شركة أسمنت نجران، مجموعة صافولا، بنك البلاد، مصرف الراجحي).</summary>
    private static readonly HashSet<string> CompanyNouns = new(new[] { "شركة", "مجموعة", "بنك", "مصرف" }.Select(ArabicNormalizer.NormalizeLower), StringComparer.Ordinal);

    /// <summary>Whether a normalized word is a company's noun, with or without a glued و, ل or ب (ولشركة، بمصرف).</summary>
    public static bool NamesACompany(string normalizedWord)
    {
        string w = normalizedWord.Length > 1 && normalizedWord[0] == Analysis.ArabicLetters.Waw ? normalizedWord[1..] : normalizedWord;
        return CompanyNouns.Contains(w) || (w.Length > 1 && w[0] is Analysis.ArabicLetters.Lam or Analysis.ArabicLetters.Beh && CompanyNouns.Contains(w[1..]));
    }

    /// <summary>Whether a normalized word is such a noun, with or without a glued و.</summary>
    public static bool Heads(string normalizedWord) =>
        Nouns.Contains(normalizedWord) || (normalizedWord.Length > 1 && normalizedWord[0] == 'و' && Nouns.Contains(normalizedWord[1..]));

    /// <summary>Whether any of <paramref name="words"/> (normalized, as analysis writes them) is such a noun.</summary>
    public static bool HeadsAny(IEnumerable<string> words) => words.Any(w => Heads(ArabicNormalizer.NormalizeLower(w)));
}
