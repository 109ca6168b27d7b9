using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>Reads the MSBuild properties and item metadata that SeedData's props make visible to the compiler.</summary>
internal static class SettingsReader
{
    /// <summary>The item metadata that marks an AdditionalFiles item as a seed (set by buildTransitive/SeedData.props).</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.SeedDataRole";

    /// <summary>Item metadata that pins a seed's member name (docs/naming.md).</summary>
    public const string NameMetadata = "build_metadata.AdditionalFiles.SeedDataName";

    /// <summary>Item metadata listing old member names to keep as [Obsolete] aliases, separated by ';'.</summary>
    public const string FormerNamesMetadata = "build_metadata.AdditionalFiles.SeedDataFormerNames";

    public static SeedNaming ReadNaming(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue(NameMetadata, out var name);
        fileOptions.TryGetValue(FormerNamesMetadata, out var former);
        return string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(former) ? SeedNaming.None : new SeedNaming(name, former);
    }

    public static bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(RoleMetadata, out var role) && string.Equals(role, "Seed", System.StringComparison.OrdinalIgnoreCase);

    public static (GeneratorSettings Generator, ParseSettings Parse, EquatableArray<DiagnosticInfo> Diagnostics) Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var global = provider.GlobalOptions;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        var @namespace = GeneratorSettings.DefaultNamespace;
        if (global.TryGetValue("build_property.SeedDataNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            configured = configured.Trim();
            if (IsValidNamespace(configured))
            {
                @namespace = configured;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, null, configured));
            }
        }

        var maxLength = ParseSettings.DefaultMaxSeedLength;
        if (global.TryGetValue("build_property.SeedDataMaxSeedLength", out var max) && !string.IsNullOrWhiteSpace(max))
        {
            if (int.TryParse(max.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                maxLength = parsed;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidMaxSeedLength, null, max, maxLength.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var nameSource = NameSource.Headline;
        if (global.TryGetValue("build_property.SeedDataNameSource", out var source) && !string.IsNullOrWhiteSpace(source))
        {
            switch (source.Trim().ToLowerInvariant())
            {
                case "headline":
                    break;
                case "filename":
                    nameSource = NameSource.FileName;
                    break;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNameSource, null, source));
                    break;
            }
        }

        return (new GeneratorSettings(@namespace, nameSource), new ParseSettings(maxLength), diagnostics.ToEquatableArray());
    }

    private static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
