using System.Collections.Generic;
using System.Text;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>One piece of a quote inside one unit: the text runs from <see cref="Start"/> to <see cref="End"/>.</summary>
/// <param name="Unit">Index of the unit in reading order.</param>
/// <param name="MarkStart">Offset of the opening mark, or -1 when the piece continues a quote from the previous unit without a mark.</param>
/// <param name="Start">Offset of the first character of the quoted text.</param>
/// <param name="End">Offset just past the quoted text.</param>
/// <param name="MarkEnd">Offset just past the closing mark, or <see cref="End"/> when the piece has none.</param>
internal readonly record struct QuotePart(int Unit, int MarkStart, int Start, int End, int MarkEnd);

/// <summary>A direct quotation as the scanner found it; the speaker is resolved later.</summary>
internal sealed class ScannedQuote
{
    public ScannedQuote(List<QuotePart> parts, string text, int line)
    {
        Parts = parts;
        Text = text;
        Line = line;
    }

    public List<QuotePart> Parts { get; }

    public string Text { get; }

    public int Line { get; }

    public QuotePart First => Parts[0];

    public QuotePart Last => Parts[Parts.Count - 1];
}

/// <summary>
/// Finds the quotations of an article in one left-to-right pass per unit with a small stack of open
/// marks. It knows the curly, straight, low-9 and guillemet styles, tells apostrophes from single
/// quotes by their neighbours, nests single quotes inside double ones, continues a quote over
/// paragraphs when the next paragraph opens with a mark, and closes an unbalanced mark at the end of
/// its paragraph so that it never swallows the rest of the article.
/// </summary>
internal static class QuoteScanner
{
    private const int MaxDepth = 4;

    /// <summary>An open mark on the stack.</summary>
    private struct Open
    {
        public char Mark;
        public int Position;
        public bool Double;

        /// <summary>The closing mark that matches (for straight quotes the same character).</summary>
        public char Closer;

        /// <summary>Where the quoted text starts when not right after the mark (0: right after it).</summary>
        public int TextStart;
    }

    public static List<ScannedQuote> Scan(
        IReadOnlyList<SeedText> units,
        IReadOnlyList<bool> isParagraph,
        string path,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken) =>
        new Scanner(units, isParagraph, path, diagnostics).Run(cancellationToken);

    /// <summary>The state of one scan over an article.</summary>
    private sealed class Scanner
    {
        private readonly IReadOnlyList<SeedText> _units;
        private readonly IReadOnlyList<bool> _isParagraph;
        private readonly string _path;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<ScannedQuote> _quotes = new();
        private readonly List<Open> _stack = new(MaxDepth);

        /// <summary>The earlier parts of a quote that began in a previous paragraph, or null.</summary>
        private List<QuotePart>? _carried;
        private int _unit;

        public Scanner(IReadOnlyList<SeedText> units, IReadOnlyList<bool> isParagraph, string path, List<DiagnosticInfo> diagnostics)
        {
            _units = units;
            _isParagraph = isParagraph;
            _path = path;
            _diagnostics = diagnostics;
        }

        public List<ScannedQuote> Run(CancellationToken cancellationToken)
        {
            for (_unit = 0; _unit < _units.Count; _unit++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ScanUnit(_units[_unit].Text, cancellationToken);
            }

            return _quotes;
        }

        /// <summary>
        /// For each “ of the unit, in order: how many ” follow it before the next “ (one backward pass
        /// per unit, so the nesting test stays linear).
        /// </summary>
        private readonly List<int> _closersAfterOpener = new();
        private int _nextOpener;

        private void CountClosers(string text)
        {
            _closersAfterOpener.Clear();
            _nextOpener = 0;
            var count = 0;
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (text[i] == '”')
                {
                    count++;
                }
                else if (text[i] == '“')
                {
                    _closersAfterOpener.Add(count);
                    count = 0;
                }
            }

            _closersAfterOpener.Reverse();
        }

        /// <summary>How many ” follow the current “ before the next one: called once for every “ of the unit, left to right.</summary>
        private int ClosersAhead() =>
            _nextOpener < _closersAfterOpener.Count ? _closersAfterOpener[_nextOpener++] : 0;

        /// <summary>Where the current unit's text starts (after any white space).</summary>
        private int _firstCharacter;

