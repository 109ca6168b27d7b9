using SeedData.Generator.Extraction.Text;

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

    /// <summary>The hash of each template number on its own, where every feature's hash starts.</summary>
    private static readonly ulong[] Starts = TemplateStarts();

    /// <summary>
    /// The templates whose value is a word's text (or a function of it alone), in the order of a word's
    /// cache (<see cref="Word.FeatureHashes"/>). FNV-1a starts from the template, so a word's hash
    /// cannot be shared between templates: each is kept apart.
    /// </summary>
    private static readonly Template[] WordTemplates =
    {
        Template.Word, Template.FirstWord, Template.LastWord, Template.Previous, Template.BeforePrevious, Template.Next,
        Template.AfterNext, Template.PreviousAndShape, Template.NextAndLength, Template.LastSuffix, Template.FirstSuffix,
        Template.AppositionHead, Template.Connector,
    };

    /// <summary>Each template's place in a word's cache, by template number; -1 for templates not kept.</summary>
    private static readonly sbyte[] WordSlots = Slots(WordTemplates);

    public static ulong Of(Template template) => Start(template);

    public static ulong Of(Template template, string value) => Text(Start(template), value, 0, value.Length);

    /// <summary>
    /// <see cref="Of(Template, string)"/> of a value that, for this template, depends on <paramref name="word"/>
    /// alone (its text, or "&lt;num&gt;" for every number): worked out once per word and template, then kept on the word.
    /// </summary>
    public static ulong Of(Template template, Word word, string value)
    {
        var cache = Cache(template, word);
        if (cache is null)
        {
            return Of(template, value);
        }

        ref var hash = ref cache[WordSlots[(int)template]];
        return hash != 0 ? hash : hash = Of(template, value);
    }

    /// <summary>The last <paramref name="length"/> characters of <paramref name="value"/> (all of it when shorter).</summary>
    public static ulong OfSuffix(Template template, string value, int length) =>
        value.Length <= length ? Of(template, value) : Text(Start(template), value, value.Length - length, length);

    /// <summary><see cref="OfSuffix(Template, string, int)"/> of a word's text, kept on the word (one suffix length per template).</summary>
    public static ulong OfSuffix(Template template, Word word, int length)
    {
        var cache = Cache(template, word);
        if (cache is null)
        {
            return OfSuffix(template, word.Text, length);
        }

        ref var hash = ref cache[WordSlots[(int)template]];
        return hash != 0 ? hash : hash = OfSuffix(template, word.Text, length);
    }

    public static ulong Of(Template template, int value) => Mix(Start(template), value);

    public static ulong Of(Template template, int value, int other) => Mix(Mix(Start(template), value), other);

    /// <summary>One more character of a value being hashed as it is read (the shape of a span).</summary>
    public static ulong Add(ulong hash, char c) => unchecked(((hash ^ (byte)c) * Prime ^ (byte)(c >> 8)) * Prime);

    private static ulong Start(Template template) =>
        (uint)template < (uint)Starts.Length ? Starts[(int)template] : Mix(Offset, (int)template);

    /// <summary>The word's cache of hashes when <paramref name="template"/> has a place in it, else null (a hash of 0 is simply never kept).</summary>
    private static ulong[]? Cache(Template template, Word word) =>
        (uint)template < (uint)WordSlots.Length && WordSlots[(int)template] >= 0
            ? word.FeatureHashes ??= new ulong[WordTemplates.Length]
            : null;

    private static ulong[] TemplateStarts()
    {
        var starts = new ulong[64];
        for (var t = 0; t < starts.Length; t++)
        {
            starts[t] = Mix(Offset, t);
        }

        return starts;
    }

    private static sbyte[] Slots(Template[] templates)
    {
        var slots = new sbyte[64];
        for (var t = 0; t < slots.Length; t++)
        {
            slots[t] = -1;
        }

        for (var i = 0; i < templates.Length; i++)
        {
            slots[(int)templates[i]] = (sbyte)i;
        }

        return slots;
    }

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
