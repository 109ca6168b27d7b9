namespace SeedData.Generator.Model;

/// <summary>Per-seed settings from the AdditionalFiles item's metadata (see docs/diagnostics.md).</summary>
/// <param name="NoWarn">Diagnostic IDs not to report for this seed (metadata SeedDataNoWarn, separated by ';' or ',').</param>
internal sealed record SeedFileOptions(EquatableArray<string> NoWarn)
{
    public static readonly SeedFileOptions Default = new(EquatableArray<string>.Empty);
}
