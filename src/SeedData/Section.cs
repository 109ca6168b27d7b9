using System.Collections.Generic;

namespace SeedData;

/// <summary>A run of body paragraphs, under a heading unless it is the section before the first heading.</summary>
/// <param name="Heading">The heading line, or <see langword="null"/> for the opening section.</param>
/// <param name="Paragraphs">The paragraphs, in reading order.</param>
public sealed record Section(string? Heading, IReadOnlyList<string> Paragraphs);
