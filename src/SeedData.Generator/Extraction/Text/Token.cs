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
    public Token(Word word, int start, TokenKind kind, bool sentenceStart)
    {
        Word = word;
        Start = start;
        Kind = kind;
        SentenceStart = sentenceStart;
    }

    /// <summary>The article's one <see cref="Text.Word"/> for this spelling: what is known of the word, worked out once.</summary>
    public Word Word { get; }

    /// <remarks>Null for a default token (callers test <c>Text is not null</c> for "no token here").</remarks>
    public string Text => Word?.Text!;

    public int Start { get; }

    public int End => Start + Word.Text.Length;

    public TokenKind Kind { get; }

    /// <summary>The first word of a sentence, a quotation, a headline or a clause after a colon.</summary>
    public bool SentenceStart { get; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter (or is a word such as "G20" or "5G" with an upper-case letter, or "al-Assad").</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && Word.IsCapitalized;

    /// <summary>Two or more letters, all upper case ("NATO", "U.S.", "G20").</summary>
    public bool IsAllCaps => Kind == TokenKind.Word && Word.IsAllCaps;

    /// <summary>The text in lower case (invariant culture), computed once per word of the article.</summary>
    public string Lower => Word.Lower;

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
