namespace SeedData.Generator.Extraction;

/// <summary>What a character around a quotation mark says: what may stand before an opening mark and after a closing one, elisions that look like marks, and white space at the edges of a unit.</summary>
internal static class QuoteMarks
{
    /// <summary>The family of a double mark: straight (0), curly or low-9 (1), guillemets (2).</summary>
    public static int Family(char mark) => mark switch
    {
        '"' => 0,
        '«' or '»' => 2,
        _ => 1,
    };

    public static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '„' or '«' or '»' or '"' or '‘' or '‹';

    public static bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '…' or '”' or '“' or '"' or '»' or '«' or '’' or '\'' or '›';

    /// <summary>'90s, ’em, ’til: an apostrophe that stands for left-out letters, not an opening mark.</summary>
    public static bool IsElision(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && char.IsDigit(text[j]))
        {
            return true;
        }

        var k = j;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        var word = text.Substring(j, k - j);
        return Lexicon.Elisions.Contains(word);
    }

    /// <summary>
    /// A mark written tokenised, as 1990s wire copy writes every punctuation mark: white space (or the edge of
    /// the unit) on both sides (<c>" We kept it tight , " Maddox said .</c>). Its neighbours do not say which
    /// way it faces.
    /// </summary>
    public static bool IsSpaced(char before, char after) => char.IsWhiteSpace(before) && char.IsWhiteSpace(after);

    /// <summary>
    /// An apostrophe that opens a clitic written as a word of its own (<c>Men 's</c>, <c>we 're</c>): tokenised
    /// text puts a space before it, which would otherwise make it look like an opening mark.
    /// </summary>
    public static bool IsTokenisedClitic(string text, int i)
    {
        if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var j = i + 1;
        var k = j;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return k > j && k - j <= 2 && Lexicon.TokenisedClitics.Contains(text.Substring(j, k - j));
    }

    public static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    public static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether the text's first character after white space is <paramref name="mark"/>: a paragraph that goes on with a quote opens with the mark that opened it (<c>''</c> for a straight double mark written so).</summary>
    public static bool OpensWith(string text, char mark)
    {
        var i = SkipSpace(text, 0);
        return i < text.Length && (text[i] == mark || (mark == '"' && IsDoubledApostrophe(text, i)));
    }

    /// <summary><c>''</c> at <paramref name="i"/>: two straight apostrophes that write a double mark (''It's anti-reform,'' he said), not an elision or a possessive.</summary>
    public static bool IsDoubledApostrophe(string text, int i) => text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'';
}
