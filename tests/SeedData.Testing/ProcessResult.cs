using System;

namespace SeedData.Testing;

/// <summary>How a child process ended and everything it printed.</summary>
/// <param name="Cpu">
/// On Linux, the CPU time (user + system) of the process and every descendant it waited for; null elsewhere.
/// A build's figure is whole only with <c>-p:UseSharedCompilation=false</c>: the compiler server is not a descendant.
/// </param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, TimeSpan? Cpu)
{
    /// <summary>Standard output, then standard error: what a person at the terminal would read.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>For <c>var (exitCode, output) = DotNet.Run(...)</c>.</summary>
    public void Deconstruct(out int exitCode, out string output)
    {
        exitCode = ExitCode;
        output = Output;
    }

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + StandardOutput + "\n--- stderr\n" + StandardError;
}
