using System.Collections.Generic;
using System.IO;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Parsing;
using SeedData.Generator.Pipeline;

namespace SeedData.Benchmarks;

/// <summary>
/// A cold build's generator run (new driver, files read from disk) against the least any tool must
/// do with the same files: read them and split them into words. Goal: at most 3× the baseline.
/// </summary>
[Config(typeof(LongOperationConfig))]
public class GeneratorBenchmarks
{
    private SeedCorpus _corpus = null!;
    private CSharpCompilation _compilation = null!;

    /// <summary>The corpus sizes: 100, 1,000 and 10,000 seeds, or those in SEEDDATA_BENCH_N ("1000" or "100,1000") for a shorter run.</summary>
    public static IEnumerable<int> Sizes =>
        System.Environment.GetEnvironmentVariable("SEEDDATA_BENCH_N") is { Length: > 0 } sizes
            ? System.Linq.Enumerable.Select(sizes.Split(','), s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : new[] { 100, 1_000, 10_000 };

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = SeedCorpus.Synthesise(N);
        _compilation = SeedCorpus.Compilation();
        SeedBytes.Record(typeof(GeneratorBenchmarks), N, _corpus.Bytes);
    }

    [Benchmark(Baseline = true, Description = "read + split words")]
    public int ReadAndSplit()
    {
        var words = 0;
        foreach (var path in _corpus.Paths)
        {
            words += SeedCorpus.CountWords(File.ReadAllText(path));
        }

        return words;
    }

    [Benchmark(Description = "generator, cold")]
    public GeneratorDriver ColdRun() => SeedCorpus.Driver(_corpus.FreshTexts()).RunGenerators(_compilation);

    /// <summary>
    /// The generator's per-seed step alone (read the file, check, parse, extract), without the index,
    /// the emitters and the parse of the generated C#: what the cold run costs before any code exists.
    /// </summary>
    [Benchmark(Description = "per-seed step only")]
    public int SeedStepOnly()
    {
        var quotes = 0;
        foreach (var path in _corpus.Paths)
        {
            var result = SeedReader.Read(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path), new List<DiagnosticInfo>(), CancellationToken.None);
            quotes += result.Article?.Quotes.Count ?? 0;
        }

        return quotes;
    }
}
