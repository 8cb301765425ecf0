using System.Text;

namespace Rasid.Reading;

/// <summary>
/// Bytes to text with charset detection: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise strict UTF-8
/// when the bytes are valid UTF-8; otherwise windows-1256 or ISO-8859-6, whichever decodes to more
/// Arabic letters and fewer impossible characters. Never guesses UTF-8 over invalid bytes (that is how
/// mojibake is made). Binary content (NUL bytes, control characters) is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Unmapped bytes decode to U+FFFD so that the scoring below can count them against a code page.
        var replacement = new DecoderReplacementFallback("\uFFFD");
        Windows1256 = Encoding.GetEncoding(1256, EncoderFallback.ReplacementFallback, replacement);
        Iso88596 = Encoding.GetEncoding("iso-8859-6", EncoderFallback.ReplacementFallback, replacement);
    }

    public static Encoding Windows1256 { get; }

    public static Encoding Iso88596 { get; }

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InputException"/> for empty or binary content.</summary>
    public static (string Text, string Charset) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new InputException("empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (DecodeUtf16(StrictUtf16Le, bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (DecodeUtf16(StrictUtf16Be, bytes[2..]), "utf-16be");
        }

        if (LooksBinary(bytes))
        {
            throw new InputException("binary file, not text");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: one of the legacy Arabic single-byte code pages.
        }

        string cp1256 = Windows1256.GetString(bytes);
        string iso = Iso88596.GetString(bytes);
        return Score(iso) > Score(cp1256) ? (iso, "iso-8859-6") : (cp1256, "windows-1256");
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
    }

    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// UTF-16 after its byte-order mark, or a one-line refusal when the mark lies. UTF-8 or windows-1256 bytes behind a
    /// UTF-16 mark decode without error to CJK and Hangul code points: text with no space or line break in it, which
    /// the cleaner then dropped as "empty after cleaning", a silent loss (the robustness campaign's BOM mismatch).
    /// Any text of a sentence or more has a space; UTF-16 of it has the space's own code unit.
    /// </summary>
    private static string DecodeUtf16(UnicodeEncoding encoding, ReadOnlySpan<byte> bytes)
    {
        const string Refusal = "file starts with a UTF-16 byte-order mark but is not UTF-16 text";
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(Refusal);
        }

        if (bytes.Length % 2 != 0 || (text.Length >= 32 && !text.AsSpan(0, Math.Min(text.Length, 4096)).ContainsAny(' ', '\n', '\u00A0')))
        {
            throw new InputException(Refusal);
        }

        return text;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control * 20 > sample;
    }

    /// <summary>Arabic letters count for a decoding; Latin letters with accents and unmapped bytes count against it.</summary>
    private static int Score(string text)
    {
        int score = 0;
        foreach (char c in text)
        {
            if (c >= '\u0621' && c <= '\u064A')
            {
                score += 2;
            }
            else if (c == '\uFFFD' || (c >= '\u0080' && c <= '\u00FF') || (c >= '\u0100' && c <= '\u024F'))
            {
                score -= 3;
            }
        }

        return score;
    }
}
