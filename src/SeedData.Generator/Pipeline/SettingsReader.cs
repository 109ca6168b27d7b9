using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Pipeline;

/// <summary>Reads the MSBuild properties and item metadata that SeedData's props make visible to the compiler.</summary>
internal static class SettingsReader
{
    /// <summary>The item metadata that marks an AdditionalFiles item as a seed (set by buildTransitive/SeedData.props).</summary>
    public const string RoleMetadata = "build_metadata.AdditionalFiles.SeedDataRole";

    /// <summary>Per-seed opt-out of diagnostics for a seed known to be odd.</summary>
    public const string NoWarnMetadata = "build_metadata.AdditionalFiles.SeedDataNoWarn";

    /// <summary>Item metadata that pins a seed's member name (docs/naming.md).</summary>
    public const string NameMetadata = "build_metadata.AdditionalFiles.SeedDataName";

    /// <summary>Item metadata listing old member names to keep as [Obsolete] aliases, separated by ';'.</summary>
    public const string FormerNamesMetadata = "build_metadata.AdditionalFiles.SeedDataFormerNames";

    /// <summary>The seed's id and resource name as the package's build targets computed them (see <see cref="SeedIds"/>).</summary>
    public const string IdMetadata = "build_metadata.AdditionalFiles._SeedDataId";


    public static bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Seed");

    /// <summary>A file in the seeds folder that is not a seed (the props pass them on so that they are not ignored silently).</summary>
    public static bool IsGazetteer(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Gazetteer");

    public static bool IsUnknown(AdditionalText file, AnalyzerConfigOptionsProvider options) => HasRole(file, options, "Unknown");

    private static bool HasRole(AdditionalText file, AnalyzerConfigOptionsProvider options, string expected) =>
        options.GetOptions(file).TryGetValue(RoleMetadata, out var role) && string.Equals(role, expected, System.StringComparison.OrdinalIgnoreCase);

    public static SeedFileOptions ReadFile(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue(NoWarnMetadata, out var noWarn);
        fileOptions.TryGetValue(NameMetadata, out var name);
        fileOptions.TryGetValue(FormerNamesMetadata, out var former);
        fileOptions.TryGetValue(IdMetadata, out var id);
        if (string.IsNullOrWhiteSpace(noWarn) && string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(former) && string.IsNullOrEmpty(id))
        {
            return SeedFileOptions.Default;
        }

        return new SeedFileOptions(
            List(noWarn).Select(code => code.ToUpperInvariant()).ToEquatableArray(),
            string.IsNullOrWhiteSpace(name) ? null : name!.Trim(),
            List(former).ToEquatableArray(),
            string.IsNullOrEmpty(id) ? null : id);
    }

    /// <summary>A metadata list: items separated by ';' or ',', trimmed, without blanks or repeats.</summary>
    private static IEnumerable<string> List(string? value) =>
        (value ?? string.Empty).Split(new[] { ';', ',' }, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .Distinct(System.StringComparer.Ordinal);

    /// <summary>UTF-8 string literals and file-local types, which the generated code uses, came in C# 11.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    /// <summary>The page diagnostics link to (docs/diagnostics.md; <see cref="HelpLinks"/>).</summary>
    public const string HelpLinkBaseProperty = "build_property.SeedDataHelpLinkBase";

    public static (GeneratorSettings Generator, ParseSettings Parse, EquatableArray<DiagnosticInfo> Diagnostics, string? HelpLinkBase) Read(
        (AnalyzerConfigOptionsProvider Options, ParseOptions Parse) input)
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

        // As MSBuild conditions read booleans: only 'true' (any case) turns it on.
        var generateWhenEmpty = global.TryGetValue("build_property.SeedDataGenerateWhenEmpty", out var whenEmpty)
            && string.Equals(whenEmpty?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

        global.TryGetValue(HelpLinkBaseProperty, out var helpLinkBase);

        return (new GeneratorSettings(@namespace, canEmit, nameSource, generateWhenEmpty), new ParseSettings(maxLength), diagnostics.ToEquatableArray(), helpLinkBase);
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
