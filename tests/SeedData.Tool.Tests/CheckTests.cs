using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedData.Testing;
using SeedData.Tool.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tool.Tests;

/// <summary><c>seeddata check</c>: the build's diagnostics, exit codes, severities, SARIF.</summary>
[Collection(ToolCollection.Name)]
public sealed class CheckTests
{
    private readonly SeedFolders _folders;

    public CheckTests(SeedFolders folders) => _folders = folders;

    [Fact]
    public void Repository_seeds_check_clean_like_the_build()
    {
        var result = SeedDataTool.Run(Path.GetDirectoryName(SeedDataTool.RepositorySeeds)!, "check", "seeds");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Generator(SeedDataTool.RepositorySeeds), PrintedDiagnostic.Parse(result.Output, Path.GetDirectoryName(SeedDataTool.RepositorySeeds)!));
    }

    [Fact]
    public void Bad_seeds_give_the_generators_diagnostics_and_exit_1()
    {
        var result = SeedDataTool.Run(_folders.Root, "check", "bad");
        Assert.True(result.ExitCode == 1, result.ToString());

        var printed = PrintedDiagnostic.Parse(result.Output, _folders.Root);
        var expected = Generator(_folders.Bad);
        Assert.Equal(expected, printed);

        // The folder was made to hit these (so the comparison above is not vacuous).
        var ids = printed.Select(d => d.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "SEED0001", "SEED0003", "SEED0004", "SEED0006", "SEED0103", "SEED0104", "SEED0201" }, ids);
        Assert.Contains(printed, d => d.Id == "SEED0001" && d.Severity == "error" && d.Path == Path.Combine(_folders.Bad, "a-empty.txt") && d.Line == 1 && d.Column == 1);
        Assert.Contains("bad" + Path.DirectorySeparatorChar + "b-unclosed.txt(", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_follow_warnaserror_nowarn_and_globalconfig()
    {
        var plain = SeedDataTool.Run(_folders.Root, "check", "warnings");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains(": warning SEED0003: ", plain.Output, StringComparison.Ordinal);

        var strict = SeedDataTool.Run(_folders.Root, "check", "warnings", "--warnaserror");
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Contains(": error SEED0003: ", strict.Output, StringComparison.Ordinal);

        var one = SeedDataTool.Run(_folders.Root, "check", "warnings", "--warnaserror-id", "SEED0003");
        Assert.Equal(1, one.ExitCode);

        var silenced = SeedDataTool.Run(_folders.Root, "check", "warnings", "--warnaserror", "--nowarn", "SEED0003");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("SEED0003", silenced.Output, StringComparison.Ordinal);

        var config = Path.Combine(_folders.Root, "strict.globalconfig");
        File.WriteAllText(config, "is_global = true\ndotnet_diagnostic.SEED0003.severity = error\n");
        var configured = SeedDataTool.Run(_folders.Root, "check", "warnings", "--globalconfig", config);
        Assert.True(configured.ExitCode == 1, configured.ToString());
        Assert.Contains(": error SEED0003: ", configured.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option", "--", "bad")]
    [InlineData("check", "no-such-folder")]
    [InlineData("export", "bad", "--format", "csv")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2(params string[] arguments)
    {
        var result = SeedDataTool.Run(_folders.Root, arguments);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_error_without_a_stack_trace()
    {
        var result = SeedDataTool.Run(_folders.Root, "report", "warnings", "-o", Path.Combine(_folders.Root, "no-such-folder", "report.html"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("seeddata: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_every_command()
    {
        var result = SeedDataTool.Run(_folders.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "check", "export", "report" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
            var help = SeedDataTool.Run(_folders.Root, command, "--help");
            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains("--gazetteer", help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sarif_log_has_the_same_results()
    {
        var text = PrintedDiagnostic.Parse(SeedDataTool.Run(_folders.Root, "check", "bad").Output, _folders.Root);
        var sarifPath = Path.Combine(_folders.Root, "bad.sarif");
        var result = SeedDataTool.Run(_folders.Root, "check", "bad", "--format", "sarif", "-o", sarifPath);
        Assert.True(result.ExitCode == 1, result.ToString());

        using var log = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("seeddata", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var rulesById = driver.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Contains("SEED0001", rules);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(text.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var sarif = results[i];
            Assert.Equal(text[i].Id, sarif.GetProperty("ruleId").GetString());
            Assert.Contains(text[i].Id, rules);
            Assert.Equal(text[i].Severity == "info" ? "note" : text[i].Severity, sarif.GetProperty("level").GetString());
            Assert.Equal(text[i].Message, sarif.GetProperty("message").GetProperty("text").GetString() + " (" + rulesById[text[i].Id].GetProperty("helpUri").GetString() + ")");
            if (text[i].Path is null)
            {
                continue;
            }

            var location = Assert.Single(sarif.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Equal(text[i].Path, Path.GetFullPath(Path.Combine(_folders.Root, Uri.UnescapeDataString(uri))));
            Assert.Equal(text[i].Line, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(text[i].Column, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        }
    }

    /// <summary>What the generator reports for the folder, run in memory as the compiler runs it, in the tool's order.</summary>
    internal static List<PrintedDiagnostic> Generator(string folder)
    {
        var harness = new GeneratorHarness(SeedFolders.AsAdditionalFiles(folder), trackSteps: false);
        return harness.RunGeneratorsOnly().Diagnostics
            .Select(PrintedDiagnostic.From)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }
}
