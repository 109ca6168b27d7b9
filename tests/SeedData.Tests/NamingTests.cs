using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Testing;
using SeedData.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tests;

/// <summary>Member names the project pins (SeedDataName) and keeps as [Obsolete] aliases (SeedDataFormerNames); docs/naming.md.</summary>
public class NamingTests
{
    private const string Body = "\n\nThe first paragraph of the article says what happened.\n";

    [Fact]
    public void A_pinned_name_replaces_the_headline_name_and_survives_headline_edits()
    {
        var seed = Seed("blinken", "US Secretary of State Blinken calls on China", name: "Blinken");
        var harness = new GeneratorHarness(new[] { seed });
        Assert.Equal(new[] { "Blinken" }, Members(harness.Run()));

        harness.EditSeed(seed.Path, "Blinken urges China to distance itself from Russia" + Body);
        Assert.Equal(new[] { "Blinken" }, Members(harness.Run()));
        Assert.Empty(Problems(harness));
    }

    [Fact]
    public void Without_a_pin_a_headline_edit_renames_the_member()
    {
        var seed = Seed("blinken", "US Secretary of State Blinken calls on China");
        var harness = new GeneratorHarness(new[] { seed });
        Assert.Equal(new[] { "USSecretaryOfStateBlinkenCallsOnChina" }, Members(harness.Run()));

        harness.EditSeed(seed.Path, "US Secretary of State Blinken calls on Beijing" + Body);
        Assert.Equal(new[] { "USSecretaryOfStateBlinkenCallsOnBeijing" }, Members(harness.Run()));
    }

