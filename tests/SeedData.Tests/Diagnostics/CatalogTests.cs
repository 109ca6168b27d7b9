using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Diagnostics;

/// <summary>
/// The diagnostics catalog: every SEED id is in it once, documented with its exact message, tracked, and
/// linked to its section through the one help-link base.
/// </summary>
public class CatalogTests
{
    private static readonly IReadOnlyList<DescriptorInfo> Descriptors = DiagnosticDescriptors.All;

    private static readonly string Docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        Assert.True(Descriptors.Count >= 30, "catalog is too small: " + Descriptors.Count);
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.Matches("^SEED[0-9]{4}$", d.Id));
    }

    [Fact]
    public void Ids_are_numbered_in_the_range_of_their_category()
    {
        // SEED00xx one seed, SEED01xx across seeds, SEED02xx the gazetteer, SEED03xx configuration, SEED04xx code using the dataset; SEED9999 is the internal failure.
        var ranges = new Dictionary<string, string>
        {
            ["SeedData.Corpus"] = "SEED01",
            ["SeedData.Gazetteer"] = "SEED02",
            ["SeedData.Configuration"] = "SEED03",
            ["SeedData.Usage"] = "SEED04",
        };
        foreach (var descriptor in Descriptors.Where(d => d.Id != "SEED9999"))
        {
            var expected = ranges.TryGetValue(descriptor.Category, out var prefix) ? prefix : "SEED00";
            Assert.True(descriptor.Id.StartsWith(expected, StringComparison.Ordinal), $"{descriptor.Id} ({descriptor.Category}) belongs in {expected}xx");
        }
    }

    [Fact]
    public void Every_SEED_id_the_repository_mentions_is_in_the_catalog()
    {
        var root = Repository.Root;
        var known = Descriptors.Select(d => d.Id).ToHashSet();
        var files = new[] { "src", "docs" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Where(path => path.EndsWith(".cs") || path.EndsWith(".md") || path.EndsWith(".props") || path.EndsWith(".targets"))
            .Append(Path.Combine(root, "README.md"));

        foreach (var path in files)
        {
            foreach (Match id in Regex.Matches(File.ReadAllText(path), @"\bSEED[0-9]{4}\b"))
            {
                Assert.True(known.Contains(id.Value), $"{path} mentions {id.Value}, which is not in the catalog");
            }
        }
    }

    [Fact]
    public void Every_id_has_a_documented_section_that_quotes_its_message_and_a_table_row()
    {
        var sections = Regex.Matches(Docs, @"^## (SEED[0-9]{4})\n\n> `([^`]*)`\n", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        foreach (var descriptor in Descriptors)
        {
            Assert.True(sections.TryGetValue(descriptor.Id, out var quoted), $"docs/diagnostics.md has no '## {descriptor.Id}' section opening with the message quoted as > `...`");
            Assert.Equal(descriptor.MessageFormat, quoted);
            var severity = descriptor.ReportedBy switch
            {
                ReportedBy.Compiler => descriptor.Severity + " (compiler)",
                ReportedBy.MSBuild => descriptor.Severity + " (MSBuild)",
                _ => descriptor.Severity.ToString(),
            };
            Assert.Contains("| [" + descriptor.Id + "](#" + descriptor.Id.ToLowerInvariant() + ") | " + severity + " | " + descriptor.Title + " |", Docs);
        }

        Assert.Equal(Descriptors.Count, Regex.Matches(Docs, @"^## SEED[0-9]{4}$", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void The_generators_ids_and_only_they_are_in_release_tracking_with_category_and_severity()
    {
        var folder = Path.Combine(Repository.Root, "src", "SeedData.Generator", "Diagnostics");
        var tracked = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        var lines = Regex.Matches(tracked, @"^(SEED[0-9]{4}) \| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Category: m.Groups[2].Value.Trim(), Severity: m.Groups[3].Value.Trim()))
            .ToList();

        var reported = Descriptors.Where(d => d.ReportedBy == ReportedBy.Generator).ToList();
        Assert.Equal(reported.Select(d => (d.Id, d.Category, d.Severity.ToString())).OrderBy(l => l.Id), lines.OrderBy(l => l.Id));
    }

    [Fact]
    public void The_MSBuild_targets_report_SEED0300_with_the_catalogs_message()
    {
        var targets = File.ReadAllText(Path.Combine(Repository.Root, "src", "SeedData", "buildTransitive", "SeedData.targets"));
        var error = Regex.Match(targets, @"Code=""SEED0300""\s+Text=""([^""]*)""");
        Assert.True(error.Success, "SeedData.targets has no SEED0300 error");

        var expected = string.Format(DiagnosticDescriptors.CompilerTooOld.MessageFormat, "$(_SeedDataMinimumCompiler)", "$(CompilerApiVersion)");
        Assert.Equal(expected, error.Groups[1].Value);
    }

    [Fact]
    public void Messages_name_the_problem_and_titles_are_short()
    {
        Assert.All(Descriptors, d =>
        {
            Assert.True(d.Title.Length <= 60, d.Id);
            Assert.True(d.MessageFormat.Length >= 30, d.Id);
        });
    }

    [Fact]
    public void Help_links_go_to_the_section_under_the_configured_base_and_nowhere_without_one()
    {
        var seed = SeedFile.Named("empty", string.Empty);
        var configured = new GeneratorHarness(new[] { seed }, new Dictionary<string, string> { ["SeedDataHelpLinkBase"] = "https://docs.example.org/seeddata/diagnostics.md" });
        configured.Run();
        var diagnostic = Assert.Single(configured.GeneratorDiagnostics, d => d.Id == "SEED0001");
        Assert.Equal("https://docs.example.org/seeddata/diagnostics.md#seed0001", diagnostic.Descriptor.HelpLinkUri);

        var unconfigured = GeneratorHarness.RunOnce(seed);
        Assert.Equal(string.Empty, Assert.Single(unconfigured.GeneratorDiagnostics, d => d.Id == "SEED0001").Descriptor.HelpLinkUri);

        foreach (var descriptor in Descriptors)
        {
            Assert.Equal("file:///p/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.ToDescriptor("file:///p/docs/diagnostics.md").HelpLinkUri);
        }
    }

    [Fact]
    public void No_link_points_at_the_address_nobody_serves()
    {
        var root = Repository.Root;
        var files = new[] { "src", "docs", "tests", "tools" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .Where(path => path.EndsWith(".cs") || path.EndsWith(".md") || path.EndsWith(".props") || path.EndsWith(".targets") || path.EndsWith(".csproj"))
            .Append(Path.Combine(root, "README.md"));
        foreach (var path in files)
        {
            Assert.DoesNotContain("github.com/" + "seeddata/seeddata", File.ReadAllText(path));
        }
    }
}
