using System.Collections.Generic;
using System.Text;

namespace SeedData.Generator.Emit;

/// <summary>
/// Integers and strings packed into the text of one string (an attribute's, <see cref="PackedTables"/> and the
/// article layouts), in the encoding the runtime's <c>SeedData.Runtime.PackedReader</c> reads (described
/// there). The compiler takes a string as one constant; an array initialiser of the same integers it binds,
/// converts and emits element by element, which made the generated tables most of the compiler's work (docs/performance.md).
/// </summary>
internal sealed class PackedData
{
    /// <summary>Base-32 digits; a symbol carries one digit, plus this when more digits follow.</summary>
    private const int MoreDigits = 32;

    // Lone surrogates cannot be written to UTF-8: the same replacement as the other UTF-8 texts (Utf8Pool),
    // so the byte counts written here are those of the runtime's UTF-8 encoding of the text.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly StringBuilder _text = new();

    /// <summary>The packed characters, unescaped: <see cref="Literal.String"/> writes them.</summary>
    public string Text => _text.ToString();

    /// <summary>The text holding <paramref name="values"/>'s count, then the values (what the runtime's <c>PackedReader.Ints</c> reads).</summary>
    public static string Ints(IReadOnlyCollection<int> values)
    {
        var packed = new PackedData();
        packed.Int(values.Count);
        foreach (var value in values)
        {
            packed.Int(value);
        }

        return packed.Text;
    }

    public void Int(int value)
    {
        // Zigzag, so that -1 (no text, no speaker) and ~start (a quote's next paragraph) stay short.
        var rest = (uint)((value << 1) ^ (value >> 31));
        do
        {
            var symbol = (int)(rest & (MoreDigits - 1));
            rest >>= 5;
            symbol += rest != 0 ? MoreDigits : 0;

            // Printable ASCII without '"' (0x22) and '\' (0x5C): nothing in the packed integers needs an escape.
            _text.Append((char)(symbol < 57 ? 0x23 + symbol : 0x24 + symbol));
        }
        while (rest != 0);
    }

    public void String(string value)
    {
        if (!HasSurrogate(value))
        {
            Int(Utf8.GetByteCount(value));
            _text.Append(value);
            return;
        }

        var bytes = Utf8.GetBytes(value);
        Int(bytes.Length);
        _text.Append(Utf8.GetString(bytes));
    }

    private static bool HasSurrogate(string value)
    {
        foreach (var c in value)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
