using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Benchmarks.Infrastructure;

namespace SeedData.Benchmarks;

/// <summary>
/// Where a consumer's compile time goes at N seeds: the generator run, binding (diagnostics) and
/// emit, each timed once, in process; per generated file kind, the time to bind it alone. CPU time
/// (this process, all threads) is printed next to wall time: on a shared machine it is the steadier one.
/// </summary>
public static class CompileProfile
{
    public static void Run(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var compilation = SeedCorpus.Compilation();
        var watch = new Clock();
        SeedCorpus.Driver(corpus.FreshTexts()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Console.WriteLine($"generator run: {watch}");

        foreach (var tree in output.SyntaxTrees.Where(t => !t.FilePath.Contains("Articles.", StringComparison.Ordinal) || t.FilePath.EndsWith("Articles.g.cs", StringComparison.Ordinal)))
        {
            watch.Restart();
            var diagnostics = output.GetSemanticModel(tree).GetDiagnostics();
            Console.WriteLine($"bind {Path.GetFileName(tree.FilePath)}: {watch}, {diagnostics.Length} diagnostics");
        }

        watch.Restart();
        var all = output.GetDiagnostics();
        Console.WriteLine($"bind all: {watch}, {all.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");

        watch.Restart();
        using var image = new MemoryStream();
        var result = output.Emit(image, manifestResources: corpus.Resources());
        Console.WriteLine($"emit: {watch}, success {result.Success}, {image.Length / 1e6:0.0} MB");
    }

    private sealed class Clock
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

        public void Restart()
        {
            _wall.Restart();
            _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        }

        public override string ToString() =>
            $"{_wall.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds:0.00} s CPU";
    }
}
