using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Diagnostics;

/// <summary>The diagnostics catalog: unique IDs, each documented, tracked and linked to its section.</summary>
public class CatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        Assert.NotEmpty(Descriptors);
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.Matches("^SEED[0-9]{4}$", d.Id));
    }

    [Fact]
    public void Every_id_has_a_documented_section_a_table_row_and_a_help_link_to_it()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains("\n## " + descriptor.Id + "\n", docs);
            Assert.Contains("| [" + descriptor.Id + "](#" + descriptor.Id.ToLowerInvariant() + ") | " + descriptor.DefaultSeverity + " | " + descriptor.Title + " |", docs);
            Assert.EndsWith("/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_id_is_in_release_tracking_with_its_category_and_severity()
    {
        var folder = Path.Combine(Repository.Root, "src", "SeedData.Generator");
        var tracked = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", tracked);
        }
    }

    [Fact]
    public void Messages_name_the_problem_and_titles_are_short()
    {
        Assert.All(Descriptors, d =>
        {
            Assert.True(d.Title.ToString().Length <= 60, d.Id);
            Assert.True(d.MessageFormat.ToString().Length >= 30, d.Id);
            Assert.True(d.IsEnabledByDefault, d.Id);
        });
    }
}
