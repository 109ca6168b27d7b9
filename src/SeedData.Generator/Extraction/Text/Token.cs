namespace SeedData.Generator.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters (and digits, inner apostrophes, hyphens and abbreviation periods).</summary>
    Word,

    /// <summary>Digits only, with inner separators.</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>A token of one text unit: <see cref="Start"/> and <see cref="End"/> are offsets in the unit.</summary>
internal readonly struct Token
{
    public Token(string text, int start, TokenKind kind, bool sentenceStart)
    {
        Text = text;
        Start = start;
        Kind = kind;
        SentenceStart = sentenceStart;
    }

    public string Text { get; }

    public int Start { get; }

    public int End => Start + Text.Length;

    public TokenKind Kind { get; }

    /// <summary>The first word of a sentence, a quotation, a headline or a clause after a colon.</summary>
    public bool SentenceStart { get; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter (or is a word such as "G20" or "5G" with an upper-case letter).</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && (char.IsUpper(Text[0]) || (char.IsDigit(Text[0]) && UpperCount(Text) >= 2) || HasArabicArticle(Text));

    /// <summary>"al-Assad", "el-Sisi", "bin-Salman": a lower-case article joined to a capitalised name.</summary>
    private static bool HasArabicArticle(string text)
    {
        // Every article listed below starts with 'a' or 'e' and needs a hyphen and a letter after it:
        // most lower-case words (all of which come here) stop at this test.
        if (text.Length < 4 || text[0] is not ('a' or 'e'))
        {
            return false;
        }

        var hyphen = text.IndexOf('-');
        if (hyphen is < 2 or > 3 || hyphen + 1 >= text.Length || !char.IsUpper(text[hyphen + 1]))
        {
            return false;
        }

        // The same test as text.Substring(0, hyphen) is "al" or "el" or ..., without the substring
        // (every capitalised word with a hyphen comes here).
        var (a, b) = (text[0], text[1]);
        return hyphen == 2
            ? (a, b) is ('a', 'l') or ('e', 'l') or ('a', 'd') or ('a', 's') or ('a', 'n') or ('a', 'r') or ('a', 't') or ('a', 'z')
            : a == 'a' && b == 's' && text[2] == 'h';
    }

    /// <summary>Two or more letters, all upper case ("NATO", "U.S.", "G20").</summary>
    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
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
    }

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;

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
