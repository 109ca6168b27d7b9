using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Benchmarks;

/// <summary>
/// <c>GeneratorBenchmarks</c>' "after the per-seed step" ÷ "read + split words", with enough rounds to tell a
/// few milliseconds apart, and the after-step split into its parts (article index, entity table,
/// <c>Articles.g.cs</c>, <c>Entities.g.cs</c>, article members, letter files) with the bytes each allocates.
/// Each round times read + split and then the after-step, each after a full collection (as BenchmarkDotNet
/// does before an iteration), so that both see the same heap; the ratio is taken per round, and its median
/// and quartiles are reported. The model's size is printed too: a change of extraction that finds more
/// entities or quotes feeds a bigger entity table and longer doc texts.
/// </summary>
internal static class AfterStepProfile
{
    private static readonly string[] Parts = { "index", "entity table", "Articles.g.cs", "Entities.g.cs", "article members", "letter files" };

    public static void Run(int count, int rounds)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var seeds = corpus.Paths
            .Select(path => SeedReader.Read(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path), new List<DiagnosticInfo>(), CancellationToken.None))
            .ToImmutableArray();
        var baseline = new double[rounds];
        var after = new double[rounds];
        var times = new double[rounds, Parts.Length];
        var bytes = new long[Parts.Length];
        long characters = 0;
        const int Warmup = 10;
        for (var round = -Warmup; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var words = corpus.Paths.Sum(path => SeedCorpus.CountWords(File.ReadAllText(path)));
            var readAndSplit = clock.Elapsed.TotalMilliseconds;
            GC.KeepAlive(words);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var part = new double[Parts.Length];
            var allocatedNow = new long[Parts.Length];
            characters = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            void Mark(int which)
            {
                part[which] = clock.Elapsed.TotalMilliseconds;
                allocatedNow[which] = GC.GetAllocatedBytesForCurrentThread() - allocated;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
            }

            var articles = seeds.Where(s => s.Article is not null).Select(s => s.Article!).ToList();
            var index = ArticleIndexBuilder.Build(seeds.Where(s => s.Key is not null).Select(s => s.Key!).ToImmutableArray(), "SeedData").Index;
            Mark(0);
            var table = EntityTableBuilder.Build(articles.Select(ArticleEntities.From).ToImmutableArray(), index);
            Mark(1);
            characters += IndexEmitter.Emit(index).Length;
            Mark(2);
            characters += EntityTableEmitter.Emit(table).Length;
            Mark(3);
            var members = articles.Select(article => ArticleEmitter.Member(new NamedArticle(article, index.EntryOf(article.FilePath)!.MemberName, index.Namespace, index.EntryOf(article.FilePath)!.FormerNames))).ToList();
            Mark(4);
            foreach (var bucket in ArticleEmitter.Buckets(members))
            {
                characters += ArticleEmitter.Emit(bucket).Length;
            }

            Mark(5);
            if (round < 0)
            {
                continue;
            }

            baseline[round] = readAndSplit;
            after[round] = part.Sum();
            for (var i = 0; i < Parts.Length; i++)
            {
                times[round, i] = part[i];
                bytes[i] += allocatedNow[i] / rounds;
            }

            if (round == rounds - 1)
            {
                PrintModel(articles, table, characters);
            }
        }

        var ratios = Enumerable.Range(0, rounds).Select(r => after[r] / baseline[r]).ToArray();
        Console.WriteLine($"After the per-seed step ÷ read + split, N = {count:N0}, {rounds} rounds after {Warmup} warm-up rounds (median [quartiles])");
        Console.WriteLine($"  read + split            {Describe(baseline, "0.0")} ms");
        Console.WriteLine($"  after the per-seed step {Describe(after, "0.0")} ms");
        Console.WriteLine($"  ratio per round         {Describe(ratios, "0.00")}×");
        Console.WriteLine("| part | ms (median [quartiles]) | MB allocated |");
        Console.WriteLine("|---|---:|---:|");
        for (var i = 0; i < Parts.Length; i++)
        {
            var column = Enumerable.Range(0, rounds).Select(r => times[r, i]).ToArray();
            Console.WriteLine($"| {Parts[i]} | {Describe(column, "0.0")} | {bytes[i] / 1e6:0.0} |");
        }

        Console.WriteLine($"| total | {Describe(after, "0.0")} | {bytes.Sum() / 1e6:0.0} |");
    }

    private static void PrintModel(List<SeedArticle> articles, EntityTable table, long characters) =>
        Console.WriteLine(
            $"Model: {articles.Count:N0} articles, {articles.Sum(a => a.Quotes.Count):N0} quotes ({articles.Sum(a => a.Quotes.Count(q => q.Speaker is not null)):N0} with a speaker), "
            + $"{articles.Sum(a => a.Entities.Count):N0} article entities, {table.Entities.Count:N0} table entities "
            + $"({table.Entities.Sum(e => e.Quotes.Count):N0} quote references, {table.Entities.Sum(e => e.LocalNames.Count):N0} local names); {characters:N0} characters of C#");

    private static string Describe(double[] values, string format)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        double At(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        var f = System.Globalization.CultureInfo.InvariantCulture;
        return $"{At(0.5).ToString(format, f)} [{At(0.25).ToString(format, f)}–{At(0.75).ToString(format, f)}]";
    }
}
