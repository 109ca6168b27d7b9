using System;
using System.Linq;
using System.Text;
using SeedData.Generator.Emit;
using Xunit;

namespace SeedData.Tests.Runtime;

/// <summary>
/// The generated id and name tables are sorted by UTF-8 bytes, the order the runtime's binary search
/// compares in. The generator's comparison compares characters and encodes only where a surrogate
/// decides; it must agree with comparing the encoded bytes on every pair.
/// </summary>
public class Utf8OrderTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [Fact]
    public void Byte_order_agrees_with_comparing_the_encoded_bytes()
    {
        // BMP letters, the private-use and specials area above the surrogates, pairs, lone halves, prefixes.
        var pieces = new[] { "a", "z", "é", "\uE000", "\uFFFD", "\uFFFF", "\U0001F600", "\U00010000", "\uD800", "\uDC00", "\uD83D", "" };
        var strings = pieces.SelectMany(a => pieces.Select(b => a + b)).Distinct().ToList();
        foreach (var left in strings)
        {
            foreach (var right in strings)
            {
                var expected = Math.Sign(Utf8.GetBytes(left).AsSpan().SequenceCompareTo(Utf8.GetBytes(right)));
                var actual = Math.Sign(Utf8Pool.ByteOrder.Compare(left, right));
                Assert.True(expected == actual, $"{Escape(left)} vs {Escape(right)}: {actual}, bytes say {expected}");
            }
        }
    }

    private static string Escape(string value) => string.Concat(value.Select(c => $"\\u{(int)c:X4}"));
}
