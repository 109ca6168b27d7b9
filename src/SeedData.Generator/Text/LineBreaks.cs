namespace SeedData.Generator.Text;

/// <summary>
/// What ends a line in a seed. The same set as Roslyn's SourceText (CR, LF, CRLF, NEL, U+2028,
/// U+2029), so that the lines SeedData counts are the lines the compiler and the IDE show.
/// </summary>
internal static class LineBreaks
{
    /// <summary>Every line-break character, for <see cref="string.IndexOfAny(char[], int)"/> (the runtime's vectorised search).</summary>
    public static readonly char[] All = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    // Asked of every character of a seed: the common case (any character above CR and below NEL) is one comparison each way.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c <= '\r' ? c is '\n' or '\r' : c >= '\u0085' && c is '\u0085' or '\u2028' or '\u2029';
}
