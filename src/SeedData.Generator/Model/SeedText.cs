using System;

namespace SeedData.Generator.Model;

/// <summary>Where one source line of a text unit starts: its offset in the unit and its place in the file.</summary>
/// <param name="Offset">Offset of the line's first character within <see cref="SeedText.Text"/>.</param>
/// <param name="Line">1-based line in the seed file.</param>
/// <param name="Column">1-based column in the seed file.</param>
/// <param name="FilePosition">0-based character position in the seed file.</param>
internal readonly record struct LineStart(int Offset, int Line, int Column, int FilePosition);

/// <summary>
/// A piece of article text (a headline, a paragraph, ...) with the map back to the seed file, so that
/// quotes get their line and diagnostics their exact span. A unit made of several source lines has
/// them joined with single spaces (see docs/seed-format.md).
/// </summary>
internal sealed record SeedText(string Text, EquatableArray<LineStart> Lines)
{
    public int Line => Lines[0].Line;

    /// <summary>Maps an offset within <see cref="Text"/> back to the seed file.</summary>
    public FilePoint Locate(int offset)
    {
        var start = Lines[LineIndexAt(offset)];
        var delta = Math.Max(0, offset - start.Offset);
        return new FilePoint(start.Line, start.Column + delta, start.FilePosition + delta);
    }

    /// <summary>
    /// The index in <see cref="Lines"/> of the line holding <paramref name="offset"/> (or whose joining
    /// space it is): the last line starting at or before it. A binary search, so that a paragraph of
    /// many lines with a quote on each stays linear.
    /// </summary>
    public int LineIndexAt(int offset)
    {
        int low = 0, high = Lines.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (Lines[middle].Offset <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}

/// <summary>A point in a seed file: 1-based line and column, and the 0-based character position.</summary>
internal readonly record struct FilePoint(int Line, int Column, int Position);
