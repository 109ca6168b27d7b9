using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Benchmarks;

/// <summary>
/// `coldrun N`: the whole generator over N seeds in a fresh process, as a build's compiler runs it (its code not yet
/// JIT-compiled, then running at tier 0 until the runtime tiers it up), against the same run repeated in the same
/// process with a new driver (the code compiled and tiered up, as in a compiler server or <c>GeneratorBenchmarks</c>).
/// Process CPU next to wall time: the runtime's JIT and tiering threads work beside the generator's.
/// Run in a new process each time; the JIT cannot be undone in one. `coldrun N parts` times the per-seed step and
/// what comes after it (index, entity table, emitters; as <see cref="AfterStepProfile"/> runs them) apart instead of the
/// driver: which of the two the first run's extra is in.
/// </summary>
internal static class ColdRun
{
    private const int WarmRounds = 5;

    public static void Run(int count, bool parts)
    {
        if (parts)
        {
            Parts(count);
            return;
        }

        var corpus = SeedCorpus.Synthesise(count);
        var compilation = SeedCorpus.Compilation();

        // The seed files are read once before timing, so that the first run is not also the first disk read.
        GC.KeepAlive(corpus.Paths.Sum(path => System.IO.File.ReadAllText(path).Length));
        var (coldWall, coldCpu) = Time(corpus, compilation);
        var warm = Enumerable.Range(0, WarmRounds).Select(_ => Time(corpus, compilation)).OrderBy(t => t.Wall).ToList();
        var (warmWall, warmCpu) = warm[WarmRounds / 2];
        Console.WriteLine($"{count} seeds: first run in the process {coldWall:0.000} s wall / {coldCpu:0.000} s CPU; "
            + $"again (median of {WarmRounds}) {warmWall:0.000} s / {warmCpu:0.000} s; the first run's extra {coldWall - warmWall:0.000} s / {coldCpu - warmCpu:0.000} s");
    }

    private static void Parts(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var texts = corpus.Paths.Select(path => (Path: path, Text: File.ReadAllText(path))).ToList();
        var step = new List<double>();
        var after = new List<double>();
        for (var round = 0; round <= WarmRounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var seeds = texts.Select(t => SeedReader.Read(Path.GetFileNameWithoutExtension(t.Path), t.Path, t.Text, new List<DiagnosticInfo>(), CancellationToken.None)).ToList();
            step.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            var articles = seeds.Where(s => s.Article is not null).Select(s => s.Article!).ToList();
            var index = ArticleIndexBuilder.Build(seeds.Where(s => s.Key is not null).Select(s => s.Key!).ToImmutableArray(), "SeedData").Index;
            var table = EntityTableBuilder.Build(articles.Select(ArticleEntities.From).ToImmutableArray(), index);
            var characters = IndexEmitter.Emit(index).Length + EntityTableEmitter.Emit(table).Length;
            var members = articles.Select(a => ArticleEmitter.Member(new NamedArticle(a, index.EntryOf(a.FilePath)!.MemberName, index.Namespace, index.EntryOf(a.FilePath)!.FormerNames)));
            characters += ArticleEmitter.Buckets(members.ToList()).Sum(bucket => ArticleEmitter.Emit(bucket).Length);
            after.Add(clock.Elapsed.TotalSeconds);
            GC.KeepAlive(characters);
        }

        double Warm(List<double> times) => times.Skip(1).OrderBy(t => t).ElementAt(WarmRounds / 2);
        Console.WriteLine($"{count} seeds, wall: per-seed step first {step[0]:0.000} s, again {Warm(step):0.000} s (median of {WarmRounds}); "
            + $"after it first {after[0]:0.000} s, again {Warm(after):0.000} s");
    }

    private static (double Wall, double Cpu) Time(SeedCorpus corpus, Compilation compilation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = SeedCorpus.Driver(corpus.FreshTexts()).RunGenerators(compilation).GetRunResult();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        if (result.GeneratedTrees.IsEmpty)
        {
            throw new InvalidOperationException("the generator produced nothing");
        }

        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
