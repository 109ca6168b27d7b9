using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// A span of a seed file, as plain data. <see cref="Location"/> objects are not equatable across
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

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line - 1, Column - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
}

/// <summary>A diagnostic to report, as equatable data (see <see cref="SeedSpan"/>).</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    SeedSpan? Where,
    EquatableArray<string> Arguments,
    EquatableArray<SeedSpan> AlsoAt)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SeedSpan? where, params string[] arguments) =>
        new(descriptor, where, arguments.ToEquatableArray(), EquatableArray<SeedSpan>.Empty);

    public Diagnostic ToDiagnostic()
    {
        var additional = new Location[AlsoAt.Count];
        for (var i = 0; i < additional.Length; i++)
        {
            additional[i] = AlsoAt[i].ToLocation();
        }

        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Where?.ToLocation() ?? Location.None, additional, arguments);
    }
}
