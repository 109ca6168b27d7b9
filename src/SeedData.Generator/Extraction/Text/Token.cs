namespace SeedData.Generator.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and digits, inner apostrophes, hyphens and abbreviation periods).</summary>
    Word,

    /// <summary>Digits only, with inner separators.</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>
/// A token of one text unit: <see cref="Start"/> and <see cref="End"/> are offsets in the unit. Its
/// spelling is a <see cref="Text.Word"/> shared with every other token spelt the same, which answers
/// the questions about the spelling itself (16 bytes a token). A <c>default</c> token, which some
/// rules use for "no token here", has no word: its <see cref="Text"/> is null. The word's kind and shape
/// are copied into the token (they fit in the bytes its layout pads anyway), so the tests every rule asks
/// of every token (<see cref="IsWord"/>, <see cref="IsCapitalized"/>) read the token, not its word.
/// </summary>
internal readonly struct Token
{
    public Token(Word word, int start, bool sentenceStart)
    {
        Word = word;
        Start = start;
        SentenceStart = sentenceStart;
        _kind = word.Kind;
        _shape = word.Shape;
    }

    private readonly TokenKind _kind;
    private readonly WordShapeBits _shape;

    public Word Word { get; }

    public string Text => Word?.Text!;

    public int Start { get; }

    public int End => Start + Word.Text.Length;

    public TokenKind Kind => _kind;

    /// <summary>The first word of a sentence, a quotation, a headline or a clause after a colon.</summary>
    public bool SentenceStart { get; }

    public bool IsWord => _kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter (or is a word such as "G20" or "5G" with an upper-case letter, "al-Assad" or "l'Avenir").</summary>
    public bool IsCapitalized => (_shape & WordShapeBits.Capitalized) != 0;

    /// <summary>Two or more letters, all upper case ("NATO", "U.S.", "G20").</summary>
    public bool IsAllCaps => (_shape & WordShapeBits.AllCaps) != 0;

    public bool Is(string text) => string.Equals(Text, text, System.StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
