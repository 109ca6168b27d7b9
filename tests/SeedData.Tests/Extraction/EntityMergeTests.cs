using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>Entities.All is deduplicated across articles, through the knowledge base and short forms.</summary>
public class EntityMergeTests
{
    private static EntityTable Table(params string[] texts)
    {
        var results = texts.Select((text, i) => SeedReader.Read("a" + i, "/project/seeds/a" + i + ".txt", text, new List<DiagnosticInfo>(), CancellationToken.None)).ToList();
        var index = ArticleIndexBuilder.Build(results.Select(r => r.Key!).ToImmutableArray(), "SeedData").Index;
        return EntityTableBuilder.Build(results.Select(r => ArticleEntities.From(r.Article!)).ToImmutableArray(), index);
    }

    [Fact]
    public void A_surname_in_one_article_is_the_full_name_of_another()
    {
        var table = Table(
            "Antony Blinken flies to Beijing\n\nUS Secretary of State Antony Blinken arrived in Beijing on Monday.",
            "Talks end without a deal\n\nThe talks ended on Tuesday. “We made progress,” Blinken said after the meeting.");
        var people = table.Entities.Where(e => e.Name.Contains("Blinken")).ToList();
        var blinken = Assert.Single(people);
        Assert.Equal("Antony Blinken", blinken.Name);
        Assert.Equal(new[] { 0, 1 }, blinken.Articles);
        Assert.Single(blinken.Quotes);
    }

    [Fact]
    public void A_merged_name_of_another_kind_still_resolves_to_the_same_entity_in_the_generated_code()
    {
        var harness = new SeedData.Testing.GeneratorHarness(new[]
        {
            SeedData.Testing.SeedFile.Named("a0", "Antony Blinken flies to Beijing\n\nUS Secretary of State Antony Blinken arrived in Beijing on Monday."),
            SeedData.Testing.SeedFile.Named("a1", "Talks end without a deal\n\nThe talks ended on Tuesday. “We made progress,” the Blinken group said."),
        });
        harness.Run();
        Assert.Empty(harness.CompilationDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

        // The case under test: the article alone could not tell that "Blinken" is a person (an organisation noun
        // after it types it an organisation whatever the kind model says).
        var talks = SeedReader.Read("a1", harness.Seeds[1].Path, harness.Seeds[1].GetText()!.ToString(), new List<DiagnosticInfo>(), CancellationToken.None).Article!;
        Assert.Equal(Generator.Model.EntityKind.Organization, Assert.Single(talks.Entities, e => e.Name == "Blinken").Kind);
        Assert.Equal("Blinken", talks.Quotes.Single().Speaker);

        // Run the generated code: the quote's speaker is the very entity in Entities.All.
        using var stream = new System.IO.MemoryStream();
        Assert.True(harness.Emit(stream).Success);
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var all = (System.Collections.Generic.IReadOnlyList<SeedData.Entity>)assembly.GetType("SeedData.Entities")!.GetProperty("All", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var articles = (System.Collections.Generic.IReadOnlyList<SeedData.Article>)assembly.GetType("SeedData.Articles")!.GetProperty("All", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        var blinken = all.Single(e => e.Name == "Antony Blinken");
        Assert.Same(blinken, articles[1].Quotes.Single().Speaker);
        Assert.Same(blinken, Assert.Single(articles[1].Entities, e => e.Name == "Antony Blinken"));
        Assert.Equal(new[] { "a0", "a1" }, blinken.ArticleIds);
        Assert.Same(articles[1].Quotes.Single(), Assert.Single(blinken.Quotes));
    }

    [Fact]
    public void Country_names_and_abbreviations_are_one_entity()
    {
        var table = Table(
            "Trade talks resume\n\nOfficials from the US and Mexico met in Geneva on Monday.",
            "Tariffs rise again\n\nThe USA raised tariffs on steel on Tuesday.",
            "Election results delayed\n\nVoters in the United States of America waited for results.");
        var country = Assert.Single(table.Entities, e => e.Name == "United States");
        Assert.Equal(new[] { 0, 1, 2 }, country.Articles);
        Assert.DoesNotContain(table.Entities, e => e.Name is "US" or "USA" or "United States of America");
    }

    [Fact]
    public void An_acronym_in_one_article_is_the_organisation_of_another()
    {
        var table = Table(
            "Board meets on rates\n\nThe Federal Planning Commission of Utopia met on Monday.",
            "Rates unchanged\n\nThe FPCU kept rates on hold, the statement said.");
        Assert.Single(table.Entities, e => e.Name == "Federal Planning Commission of Utopia");
        Assert.DoesNotContain(table.Entities, e => e.Name == "FPCU");
    }
}
