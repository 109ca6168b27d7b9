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
}
