using System.Globalization;
using System.Text;

namespace SeedData.Generator.Emit;

/// <summary>Turns seed text into XML documentation text: escaped, one line, cut at a word with an ellipsis.</summary>
internal static class XmlDoc
{
    /// <summary>Longest text shown in one documentation paragraph, in characters.</summary>
    public const int MaxLength = 300;

    public static string Text(string value, int maxLength = MaxLength)
    {
        var cut = Cut(value, maxLength);
        var builder = new StringBuilder(cut.Length + 16);
        foreach (var c in cut)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (Literal.NeedsEscape(c))
                    {
                        // Shown, not obeyed: a control or bidi character in a comment is a Trojan Source risk.
                        builder.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts long text at the last space before the limit and appends an ellipsis.</summary>
    public static string Cut(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var end = value.LastIndexOf(' ', maxLength - 1);
        if (end < maxLength / 2)
        {
            end = maxLength - 1;
            if (char.IsHighSurrogate(value[end - 1]))
            {
                end--;
            }
        }

        return value.Substring(0, end).TrimEnd() + " …";
    }
}
