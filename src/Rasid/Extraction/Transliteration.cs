using System.Text;
using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// A consonant skeleton under which a name written in Latin letters and its Arabic transliteration agree:
/// Scale = سكيل (skl), KeyBanc = كي بانك (kbnk), Zuckerberg = زوكربيرغ (zkrbrg), Alexandr Wang = ألكسندر وانغ.
/// Arabic writes long vowels with ا و ي and short ones not at all, and has no p, v or hard c, so both sides keep
/// consonants only, fold p→b, v→f, c→k/s, ph→f, th→t, ch→k, x→ks, j/غ/ق→g or k, and count a doubled consonant once.
/// Written by hand: transliteration libraries go from Arabic to one Latin standard, not to a comparable key.
/// </summary>
public static class Transliteration
{
    /// <summary>The skeleton of a name in either script ("" for names with no letters).</summary>
    public static string Skeleton(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (string word in name.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = ArabicNormalizer.NormalizeLower(word);
            if (w.Length == 0)
            {
                continue;
            }

            if (char.IsAsciiLetter(w[0]))
            {
                Latin(w, key);
            }
            else
            {
                Arabic(w, key);
            }
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, char c)
    {
        if (key.Length == 0 || key[^1] != c)
        {
            key.Append(c);
        }
    }

    private static void Latin(string w, StringBuilder key)
    {
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u':
                    break;
                case 'y' or 'w' when i > 0:
                    break; // vowels inside a word (Key, Wang keeps its w)
                case 'h':
                    break; // silent or merged (Anthropic, Alphabet handled below)
                case 'p' when next == 'h':
                    Append(key, 'f');
                    i++;
                    break;
                case 'c' when next == 'h':
                    Append(key, 'k');
                    i++;
                    break;
                case 't' when next == 'h':
                    Append(key, 't');
                    i++;
                    break;
                case 'c':
                    Append(key, next is 'e' or 'i' or 'y' ? 's' : 'k');
                    break;
                case 'p':
                    Append(key, 'b');
                    break;
                case 'v':
                    Append(key, 'f');
                    break;
                case 'q':
                    Append(key, 'k');
                    break;
                case 'j':
                    Append(key, 'g');
                    break;
                case 'x':
                    Append(key, 'k');
                    Append(key, 's');
                    break;
                default:
                    if (char.IsAsciiLetter(c))
                    {
                        Append(key, c);
                    }

                    break;
            }
        }
    }

    private static void Arabic(string w, StringBuilder key)
    {
        // ال stays: Latin spellings keep it too (الجزيرة = Al Jazeera, ألفابت = Alphabet, ألكسندر = Alexandr).
        const int start = 0;
        for (int i = start; i < w.Length; i++)
        {
            char c = w[i];
            char mapped = c switch
            {
                'ب' => 'b',
                'ت' or 'ط' or 'ث' => 't',
                'ج' or 'غ' or 'گ' => 'g',
                'ق' or 'ك' => 'k',
                'د' or 'ض' or 'ذ' => 'd',
                'ر' => 'r',
                'ز' or 'ظ' => 'z',
                'س' or 'ص' or 'ش' => 's',
                'ف' or 'ڤ' => 'f',
                'ل' => 'l',
                'م' => 'm',
                'ن' => 'n',
                'و' when i == start => 'w',
                'ي' when i == start => 'y',
                'خ' or 'ح' => 'h',
                _ => '\0', // ا و ي inside a word are vowels; ع ء ه carry none of the Latin letters
            };
            if (mapped == 'h')
            {
                continue; // Latin drops h too
            }

            if (mapped != '\0')
            {
                Append(key, mapped);
            }
        }
    }
}
