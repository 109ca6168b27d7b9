using System;
using System.Collections.Generic;
using System.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>What a scan makes of its marks: a closed mark becomes a quote (its parts and text), an unbalanced one a diagnostic.</summary>
internal static partial class QuoteScanner
{
    private sealed partial class Scanner
    {
        /// <summary>
        /// A mark closes the open mark at <paramref name="index"/> (and anything opened inside it). A double
        /// quote inside a double quote of the other family ("… I’m going to read you the question: “As you
        /// know …?” Forty-three, yes …") is a quote of its own too: a question, a headline or a slogan the
        /// speaker reads out. One of the same family (“… what he calls “hell” than …”) or one inside a
        /// single quote stays only inside its outer quote.
        /// </summary>
        private void Close(int index, int markPosition) => Close(index, markPosition, markPosition);

        /// <summary>As above, with the quoted text ending at <paramref name="textEnd"/> (before the space of a tokenised mark).</summary>
        private void Close(int index, int markPosition, int textEnd)
        {
            var open = _stack[index];
            var nested = index > 0 && open.Double && _stack[index - 1].Double && QuoteMarks.Family(open.Mark) != QuoteMarks.Family(_stack[index - 1].Mark);
            _stack.RemoveRange(index, _stack.Count - index);
            if (index == 0)
            {
                Emit(PartsUpTo(open, textEnd, markPosition + _width));
                _carried = null;
            }
            else if (nested)
            {
                var start = open.TextStart > 0 ? open.TextStart : open.Position + 1;
                Emit(new List<QuotePart> { new(_unit, open.Position, start, Math.Max(start, textEnd), markPosition + _width) });
                _unordered = true;
            }
        }

        /// <summary>Whether a nested quote was emitted before the quote around it: the list needs sorting into reading order.</summary>
        private bool _unordered;

        /// <summary>
        /// The open mark at <paramref name="index"/> turned out never to close: a new quote opens at
        /// <paramref name="markPosition"/>. The unclosed one ends where the new one opens, as it would at the
        /// end of its paragraph (a paragraph break lost in the layout often sits right before the new mark).
        /// </summary>
        private void Abandon(int index, int markPosition)
        {
            var open = _stack[index];
            _stack.RemoveRange(index, _stack.Count - index);
            if (index == 0)
            {
                ReportUnclosed(open, _carried is not null ? _carried[0].Unit : _unit);
                var end = QuoteMarks.TrimEnd(_units[_unit].Text, markPosition);
                if (_carried is not null || end > open.Position + 1)
                {
                    Emit(PartsUpTo(open, end, end));
                }

                _carried = null;
            }
        }

        /// <summary>
        /// A straight mark with white space on both sides, and no double quote open: tokenised wire copy
        /// (<c>" We kept it tight , " Maddox said .</c>). It opens; the quoted text starts at the word after it.
        /// A single mark still open below it was an apostrophe the neighbours could not tell (a quote of
        /// its own would not be tokenised around a double one), so it goes.
        /// </summary>
        private void OpenSpaced(string text, int i)
        {
            _stack.Clear();
            Push(new Open { Mark = '"', Position = i, Double = true, Closer = '"', TextStart = QuoteMarks.SkipSpace(text, i + _width) });
        }

        /// <summary>The unit whose last straight mark (<c>"</c> or <c>''</c>) <see cref="_lastStraight"/> holds, or -1.</summary>
        private int _lastStraightUnit = -1;
        private int _lastStraight;

        /// <summary>
        /// Whether a tokenised mark with nothing open may open a quote: another straight mark follows in the
        /// unit, or it opens the unit or follows a colon (<c>said : " We were …</c>), or the next paragraph
        /// goes on with a mark. A lone spaced mark elsewhere (an inch or ditto mark in a table) opens nothing.
        /// </summary>
        private bool SpacedMarkOpens(string text, int i)
        {
            // The unit's last straight mark is looked up once: a search ahead from every mark would make a long
            // paragraph of marks quadratic.
            if (_lastStraightUnit != _unit)
            {
                _lastStraightUnit = _unit;
                _lastStraight = Math.Max(text.LastIndexOf('"'), text.LastIndexOf("''", StringComparison.Ordinal));
            }

            if (i == _firstCharacter || _lastStraight >= i + _width)
            {
                return true;
            }

            var before = QuoteMarks.TrimEnd(text, i);
            return (before > 0 && text[before - 1] == ':')
                || (_isParagraph[_unit] && _unit + 1 < _units.Count && _isParagraph[_unit + 1] && QuoteMarks.OpensWith(_units[_unit + 1].Text, '"'));
        }

        private List<QuotePart> PartsUpTo(Open open, int end, int markEnd)
        {
            if (_carried is null)
            {
                // An empty tokenised quote (" ") ends before its text would start.
                var start = open.TextStart > 0 ? open.TextStart : open.Position + 1;
                return new List<QuotePart> { new(_unit, open.Position, start, Math.Max(start, end), markEnd) };
            }

            var last = _carried[_carried.Count - 1];
            _carried[_carried.Count - 1] = new QuotePart(last.Unit, last.MarkStart, last.Start, Math.Max(last.Start, end), markEnd);
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
}
