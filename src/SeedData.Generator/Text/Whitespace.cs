using System.Text;

namespace SeedData.Generator.Text;

/// <summary>White space as SeedData reads it: the line breaks of <see cref="LineBreaks"/>, tabs and spaces.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Folds every run of whitespace (line breaks of a multi-paragraph quote included) into one space,
    /// so that text written on one line (a <c>///</c> comment) cannot end it.
    /// </summary>
    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (LineBreaks.IsLineBreak(c) || c is '\t' or ' ' or '\u000B' or '\u000C')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
