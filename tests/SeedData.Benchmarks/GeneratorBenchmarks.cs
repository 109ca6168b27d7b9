using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
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
    private ImmutableArray<SeedResult> _seeds;

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
        _seeds = _corpus.Paths.Select(ReadSeed).ToImmutableArray();
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
            quotes += ReadSeed(path).Article?.Quotes.Count ?? 0;
        }

        return quotes;
    }

    /// <summary>
    /// What the cold run does after the per-seed step, on that step's results: the article index, the
    /// entity table and the C# text of every file (goal: at most the read + split baseline). The driver
    /// parses that text lazily, when the compiler asks for it, so parsing is the compiler's cost here too.
    /// </summary>
    [Benchmark(Description = "after the per-seed step")]
    public long AfterSeedStep()
    {
        var articles = _seeds.Where(s => s.Article is not null).Select(s => s.Article!).ToList();
        var index = ArticleIndexBuilder.Build(_seeds.Where(s => s.Key is not null).Select(s => s.Key!).ToImmutableArray(), "SeedData").Index;
        var table = EntityTableBuilder.Build(articles.Select(ArticleEntities.From).ToImmutableArray(), index);
        long characters = IndexEmitter.Emit(index).Length + EntityTableEmitter.Emit(table).Length;
        var members = articles.Select(article => index.EntryOf(article.FilePath)!).Zip(articles, (entry, article) => ArticleEmitter.Member(new NamedArticle(article, entry.MemberName, index.Namespace, entry.FormerNames)));
        foreach (var bucket in ArticleEmitter.Buckets(members))
        {
            characters += ArticleEmitter.Emit(bucket).Length;
        }

        return characters;
    }

    private static SeedResult ReadSeed(string path) =>
        SeedReader.Read(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path), new List<DiagnosticInfo>(), CancellationToken.None);
}
