using System.Text;
using Rasid.Reading;

namespace Rasid.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Arabic = "أعلنت الشركة عن أرباح بلغت ١٤٫٨ مليار دولار في الربع الأول من العام";

    [Fact]
    public void Utf8_without_bom() => Assert.Equal((Arabic, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic)));

    [Fact]
    public void Utf8_with_bom() => Assert.Equal(Arabic, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)]).Text);

    [Fact]
    public void Utf16_little_and_big_endian_with_bom()
    {
        Assert.Equal(Arabic, TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)]).Text);
        Assert.Equal(Arabic, TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Arabic)]).Text);
    }

    [Theory]
    [InlineData("windows-1256", "أعلنت الشركة عن أرباح كبيرة في الربع الأول من العام الحالي")]
    [InlineData("iso-8859-6", "قالت الحكومة ان الميزانية الجديدة ستركز على التعليم والصحة")]
    public void Legacy_arabic_code_pages_are_detected_not_read_as_mojibake(string charset, string text)
    {
        var encoding = charset == "windows-1256" ? TextDecoder.Windows1256 : TextDecoder.Iso88596;
        Assert.Equal((text, charset), TextDecoder.Decode(encoding.GetBytes(text)));
    }

    [Fact]
    public void Empty_and_binary_input_are_refused_with_one_line()
    {
        Assert.Equal("empty file", Assert.Throws<InputException>(() => TextDecoder.Decode([])).Message);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        Assert.Contains("binary", Assert.Throws<InputException>(() => TextDecoder.Decode(png)).Message, StringComparison.Ordinal);
    }
}
