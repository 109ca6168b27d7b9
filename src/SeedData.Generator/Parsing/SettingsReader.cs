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

    /// <summary>Per-seed opt-out of diagnostics for a seed known to be odd.</summary>
    public const string NoWarnMetadata = "build_metadata.AdditionalFiles.SeedDataNoWarn";

    public static bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Seed");

    /// <summary>A file in the seeds folder that is not a seed (the props pass them on so that they are not ignored silently).</summary>
    public static bool IsGazetteer(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Gazetteer");

    public static bool IsUnknown(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Unknown");

    private static bool HasRole(AdditionalText file, AnalyzerConfigOptionsProvider options, string expected) =>
        options.GetOptions(file).TryGetValue(RoleMetadata, out var role) && string.Equals(role, expected, System.StringComparison.OrdinalIgnoreCase);

    public static SeedFileOptions ReadFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (!options.GetOptions(file).TryGetValue(NoWarnMetadata, out var noWarn) || string.IsNullOrWhiteSpace(noWarn))
        {
            return SeedFileOptions.Default;
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var id in noWarn.Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (id.Trim().Length > 0)
            {
                ids.Add(id.Trim().ToUpperInvariant());
            }
        }

        return new SeedFileOptions(ids.ToEquatableArray());
    }

    /// <summary>UTF-8 string literals and file-local types, which the generated code uses, came in C# 11.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    public static (GeneratorSettings Generator, ParseSettings Parse, EquatableArray<DiagnosticInfo> Diagnostics) Read(
        (AnalyzerConfigOptionsProvider Options, ParseOptions Parse) input,
        System.Threading.CancellationToken cancellationToken)
    {
        var global = input.Options.GlobalOptions;
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        var canEmit = true;
        if (input.Parse is CSharpParseOptions csharp && csharp.LanguageVersion < MinimumLanguageVersion)
        {
            canEmit = false;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooLow, null, csharp.LanguageVersion.ToDisplayString()));
        }

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

        return (new GeneratorSettings(@namespace, canEmit), new ParseSettings(maxLength), diagnostics.ToEquatableArray());
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
