namespace SeedData.Generator.Extraction;

/// <summary>
/// Finds a unit's quotation marks one after another without reading the text between them character by
/// character. The runtime searches for up to five characters at once with vector instructions, but for
/// more it builds a lookup table on every call, which cost more than the search itself on text with an
/// apostrophe every few words. So the eleven marks are three searches: the five of English news, and the
/// six others in two groups of three; each search's next hit is kept until the scan has passed it.
/// </summary>
internal struct QuoteMarkSearch
{
    private const int NotSearched = int.MinValue;

    private static readonly char[] Common = { '"', '\'', '’', '“', '”' };
    private static readonly char[] RareOpening = { '‘', '„', '«' };
    private static readonly char[] RareOther = { '»', '‹', '›' };

    private readonly string _text;

    /// <summary>Each search's next hit at or after the last position asked for, or -1 when there is none.</summary>
    private int _common;
    private int _rareOpening;
    private int _rareOther;

    public QuoteMarkSearch(string text)
    {
        _text = text;
        _common = _rareOpening = _rareOther = NotSearched;
    }

    /// <summary>The position of the first quotation mark (or apostrophe) at or after <paramref name="from"/>, or -1.</summary>
    public int Next(int from)
    {
        Advance(ref _common, Common, from);
        Advance(ref _rareOpening, RareOpening, from);
        Advance(ref _rareOther, RareOther, from);
        return First(First(_common, _rareOpening), _rareOther);
    }

    private void Advance(ref int next, char[] marks, int from)
    {
        if (next != -1 && next < from)
        {
            next = from < _text.Length ? _text.IndexOfAny(marks, from) : -1;
        }
    }

    private static int First(int a, int b) => a < 0 ? b : b < 0 ? a : a < b ? a : b;
}
