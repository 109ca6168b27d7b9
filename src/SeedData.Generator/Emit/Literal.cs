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

    /// <summary>Appends a UTF-8 string literal, <c>"..."u8</c>.</summary>
    public static void AppendUtf8(StringBuilder builder, string value)
    {
        AppendQuoted(builder, value);
        builder.Append("u8");
    }

    private static void AppendQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (SourceSafety.NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
