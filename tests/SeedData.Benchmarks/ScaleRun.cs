using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Corpus;
using SeedData.Testing;

namespace SeedData.Benchmarks;

/// <summary>
/// Full `dotnet build` of a consumer with N synthesised seeds, against the same app embedding the
/// seed files as EmbeddedResource (goal ≤ 2×), then runs both apps. Each build is a rebuild of the
/// app alone (--no-incremental, references already built), as a package user's build is: SeedData's
/// own projects are built and both apps restored once before timing. Builds alternate so that machine
/// noise hits both. Three timed builds each below 10,000 seeds, one at 10,000 and above (minutes each).
/// </summary>
public static class ScaleRun
{

    public static void Run(IEnumerable<int> counts)
    {
        var repository = Repository.Root;
        var rows = new List<string>();
        foreach (var count in counts)
        {
            var corpus = SeedCorpus.Synthesise(count);
            var root = Path.Combine(Path.GetTempPath(), "seeddata-bench", "scale-" + count);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var seedApp = Path.GetDirectoryName(ConsumerProjects.WriteSeedDataApp(Path.Combine(root, "seedapp"), corpus.Folder))!;
            var resourceApp = Path.GetDirectoryName(ConsumerProjects.WriteEmbeddedResourceApp(Path.Combine(root, "resourceapp"), corpus.Folder))!;

            Check(RunDotNet(repository, "build", Path.Combine(repository, "src", "SeedData", "SeedData.csproj")), repository, "SeedData build");
            foreach (var app in new[] { seedApp, resourceApp })
            {
                Check(RunDotNet(app, "restore"), app, "restore");
            }

            var repeats = count >= 10_000 ? 1 : 3;

            var seedTimes = new List<double>();
            var resourceTimes = new List<double>();
            var seedCpu = new List<double>();
            var resourceCpu = new List<double>();
            var cs8103 = false;
            for (var i = 0; i < repeats; i++)
            {
                var seed = RunDotNet(seedApp, "build", "--no-restore", "--no-incremental", "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false");
                cs8103 |= seed.Output.Contains("CS8103", StringComparison.Ordinal);
                Check(seed, seedApp, "timed build");
                seedTimes.Add(seed.Elapsed.TotalSeconds);
                seedCpu.Add(seed.Cpu?.TotalSeconds ?? double.NaN);

                var resource = RunDotNet(resourceApp, "build", "--no-restore", "--no-incremental", "-p:UseSharedCompilation=false");
                Check(resource, resourceApp, "timed build");
                resourceTimes.Add(resource.Elapsed.TotalSeconds);
                resourceCpu.Add(resource.Cpu?.TotalSeconds ?? double.NaN);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"N={count} build {i + 1}: SeedData {seed.Elapsed.TotalSeconds:0.0} s wall / {seedCpu[i]:0.0} s CPU, EmbeddedResource {resource.Elapsed.TotalSeconds:0.0} s wall / {resourceCpu[i]:0.0} s CPU"));
            }

            var seedRun = RunDotNet(seedApp, Path.Combine(seedApp, "bin", "Debug", "net10.0", "SeedApp.dll"));
            Check(seedRun, seedApp, "run");
            var resourceRun = RunDotNet(resourceApp, Path.Combine(resourceApp, "bin", "Debug", "net10.0", "ResourceApp.dll"));
            Check(resourceRun, resourceApp, "run");
            Console.WriteLine("SeedApp output:\n" + seedRun.Output.TrimEnd());

            var seedMedian = Median(seedTimes);
            var resourceMedian = Median(resourceTimes);
            var dll = new FileInfo(Path.Combine(seedApp, "bin", "Debug", "net10.0", "SeedApp.dll")).Length;
            var resourceDll = new FileInfo(Path.Combine(resourceApp, "bin", "Debug", "net10.0", "ResourceApp.dll")).Length;
            var seedCpuMedian = Median(seedCpu);
            var resourceCpuMedian = Median(resourceCpu);
            rows.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {corpus.Bytes / 1e6:0.0} MB | {seedCpuMedian:0.0} s / {seedMedian:0.0} s | {resourceCpuMedian:0.0} s / {resourceMedian:0.0} s | {seedCpuMedian / resourceCpuMedian:0.0}× / {seedMedian / resourceMedian:0.0}× | {(cs8103 ? "yes" : "no")} | {dll / 1e6:0.0} MB / {resourceDll / 1e6:0.0} MB | {seedRun.Elapsed.TotalSeconds:0.00} s / {resourceRun.Elapsed.TotalSeconds:0.00} s |"));
        }

        Console.WriteLine();
        Console.WriteLine("Full build (median of the timed builds, app only, references prebuilt), SeedData app vs EmbeddedResource app");
        Console.WriteLine("| N | seed text | SeedData build, CPU / wall | EmbeddedResource build, CPU / wall | ratio, CPU / wall | CS8103 | dll size (SeedData / resource) | app run (wall), SeedData / resource |");
        Console.WriteLine("|---:|---:|---:|---:|---:|:---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
    }

    /// <summary>dotnet, allowed an hour: one build at 10,000 seeds and above takes minutes.</summary>
    private static ProcessResult RunDotNet(string workingDirectory, params string[] arguments) =>
        DotNet.Run(TimeSpan.FromHours(1), workingDirectory, arguments);

    private static void Check(ProcessResult result, string app, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} of {app} failed:\n{result.Output}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
