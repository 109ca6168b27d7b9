using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Testing;

namespace SeedData.Benchmarks;

/// <summary>
/// What the IDE does on each keystroke, at 1,000 seeds: re-run a driver that has already run once.
/// Goals: one seed edited ≤ 2% of the cold run; one .cs file edited ≤ 1%.
/// Which steps re-run is asserted by tests/SeedData.Tests/IncrementalityTests; this measures the time.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class IncrementalBenchmarks
{
    private SeedCorpus _corpus = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _seed = null!;
    private AdditionalText _editedSeed = null!;

    [Params(1_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SeedCorpus.Synthesise(N);
        SeedBytes.Record(typeof(IncrementalBenchmarks), N, _corpus.Bytes);
        _compilation = SeedCorpus.Compilation("public static class UserCode { public static int Value => 1; }");
        var tree = _compilation.SyntaxTrees.Single();
        _editedCompilation = _compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("public static class UserCode { public static int Value => 2; }", SeedCorpus.ParseOptions, path: tree.FilePath));

        var texts = _corpus.FreshTexts();
        _warm = SeedCorpus.Driver(texts).RunGenerators(_compilation);

        // An edit inside one paragraph of a seed in the middle of the corpus, as an editor save makes it.
        _seed = texts[N / 2];
        var text = _seed.GetText()!.ToString();
        var at = text.IndexOf(" the ", text.Length / 2, System.StringComparison.Ordinal);
        _editedSeed = new SeedFile(_seed.Path, text.Substring(0, at) + " the revised " + text.Substring(at + 5));
    }

    [Benchmark(Baseline = true, Description = "cold run")]
    public GeneratorDriver Cold() => SeedCorpus.Driver(_corpus.FreshTexts()).RunGenerators(_compilation);

    [Benchmark(Description = "one seed edited, re-run")]
    public GeneratorDriver SeedEdited() => _warm.ReplaceAdditionalText(_seed, _editedSeed).RunGenerators(_compilation);

    [Benchmark(Description = "one .cs file edited, re-run")]
    public GeneratorDriver CodeEdited() => _warm.RunGenerators(_editedCompilation);
}
