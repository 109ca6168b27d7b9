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
/// <c>GeneratorBenchmarks</c>' "after the per-seed step" split into its parts (article index, entity table,
/// <c>Articles.g.cs</c>, <c>Entities.g.cs</c>, article members, letter files), averaged over ten rounds after
/// ten warm-up rounds (so that the code is fully tiered up), with the bytes each part allocates: where to look when that benchmark moves.
/// Stopwatch figures, one process: compare parts, not runs.
/// </summary>
internal static class AfterStepProfile
{
    private static readonly string[] Parts = { "index", "entity table", "Articles.g.cs", "Entities.g.cs", "article members", "letter files" };

    public static void Run(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var seeds = corpus.Paths
            .Select(path => SeedReader.Read(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path), new List<DiagnosticInfo>(), CancellationToken.None))
            .ToImmutableArray();
        var times = new double[Parts.Length];
        var bytes = new long[Parts.Length];
        const int Warmup = 10, Rounds = 10;
        for (var round = 0; round < Warmup + Rounds; round++)
        {
            var measured = round >= Warmup;
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            void Mark(int part)
            {
                if (measured)
                {
                    times[part] += clock.Elapsed.TotalMilliseconds / Rounds;
                    bytes[part] += (GC.GetAllocatedBytesForCurrentThread() - allocated) / Rounds;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
            }

            var articles = seeds.Where(s => s.Article is not null).Select(s => s.Article!).ToList();
            var index = ArticleIndexBuilder.Build(seeds.Where(s => s.Key is not null).Select(s => s.Key!).ToImmutableArray(), "SeedData").Index;
            Mark(0);
            var table = EntityTableBuilder.Build(articles.Select(ArticleEntities.From).ToImmutableArray(), index);
            Mark(1);
            GC.KeepAlive(IndexEmitter.Emit(index));
            Mark(2);
            GC.KeepAlive(EntityTableEmitter.Emit(table));
            Mark(3);
            var members = articles.Select(article => ArticleEmitter.Member(new NamedArticle(article, index.EntryOf(article.FilePath)!.MemberName, index.Namespace, index.EntryOf(article.FilePath)!.FormerNames))).ToList();
            Mark(4);
            foreach (var bucket in ArticleEmitter.Buckets(members))
            {
                GC.KeepAlive(ArticleEmitter.Emit(bucket));
            }

            Mark(5);
        }

        Console.WriteLine($"After the per-seed step, N = {count:N0} (mean of {Rounds} rounds)");
        Console.WriteLine("| part | ms | MB allocated |");
        Console.WriteLine("|---|---:|---:|");
        for (var i = 0; i < Parts.Length; i++)
        {
            Console.WriteLine($"| {Parts[i]} | {times[i]:0.0} | {bytes[i] / 1e6:0.0} |");
        }

        Console.WriteLine($"| total | {times.Sum():0.0} | {bytes.Sum() / 1e6:0.0} |");
    }
}
