using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Corpus;

/// <summary>
/// What <see cref="ArticleIndexBuilder"/> returns: the index, and beside it the problems only the whole
/// corpus shows. The pipeline takes the two apart into separate steps, so that a new diagnostic never
/// makes the articles and the entity table, which depend on the index alone, run again.
/// </summary>
internal sealed record IndexResult(ArticleIndex Index, EquatableArray<DiagnosticInfo> Diagnostics);
