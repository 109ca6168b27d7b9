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
        if (IsFolded(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsSpace(c))
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

    /// <summary>True when folding would not change <paramref name="value"/>: single spaces only, none at either end (most seed text, which is returned without a copy).</summary>
    private static bool IsFolded(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ' ' ? i == 0 || i == value.Length - 1 || value[i - 1] == ' ' : IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => LineBreaks.IsLineBreak(c) || c is '\t' or ' ' or '\u000B' or '\u000C';
}
