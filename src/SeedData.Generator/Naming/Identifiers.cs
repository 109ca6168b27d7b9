using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Text;

namespace SeedData.Generator.Naming;

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
        text = Typeable(text);
        var name = new StringBuilder();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsWordCharacter(c))
            {
                // A combining mark with nothing before it to combine with cannot be typed on its own.
                if (word.Length > 0 || !IsMark(c))
                {
                    word.Append(c);
                }

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
            if (SourceSafety.NeedsEscape(c))
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

    /// <summary>
    /// The text as a person would type it (docs/naming.md): NFC-normalised, so that a decomposed
    /// <c>Cafe\u0301</c> and a precomposed <c>Café</c> give one name (C# compares identifiers code unit by
    /// code unit), and without the code points that show nothing: format characters (Cf: zero-width
    /// space and joiners, bidi marks, soft hyphen, byte-order mark, tags), variation selectors and the
    /// other default-ignorable code points. They are removed, not turned into word breaks: what the
    /// reader sees as one word stays one word.
    /// </summary>
    public static string Typeable(string text)
    {
        var normalized = Nfc.Normalize(text);
        StringBuilder? kept = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var width = char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]) ? 2 : 1;
            var codePoint = width == 2 ? char.ConvertToUtf32(c, normalized[i + 1]) : c;
            if (IsInvisible(codePoint))
            {
                kept ??= new StringBuilder(normalized, 0, i, normalized.Length);
            }
            else if (kept is not null)
            {
                kept.Append(normalized, i, width);
            }

            i += width - 1;
        }

        return kept?.ToString() ?? normalized;
    }

    /// <summary>
    /// Code points that show nothing: format characters (Cf) and the other Default_Ignorable_Code_Point
    /// characters of Unicode (variation selectors, the combining grapheme joiner, Hangul fillers,
    /// Mongolian free variation selectors, Khmer inherent vowels, the tag and reserved planes).
    /// </summary>
    internal static bool IsInvisible(int codePoint)
    {
        if (codePoint < 0xAD)
        {
            return false;
        }

        if (codePoint is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0
            || codePoint is >= 0x180B and <= 0x180F
            || codePoint is >= 0x200B and <= 0x200F
            || codePoint is >= 0x202A and <= 0x202E
            || codePoint is >= 0x2060 and <= 0x206F
            || codePoint is >= 0xFE00 and <= 0xFE0F
            || codePoint is 0xFEFF
            || codePoint is >= 0xFFF0 and <= 0xFFF8
            || codePoint is >= 0x1BCA0 and <= 0x1BCA3
            || codePoint is >= 0x1D173 and <= 0x1D17A
            || codePoint is >= 0xE0000 and <= 0xE0FFF)
        {
            return true;
        }

        return codePoint <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)codePoint) == UnicodeCategory.Format;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || (c > 0x7F && SyntaxFacts.IsIdentifierPartCharacter(c) && !SourceSafety.NeedsEscape(c));

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
