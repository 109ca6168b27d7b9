using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Finds the quotations of an article in one left-to-right pass per unit with a small stack of open
/// marks. It knows the curly, straight, low-9 and guillemet styles, tells apostrophes from single
/// quotes by their neighbours, nests single quotes inside double ones, continues a quote over
/// paragraphs when the next paragraph opens with a mark, and closes an unbalanced mark at the end of
/// its paragraph so that it never swallows the rest of the article.
/// </summary>
internal static partial class QuoteScanner
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
    private sealed partial class Scanner
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

            // Quotes are emitted as they close; a nested one closes before its outer quote.
            if (_unordered)
            {
                _quotes.Sort((a, b) => a.First.Unit != b.First.Unit ? a.First.Unit.CompareTo(b.First.Unit) : a.First.MarkStart.CompareTo(b.First.MarkStart));
            }

            return _quotes;
        }

        /// <summary>
        /// For each “ of the unit, in order: how many ” follow it before the next “ (one backward pass
        /// per unit, so the nesting test stays linear).
        /// </summary>
        private readonly List<int> _closersAfterOpener = new();

        private static readonly char[] CurlyDouble = { '“', '”' };
        private int _nextOpener;

        private void CountClosers(string text)
        {
            _closersAfterOpener.Clear();
            _nextOpener = 0;
            var count = 0;
            for (var i = text.Length - 1; i >= 0 && (i = text.LastIndexOfAny(CurlyDouble, i)) >= 0; i--)
            {
                if (text[i] == '”')
                {
                    count++;
                }
                else
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
            _firstCharacter = QuoteMarks.SkipSpace(text, 0);
            var i = 0;
            if (_carried is not null)
            {
                // The paragraph opens with a mark of the same family: the quote goes on.
                var first = QuoteMarks.SkipSpace(text, 0);
                if (text[first] == '“')
                {
                    ClosersAhead();
                }

                var width = QuoteMarks.IsDoubledApostrophe(text, first) ? 2 : 1;
                _stack.Add(_carriedOpen);
                // A tokenised straight mark (" The talks go on …) is followed by a space that is not the quote's.
                var start = text[first] == '"' || width == 2 ? QuoteMarks.SkipSpace(text, first + width) : first + width;
                _carried.Add(new QuotePart(_unit, first, start, start, start));
                i = first + width;
            }

            // From mark to mark: the runtime's vectorised search skips the text between them.
            var search = new QuoteMarkSearch(text);
            var marks = 0;
            for (i = search.Next(i); i >= 0; i = search.Next(i + 1))
            {
                if ((++marks & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (QuoteMarks.IsDoubledApostrophe(text, i))
                {
                    // ''…'': two apostrophes write a straight double mark (wire and archive text).
                    _width = 2;
                    Mark(text, i, '"');
                    _width = 1;
                    i++;
                }
                else
                {
                    Mark(text, i, text[i]);
                }
            }

            // End of the unit: single marks left open were apostrophes; a double one either goes on in
            // the next paragraph or closes here.
            if (_stack.Count > 0 && _stack[0].Double)
            {
                var open = _stack[0];
                var end = QuoteMarks.TrimEnd(text, text.Length);
                var continues = _isParagraph[_unit]
                    && _unit + 1 < _units.Count
                    && _isParagraph[_unit + 1]
                    && QuoteMarks.OpensWith(_units[_unit + 1].Text, open.Mark);
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

        /// <summary>How many characters the current mark takes: 2 for <c>''</c>, else 1.</summary>
        private int _width = 1;

        private void Mark(string text, int i, char c)
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + _width < text.Length ? text[i + _width] : ' ';
            var openerLike = QuoteMarks.IsOpeningContext(before) && !char.IsWhiteSpace(after);
            var closerLike = !char.IsWhiteSpace(before) && QuoteMarks.IsClosingContext(after);
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
                            Abandon(doubleTop, i);
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
                        Abandon(doubleTop, i);
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"', TextStart = _width > 1 ? i + _width : 0 });
                    }
                    else if (doubleTop >= 0 && (_stack[doubleTop].Mark == '"' || (closerLike && !openerLike)))
                    {
                        // A tokenised closing mark (", " Maddox said") ends the text at the last word, not at the space.
                        Close(doubleTop, i, QuoteMarks.IsSpaced(before, after) ? QuoteMarks.TrimEnd(text, i) : i);
                    }
                    else if (openerLike)
                    {
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"', TextStart = _width > 1 ? i + _width : 0 });
                    }
                    else if (doubleTop < 0 && before is ',' or ':' && after == ' ' && i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]) && text.IndexOf('"', i + 1) > 0)
                    {
                        // Sloppy spacing: said," Text" — the mark is glued to the comma, not to the words.
                        Push(new Open { Mark = c, Position = i, Double = true, Closer = '"', TextStart = i + 2 });
                    }
                    else if (doubleTop < 0 && QuoteMarks.IsSpaced(before, after) && SpacedMarkOpens(text, i))
                    {
                        OpenSpaced(text, i);
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
                    if ((char.IsLetterOrDigit(before) && char.IsLetter(after)) || (c != '‘' && QuoteMarks.IsTokenisedClitic(text, i)))
                    {
                        // don’t, People’s, O’Brien; tokenised: Men 's, we 're.
                        break;
                    }

                    var single = TopSingle(_stack);
                    if (single >= 0 && closerLike && c != '‘')
                    {
                        Close(single, i);
                    }
                    else if (openerLike && c != '’' && !QuoteMarks.IsElision(text, i))
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
}
