namespace SeedData.Generator.Parsing;

/// <summary>One non-blank line of a seed, trimmed, with where it stands in the file.</summary>
/// <param name="Text">The line without leading and trailing white space.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column of the first kept character.</param>
/// <param name="FilePosition">0-based position of the first kept character.</param>
internal readonly record struct SeedLine(string Text, int Line, int Column, int FilePosition);
