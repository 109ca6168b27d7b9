namespace SeedData.Generator.Model;

/// <summary>
/// A span of a seed file, as plain data. Roslyn's <c>Location</c> objects are not equatable across
/// runs, so the pipeline carries this and builds the location only when reporting.
/// </summary>
internal sealed record SeedSpan(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span covering <paramref name="length"/> characters from <paramref name="start"/>, on one line.</summary>
    public static SeedSpan At(string filePath, FilePoint start, int length) =>
        new(filePath, start.Position, length, start.Line, start.Column, start.Line, start.Column + length);

    /// <summary>A span covering the whole of one text unit's first line, or less.</summary>
    public static SeedSpan Of(string filePath, SeedText text, int offset = 0, int length = -1)
    {
        var start = text.Locate(offset);
        if (length < 0)
        {
            var lineEnd = text.Lines.Count > 1 ? text.Lines[1].Offset - 1 : text.Text.Length;
            length = System.Math.Max(0, lineEnd - offset);
        }

        return At(filePath, start, length);
    }

    /// <summary>The start of a file, for problems with the file as a whole.</summary>
    public static SeedSpan FileStart(string filePath) => new(filePath, 0, 0, 1, 1, 1, 1);
}
