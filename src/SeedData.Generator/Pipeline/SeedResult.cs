using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Pipeline;

/// <summary>The outcome of reading one seed file: the article (null when it was skipped) and the problems found.</summary>
internal sealed record SeedResult(SeedArticle? Article, SeedKey? Key, EquatableArray<DiagnosticInfo> Diagnostics);
