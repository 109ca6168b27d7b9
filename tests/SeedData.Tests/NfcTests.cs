using System.Globalization;
using System.Text;
using SeedData.Generator.Text;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// The generator's own NFC (names must not depend on the build machine's ICU or on invariant mode)
/// agrees with the runtime's normalisation.
/// </summary>
public class NfcTests
{
    [Fact]
    public void Every_BMP_character_and_its_decomposition_normalise_as_the_runtime_does()
    {
        var failures = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            var text = ((char)c).ToString();
            foreach (var form in new[] { text, text.Normalize(NormalizationForm.FormD), "x" + text + "y" })
            {
                var expected = form.Normalize(NormalizationForm.FormC);
                if (Nfc.Normalize(form) != expected && failures.Length < 2000)
                {
                    failures.Append($"U+{c:X4}: {Hex(form)} gave {Hex(Nfc.Normalize(form))}, expected {Hex(expected)}\n");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [InlineData("Cafe\u0301 owners protest in Zu\u0308rich")]
    [InlineData("Vie\u0323\u0302t Nam")]
    [InlineData("\u1112\u1161\u11AB\u1100\u1173\u11AF \u1109\u1165\u110B\u116E\u11AF")]
    [InlineData("\u212Bngstro\u0308m \u2126")]
    [InlineData("plain ASCII")]
    [InlineData("\uD800 lone surrogate e\u0301")]
    public void Text_in_canonical_order_normalises_as_the_runtime_does(string text)
    {
        var expected = text.Contains('\uD800') ? "\uD800 lone surrogate \u00E9" : text.Normalize(NormalizationForm.FormC);
        Assert.Equal(expected, Nfc.Normalize(text));
    }

    private static string Hex(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(' ');
        }

        return builder.ToString().TrimEnd();
    }
}
