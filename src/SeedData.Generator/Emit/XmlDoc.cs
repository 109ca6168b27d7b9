using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SeedData.Generator.Text;

namespace SeedData.Generator.Emit;

/// <summary>
/// Turns seed text into XML documentation: escaped, whitespace folded to single spaces, cut at a word
/// with an ellipsis, and wrapped into <c>///</c> lines of readable width.
/// </summary>
internal static class XmlDoc
{
    /// <summary>Longest text shown in one documentation paragraph, in characters.</summary>
    public const int MaxLength = 300;

    /// <summary>Longest text of one quote shown in a list of quotes.</summary>
    public const int MaxQuoteLength = 160;

    /// <summary>Where a long documentation line is wrapped (the text after <c>/// </c>).</summary>
    public const int LineWidth = 100;

    /// <summary>The ellipsis that marks cut text; a space before it keeps the last word whole and readable.</summary>
    public const string Ellipsis = " …";

    /// <summary>Escaped, single-line documentation text of at most <paramref name="maxLength"/> characters before escaping.</summary>
    public static string Text(string value, int maxLength = MaxLength)
    {
        var cut = Cut(Whitespace.Fold(value), maxLength);

        // Most text needs no escape: it is returned as it is, and otherwise copied a run at a time.
        StringBuilder? builder = null;
        var run = 0;
        for (var i = 0; i < cut.Length; i++)
        {
            if (Escape(cut[i]) is { } escape)
            {
                builder ??= new StringBuilder(cut.Length + 16);
                builder.Append(cut, run, i - run).Append(escape);
                run = i + 1;
            }
        }

        return builder is null ? cut : builder.Append(cut, run, cut.Length - run).ToString();
    }

    /// <summary>What stands for <paramref name="c"/> in documentation, or null when it is written as it is.</summary>
    private static string? Escape(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",

        // Shown, not obeyed: a control or bidi character in a comment is a Trojan Source risk.
        _ => SourceSafety.NeedsEscape(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null,
    };

    /// <summary>Cuts long text at the last space before the limit and appends an ellipsis.</summary>
    public static string Cut(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        // Room for the ellipsis, so the result is never longer than the limit.
        var room = maxLength - Ellipsis.Length;
        var end = value.LastIndexOf(' ', room);
        if (end < room / 2)
        {
            // One very long word (a URL, a script without spaces): cut inside it, but never between a surrogate pair.
            end = room;
            if (char.IsLowSurrogate(value[end]) && char.IsHighSurrogate(value[end - 1]))
            {
                end--;
            }
        }

        return value.Substring(0, end).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Writes <paramref name="open"/> + <paramref name="content"/> + <paramref name="close"/> as doc
    /// comment lines: one line when it fits, otherwise the content wrapped at spaces between the tags.
    /// <paramref name="content"/> is already escaped XML; it holds no line breaks.
    /// </summary>
    public static void Write(SourceWriter writer, string open, string content, string close)
    {
        if (open.Length + content.Length + close.Length <= LineWidth)
        {
            writer.Line("/// " + open + content + close);
            return;
        }

        writer.Line("/// " + open);
        foreach (var line in Wrap(content, LineWidth))
        {
            writer.Line("/// " + line);
        }

        writer.Line("/// " + close);
    }

    /// <summary>Splits text at spaces into lines of at most <paramref name="width"/> characters (longer words stay whole).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var start = 0;
        while (text.Length - start > width)
        {
            var end = text.LastIndexOf(' ', start + width, width);
            if (end <= start)
            {
                end = text.IndexOf(' ', start + width);
                if (end < 0)
                {
                    break;
                }
            }

            yield return text.Substring(start, end - start);
            start = end + 1;
        }

        if (start < text.Length)
        {
            yield return text.Substring(start);
        }
    }
}
