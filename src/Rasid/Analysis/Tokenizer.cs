namespace Rasid.Analysis;

public enum TokenKind
{
    Arabic,
    Latin,
    Number,
}

/// <summary>A token as a span [Start, End) of the original text (UTF-16 offsets).</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into Arabic words, Latin words and numbers, with offsets into the original text.
/// Rules: a change between Arabic letters and Latin letters or digits ends a token (وOpenAI, بـ29, 2جيجاوات);
/// a tatweel joining a clitic to a number or Latin word ends the token (بـ29 gives بـ and 29);
/// harakat, tatweel and zero-width joiners inside an Arabic word stay inside it; digits keep an inner
/// decimal point or thousands separator (14.8, 1,500, ١٤٫٨), an inner hyphen between digits (13-15)
/// and a trailing percent sign (12%, ١٢٪).
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var e = new TokenEnumerator(text);
        while (e.MoveNext())
        {
            tokens.Add(e.Current);
        }

        return tokens;
    }

    internal static bool IsDigit(char c) => c is >= '0' and <= '9' || ArabicLetters.IsArabicIndicDigit(c) || ArabicLetters.IsPersianDigit(c);

    internal static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    internal static bool IsArabicWordChar(char c) =>
        ArabicLetters.IsWordInterior(c) || c is '\u200C' or '\u200D' || (ArabicLetters.IsPresentationForm(c) && c != '\uFEFF');
}

/// <summary>Allocation-free token enumerator over a string.</summary>
public struct TokenEnumerator
{
    private readonly string _text;
    private int _pos;

    public TokenEnumerator(string text)
    {
        _text = text;
        _pos = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public bool MoveNext()
    {
        string t = _text;
        int n = t.Length;
        int i = _pos;
        while (i < n)
        {
            char c = t[i];
            if (ArabicLetters.IsLetter(c) || (ArabicLetters.IsPresentationForm(c) && c != '\uFEFF'))
            {
                int start = i;
                i++;
                while (i < n && Tokenizer.IsArabicWordChar(t[i]))
                {
                    if (t[i] == ArabicLetters.Tatweel && (i + 1 >= n || !Tokenizer.IsArabicWordChar(t[i + 1])))
                    {
                        break; // tatweel as a joiner to what follows (بـ29, لـ«غوغل»): the clitic stands alone
                    }

                    i++;
                }

                int end = i;
                while (end > start && t[end - 1] is ArabicLetters.Tatweel or '\u200C' or '\u200D')
                {
                    end--; // a trailing tatweel or joiner is not part of the word's span (its harakat are)
                }

                _pos = i;
                Current = new Token(start, end, TokenKind.Arabic);
                return true;
            }

            if (Tokenizer.IsDigit(c))
            {
                int start = i;
                i = ScanNumber(t, i);
                bool latinTail = false;
                while (i < n && (Tokenizer.IsLatinLetter(t[i]) || Tokenizer.IsDigit(t[i])))
                {
                    latinTail = true; // 5G, 4o: a model or standard name, not a number
                    i++;
                }

                _pos = i;
                Current = new Token(start, i, latinTail ? TokenKind.Latin : TokenKind.Number);
                return true;
            }

            if (Tokenizer.IsLatinLetter(c))
            {
                int start = i;
                i++;
                while (i < n && (Tokenizer.IsLatinLetter(t[i]) || Tokenizer.IsDigit(t[i])))
                {
                    i++;
                }

                _pos = i;
                Current = new Token(start, i, TokenKind.Latin);
                return true;
            }

            i++;
        }

        _pos = n;
        return false;
    }

    /// <summary>
    /// "174،5 مليون": the Arabic comma between digits with no space is a decimal comma when one or two digits
    /// follow it, and groups thousands when three follow a group of one to three ("10،000 دولار"); otherwise it
    /// separates two numbers in a list ("2014،2015").
    /// </summary>
    private static bool NumberGoesOnAfterArabicComma(string t, int groupDigits, int digitsStart)
    {
        int end = digitsStart;
        while (end < t.Length && Tokenizer.IsDigit(t[end]))
        {
            end++;
        }

        return end - digitsStart <= 2 || (end - digitsStart == 3 && groupDigits <= 3);
    }

    private static int ScanNumber(string t, int i)
    {
        int n = t.Length;
        int groupStart = i;
        while (i < n && Tokenizer.IsDigit(t[i]))
        {
            i++;
        }

        while (i + 1 < n && t[i] is '.' or ',' or '\u066B' or '\u066C' or '-' or '\u2013' or ArabicLetters.ArabicComma)
        {
            // A direction mark scraped into a number ("755.\u200F2") is not a break in it.
            int next = i + 1;
            while (next < n && ArabicLetters.IsInvisible(t[next]))
            {
                next++;
            }

            if (next >= n || !Tokenizer.IsDigit(t[next]) || (t[i] == ArabicLetters.ArabicComma && !NumberGoesOnAfterArabicComma(t, i - groupStart, next)))
            {
                break;
            }

            i = next;
            groupStart = next;
            while (i < n && Tokenizer.IsDigit(t[i]))
            {
                i++;
            }
        }

        if (i < n && t[i] is '%' or '\u066A')
        {
            i++;
        }

        return i;
    }
}
