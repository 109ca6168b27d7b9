using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Testing;
using SeedData.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tests;

/// <summary>The generated code compiles clean (warnings as errors, nullable, XML docs) and matches the snapshots.</summary>
public class GeneratedCodeTests
{
    [Fact]
    public void Repository_seeds_compile_without_any_diagnostic()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds(), userCode: ConsumerCode);
        harness.Run();

        var problems = harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(GeneratorHarness.RepositorySeeds().Count() + 4, harness.OutputCompilation!.SyntaxTrees.Count() - 1);
    }

    [Fact]
    public void Original_seed_snapshot()
    {
        var seed = GeneratorHarness.RepositorySeeds().First(s => s.Path.EndsWith("000_e95d443ff1a0138e.txt"));
        var harness = new GeneratorHarness(new[] { seed });
        var sources = GeneratorHarness.Sources(harness.Run());

        foreach (var (hintName, text) in sources.OrderBy(s => s.Key))
        {
            Snapshot.Match(text, "Original." + hintName.Replace(".g.cs", string.Empty));
        }
    }

    [Fact]
    public void Output_is_identical_for_any_input_order()
    {
        var seeds = GeneratorHarness.RepositorySeeds().ToArray();
        var forward = GeneratorHarness.Sources(new GeneratorHarness(seeds).Run());
        var backward = GeneratorHarness.Sources(new GeneratorHarness(seeds.Reverse()).Run());

        Assert.Equal(forward.OrderBy(s => s.Key), backward.OrderBy(s => s.Key));
    }

    [Fact]
    public void SeedDataNamespace_moves_the_generated_classes_and_they_still_compile_clean()
    {
        var harness = new GeneratorHarness(
            GeneratorHarness.RepositorySeeds(),
            new System.Collections.Generic.Dictionary<string, string> { ["SeedDataNamespace"] = "Contoso.News" },
            "internal static class Use { public static int Count => Contoso.News.Articles.All.Count + Contoso.News.Entities.All.Count; }");
        harness.Run();

        Assert.Empty(harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotNull(harness.OutputCompilation!.GetTypeByMetadataName("Contoso.News.Articles"));
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("SeedData.Articles"));
    }

    /// <summary>Uses the public API the way a consumer does, so that the API itself is compiled too.</summary>
    private const string ConsumerCode = """
        using System.Linq;
        using SeedData;

        internal static class Consumer
        {
            public static string? FirstSpeaker() => Articles.All[0].Quotes.FirstOrDefault()?.Speaker?.Name;

            public static int Count() => Articles.All.Count + Entities.All.Count;

            public static Article? ById() => Articles.Find("000_e95d443ff1a0138e");

            public static Entity? Blinken() => Entities.Find("Blinken");
        }
        """;
}
