using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// The source lines of a text unit, read as the rows they often are. The parser joins the lines of a paragraph with
/// spaces, so the rows of a results table, a standings list or a price list written one to a line
/// ("Indiana at Golden State" / "Sacramento at Portland") fused into one run of capitals and one table context.
/// Here a line break that is a row boundary starts a unit of its own for the entity recognizer; a break that only
/// wraps prose ("…the chairman of Golden" / "State Water said…") keeps the lines in one unit. Quotes and speakers
/// still read the whole unit: the recognizer's mentions are moved back onto it (<see cref="MoveMentions"/>).
/// </summary>
internal static class UnitLines
{
    /// <summary>Lines longer than this are written unwrapped: the text has no wrap width, and a line break in it is meant.</summary>
    private const int LongestWrappedLine = 130;

    /// <summary>A line with this many lower-case words is prose, not a row ("Wheat 3.45 up 2 cents", "Sarpong not out 17").</summary>
    private const int ProseLowerCaseWords = 3;

    /// <summary>How much shorter than the widest line a wrapped line may end (a balanced wrap does not fill every line).</summary>
    private const int WrapSlackDivisor = 8;

    /// <summary>
    /// The units the recognizer reads: each unit as it is, or, where its line breaks are row boundaries, one unit per
    /// run of lines. A line unit shares its parent's text and token offsets (so its mentions' offsets hold for the
    /// parent) and opens a sentence.
    /// </summary>
    public static List<UnitTokens> Split(List<SeedText> units, List<UnitTokens> tokenized, out List<(UnitTokens Part, UnitTokens Parent, int TokenOffset)>? parts)
    {
        parts = null;
        var width = WrapWidth(units);
        var result = new List<UnitTokens>(tokenized.Count);
        for (var u = 0; u < tokenized.Count; u++)
        {
            var whole = tokenized[u];
            var lines = units[u].Lines;
            if (lines.Count < 2 || whole.Tokens.Count == 0)
            {
                result.Add(whole);
                continue;
            }

            var tokens = whole.Tokens;
            var first = 0;
            for (var l = 1; l <= lines.Count; l++)
            {
                if (l < lines.Count && !IsRowBoundary(units[u], l, width))
                {
                    continue;
                }

                // Tokens [first, end) lie on the lines before this boundary.
                var end = l < lines.Count ? FirstTokenAt(tokens, first, lines[l].Offset) : tokens.Count;
                if (first == 0 && end == tokens.Count)
                {
                    break;
                }

                if (end > first)
                {
                    var part = Part(whole, tokens, first, end);
                    result.Add(part);
                    (parts ??= new()).Add((part, whole, first));
                }

                first = end;
            }

            if (first == 0)
            {
                result.Add(whole);
            }
        }

        return result;
    }

    /// <summary>Moves the mentions the recognizer found in line units onto their whole units, in text order, with the whole unit's token indices.</summary>
    public static void MoveMentions(List<(UnitTokens Part, UnitTokens Parent, int TokenOffset)>? parts)
    {
        if (parts is null)
        {
            return;
        }

        foreach (var (part, parent, offset) in parts)
        {
            foreach (var mention in part.Mentions)
            {
                parent.Mentions.Add(mention.Shifted(offset));
            }
        }
    }

