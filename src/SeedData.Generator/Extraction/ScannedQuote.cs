using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>One piece of a quote inside one unit: the text runs from <see cref="Start"/> to <see cref="End"/>.</summary>
/// <param name="Unit">Index of the unit in reading order.</param>
/// <param name="MarkStart">Offset of the opening mark, or -1 when the piece continues a quote from the previous unit without a mark.</param>
/// <param name="Start">Offset of the first character of the quoted text.</param>
/// <param name="End">Offset just past the quoted text.</param>
/// <param name="MarkEnd">Offset just past the closing mark, or <see cref="End"/> when the piece has none.</param>
internal readonly record struct QuotePart(int Unit, int MarkStart, int Start, int End, int MarkEnd);

/// <summary>A direct quotation as the scanner found it; the speaker is resolved later.</summary>
internal sealed class ScannedQuote
{
    public ScannedQuote(List<QuotePart> parts, string text, int line)
    {
        Parts = parts;
        Text = text;
        Line = line;
    }

    public List<QuotePart> Parts { get; }

    public string Text { get; }

    public int Line { get; }

    public QuotePart First => Parts[0];

    public QuotePart Last => Parts[Parts.Count - 1];
}
