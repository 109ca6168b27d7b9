namespace SeedData.Generator.Model;

/// <summary>Per-seed settings from the AdditionalFiles item's metadata.</summary>
/// <param name="NoWarn">Diagnostic IDs not to report for this seed (SeedDataNoWarn; docs/diagnostics.md).</param>
/// <param name="Name">The pinned member name (SeedDataName; docs/naming.md), or null to derive it from the headline.</param>
/// <param name="FormerNames">Old member names to keep as [Obsolete] aliases (SeedDataFormerNames).</param>
/// <param name="Id">
/// The id the package's build targets gave the seed, as it reached the compiler (the <c>_SeedDataId</c>
/// metadata: the id between <c>&lt;</c> and <c>&gt;</c>, see Parsing/SeedIds.cs), or null when
/// the seed was added without the targets: its id is then its file name without extension.
/// </param>
internal sealed record SeedFileOptions(EquatableArray<string> NoWarn, string? Name, EquatableArray<string> FormerNames, string? Id = null)
{
    public static readonly SeedFileOptions Default = new(EquatableArray<string>.Empty, null, EquatableArray<string>.Empty);
}
