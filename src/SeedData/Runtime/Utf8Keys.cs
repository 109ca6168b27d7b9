using System;
using System.Buffers;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// Binary search over keys stored as UTF-8 in generated data. The generator sorts them by their
/// UTF-8 bytes, which is the order compared here, so a lookup costs a few comparisons and decodes nothing.
/// </summary>
internal static class Utf8Keys
{
    /// <summary>
    /// Finds the first of <paramref name="count"/> sorted entries whose key equals <paramref name="key"/>.
    /// Entry <c>i</c>'s key is the (start, length) at <c>entries[i * stride + keyOffset]</c> in <paramref name="text"/>.
    /// </summary>
    /// <returns>The entry's index, or -1.</returns>
    public static int FindFirst(ReadOnlySpan<byte> text, ReadOnlySpan<int> entries, int count, int stride, string key)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = maxBytes > 256 ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[256];
            var utf8 = buffer.Slice(0, Encoding.UTF8.GetBytes(key, buffer));
            int low = 0, high = count - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var at = middle * stride;
                var order = text.Slice(entries[at], entries[at + 1]).SequenceCompareTo(utf8);
                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    // Keep going left on a match: keys may repeat (one entry per kind), and callers want the first.
                    found = order == 0 ? middle : found;
                    high = middle - 1;
                }
            }

            return found;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Decodes the key at (start, length).</summary>
    public static string Decode(ReadOnlySpan<byte> text, int start, int length) =>
        length == 0 ? string.Empty : Encoding.UTF8.GetString(text.Slice(start, length));
}
