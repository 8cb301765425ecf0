namespace Rasid.Extraction.Figures;

/// <summary>
/// Which name a trade figure's sentence gives as its partner rather than its trader: exports go to a partner (إلى روسيا،
/// نحو آسيا، or ل glued right after what is exported: الصادرات الفرنسية لإيران), imports come from one (واردات الصين من
/// السعودية), and trade is "with" one (مع). Exports "from" a place are that place's own, and so are imports "to" it. Read by extraction (the partner is
/// no subject) and by claims (a flow between two is no rival of the trader's total), so both read it alike.
/// </summary>
public static class TradeFlows
{
    /// <param name="metric">The figure's metric: only exports and imports have partners.</param>
    /// <param name="wordBefore">The word before the name's word, normalized (إلى as الي), or null at the sentence's start.</param>
    /// <param name="gluedLam">ل is glued to the name's word and is not the name's own first letter (لإيران).</param>
    /// <param name="exportsWordBefore">Whether a word of exporting stands among the three words before the name's.</param>
    public static bool Partner(string? metric, string? wordBefore, bool gluedLam, Func<bool> exportsWordBefore) => metric switch
    {
        // Trade "with" a country (التجارة مع الاتحاد الأوروبي ... الواردات 757 مليار يوان) is with a partner either way.
        "imports" => wordBefore is "من" or "مع",
        // ل is "to" only right after what is exported (صادراتها لإيران); elsewhere it is "of" (أكبر شريك تجاري للصين).
        "exports" => wordBefore is "الي" or "نحو" or "مع" || (gluedLam && exportsWordBefore()),
        _ => false,
    };

    /// <summary>A word of exporting (صادرات، الصادرات، صادراتها، تصدير), normalized.</summary>
    public static bool IsExportsWord(string word) =>
        word.Contains("صادر", StringComparison.Ordinal) || word.Contains("تصدير", StringComparison.Ordinal);
}