    [Fact]
    public void A_former_name_compiles_as_an_obsolete_alias_that_names_the_new_member()
    {
        var seed = Seed("blinken", "US Secretary of State Blinken calls on China", formerNames: "OldBlinken; Older");
        var harness = new GeneratorHarness(new[] { seed }, userCode: "internal static class Use { public static object A => SeedData.Articles.OldBlinken; public static object B => SeedData.Articles.Older; }");
        harness.Run();

        var warnings = harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("SEED0023", w.Id));
        Assert.Contains(warnings, w => w.GetMessage().Contains("Articles.OldBlinken is now Articles.USSecretaryOfStateBlinkenCallsOnChina"));
        Assert.All(warnings, w => Assert.Equal("/project/Program.cs", w.Location.SourceTree!.FilePath));
    }

    [Fact]
    public void An_unused_former_name_costs_nothing()
    {
        var harness = new GeneratorHarness(new[] { Seed("blinken", "Blinken calls on China", name: "Blinken", formerNames: "USSecretaryOfStateBlinken") });
        harness.Run();
        Assert.Empty(Problems(harness));
    }

    [Theory]
    [InlineData("class", "keyword")]
    [InlineData("1Blinken", "not a C# identifier")]
    [InlineData("Blinken Talks", "not a C# identifier")]
    [InlineData("@Blinken", "not a C# identifier")]
    [InlineData("All", "already has a member")]
    public void An_invalid_pinned_name_is_reported_and_the_headline_name_used(string pinned, string reason)
    {
        var harness = new GeneratorHarness(new[] { Seed("blinken", "Blinken calls on China", name: pinned) });
        var result = harness.Run();

        Assert.Equal(new[] { "BlinkenCallsOnChina" }, Members(result));
        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("SEED0020", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.Equal("/project/seeds/blinken.txt", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_pinned_name_wins_over_a_headline_that_derives_the_same_name()
    {
        var harness = new GeneratorHarness(new[]
        {
            Seed("a", "Blinken"),
            Seed("b", "Blinken visits Beijing", name: "Blinken"),
        });
        var result = harness.Run();

        Assert.Equal(new[] { "Blinken", "Blinken2" }, Members(result));
        Assert.Contains("Blinken visits Beijing", GeneratedArticles.Source(GeneratorHarness.Sources(result), "Blinken"));
        Assert.Equal("SEED0101", Assert.Single(harness.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Two_seeds_pinning_one_name_are_reported_and_the_second_named_from_its_headline()
    {
        var harness = new GeneratorHarness(new[]
        {
            Seed("a", "Blinken meets Wang", name: "Talks"),
            Seed("b", "Blinken visits Beijing", name: "Talks"),
        });
        var result = harness.Run();

        Assert.Equal(new[] { "BlinkenVisitsBeijing", "Talks" }, Members(result));
        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("SEED0106", diagnostic.Id);
        Assert.Contains("'a' and 'b'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("BlinkenMeetsWang", "another seed's article has that name")]
    [InlineData("Find", "already has a member")]
    [InlineData("2Old", "not a C# identifier")]
    public void A_former_name_that_cannot_be_kept_is_reported_and_dropped(string former, string reason)
    {
        var harness = new GeneratorHarness(new[]
        {
            Seed("a", "Blinken meets Wang"),
            Seed("b", "Blinken visits Beijing", formerNames: former),
        });
        var result = harness.Run();

        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("SEED0021", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.DoesNotContain("Obsolete", GeneratedArticles.Source(GeneratorHarness.Sources(result), "BlinkenVisitsBeijing"));
        Assert.Empty(Problems(harness));
    }

    [Fact]
    public void The_same_former_name_on_two_seeds_is_kept_once()
    {
        var harness = new GeneratorHarness(new[]
        {
            Seed("a", "Blinken meets Wang", formerNames: "Talks"),
            Seed("b", "Blinken visits Beijing", formerNames: "Talks"),
        });
        harness.Run();

        Assert.Equal("SEED0021", Assert.Single(harness.GeneratorDiagnostics).Id);
        Assert.Empty(Problems(harness));
    }

    [Fact]
    public void With_SeedDataNameSource_FileName_names_come_from_file_names_and_ignore_headline_edits()
    {
        var seed = Seed("who-measles-europe", "WHO warns of sharp rise in measles cases");
        var harness = new GeneratorHarness(new[] { seed, Seed("tokyo-marathon", "Record field in Tokyo", name: "Marathon") }, new Dictionary<string, string> { ["SeedDataNameSource"] = "FileName" });
        Assert.Equal(new[] { "Marathon", "WhoMeaslesEurope" }, Members(harness.Run()));

        harness.EditSeed(seed.Path, "Measles cases rise sharply in Europe, WHO says" + Body);
        Assert.Equal(new[] { "Marathon", "WhoMeaslesEurope" }, Members(harness.Run()));
        Assert.Empty(harness.GeneratorDiagnostics);
    }

    [Fact]
    public void An_unknown_SeedDataNameSource_is_reported_and_headlines_used()
    {
        var harness = new GeneratorHarness(new[] { Seed("x", "Blinken calls on China") }, new Dictionary<string, string> { ["SeedDataNameSource"] = "Title" });
        Assert.Equal(new[] { "BlinkenCallsOnChina" }, Members(harness.Run()));
        Assert.Equal("SEED0304", Assert.Single(harness.GeneratorDiagnostics).Id);
    }

    /// <summary>The examples of docs/naming.md, so that the document stays true.</summary>
    [Theory]
    [InlineData("WHO warns of sharp rise in measles cases", "WhoWarnsOfSharpRiseInMeaslesCases")]
    [InlineData("US and EU agree on tariffs", "USAndEUAgreeOnTariffs")]
    [InlineData("China’s exports fall", "ChinasExportsFall")]
    [InlineData("2024 budget passes", "_2024BudgetPasses")]
    [InlineData("Москва: новый мост открыт", "МоскваНовыйМостОткрыт")]
    [InlineData("東京マラソン 記録的な参加者", "東京マラソン記録的な参加者")]
    [InlineData("class struct void", "ClassStructVoid")]
    [InlineData("Seven words that are long enough to pass forty characters", "SevenWordsThatAreLongEnoughToPassForty")]
    public void Headline_names_follow_the_documented_rules(string headline, string expected)
    {
        var result = new GeneratorHarness(new[] { Seed("x", headline) }).Run();
        Assert.Equal(new[] { expected }, Members(result));
    }

    [Theory]
    [InlineData("“…” !!!", "seed-2024-budget", "Seed2024Budget")]
    [InlineData("“…” !!!", "000", "_000")]
    [InlineData("All", "x", "AllArticle")]
    public void Names_fall_back_to_the_file_name_and_avoid_reserved_members(string headline, string id, string expected)
    {
        var result = new GeneratorHarness(new[] { Seed(id, headline) }).Run();
        Assert.Equal(new[] { expected }, Members(result));
    }

    private static SeedFile Seed(string id, string headline, string? name = null, string? formerNames = null)
    {
        var metadata = new Dictionary<string, string> { ["SeedDataRole"] = "Seed" };
        if (name is not null)
        {
            metadata["SeedDataName"] = name;
        }

        if (formerNames is not null)
        {
            metadata["SeedDataFormerNames"] = formerNames;
        }

        return new SeedFile("/project/seeds/" + id + ".txt", headline + Body, metadata);
    }

    /// <summary>The article members of the generated files.</summary>
    private static List<string> Members(GeneratorDriverRunResult result) => GeneratedArticles.Members(GeneratorHarness.Sources(result));

    /// <summary>Warnings and errors of the compiled code (generated and user code), not the generator's own.</summary>
    private static List<Diagnostic> Problems(GeneratorHarness harness) =>
        harness.OutputCompilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
