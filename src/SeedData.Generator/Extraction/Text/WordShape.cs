namespace SeedData.Generator.Extraction.Text;

/// <summary>What a word looks like, for the typing rules and the kind model's features alike.</summary>
internal static class WordShape
{
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"SpaceX", "IndiGo", "eBay": a capital right after a lower-case letter.</summary>
    public static bool IsCamelCase(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts with an upper-case letter (or is a word such as "G20" or "5G" with an upper-case letter, or "al-Assad").</summary>
    public static bool IsCapitalized(string word) =>
        char.IsUpper(word[0]) || (char.IsDigit(word[0]) && UpperCount(word) >= 2) || HasArabicArticle(word) || HasElidedArticle(word);

    /// <summary>"l'Avenir" of "Tour de l'Avenir", "d'Ivoire": a French or Italian article elided onto a capitalised name.</summary>
    private static bool HasElidedArticle(string text) =>
        text.Length >= 3 && text[0] is 'l' or 'd' && text[1] is '\'' or '’' && char.IsUpper(text[2]);

    /// <summary>Two or more letters, all upper case ("NATO", "U.S.", "G20").</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"al-Assad", "el-Sisi", "bin-Salman": a lower-case article joined to a capitalised name.</summary>
    private static bool HasArabicArticle(string text)
    {
        // Every article listed below starts with 'a' or 'e' and needs a hyphen and a letter after it:
        // most lower-case words stop at this test.
        if (text.Length < 4 || text[0] is not ('a' or 'e'))
        {
            return false;
        }

        var hyphen = text.IndexOf('-');
        if (hyphen is < 2 or > 3 || hyphen + 1 >= text.Length || !char.IsUpper(text[hyphen + 1]))
        {
            return false;
        }

        // The same test as text.Substring(0, hyphen) is "al" or "el" or ..., without the substring.
        var (a, b) = (text[0], text[1]);
        return hyphen == 2
            ? (a, b) is ('a', 'l') or ('e', 'l') or ('a', 'd') or ('a', 's') or ('a', 'n') or ('a', 'r') or ('a', 't') or ('a', 'z')
            : a == 'a' && b == 's' && text[2] == 'h';
    }

    private static int UpperCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsUpper(c) ? 1 : 0;
        }

        return count;
    }
}
