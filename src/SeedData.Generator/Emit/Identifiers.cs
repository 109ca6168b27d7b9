using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedData.Generator.Emit;

/// <summary>Readable, valid, stable C# member names from free text (docs/naming.md).</summary>
internal static class Identifiers
{
    /// <summary>Longest name made from a headline; more words stop at this many characters.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// PascalCase from the words of <paramref name="text"/>: letters and digits of any script are kept,
    /// everything else separates words; acronyms of one or two letters stay upper case (US), longer ones
    /// become Pascal (Cctv). A leading digit gets an underscore. Returns "" when no word is left.
    /// </summary>
    public static string PascalCase(string text, int maxLength = MaxLength)
    {
        var name = new StringBuilder();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordCharacter(c))
            {
                word.Append(c);
                continue;
            }

            // Apostrophes join (China’s → Chinas) rather than split a word.
            if (c is '\'' or '’' && word.Length > 0 && i + 1 < text.Length && IsWordCharacter(text[i + 1]))
            {
                continue;
            }

            if (word.Length == 0)
            {
                continue;
            }

            var pascal = PascalWord(word.ToString());
            word.Clear();
            if (name.Length > 0 && name.Length + pascal.Length > maxLength)
            {
                break;
            }

            name.Append(pascal.Length > maxLength ? pascal.Substring(0, maxLength) : pascal);
        }

        if (name.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be a member name given by the project (SeedDataName,
    /// SeedDataFormerNames), or null when it can: it must be a plain C# identifier, not a keyword.
    /// </summary>
    public static string? WhyNotMemberName(string name)
    {
        if (name.StartsWith("@", System.StringComparison.Ordinal) || !SyntaxFacts.IsValidIdentifier(name))
        {
            return "it is not a C# identifier (letters, digits and '_', not starting with a digit)";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return "it is a C# keyword";
        }

        foreach (var c in name)
        {
            if (Literal.NeedsEscape(c))
            {
                return "it contains an invisible formatting character";
            }
        }

        return null;
    }

    /// <summary>Makes <paramref name="candidate"/> unique among <paramref name="taken"/> by appending 2, 3, ...</summary>
    public static string Unique(string candidate, ISet<string> taken)
    {
        var name = candidate;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = candidate + n.ToString(CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || (c > 0x7F && SyntaxFacts.IsIdentifierPartCharacter(c) && !Literal.NeedsEscape(c));

    private static string PascalWord(string word)
    {
        var allUpper = true;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                allUpper = false;
                break;
            }
        }

        var first = char.ToUpperInvariant(word[0]).ToString();
        if (allUpper && word.Length > 2)
        {
            return first + word.Substring(1).ToLowerInvariant();
        }

        return first + word.Substring(1);
    }
}
