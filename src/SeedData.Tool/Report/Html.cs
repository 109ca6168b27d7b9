using System.Text;

namespace SeedData.Tool.Report;

/// <summary>
/// The one way text reaches the report's markup. Every string that comes from a seed, the gazetteer,
/// a file name or a diagnostic goes through <see cref="Escape(string?)"/> (element content and quoted
/// attribute values alike); nothing else is ever concatenated into the page.
/// </summary>
internal static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '`' => "&#96;",
                _ => null,
            };
            if (replacement is null)
            {
                escaped?.Append(text[i]);
                continue;
            }

            escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }
}
