using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Benchmarks.Infrastructure;

namespace SeedData.Benchmarks;

/// <summary>
/// Where a consumer's compile time goes at N seeds: the generator run, binding (diagnostics) and
/// emit, each timed once, in process; per generated file kind, the time to bind it alone.
/// </summary>
public static class CompileProfile
{
    public static void Run(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var compilation = SeedCorpus.Compilation();
        var watch = Stopwatch.StartNew();
        SeedCorpus.Driver(corpus.FreshTexts()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Console.WriteLine($"generator run: {watch.Elapsed.TotalSeconds:0.00} s");

        foreach (var tree in output.SyntaxTrees.Where(t => !t.FilePath.Contains("Articles.", StringComparison.Ordinal) || t.FilePath.EndsWith("Articles.g.cs", StringComparison.Ordinal)))
        {
            watch.Restart();
            var diagnostics = output.GetSemanticModel(tree).GetDiagnostics();
            Console.WriteLine($"bind {Path.GetFileName(tree.FilePath)}: {watch.Elapsed.TotalSeconds:0.00} s, {diagnostics.Length} diagnostics");
        }

        watch.Restart();
        var all = output.GetDiagnostics();
        Console.WriteLine($"bind all: {watch.Elapsed.TotalSeconds:0.00} s, {all.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");

        watch.Restart();
        using var image = new MemoryStream();
        var result = output.Emit(image);
        Console.WriteLine($"emit: {watch.Elapsed.TotalSeconds:0.00} s, success {result.Success}, {image.Length / 1e6:0.0} MB");
    }
}
