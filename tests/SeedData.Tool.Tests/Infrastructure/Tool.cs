using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tool.Tests.Infrastructure;

/// <summary>One run of the tool: what it wrote and how it exited.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "\n--- stderr\n" + Error;
}

/// <summary>A diagnostic as the compiler prints it (and the tool): full path, line, column, severity, ID and message.</summary>
public sealed record PrintedDiagnostic(string? Path, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Format = new(@"^(?:(?<path>.+)\((?<line>\d+),(?<column>\d+)\)|seeddata) ?: (?<severity>error|warning|info) (?<id>SEED\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant);

    /// <summary>Parses the tool's text output; paths are made full from <paramref name="workingDirectory"/>.</summary>
    public static List<PrintedDiagnostic> Parse(string output, string workingDirectory)
    {
        var list = new List<PrintedDiagnostic>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Format.Match(line);
            if (!match.Success)
            {
                throw new FormatException("Not in the compiler's format: " + line);
            }

            var path = match.Groups["path"].Success ? System.IO.Path.GetFullPath(System.IO.Path.Combine(workingDirectory, match.Groups["path"].Value)) : null;
            list.Add(new PrintedDiagnostic(
                path,
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0,
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value));
        }

        return list;
    }

    /// <summary>A generator diagnostic as the build would print it (the message followed by the help link).</summary>
    public static PrintedDiagnostic From(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " (" + diagnostic.Descriptor.HelpLinkUri + ")";
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        if (diagnostic.Location == Location.None)
        {
            return new PrintedDiagnostic(null, 0, 0, severity, diagnostic.Id, message);
        }

        var span = diagnostic.Location.GetLineSpan();
        return new PrintedDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity, diagnostic.Id, message);
    }
}

/// <summary>Runs the built tool (<c>dotnet SeedData.Tool.dll</c>) as curators and CI do.</summary>
public static class SeedDataTool
{
    /// <summary>The tool's own build output (the test project builds it first).</summary>
    public static string Assembly { get; } = Metadata("SeedDataToolAssembly");

    /// <summary>The build configuration of the tests, hence of the tool, generator and runtime they built first.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The repository's seeds/ folder.</summary>
    public static string RepositorySeeds { get; } = System.IO.Path.GetFullPath(Metadata("RepoSeeds"));

    public static ToolResult Run(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(Assembly), "The tool is not built at " + Assembly);
        var result = ChildProcess.Run("dotnet", workingDirectory, new[] { Assembly }.Concat(arguments), TimeSpan.FromMinutes(2));
        return new ToolResult(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    private static string Metadata(string key) =>
        typeof(SeedDataTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
