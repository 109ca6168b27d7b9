using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SeedData.Corpus;

/// <summary>
/// Throw-away consumer projects for the scale test and the build-time comparison: an app that uses
/// SeedData from this repository's sources (like src/SeedData.Sample), and the same app's usual
/// alternative that embeds the seed files as resources. Both build warning-free with warnings as errors.
/// </summary>
public static class ConsumerProjects
{
    /// <summary>The repository root: the nearest folder above <paramref name="start"/> that holds SeedData.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SeedData.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SeedData.sln not found above " + start);
    }

    /// <summary>
    /// A console app using the generated <c>Articles</c> over the seeds in <paramref name="seedFolder"/>.
    /// It prints the article count, checks <c>Find</c> against <c>All</c> and prints the last headline.
    /// </summary>
    public static string WriteSeedDataApp(string folder, string repositoryRoot, string seedFolder)
    {
        Directory.CreateDirectory(folder);
        var src = Path.Combine(repositoryRoot, "src");
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/SeedData/buildTransitive/SeedData.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <SeedDataSeeds>{seedFolder}/*.txt</SeedDataSeeds>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/SeedData/SeedData.csproj" />
                <ProjectReference Include="{src}/SeedData.Generator/SeedData.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{src}/SeedData/buildTransitive/SeedData.targets" />
            </Project>
            """;
        const string program = """
            using System;
            using SeedData;

            var all = Articles.All;
            var last = all[all.Count - 1];
            if (!ReferenceEquals(Articles.Find(last.Id), last))
            {
                Console.WriteLine("Find and All disagree");
                return 1;
            }

            Console.WriteLine("articles: " + all.Count);
            Console.WriteLine("last: " + last.Headline);
            Console.WriteLine("quotes in last: " + last.Quotes.Count);
            return 0;
            """;
        return Write(folder, "SeedApp", project, program);
    }

    /// <summary>The alternative: the same seeds as embedded resources, read at run time. It prints the resource count.</summary>
    public static string WriteEmbeddedResourceApp(string folder, string seedFolder)
    {
        Directory.CreateDirectory(folder);
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <EmbeddedResource Include="{seedFolder}/*.txt" />
              </ItemGroup>
            </Project>
            """;
        const string program = """
            using System;
            using System.IO;
            using System.Reflection;

            var assembly = Assembly.GetExecutingAssembly();
            var names = assembly.GetManifestResourceNames();
            using var reader = new StreamReader(assembly.GetManifestResourceStream(names[names.Length - 1])!);
            Console.WriteLine("articles: " + names.Length);
            Console.WriteLine("last: " + reader.ReadLine());
            return 0;
            """;
        return Write(folder, "ResourceApp", project, program);
    }

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> and returns its exit code, output, wall time,
    /// and on Linux the CPU time (user + system) of it and every descendant it waited for: on a shared
    /// machine that is the steadier figure. A build counts whole only with -nodeReuse:false and
    /// UseSharedCompilation=false (a reused node or the compiler server is not a descendant).
    /// </summary>
    public static (int ExitCode, string Output, TimeSpan Elapsed, TimeSpan? Cpu) DotNet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A parent build or test host may export MSBuild variables that would point the child at its own SDK state.
        foreach (var variable in new System.Collections.Generic.List<string>(start.Environment.Keys))
        {
            if (variable.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || variable == "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(variable);
            }
        }

        // No first-run banner or telemetry noise in the captured output.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var output = new StringBuilder();
        var cpuBefore = ChildrenCpu();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        watch.Stop();
        var cpuAfter = ChildrenCpu();
        return (process.ExitCode, output.ToString(), watch.Elapsed, cpuAfter - cpuBefore);
    }

    /// <summary>getrusage(RUSAGE_CHILDREN): CPU time of all waited-for descendants of this process.</summary>
    private static TimeSpan? ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var usage = new long[18];
        if (GetRusage(-1, usage) != 0)
        {
            return null;
        }

        // struct rusage starts with ru_utime and ru_stime, each a timeval of (seconds, microseconds).
        return TimeSpan.FromSeconds(usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, long[] usage);

    private static string Write(string folder, string name, string project, string program)
    {
        var path = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(path, project);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);

        // Keep the repository's Directory.Build.props and central package versions out: this is a user's project.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        return path;
    }
}
