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
/// Full `dotnet build -c Release` of a consumer with N synthesised seeds, against the same app embedding
/// the seed files as EmbeddedResource (goal ≤ 2× at 10,000, ≤ 1.5× at 1,000), then runs the apps.
/// With <c>--before &lt;repository&gt;</c> another app builds against another checkout of SeedData (an
/// earlier commit), so that before and after are measured side by side in one run. A last app is the floor of
/// the goal's constraint: the EmbeddedResource app plus one documented property per article, written by hand
/// (<see cref="ConsumerProjects.WriteDocumentedPropertiesApp"/>), with no generator.
/// </summary>
/// <remarks>
/// Each build is a rebuild of the app alone (--no-incremental, references already built), as a package
/// user's build is: SeedData's projects are built and the apps restored once before timing. Builds
/// alternate so that machine noise hits all of them. Three timed builds each below 10,000 seeds, one at
/// 10,000 and above (minutes each). The SeedData apps write their generated files
/// (EmitCompilerGeneratedFiles), which is how the generated C# is measured; that costs them a little
/// time, not the EmbeddedResource app.
/// </remarks>
public static class ScaleRun
{
    private const string Configuration = "Release";

    private static readonly string[] BuildArguments =
        { "build", "-c", Configuration, "--no-restore", "--no-incremental", "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false" };

    public static void Run(string[] args)
    {
        var before = args.SkipWhile(a => a != "--before").Skip(1).FirstOrDefault();
        var counts = args.Where((a, i) => a != "--before" && (i == 0 || args[i - 1] != "--before")).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (counts.Count == 0)
        {
            counts.AddRange(new[] { 1_000, 10_000 });
        }

        var repository = Repository.Root;
        var rows = new List<string>();
        foreach (var root in before is null ? new[] { repository } : new[] { repository, Path.GetFullPath(before) })
        {
            foreach (var project in new[] { "SeedData.Generator", "SeedData" })
            {
                Check(RunDotNet(root, "build", "-c", Configuration, Path.Combine(root, "src", project, project + ".csproj")), root, project + " build");
            }
        }

        foreach (var count in counts)
        {
            var corpus = SeedCorpus.Synthesise(count);
            var folder = Path.Combine(Path.GetTempPath(), "seeddata-bench", "scale-" + count);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var apps = new List<App> { new("SeedData", Path.GetDirectoryName(ConsumerProjects.WriteSeedDataApp(Path.Combine(folder, "after"), corpus.Folder))!, "SeedApp", generates: true) };
            if (before is not null)
            {
                // The same app, wired to the other checkout's sources.
                var project = ConsumerProjects.WriteSeedDataApp(Path.Combine(folder, "before"), corpus.Folder);
                File.WriteAllText(project, File.ReadAllText(project).Replace(Path.Combine(repository, "src"), Path.Combine(Path.GetFullPath(before), "src"), StringComparison.Ordinal));
                apps.Add(new("SeedData before", Path.GetDirectoryName(project)!, "SeedApp", generates: true));
            }

            var resource = new App("EmbeddedResource", Path.GetDirectoryName(ConsumerProjects.WriteEmbeddedResourceApp(Path.Combine(folder, "resource"), corpus.Folder))!, "ResourceApp", generates: false);
            apps.Add(resource);
            apps.Add(new("Documented properties only, no generator", Path.GetDirectoryName(ConsumerProjects.WriteDocumentedPropertiesApp(Path.Combine(folder, "properties"), corpus.Folder))!, "ResourceApp", generates: false));
            foreach (var app in apps)
            {
                Check(RunDotNet(app.Folder, "restore"), app.Folder, "restore");
            }

            var repeats = count >= 10_000 ? 1 : 3;
            for (var i = 0; i < repeats; i++)
            {
                foreach (var app in apps)
                {
                    var arguments = app.Generates ? BuildArguments.Append("-p:EmitCompilerGeneratedFiles=true").ToArray() : BuildArguments;
                    var build = RunDotNet(app.Folder, arguments);
                    Check(build, app.Folder, "timed build");
                    app.Cs8103 |= build.Output.Contains("CS8103", StringComparison.Ordinal);
                    app.Wall.Add(build.Elapsed.TotalSeconds);
                    app.Cpu.Add(build.Cpu?.TotalSeconds ?? double.NaN);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={count} build {i + 1}: {app.Name} {build.Elapsed.TotalSeconds:0.0} s wall / {app.Cpu[i]:0.0} s CPU"));
                }
            }

            foreach (var app in apps)
            {
                var output = Path.Combine(app.Folder, "bin", Configuration, "net10.0");
                var run = RunDotNet(app.Folder, Path.Combine(output, app.Assembly + ".dll"));
                Check(run, app.Folder, "run");
                Console.WriteLine(app.Name + " app output: " + run.Output.Trim().Replace(Environment.NewLine, " | ", StringComparison.Ordinal));
                var generated = Path.Combine(app.Folder, "obj", Configuration, "net10.0", "generated");
                var generatedBytes = Directory.Exists(generated) ? Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
                var cpu = Median(app.Cpu);
                var wall = Median(app.Wall);
                rows.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {count:N0} | {app.Name} | {cpu:0.0} s / {wall:0.0} s | {cpu / Median(resource.Cpu):0.00}× / {wall / Median(resource.Wall):0.00}× | {generatedBytes / 1e6:0.0} MB | {(app.Cs8103 ? "yes" : "no")} | {new FileInfo(Path.Combine(output, app.Assembly + ".dll")).Length / 1e6:0.0} MB | {run.Elapsed.TotalSeconds:0.00} s |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Full build, -c {Configuration} (median of the timed builds, app only, references prebuilt); ratios to the EmbeddedResource app of the same N");
        Console.WriteLine("| N | app | build CPU / wall | ÷ EmbeddedResource, CPU / wall | generated C# | CS8103 | dll | app run (wall) |");
        Console.WriteLine("|---:|---|---:|---:|---:|:---:|---:|---:|");
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

    /// <param name="generates">Runs the generator, whose output the app writes to obj/ to be measured.</param>
    private sealed class App(string name, string folder, string assembly, bool generates)
    {
        public string Name { get; } = name;

        public string Folder { get; } = folder;

        public string Assembly { get; } = assembly;

        public bool Generates { get; } = generates;

        public List<double> Wall { get; } = new();

        public List<double> Cpu { get; } = new();

        public bool Cs8103 { get; set; }
    }
}
