namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// One distinct word (or number, or punctuation mark) of an article, shared by every token that spells
/// it: its string, its case and its lower-case form are worked out once per word, not once per
/// occurrence and per question (the recognizer asks the same things of "the" and "said" hundreds of
/// times per article).
/// </summary>
internal sealed class Word
{
    private string? _lower;
    private sbyte _reportingVerb;

    public Word(string text)
    {
        Text = text;
        IsCapitalized = char.IsUpper(text[0]) || (char.IsDigit(text[0]) && UpperCount(text) >= 2) || HasArabicArticle(text);
        IsAllCaps = AllCaps(text);
    }

    public string Text { get; }

    /// <summary>Starts with an upper-case letter (or is a word such as "G20" or "5G" with an upper-case letter, or "al-Assad").</summary>
    /// <remarks>Read through <see cref="Token.IsCapitalized"/>, which is false for numbers and punctuation.</remarks>
    public bool IsCapitalized { get; }

    /// <summary>Two or more letters, all upper case ("NATO", "U.S.", "G20").</summary>
    public bool IsAllCaps { get; }

    /// <summary>The invariant lower-case form (the same string when it has no capitals).</summary>
    public string Lower => _lower ??= Text.ToLowerInvariant();

    /// <summary><see cref="Lexicon.IsReportingVerb"/> of the word, asked once.</summary>
    public bool IsReportingVerb
    {
        get
        {
            if (_reportingVerb == 0)
            {
                _reportingVerb = Lexicon.IsReportingVerb(Text) ? (sbyte)1 : (sbyte)-1;
            }

            return _reportingVerb > 0;
        }
    }

    public override string ToString() => Text;

    /// <summary>"al-Assad", "el-Sisi", "bin-Salman": a lower-case article joined to a capitalised name.</summary>
    private static bool HasArabicArticle(string text)
    {
        // Every article listed below starts with 'a' or 'e' and needs a hyphen and a letter after it.
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

    private static bool AllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
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
