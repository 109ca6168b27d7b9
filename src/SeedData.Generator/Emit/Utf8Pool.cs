using System.Collections.Generic;
using System.Text;

namespace SeedData.Generator.Emit;

/// <summary>
/// The text of one article as a single UTF-8 block, emitted as one <c>"..."u8</c> literal. Fields are
/// (byte start, byte length) pairs into it: UTF-8 literals are not string literals, so they do not
/// count against the compiler's user-string limit, however large the corpus (see docs/performance.md).
/// </summary>
internal sealed class Utf8Pool
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly StringBuilder _text = new();
    private readonly List<Unit> _units = new();
    private int _bytes;

    /// <summary>Appends a text unit and returns its index for <see cref="Slice"/>.</summary>
    public int AddUnit(string text)
    {
        var count = Utf8.GetByteCount(text);
        _units.Add(new Unit(text, _bytes));
        _text.Append(text);
        _bytes += count;
        return _units.Count - 1;
    }

    /// <summary>Appends text that is not part of a unit (a quote spanning paragraphs).</summary>
    public (int Start, int Length) Add(string text)
    {
        var unit = _units[AddUnit(text)];
        return (unit.ByteStart, Utf8.GetByteCount(text));
    }

    /// <summary>The whole of unit <paramref name="index"/>.</summary>
    public (int Start, int Length) Whole(int index) => Slice(index, 0, _units[index].Text.Length);

    /// <summary>
    /// Characters [offset, offset + length) of a unit. Calls for one unit are cheapest in increasing
    /// offset order (the reading order of quotes): the byte count resumes where the last call stopped.
    /// </summary>
    public (int Start, int Length) Slice(int index, int offset, int length)
    {
        var unit = _units[index];
        if (offset < unit.CursorChars)
        {
            unit.CursorChars = 0;
            unit.CursorBytes = 0;
        }

        unit.CursorBytes += Utf8.GetByteCount(unit.Text.ToCharArray(unit.CursorChars, offset - unit.CursorChars));
        unit.CursorChars = offset;
        var byteLength = Utf8.GetByteCount(unit.Text.ToCharArray(offset, length));
        return (unit.ByteStart + unit.CursorBytes, byteLength);
    }

    public string Text => _text.ToString();

    private sealed class Unit
    {
        public Unit(string text, int byteStart)
        {
            Text = text;
            ByteStart = byteStart;
        }

        public string Text { get; }

        public int ByteStart { get; }

        public int CursorChars { get; set; }

        public int CursorBytes { get; set; }
    }
}
