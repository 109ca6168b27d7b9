using System;

namespace SeedData.Testing;

/// <summary>The dotnet CLI as a user runs it, in the environment of <see cref="ChildProcess"/>.</summary>
public static class DotNet
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> (killed after <see cref="ChildProcess.DefaultTimeout"/>).</summary>
    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run("dotnet", workingDirectory, arguments);

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>, killed after <paramref name="timeout"/>.</summary>
    public static ProcessResult Run(TimeSpan timeout, string workingDirectory, params string[] arguments) =>
        ChildProcess.Run("dotnet", workingDirectory, arguments, timeout);
}
