using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedData.Benchmarks;

/// <summary>
/// What the compiler spends on generated MSBuild editorconfig files (the package's targets make every seed's
/// item metadata compiler-visible, one <c>[path]</c> section per seed): for each file given, the compiler's own
/// steps in this process (parse, build the analyzer config set, look up the options of every seed and of
/// 30 source files), CPU seconds, median of five rounds.
/// </summary>
/// <remarks>The files are the <c>obj/…/*.GeneratedMSBuildEditorConfig.editorconfig</c> of real builds.</remarks>
internal static class EditorConfigCost
{
    public static void Run(IReadOnlyList<string> files)
    {
        // One untimed pass, so that the compiler's code is not charged its JIT in the first file's figure.
        Measure(files[0]);
        foreach (var file in files)
        {
            var times = Enumerable.Range(0, 5).Select(_ => Measure(file)).OrderBy(t => t).ToList();
            Console.WriteLine($"{file}: {new FileInfo(file).Length / 1e6:0.00} MB, parse + set + look-ups {times[2]:0.000} s CPU (median of 5)");
        }
    }

    private static double Measure(string file)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var text = File.ReadAllText(file);
        var config = AnalyzerConfig.Parse(text, file);
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
        var paths = text.Split('\n').Where(line => line.StartsWith('[')).Select(line => line.Trim().Trim('[', ']'))
            .Concat(Enumerable.Range(0, 30).Select(i => "/project/Source" + i + ".cs"));
        var options = 0;
        foreach (var path in paths)
        {
            options += set.GetOptionsForSourcePath(path).AnalyzerOptions.Count;
        }

        GC.KeepAlive(options);
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    }
}
