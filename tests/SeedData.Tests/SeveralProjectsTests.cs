using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// Several projects (docs/naming.md#several-projects): a project without seeds generates nothing unless
/// it asks (SeedDataGenerateWhenEmpty), so a test project sees its library's dataset; a project with seeds
/// that also sees a library's dataset in the same namespace through InternalsVisibleTo gets SEED0110, and
/// SeedDataNamespace in either project removes the clash.
/// </summary>
public class SeveralProjectsTests
{
    private const string LibrarySeed = """
        Port workers in Rotterdam end strike after pay deal

        Dock workers at Europe’s largest port returned to work on Friday. “We got what we came for,” said union leader Marieke Jansen.
        """;

    private const string ConsumerSeed = """
        Harbour ferries resume after storm in Hamburg

        Ferries crossed the Elbe again on Monday, the operator said.
        """;

    private const string GrantToConsumer = "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]";

    [Fact]
    public void A_project_without_seeds_generates_no_dataset()
    {
        var harness = new GeneratorHarness(new[] { GeneratorHarness.Gazetteer("Person: Marieke Jansen") });
        var sources = GeneratorHarness.Sources(harness.Run());

        Assert.Empty(sources);
        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Null(harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles"));
        Assert.Null(harness.OutputCompilation.GetTypeByMetadataName("SeedData.Entities"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" True ", true)]
    [InlineData("false", false)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    public void SeedDataGenerateWhenEmpty_true_generates_an_empty_dataset_that_compiles_clean(string value, bool generates)
    {
        var harness = new GeneratorHarness(
            new SeedFile[0],
            new Dictionary<string, string> { ["SeedDataGenerateWhenEmpty"] = value },
            generates ? "internal static class Use { public static int Count => SeedData.Articles.All.Count + SeedData.Entities.All.Count + (SeedData.Articles.Find(\"x\") is null ? 0 : 1); }" : string.Empty);
        var sources = GeneratorHarness.Sources(harness.Run());

        if (generates)
        {
            Assert.Equal(new[] { "Articles.g.cs", "Entities.g.cs", "SeedDataKeys.Articles.g.cs", "SeedDataKeys.Entities.g.cs" }, sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        }
        else
        {
            Assert.Empty(sources);
        }

        Assert.Empty(harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_project_whose_seeds_all_fail_still_gets_its_dataset()
    {
        // It has seeds, so code that uses Articles keeps compiling while the seed's own error says what is wrong.
        var harness = new GeneratorHarness(new[] { SeedFile.Named("empty", string.Empty) }, userCode: "internal static class Use { public static int Count => SeedData.Articles.All.Count; }");
        var sources = GeneratorHarness.Sources(harness.Run());

        Assert.Contains("Articles.g.cs", sources.Keys);
        Assert.Contains(harness.GeneratorDiagnostics, d => d.Id == "SEED0001");
        Assert.Empty(harness.OutputCompilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_test_project_without_seeds_uses_its_library_dataset_without_CS0436()
    {
        var library = Library(GrantToConsumer);
        var tests = new GeneratorHarness(
            new SeedFile[0],
            userCode: "internal static class Use { public static int Count => SeedData.Articles.All.Count + SeedData.Entities.All.Count; public static SeedData.Article First => SeedData.Articles.PortWorkersInRotterdamEndStrikeAfterPay; }",
            extraReferences: new[] { library });
        var sources = GeneratorHarness.Sources(tests.Run());

        Assert.Empty(sources);
        var problems = tests.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal("Lib", tests.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_project_with_seeds_that_sees_a_library_dataset_through_InternalsVisibleTo_gets_SEED0110_and_nothing_in_generated_code()
    {
        var consumer = new GeneratorHarness(new[] { SeedFile.Named("hamburg", ConsumerSeed) }, extraReferences: new[] { Library(GrantToConsumer) });
        consumer.Run();

        var diagnostic = Assert.Single(consumer.GeneratorDiagnostics);
        Assert.Equal("SEED0110", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            "Assembly 'Lib' has SeedData's SeedData.Articles and SeedData.Entities too, and grants this project access to them (InternalsVisibleTo): this project's own classes hide them and code that uses them gets CS0436. Set <SeedDataNamespace> in one of the two projects so that each dataset has its own namespace.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // The generated code means this project's classes, as the compiler does: no CS0436 inside it.
        var problems = consumer.OutputCompilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Lib.Data", null)]
    [InlineData(null, "Consumer.Data")]
    public void SeedDataNamespace_in_either_project_removes_the_clash(string? libraryNamespace, string? consumerNamespace)
    {
        var library = Library(GrantToConsumer, libraryNamespace);
        var libraryArticles = (libraryNamespace ?? "SeedData") + ".Articles";
        var consumerArticles = (consumerNamespace ?? "SeedData") + ".Articles";
        var consumer = new GeneratorHarness(
            new[] { SeedFile.Named("hamburg", ConsumerSeed) },
            consumerNamespace is null ? null : new Dictionary<string, string> { ["SeedDataNamespace"] = consumerNamespace },
            $"internal static class Use {{ public static string Both => {libraryArticles}.PortWorkersInRotterdamEndStrikeAfterPay.Headline + {consumerArticles}.HarbourFerriesResumeAfterStormInHamburg.Headline; }}",
            extraReferences: new[] { library });
        consumer.Run();

        var problems = consumer.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_library_that_grants_no_access_is_no_clash()
    {
        var consumer = new GeneratorHarness(
            new[] { SeedFile.Named("hamburg", ConsumerSeed) },
            userCode: "internal static class Use { public static int Count => SeedData.Articles.All.Count; }",
            extraReferences: new[] { Library(grant: string.Empty) });
        consumer.Run();

        Assert.Empty(consumer.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Editing_code_keeps_the_dataset_decision_and_the_clash_check_cached()
    {
        var consumer = new GeneratorHarness(new[] { SeedFile.Named("hamburg", ConsumerSeed) }, userCode: "class A { }", extraReferences: new[] { Library(GrantToConsumer) });
        consumer.Run();
        consumer.EditCode("/project/Program.cs", "class A { int x; }");
        var second = consumer.Run();

        Assert.Equal(IncrementalStepRunReason.Cached, second.Results[0].TrackedSteps[TrackingNames.Dataset].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.Results[0].TrackedSteps[TrackingNames.ReferencedDatasets].Single().Outputs.Single().Reason);
        Assert.All(second.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(consumer.GeneratorDiagnostics, d => d.Id == "SEED0110");
    }

    /// <summary>A library named Lib with one seed, built with the generator, as a reference.</summary>
    private static MetadataReference Library(string grant, string? @namespace = null)
    {
        var library = new GeneratorHarness(
            new[] { SeedFile.Named("rotterdam", LibrarySeed) },
            @namespace is null ? null : new Dictionary<string, string> { ["SeedDataNamespace"] = @namespace },
            grant,
            trackSteps: false,
            assemblyName: "Lib");
        library.Run();
        using var image = new MemoryStream();
        var result = library.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
