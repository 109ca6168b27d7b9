namespace SeedData.Generator.Extraction.Kinds;

/// <summary>
/// 64-bit FNV-1a hashes that name a feature without building its string: a template number and its
/// value ("next word = said" is template 11 and "said"). The training tool and the generator call the
/// same code, so a weight trained for a hash is found again at build time. Text is lower-cased as it
/// is hashed (invariant culture, one character at a time), so no lower-case copy is made.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(Template template) => Mix(Offset, (int)template);

    public static ulong Of(Template template, string value) => Text(Mix(Offset, (int)template), value, 0, value.Length);

    /// <summary>The last <paramref name="length"/> characters of <paramref name="value"/> (all of it when shorter).</summary>
    public static ulong OfSuffix(Template template, string value, int length) =>
        value.Length <= length ? Of(template, value) : Text(Mix(Offset, (int)template), value, value.Length - length, length);

    public static ulong Of(Template template, int value) => Mix(Mix(Offset, (int)template), value);

    public static ulong Of(Template template, int value, int other) => Mix(Mix(Mix(Offset, (int)template), value), other);

    /// <summary>One more character of a value being hashed as it is read (the shape of a span).</summary>
    public static ulong Add(ulong hash, char c) => unchecked(((hash ^ (byte)c) * Prime ^ (byte)(c >> 8)) * Prime);

    private static ulong Mix(ulong hash, int value)
    {
        unchecked
        {
            for (var b = 0; b < 4; b++)
            {
                hash = (hash ^ (byte)(value >> (8 * b))) * Prime;
            }
        }

        return hash;
    }

    private static ulong Text(ulong hash, string value, int start, int length)
    {
        unchecked
        {
            for (var i = start; i < start + length; i++)
            {
                var c = char.ToLowerInvariant(value[i]);
                hash = ((hash ^ (byte)c) * Prime ^ (byte)(c >> 8)) * Prime;
            }
        }

        return hash;
    }
}
