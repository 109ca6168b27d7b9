using System;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// Reads integers and strings that the generator packed into a UTF-8 literal (its <c>PackedData</c>):
/// compiling one literal costs the compiler far less than an array initialiser of the same integers.
/// </summary>
/// <remarks>
/// An integer is zigzag-encoded (n ≥ 0 as 2n, n &lt; 0 as -2n - 1) and written in base 32, least
/// significant digit first, one byte per digit: symbol s = digit + 32 when more digits follow, written as
/// the byte 0x23 + s below 57 and 0x24 + s from 57 (printable ASCII without <c>"</c> and <c>\</c>, so
/// the literal needs no escapes). A string is its UTF-8 byte count, then its bytes.
/// </remarks>
internal ref struct PackedReader
{
    private const int MoreDigits = 32;

    private readonly ReadOnlySpan<byte> _data;
    private int _next;

    public PackedReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _next = 0;
    }

    /// <summary>A table written as its count, then its integers.</summary>
    public static int[] Ints(ReadOnlySpan<byte> data)
    {
        var reader = new PackedReader(data);
        var values = new int[reader.Int()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.Int();
        }

        return values;
    }

    /// <summary>Where the next value starts, in bytes.</summary>
    public readonly int Position => _next;

    public void Skip(int bytes) => _next += bytes;

    public int Int()
    {
        uint value = 0;
        for (var shift = 0; ; shift += 5)
        {
            var symbol = _data[_next++];
            symbol -= (byte)(symbol < 0x5C ? 0x23 : 0x24);
            value |= (uint)(symbol & (MoreDigits - 1)) << shift;
            if (symbol < MoreDigits)
            {
                // Zigzag: even values are n ≥ 0, odd ones negative.
                return (int)(value >> 1) ^ -(int)(value & 1);
            }
        }
    }

    public string String()
    {
        var length = Int();
        var text = Encoding.UTF8.GetString(_data.Slice(_next, length));
        _next += length;
        return text;
    }
}
