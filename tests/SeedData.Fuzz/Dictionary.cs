using System.Text;

namespace SeedData.Fuzz;

/// <summary>
/// Tokens that steer the parser and the emitters: line breaks of every kind, layout keywords, quote
/// marks, code and markup syntax, bidi and other invisible characters. Used by the mutation loop and
/// written as the afl-fuzz dictionary (<c>dict</c> mode).
/// </summary>
internal static class Dictionary
{
    public static readonly string[] Tokens =
    {
        "\n", "\r\n", "\r", "\n\n", "\u0085", "\u2028", "\u2029", "\t", " ", "\u00A0", "\u3000", "\uFEFF", "\0",
        "source ", "source example.com", "© ", "(c) ", "Photo: ", "Credit: ", "Advertisement", "Read more", "See also",
        "\"", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "'", "said", " said ", "according to",
        "\\", "\"\"\"", "{", "}", "*/", "/*", "//", "///", "</summary>", "<!--", "-->", "<", ">", "&", "&amp;",
        "#error", "#line", "#if", "\\u0022", "\\u", "@\"", "$\"", "u8", "class", "static", "namespace",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200D",
        "\u0301", "😀", "👩‍👩‍👧", "北京", "القاهرة", "Москва", "1", "2024", ".", "!", "?", ":", "…",
    };

    /// <summary>The tokens in afl-fuzz dictionary syntax, every byte outside printable ASCII as \xNN.</summary>
    public static string ToAflDictionary()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Tokens.Length; i++)
        {
            text.Append("token").Append(i).Append("=\"");
            foreach (var b in Encoding.UTF8.GetBytes(Tokens[i]))
            {
                text.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : "\\x" + b.ToString("X2"));
            }

            text.Append("\"\n");
        }

        return text.ToString();
    }
}
