using System.Collections.Generic;
using System.Text;

namespace SeedData.Generator.Emit;

/// <summary>
/// Strings written once into one UTF-8 text (a table of <see cref="PackedTables"/>) and referred to by (byte start, byte length):
/// the ids and entity names of the generated tables, which the runtime searches without decoding them.
/// </summary>
internal sealed class Utf8Pool
{
    // Lone surrogates cannot be written to UTF-8 (nor to an attribute's string); the runtime
    // encodes what it looks up with this same replacement, so lookups still agree.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Dictionary<string, (int Start, int Length)> _spans = new(System.StringComparer.Ordinal);
    private readonly StringBuilder _text = new();
    private int _bytes;

    /// <summary>Sorts strings by their UTF-8 bytes: the order the runtime's binary search compares in.</summary>
    public static IComparer<string> ByteOrder { get; } = Comparer<string>.Create(CompareBytes);

    /// <summary>The text of all strings added, for the table.</summary>
    public string Text => _text.ToString();

    /// <summary>Adds <paramref name="value"/> once and returns where its bytes are.</summary>
    public (int Start, int Length) Add(string value)
    {
        if (!_spans.TryGetValue(value, out var span))
        {
            var bytes = Utf8.GetBytes(value);
            span = (_bytes, bytes.Length);
            _spans.Add(value, span);
            _text.Append(Utf8.GetString(bytes));
            _bytes += bytes.Length;
        }

        return span;
    }

    private static int CompareBytes(string left, string right)
    {
        // UTF-8 byte order is code point order, which is UTF-16 order as long as no surrogate is involved:
        // compare the strings as they are (the table sorts take a comparison per pair, so no encoding each
        // time), and encode only where a surrogate decides.
        var length = System.Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            if (left[i] != right[i])
            {
                return char.IsSurrogate(left[i]) || char.IsSurrogate(right[i]) ? CompareEncoded(left, right) : left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareEncoded(string left, string right)
    {
        var a = Utf8.GetBytes(left);
        var b = Utf8.GetBytes(right);
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
