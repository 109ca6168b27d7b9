using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Corpus;
using SeedData.Testing;

namespace SeedData.Benchmarks;

/// <summary>
/// The generator on one pathological seed each (issue 3 item 7): a 1 MB article, and a 100,000-character
/// paragraph in which every fourth opening quote mark is never closed. Each against splitting the same
/// text into words, so a quadratic look-ahead shows up as a large ratio.
/// </summary>
[Config(typeof(ShortRunConfig))]
public class ExtractionBenchmarks
{
    private string _text = null!;
    private string _path = null!;
    private CSharpCompilation _compilation = null!;

    [Params("1 MB article", "100,000-char unbalanced paragraph")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var seed = Seed.StartsWith("1 MB") ? CorpusSynthesizer.LongArticle(1_000_000) : CorpusSynthesizer.UnbalancedParagraph(100_000);
        _text = seed.Text;
        _path = "/project/seeds/" + seed.FileName;
        _compilation = SeedCorpus.Compilation();
        SeedBytes.Record(typeof(ExtractionBenchmarks), Seed, CorpusSynthesizer.ByteCount(_text));
    }

    [Benchmark(Baseline = true, Description = "split words")]
    public int Split() => SeedCorpus.CountWords(_text);

    [Benchmark(Description = "generator, cold")]
    public GeneratorDriver Generate() =>
        SeedCorpus.Driver(ImmutableArray.Create<AdditionalText>(new SeedFile(_path, _text))).RunGenerators(_compilation);
}
