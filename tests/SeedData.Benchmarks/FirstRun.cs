using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using SeedData.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Pipeline;

namespace SeedData.Benchmarks;

/// <summary>
/// The first seed a fresh process reads (knowledge base and entity-kind model loaded on the way) against
/// the second, the same size: what the first build in a new compiler server or IDE process pays once.
/// Run in a new process each time (the mode <c>firstrun</c>); the loads cannot be undone in one.
/// </summary>
internal static class FirstRun
{
    public static void Run()
    {
        var first = CorpusSynthesizer.LongArticle(20_000);
        var second = CorpusSynthesizer.LongArticle(20_000, seed: 7);
        var clock = Stopwatch.StartNew();
        SeedReader.Read("first", "/project/seeds/first.txt", first.Text, new List<DiagnosticInfo>(), CancellationToken.None);
        var cold = clock.Elapsed;
        clock.Restart();
        SeedReader.Read("second", "/project/seeds/second.txt", second.Text, new List<DiagnosticInfo>(), CancellationToken.None);
        var warm = clock.Elapsed;
        Console.WriteLine($"first seed in a fresh process: {cold.TotalMilliseconds:0.0} ms; the next one: {warm.TotalMilliseconds:0.0} ms; one-time cost {(cold - warm).TotalMilliseconds:0.0} ms");
    }
}