        private void ScanUnit(string text, CancellationToken cancellationToken)
        {
            _stack.Clear();
            CountClosers(text);
            _firstCharacter = SkipSpace(text, 0);
            var i = 0;
            if (_carried is not null)
            {
                // The paragraph opens with a mark of the same family: the quote goes on.
                var first = SkipSpace(text, 0);
                if (text[first] == '“')
                {
                    ClosersAhead();
                }

                _stack.Add(_carriedOpen);
                _carried.Add(new QuotePart(_unit, first, first + 1, first + 1, first + 1));
                i = first + 1;
            }

            for (; i < text.Length; i++)
            {
                if ((i & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var c = text[i];

                // Every quote character is '"', '\'' or from U+00AB up: letters and digits fail the first test.
                if ((c <= '\'' || c >= '\u00AB') && IsQuoteCharacter(c))
                {
                    Mark(text, i, c);
                }
            }

            // End of the unit: single marks left open were apostrophes; a double one either goes on in
            // the next paragraph or closes here.
            if (_stack.Count > 0 && _stack[0].Double)
            {
                var open = _stack[0];
                var end = TrimEnd(text, text.Length);
                var continues = _isParagraph[_unit]
                    && _unit + 1 < _units.Count
                    && _isParagraph[_unit + 1]
                    && OpensWithMarkOf(_units[_unit + 1].Text, open);
                var parts = PartsUpTo(open, end, end);
                if (continues)
                {
                    _carried = parts;
                    _carriedOpen = open;
                    return;
                }

                ReportUnclosed(open, parts[0].Unit);
                Emit(parts);
            }

            _carried = null;
        }

        private Open _carriedOpen;

        private void Mark(string text, int i, char c)
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var openerLike = IsOpeningContext(before) && !char.IsWhiteSpace(after);
            var closerLike = !char.IsWhiteSpace(before) && IsClosingContext(after);
            var doubleTop = TopDouble(_stack);

            switch (c)
            {
                case '„':
                    Push(new Open { Mark = c, Position = i, Double = true, Closer = '“' });
                    break;
                case '“':
                    var closersAhead = ClosersAhead();
                    if (doubleTop >= 0 && (_stack[doubleTop].Mark == '„' || (closerLike && !openerLike)))
                    {
                        // „…“, or a typo for ”.
                        Close(doubleTop, i);
                    }
                    else
                    {
                        // English nests “ in “ only a level down (“… ‘… “…” …’ …”), or when enough ” follow to
                        // close both (“… he calls “hell” than …”); otherwise the earlier one was never closed.
                        if (doubleTop >= 0 && _stack[doubleTop].Mark == '“' && doubleTop == _stack.Count - 1 && closersAhead < 2)
                        {
                            Abandon(doubleTop);
                        }

                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '”' });
                    }

                    break;
                case '”':
                    if (doubleTop >= 0)
                    {
                        Close(doubleTop, i);
                    }
                    else if ((openerLike && !closerLike) || i == _firstCharacter)
                    {
                        // Swedish and Finnish open with ” too; and a paragraph never opens with a closing mark
                        // (” … what I learned …”).
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '”' });
                    }
                    else
                    {
                        Unopened(text, i);
                    }

                    break;
                case '«':
                    if (doubleTop >= 0 && _stack[doubleTop].Closer == '«')
                    {
                        Close(doubleTop, i);
                    }
                    else
                    {
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '»' });
                    }

                    break;
                case '»':
                    if (doubleTop >= 0 && _stack[doubleTop].Closer == '»')
                    {
                        Close(doubleTop, i);
                    }
                    else if (openerLike && !closerLike)
                    {
                        // German and Danish »…«.
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '«' });
                    }
                    else if (doubleTop < 0)
                    {
                        Unopened(text, i);
                    }

                    break;
                case '"':
                    if (doubleTop >= 0 && _stack[doubleTop].Mark == '"' && openerLike && !closerLike)
                    {
                        // Looks like the start of a new quote: the open one was never closed.
                        Abandon(doubleTop);
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"' });
                    }
                    else if (doubleTop >= 0 && (_stack[doubleTop].Mark == '"' || (closerLike && !openerLike)))
                    {
                        Close(doubleTop, i);
                    }
                    else if (openerLike)
                    {
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"' });
                    }
                    else if (doubleTop < 0 && before is ',' or ':' && after == ' ' && i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]) && text.IndexOf('"', i + 1) > 0)
                    {
                        // Sloppy spacing: said," Text" — the mark is glued to the comma, not to the words.
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"', TextStart = i + 2 });
                    }
                    else if (closerLike)
                    {
                        Unopened(text, i);
                    }

                    break;
                case '‹':
                    Push(new Open { Mark = c, Position = i, Double = false, Closer = '›' });
                    break;
                case '›':
                    if (TopSingle(_stack) >= 0)
                    {
                        Close(TopSingle(_stack), i);
                    }

                    break;
                default:
                    // ‘ ’ ' : quotation mark or apostrophe.
                    if (char.IsLetterOrDigit(before) && char.IsLetter(after))
                    {
                        // don’t, People’s, O’Brien.
                        break;
                    }

                    var single = TopSingle(_stack);
                    if (single >= 0 && closerLike && c != '‘')
                    {
                        Close(single, i);
                    }
                    else if (openerLike && c != '’' && !IsElision(text, i))
                    {
                        Push(new Open { Mark = c, Position = i, Double = false, Closer = c == '‘' ? '’' : '\'' });
                    }

                    break;
            }
        }

        private void Push(Open open)
        {
            if (_stack.Count < MaxDepth)
            {
                _stack.Add(open);
            }
        }

        /// <summary>A mark closes the open mark at <paramref name="index"/> (and anything opened inside it).</summary>
        private void Close(int index, int markPosition)
        {
            var open = _stack[index];
            _stack.RemoveRange(index, _stack.Count - index);
            if (index == 0)
            {
                Emit(PartsUpTo(open, markPosition, markPosition + 1));
                _carried = null;
            }
        }

        /// <summary>The open mark at <paramref name="index"/> turned out never to close.</summary>
        private void Abandon(int index)
        {
            var open = _stack[index];
            _stack.RemoveRange(index, _stack.Count - index);
            if (index == 0)
            {
                ReportUnclosed(open, _carried is not null ? _carried[0].Unit : _unit);
                _carried = null;
            }
        }

        private List<QuotePart> PartsUpTo(Open open, int end, int markEnd)
        {
            if (_carried is null)
            {
                return new List<QuotePart> { new(_unit, open.Position, open.TextStart > 0 ? open.TextStart : open.Position + 1, end, markEnd) };
            }

            var last = _carried[_carried.Count - 1];
            _carried[_carried.Count - 1] = new QuotePart(last.Unit, last.MarkStart, last.Start, end, markEnd);
            return _carried;
        }

        private void Emit(List<QuotePart> parts)
        {
            var builder = new StringBuilder();
            for (var p = 0; p < parts.Count; p++)
            {
                if (p > 0)
                {
                    builder.Append('\n');
                }

                var part = parts[p];
                builder.Append(_units[part.Unit].Text, part.Start, part.End - part.Start);
            }

            var text = builder.ToString();
            if (text.Trim().Length == 0)
            {
                return;
            }

            var first = parts[0];
            _quotes.Add(new ScannedQuote(parts, text, _units[first.Unit].Locate(first.MarkStart).Line));
        }

        private void Unopened(string text, int position) =>
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnopenedQuote,
                SeedSpan.Of(_path, _units[_unit], position, 1),
                text[position].ToString()));

        private void ReportUnclosed(Open open, int unit)
        {
            var position = unit == _unit || _carried is null ? open.Position : _carried[0].MarkStart;
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnclosedQuote,
                SeedSpan.Of(_path, _units[unit], position, 1),
                open.Mark.ToString()));
        }
    }

    private static bool IsQuoteCharacter(char c) => c is '“' or '”' or '„' or '"' or '«' or '»' or '‹' or '›' or '‘' or '’' or '\'';

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '„' or '«' or '»' or '"' or '‘' or '‹';

    private static bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '…' or '”' or '“' or '"' or '»' or '«' or '’' or '\'' or '›';

    /// <summary>'90s, ’em, ’til: an apostrophe that stands for left-out letters, not an opening mark.</summary>
    private static bool IsElision(string text, int i)
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
        return word is "em" or "til" or "cause" or "n" or "tis" or "twas";
    }

    private static int TopDouble(List<Open> stack)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Double)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The top of the stack if it is a single mark, else -1.</summary>
    private static int TopSingle(List<Open> stack) => stack.Count > 0 && !stack[stack.Count - 1].Double ? stack.Count - 1 : -1;

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool OpensWithMarkOf(string text, Open open)
    {
        var i = SkipSpace(text, 0);
        if (i >= text.Length)
        {
            return false;
        }

        var c = text[i];
        return c == open.Mark || (open.Mark == '„' && c == '„') || (open.Mark == '“' && c == '“') || (open.Mark == '«' && c == '«') || (open.Mark == '"' && c == '"');
    }
}
