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
    /// board"), the line stops at a comma or a hyphen, or, in wrapped text, the line is as wide as the wrapped lines
    /// and the next word would have made it too wide; in text that is not wrapped, a line of prose that stops
    /// mid-sentence. Any other break was made by hand: a row of a table or a list, a label before its rows, or a
    /// line of prose written unwrapped.
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

        // A label before its list ("Results on Thursday ( home team in CAPS ) :").
        if (last == ':')
        {
            return true;
        }

        var prose = LowerCaseWords(text, lineStart, lineEnd) >= ProseLowerCaseWords;
        if (width == 0)
        {
            // Not wrapped: a row, a line of prose that ends its sentence, or prose before a row ends here; a line of
            // prose that stops mid-sentence goes on ("…the chairman of Golden" / "State Water said…").
            return !prose || EndsSentence(text, lineStart, lineEnd) || IsRow(text, nextStart, nextEnd);
        }

        var nextWord = text.IndexOf(' ', nextStart);
        var nextWordLength = (nextWord < 0 || nextWord > nextEnd ? nextEnd : nextWord) - nextStart;
        var lineWidth = unit.Lines[next - 1].Column - 1 + (lineEnd - lineStart);
        var slack = width / WrapSlackDivisor;
        if (!prose)
        {
            // A row is a wrap only when it fills the line and the next word did not fit: a results line too long for
            // the width ("… , Colm" / "Rasker 71 64"), not a row that happens to be long.
            return lineWidth + 1 + nextWordLength <= width || lineWidth < width - slack;
        }

        // Prose before a row ("… ( home team in CAPS )" / "HALIFAX 4 Montreal 2") ends there.
        return IsRow(text, nextStart, nextEnd) || lineWidth + 1 + nextWordLength <= width - slack;
    }

    /// <summary>Whether the line ends a sentence: a full stop, a question or exclamation mark or a semicolon, before any closing quotes or brackets.</summary>
    private static bool EndsSentence(string text, int start, int end)
    {
        var i = end - 1;
        while (i > start && text[i] is '"' or '\'' or '”' or '’' or ')' or ' ')
        {
            i--;
        }

        return text[i] is '.' or '!' or '?' or ';' or '…';
    }

    /// <summary>
    /// The width the article's prose is wrapped at: its widest line of prose that a line follows in the same unit, when
    /// another such line comes within an eighth of it (one label over a table is no evidence of wrapping); 0 when the
    /// text is not wrapped (a line wider than <see cref="LongestWrappedLine"/> anywhere, or no such pair of lines).
    /// </summary>
    private static int WrapWidth(List<SeedText> units)
    {
        var widths = new List<int>();
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

                if (l + 1 < lines.Count && LowerCaseWords(unit.Text, lines[l].Offset, end) >= ProseLowerCaseWords)
                {
                    widths.Add(lineWidth);
                }
            }
        }

        var width = 0;
        foreach (var lineWidth in widths)
        {
            width = System.Math.Max(width, lineWidth);
        }

        var full = 0;
        foreach (var lineWidth in widths)
        {
            full += lineWidth >= width - (width / WrapSlackDivisor) ? 1 : 0;
        }

        return full >= 2 ? width : 0;
    }

    /// <summary>
    /// A unit of the tokens [first, end) of a whole unit: the same text and offsets. A word that opens the line opens a
    /// sentence, as the first word of a paragraph does: a row read alone is read as it is with a blank line before it
    /// (a price list's "Nickel 7,120" is no name, where after "… 1,513.00" it read as one). After a rank ("135 Per
    /// Ostberg") the word keeps the flag the whole unit gave it: a name's capital, not a sentence's.
    /// </summary>
    private static UnitTokens Part(UnitTokens whole, List<Token> tokens, int first, int end)
    {
        var slice = tokens.GetRange(first, end - first);
        if (slice[0].IsWord && !slice[0].SentenceStart)
        {
            slice[0] = new Token(slice[0].Word, slice[0].Start, sentenceStart: true);
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
