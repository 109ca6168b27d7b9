using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;

namespace SeedData.Testing;

/// <summary>
/// Starts and runs the processes tests need (<c>dotnet</c>, the seeddata tool, a language server, a scorer),
/// all with one environment, so that what a test sees does not depend on how it was started:
/// <list type="bullet">
/// <item>MSBuild state of the outer build is removed (every <c>MSBuild*</c>/<c>MSBUILD*</c> variable and
/// <c>DOTNET_HOST_PATH</c>): <c>dotnet test</c> hands the test host its own SDK paths, and a consumer build
/// or a language server must find its SDK as a user's shell does.</item>
/// <item><c>DOTNET_CLI_TELEMETRY_OPTOUT</c> and <c>DOTNET_NOLOGO</c>: no telemetry, no first-run banner in
/// the output tests read; <c>DOTNET_CLI_UI_LANGUAGE=en</c>: tests match the SDK's English messages.</item>
/// <item><c>MSBUILDDISABLENODEREUSE=1</c> and <c>DOTNET_CLI_USE_MSBUILD_SERVER=0</c>: MSBuild's worker
/// nodes and server end with the build, so no build a test starts outlives it (holding files in its temp
/// folder, or memory on a shared machine) or serves the next test from another build's state. The compiler
/// server stays on, as users have it: it spares each consumer build the compiler's start-up. Measurements
/// that must count every CPU second pass <c>-p:UseSharedCompilation=false</c> (the server is not a descendant).</item>
/// </list>
/// </summary>
public static class ChildProcess
{
    /// <summary>How long <see cref="Run"/> waits by default before it kills the process tree.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A start info with redirected UTF-8 output and the environment described on this class.</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in start.Environment.Keys.ToList())
        {
            if (variable.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || variable == "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(variable);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        return start;
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> to its end and returns what it printed. Past <paramref name="timeout"/>
    /// (default <see cref="DefaultTimeout"/>) the process tree is killed and a <see cref="TimeoutException"/>
    /// carries the output so far.
    /// </summary>
    public static ProcessResult Run(string fileName, string workingDirectory, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = StartInfo(fileName, workingDirectory, arguments);
        var cpuBefore = ChildrenCpu();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);

        // Both streams are read at once: a process that fills one pipe while the other is awaited would hang.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);

            // A process outside the tree (a build server) may still hold the pipes: wait for the output only briefly.
            var printed = Task.WaitAll(new Task[] { output, error }, TimeSpan.FromSeconds(10)) ? output.Result + error.Result : "(the output was not closed)";
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalMinutes:0.#} min.\n{printed}");
        }

        Task.WaitAll(output, error);
        watch.Stop();
        return new ProcessResult(process.ExitCode, output.Result, error.Result, watch.Elapsed, ChildrenCpu() - cpuBefore);
    }

    /// <summary>getrusage(RUSAGE_CHILDREN): CPU time of all waited-for descendants of this process (Linux only).</summary>
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

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, long[] usage);
}
