using System.Globalization;
using System.Text;
using SeedData.Generator.Text;

namespace SeedData.Generator.Emit;

/// <summary>
/// The one place seed text becomes C# source. Seeds are untrusted: every character that could end a
/// literal, start an escape, break a line or reorder what a reader sees (bidi controls, other format
/// characters, surrogates, unassigned code points) is written as an escape.
/// </summary>
internal static class Literal
{
    /// <summary>A regular string literal: <c>"..."</c>.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');

        // Characters that need no escape are appended a run at a time: packed layouts and tables are long runs.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (Escape(value[i]) is { } escape)
            {
                builder.Append(value, run, i - run).Append(escape);
                run = i + 1;
            }
        }

        builder.Append(value, run, value.Length - run);
        builder.Append('"');
    }

    /// <summary>The escape that stands for <paramref name="c"/> in a literal, or null when it is written as it is.</summary>
    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => SourceSafety.NeedsEscape(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null,
    };
}
