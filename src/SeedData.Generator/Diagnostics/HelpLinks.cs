namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Where a diagnostic's help link points: the page the MSBuild property <c>SeedDataHelpLinkBase</c> names,
/// at the diagnostic's section. The package sets the property to its own copy of docs/diagnostics.md
/// (buildTransitive/SeedData.props), so the link resolves offline and matches the installed version; a
/// project may point it at a hosted copy instead.
/// </summary>
internal static class HelpLinks
{
    /// <summary><paramref name="helpLinkBase"/>, '#', and the id in lower case (the section's anchor); empty when there is no base.</summary>
    public static string For(string? helpLinkBase, string id) =>
        string.IsNullOrWhiteSpace(helpLinkBase) ? string.Empty : helpLinkBase!.Trim() + "#" + id.ToLowerInvariant();
}