    /// <summary>
    /// Whether the break before line <paramref name="next"/> of the unit ends a row rather than wrapping a sentence. A
    /// wrap is shown by the lines themselves: the next line goes on in lower case ("…the chairman of" / "the
    /// board"), the line stops at a comma or a hyphen, or it is a line of prose as wide as the article's wrapped
    /// lines, which the next word would have made too wide. Any other break was made by hand: a row of a table or a
    /// list, or a line of prose written unwrapped.
    /// </summary>
    private static bool IsRowBoundary(SeedText unit, int next, int width)
    {
        var text = unit.Text;
        var lineStart = unit.Lines[next - 1].Offset;
        var lineEnd = unit.Lines[next].Offset - 1;
        var nextStart = unit.Lines[next].Offset;
        var nextEnd = next + 1 < unit.Lines.Count ? unit.Lines[next + 1].Offset - 1 : text.Length;

        var opening = FirstLetterOrDigit(text, nextStart, nextEnd);
        if (opening >= 0 && char.IsLower(text[opening]))
        {
            return false;
        }

        var last = text[lineEnd - 1];
        if (last is ',' or '-' or '(' or '&' or '/')
        {
            return false;
        }

        // A label before its list ("Results on Thursday ( home team in CAPS ) :"), a row, or a line before a row.
        if (last == ':' || width == 0 || LowerCaseWords(text, lineStart, lineEnd) < ProseLowerCaseWords || IsRow(text, nextStart, nextEnd))
        {
            return true;
        }

        var nextWord = text.IndexOf(' ', nextStart);
        var nextWordLength = (nextWord < 0 || nextWord > nextEnd ? nextEnd : nextWord) - nextStart;
        var lineWidth = unit.Lines[next - 1].Column - 1 + (lineEnd - lineStart);
        return lineWidth + 1 + nextWordLength <= width - (width / WrapSlackDivisor);
    }

    /// <summary>
    /// The width the article's prose is wrapped at: its widest line of prose that a line follows in the same unit;
    /// 0 when the text is not wrapped (a line wider than <see cref="LongestWrappedLine"/> anywhere, or no such line).
    /// </summary>
    private static int WrapWidth(List<SeedText> units)
    {
        var width = 0;
        foreach (var unit in units)
        {
            var lines = unit.Lines;
            for (var l = 0; l < lines.Count; l++)
            {
                var end = l + 1 < lines.Count ? lines[l + 1].Offset - 1 : unit.Text.Length;
                var lineWidth = lines[l].Column - 1 + (end - lines[l].Offset);
                if (lineWidth > LongestWrappedLine)
                {
                    return 0;
                }

                if (l + 1 < lines.Count && lineWidth > width && LowerCaseWords(unit.Text, lines[l].Offset, end) >= ProseLowerCaseWords)
                {
                    width = lineWidth;
                }
            }
        }

        return width;
    }

    /// <summary>
    /// A unit of the tokens [first, end) of a whole unit: the same text and offsets. Its first word opens a sentence, as
    /// the first word of a paragraph does: a row read alone is read as it is with a blank line before it (a price
    /// list's "Nickel 7,120" is no name, where after "… 1,513.00" it read as one).
    /// </summary>
    private static UnitTokens Part(UnitTokens whole, List<Token> tokens, int first, int end)
    {
        var slice = new List<Token>(end - first);
        var opening = true;
        for (var t = first; t < end; t++)
        {
            var token = tokens[t];
            if (opening && token.IsWord)
            {
                opening = false;
                token = token.SentenceStart ? token : new Token(token.Word, token.Start, sentenceStart: true);
            }

            slice.Add(token);
        }

        var unreliable = whole.IsParagraph ? EntityRecognizer.IsCapitalsOnly(slice) : EntityRecognizer.HasUnreliableCase(slice);
        return new UnitTokens(whole.Unit, whole.Text, slice, whole.IsParagraph, unreliable);
    }

    private static int FirstTokenAt(List<Token> tokens, int from, int offset)
    {
        var t = from;
        while (t < tokens.Count && tokens[t].Start < offset)
        {
            t++;
        }

        return t;
    }

    private static int FirstLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "HARTFORD 4 Montreal 2", "Copper 2,245.50 2,246.00": a line of two or more numbers, at least half as many as
    /// words, and fewer than <see cref="ProseLowerCaseWords"/> lower-case words.
    /// </summary>
    private static bool IsRow(string text, int start, int end)
    {
        int numbers = 0, words = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && (i == start || text[i - 1] == ' '))
            {
                if (char.IsDigit(text[i]))
                {
                    numbers++;
                }
                else if (char.IsLetter(text[i]))
                {
                    words++;
                }
            }
        }

        return numbers >= 2 && numbers * 2 >= words && LowerCaseWords(text, start, end) < ProseLowerCaseWords;
    }

    /// <summary>Words of the line that start with a lower-case letter ("at", "v" and "c" count: a row has few).</summary>
    private static int LowerCaseWords(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]) && (i == start || text[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }
}
