using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// Nouns that head a settlement's or a district's name in construct (مدينة حلب، بلدة سروج، محافظة الطائف). After
/// one, the name follows with no preposition between, so a ب or ل glued to the next word is the name's own letter
/// (بمدينة بعقوبة is Baqubah, not "punishment"); and a sentence that puts one after في or ب puts something in
/// that place.
/// </summary>
public static class SettlementNouns
{
    private static readonly HashSet<string> Nouns = new(
        new[] { "مدينة", "المدينة", "بلدة", "قرية", "محافظة", "منطقة", "حي", "ولاية", "إقليم", "مقاطعة", "العاصمة", "عاصمة", "ضاحية", "مخيم", "شارع", "ميدان", "قضاء", "ناحية", "مركز" }
            .Select(ArabicNormalizer.NormalizeLower), StringComparer.Ordinal);

    /// <summary>The noun inside a normalized word with a glued و، ب or وب (بمدينة، وبمحافظة), or null when it is none.</summary>
    public static string? Within(string normalizedWord)
    {
        foreach (int cut in new[] { 0, 1, 2 })
        {
            if (normalizedWord.Length > cut && Nouns.Contains(normalizedWord[cut..])
                && (cut == 0 || normalizedWord[..cut] is "و" or "ب" or "وب" or "ف" or "ل"))
            {
                return normalizedWord[cut..];
            }
        }

        return null;
    }
}
