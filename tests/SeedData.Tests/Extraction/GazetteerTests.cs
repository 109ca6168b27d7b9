using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Extraction;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>The user gazetteer: format, validation, effect on extraction, and incrementality.</summary>
public class GazetteerTests
{
    private const string Article = "Quarry plans split the valley\n\nResidents of Brackwater met the Zentor Collective on Monday. Despite the rain, Quill Ardent, who leads the group, spoke first. “We will not move,” Ardent said.";

    private static GazetteerResult Read(string text) =>
        GazetteerReader.Read(ImmutableArray.Create(("/project/seeds/gazetteer.txt", text)), CancellationToken.None);

    [Fact]
    public void Reads_entries_aliases_and_suppressions()
    {
        var result = Read("# comment\n\nOrganization: Zentor Collective | Zentor\nLocation: Brackwater\n-Residents\n");
        Assert.Empty(result.Diagnostics);
        var gazetteer = result.Gazetteer!;
        Assert.Equal(global::SeedData.Generator.Model.EntityKind.Organization, gazetteer.Find("Zentor")!.Kind);
        Assert.Equal("Zentor Collective", gazetteer.Find("Zentor")!.Name);
        Assert.Equal(global::SeedData.Generator.Model.EntityKind.Location, gazetteer.Find("Brackwater")!.Kind);
        Assert.True(gazetteer.IsSuppressed("Residents"));
    }

    [Theory]
    [InlineData("Company: Acme")]
    [InlineData("Person:")]
    [InlineData("Person: | ")]
    [InlineData("-")]
    [InlineData("just a name")]
    public void Reports_lines_it_does_not_understand_where_they_are(string line)
    {
        var result = Read("Location: Brackwater\n  " + line + "\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SEED0201", diagnostic.Descriptor.Id);
        Assert.Equal(2, diagnostic.Where!.Line);
        Assert.Equal(3, diagnostic.Where.Column);
        Assert.Equal(line.Trim().Length, diagnostic.Where.Length);
        Assert.Equal(global::SeedData.Generator.Model.EntityKind.Location, result.Gazetteer!.Find("Brackwater")!.Kind);
    }

    [Fact]
    public void Reports_a_name_given_twice_with_different_kinds_and_keeps_the_first()
    {
        var result = Read("Location: Georgia\nPerson: Georgia | Georgia Vance\n-Georgia\n");
        Assert.Equal(new[] { "SEED0202", "SEED0202" }, result.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal(1, result.Diagnostics[0].AlsoAt[0].Line);
        Assert.Equal(global::SeedData.Generator.Model.EntityKind.Location, result.Gazetteer!.Find("Georgia")!.Kind);
        Assert.Equal("Georgia Vance", result.Gazetteer.Find("Georgia Vance")!.Name);
    }

    [Fact]
    public void Gazetteer_entries_set_kinds_and_aliases_and_suppress_names()
    {
        var gazetteer = Read("Organization: Zentor Collective | Zentor\n-Brackwater\n").Gazetteer;
        var without = ExtractionHelper.Extract(Article).Article;
        var diagnostics = new System.Collections.Generic.List<SeedData.Generator.Diagnostics.DiagnosticInfo>();
        var with = SeedData.Generator.Pipeline.SeedReader.Read("test", "/project/seeds/test.txt", Article, diagnostics, CancellationToken.None, gazetteer).Article!;

        Assert.NotNull(without.Entity("Brackwater"));
        Assert.Null(with.Entity("Brackwater"));
        var zentor = with.Entity("Zentor Collective")!;
        Assert.Equal(global::SeedData.Generator.Model.EntityKind.Organization, zentor.Kind);
        Assert.Equal("Ardent", with.Quotes.Single().Speaker is { } s ? with.Entity(s)!.Aliases.Single() : null);
    }

    [Fact]
    public void An_unchanged_gazetteer_keeps_every_other_seed_cached()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds().Append(GeneratorHarness.RepositoryGazetteer()));
        harness.Run();
        var edited = harness.Seeds[1];
        harness.EditSeed(edited.Path, edited.GetText().ToString().Replace(" said ", " stated "));
        var second = harness.Run();

        var gazetteer = second.Results[0].TrackedSteps[TrackingNames.Gazetteer].SelectMany(s => s.Outputs).Single();
        Assert.True(gazetteer.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, gazetteer.Reason.ToString());
        var seeds = second.Results[0].TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, seeds.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(harness.Seeds.Count - 2, seeds.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_the_gazetteer_reads_the_seeds_again_and_reports_its_problems()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds().Append(GeneratorHarness.Gazetteer("Location: Bali\n")));
        harness.Run();
        harness.EditSeed("/project/seeds/gazetteer.txt", "Location: Bali\nPlanet: Mars\n");
        var second = harness.Run();

        var seeds = second.Results[0].TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.DoesNotContain(IncrementalStepRunReason.Cached, seeds);
        var problem = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == "SEED0201");
        Assert.Equal("/project/seeds/gazetteer.txt", problem.Location.GetLineSpan().Path);
        Assert.Equal(1, problem.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void The_repository_gazetteer_is_valid()
    {
        var result = Read(GeneratorHarness.RepositoryGazetteer().GetText()!.ToString());
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Gazetteer!.Count > 0);
    }

    [Theory]
    [InlineData("Brannholm, the Danish brewer, said profits rose.", "Brannholm", "Location")] // rules and model: an organisation
    [InlineData("Chicago 103 Toronto 97", "Toronto", "Location")] // the results-table rule: a team
    [InlineData("The fund was run by Maria Hale, who founded it.", "Maria Hale", "Organization")] // a known given name: a person
    public void The_gazetteer_wins_over_the_kind_model_and_every_rule(string sentence, string name, string kind)
    {
        var text = "Notes\n\nThe figures came on Monday.\n\n" + sentence;
        var expected = System.Enum.Parse<global::SeedData.Generator.Model.EntityKind>(kind);
        Assert.NotEqual(expected, ExtractionHelper.Extract(text).Article.Entity(name)?.Kind);

        var gazetteer = Read(kind + ": " + name + "\n").Gazetteer;
        var with = SeedData.Generator.Pipeline.SeedReader.Read("test", "/project/seeds/test.txt", text, new System.Collections.Generic.List<SeedData.Generator.Diagnostics.DiagnosticInfo>(), CancellationToken.None, gazetteer).Article!;
        Assert.Equal(expected, with.Entity(name)!.Kind);

        var suppressed = Read("-" + name + "\n").Gazetteer;
        var without = SeedData.Generator.Pipeline.SeedReader.Read("test", "/project/seeds/test.txt", text, new System.Collections.Generic.List<SeedData.Generator.Diagnostics.DiagnosticInfo>(), CancellationToken.None, suppressed).Article!;
        Assert.Null(without.Entity(name));
    }
}
