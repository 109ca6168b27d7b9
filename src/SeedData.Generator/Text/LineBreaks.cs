namespace SeedData.Generator.Text;

/// <summary>
/// What ends a line in a seed. The same set as Roslyn's SourceText (CR, LF, CRLF, NEL, U+2028,
/// U+2029), so that the lines SeedData counts are the lines the compiler and the IDE show.
/// </summary>
internal static class LineBreaks
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
