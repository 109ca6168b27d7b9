using System.Collections.Generic;
using System.Globalization;

namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// Splits a text unit into words, numbers and punctuation in one pass. A possessive "’s" is its own
/// token ("China’s" → "China", "’s") so that names end where the possessive starts; an apostrophe
/// between letters stays inside the word ("don’t", "O’Brien").
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new List<Token>(text.Length / 5 + 4));

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="tokens"/> (an empty list, for instance one of <see cref="TokenLists"/>).</summary>
    public static List<Token> Tokenize(string text, List<Token> tokens)
    {
        // Every token's spelling comes from this thread's table: no string per token for a spelling seen before.
        var words = WordTable.Current;
        if (tokens.Capacity < text.Length / 5 + 4)
        {
            tokens.Capacity = text.Length / 5 + 4;
        }

        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var charClass = c < 128 ? AsciiClass[c] : char.IsWhiteSpace(c) ? Space : char.IsLetterOrDigit(c) ? Letter : Other;
            if (charClass == Space)
            {
                i++;
                continue;
            }

            if (charClass != Other)
            {
                // The word's table hash is taken as its characters are read (WordTable.HashOf, step by step).
                var start = i;
                var hash = WordTable.HashStart;
                // The classes of the word's ASCII characters or-ed together: a Letter bit says it has a letter.
                var classes = 0;
                var hasLetter = false;
                while (i < text.Length)
                {
                    var ch = text[i];
                    // ASCII (nearly every character) by the table; combining marks all lie at U+0300 and above.
                    if (ch < 128)
                    {
                        var ascii = AsciiClass[ch];
                        if ((ascii & (Letter | Digit)) != 0)
                        {
                            classes |= ascii;
                            hash = WordTable.HashStep(hash, ch);
                            i++;
                            continue;
                        }
                    }
                    else if (char.IsLetterOrDigit(ch) || (ch >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                    {
                        hasLetter |= char.IsLetter(ch);
                        hash = WordTable.HashStep(hash, ch);
                        i++;
                        continue;
                    }

                    // Inner apostrophe, hyphen, period (U.S., D.C.) or digit separator, when a letter or digit follows.
                    if (IsInnerJoiner(ch) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        if (IsApostrophe(ch) && IsPossessiveS(text, i))
                        {
                            break;
                        }

                        hash = WordTable.HashStep(hash, ch);
                        i++;
                        continue;
                    }

                    // The final period of an abbreviation made of single letters: "U.S." / "D.C.".
                    if (ch == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
                    {
                        hash = WordTable.HashStep(hash, ch);
                        i++;
                    }

                    break;
                }

                hasLetter |= (classes & Letter) != 0;
                tokens.Add(new Token(words.Get(text, start, i - start, WordTable.HashEnd(hash), hasLetter ? TokenKind.Word : TokenKind.Number), start, sentenceStart && hasLetter));
                if (hasLetter)
                {
                    sentenceStart = false;
                }

                continue;
            }

            if (IsApostrophe(c) && IsPossessiveS(text, i))
            {
                tokens.Add(new Token(words.Get(text, i, 2, TokenKind.Word), i, false));
                i += 2;
                continue;
            }

            tokens.Add(new Token(words.Get(text, i, 1, TokenKind.Punctuation), i, false));
            if (c is '!' or '?' or ':' or '“' or '„' or '«' or '»' or '"' or '‘' or '‹' || (c == '.' && !AfterAbbreviation(tokens)))
            {
                sentenceStart = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>Character classes, as bits so that a word's can be or-ed together.</summary>
    private const byte Other = 0, Letter = 1, Digit = 2, Space = 4;

    /// <summary>What each ASCII character is (<see cref="char.IsLetter(char)"/>, IsDigit, IsWhiteSpace): one look-up instead of three.</summary>
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    private static byte[] BuildAsciiClass()
    {
        var classes = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            classes[c] = char.IsLetter(c) ? Letter : char.IsDigit(c) ? Digit : char.IsWhiteSpace(c) ? Space : Other;
        }

        return classes;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerJoiner(char c) => c is '\'' or '’' or '-' or '‐' or '.' or '&';

    /// <summary>
    /// "China’s", and wire copy's tokenised "Russia 's" (one space between the word and its possessive): an
    /// apostrophe, an s and no letter after it, right after a word.
    /// </summary>
    private static bool IsPossessiveS(string text, int apostrophe) =>
        apostrophe > 0
        && (char.IsLetter(text[apostrophe - 1]) || (text[apostrophe - 1] == ' ' && apostrophe > 1 && char.IsLetter(text[apostrophe - 2])))
        && apostrophe + 1 < text.Length
        && text[apostrophe + 1] is 's' or 'S'
        && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]));

    private static bool AfterAbbreviation(List<Token> tokens)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var previous = tokens[tokens.Count - 2];
        return previous.End == tokens[tokens.Count - 1].Start
            && previous.IsWord
            && (Lexicon.Abbreviations.Contains(previous.Text) || (previous.Text.Length == 1 && char.IsUpper(previous.Text[0])));
    }
}
