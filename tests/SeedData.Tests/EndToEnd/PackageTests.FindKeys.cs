using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.EndToEnd;

// Find("…") keys checked at build time (SEED0401, docs/diagnostics.md): part of PackageTests so that it reuses its one pack.
public partial class PackageTests
{
    private const string BudgetSeed = "Germany's coalition row over budget deepens\n\nFinance minister Christian Lindner rejected new borrowing on Monday. “We will not break the debt brake,” Lindner said in Berlin.\n";
    private const string BlinkenSeed = "US Secretary of State Blinken calls on China\n\nAntony Blinken met Chinese officials in Beijing on Friday. “We have made our concerns clear,” Blinken told reporters.\n";

    private const string FindKeysProgram = """
        using SeedData;

        System.Console.WriteLine(Articles.Find("004_germany-budget-row")?.Headline);
        System.Console.WriteLine(Articles.Find("004_germany-budget-rwo")?.Headline);
        System.Console.WriteLine(Entities.Find("Blinken")?.Name);
        System.Console.WriteLine(Entities.Find("Blinkne")?.Name);
        """;

    private const string HelpLink = " (https://github.com/seeddata/seeddata/blob/main/docs/diagnostics.md#seed0401)";

    [Fact]
    public void Package_ships_the_code_fixes_and_the_completion_provider_next_to_the_generator()
    {
        using var zip = ZipFile.OpenRead(_package.Package);
        var analyzers = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)).OrderBy(e => e, System.StringComparer.Ordinal);

        Assert.Equal(new[] { "analyzers/dotnet/cs/SeedData.CodeFixes.dll", "analyzers/dotnet/cs/SeedData.Generator.dll", "analyzers/dotnet/cs/SeedData.Ide.dll" }, analyzers);
    }

    /// <summary>
    /// A console app with one unknown article id and one unknown entity name: the build prints SEED0401 for each at
    /// Program.cs(line,col) of the literal, with the suggestion, and nothing else from SeedData: no SEED0402 (hidden),
    /// and no sign of the compiler failing to load, or loading and rejecting, an assembly of the package's analyzers
    /// folder (CS8032, CS8033, CS8034, CS9057, AD0001). Then the same app with an .editorconfig raising SEED0401 to error.
    /// </summary>
    [Fact]
    public void Unknown_keys_in_Program_cs_are_the_only_SeedData_warnings_of_the_build_and_editorconfig_sets_their_severity()
    {
        var files = new Dictionary<string, string>
        {
            ["seeds/004_germany-budget-row.txt"] = BudgetSeed,
            ["seeds/2024/blinken.txt"] = BlinkenSeed,
            ["Program.cs"] = FindKeysProgram,
        };
        var app = _package.CreateConsumer("FindKeys", files, "<PropertyGroup><TreatWarningsAsErrors>false</TreatWarningsAsErrors></PropertyGroup>");

        var (exitCode, output) = DotNet.Run(app, "build", "-c", "Release");

        Assert.True(exitCode == 0, output);
        var idAt = Position(FindKeysProgram, "\"004_germany-budget-rwo\"");
        var nameAt = Position(FindKeysProgram, "\"Blinkne\"");
        var expected = new[]
        {
            $"Program.cs({idAt}): warning SEED0401: No seed '004_germany-budget-rwo' in this project, so Find returns null; did you mean '004_germany-budget-row'?" + HelpLink,
            $"Program.cs({nameAt}): warning SEED0401: No entity or alias 'Blinkne' in this project, so Find returns null; did you mean 'Blinken'?" + HelpLink,
        };
        Assert.Equal(expected, SeedDataLines(output));
        foreach (var id in new[] { "CS8032", "CS8033", "CS8034", "CS9057", "AD0001", "SEED0402" })
        {
            Assert.DoesNotContain(id, output);
        }

        files[".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.SEED0401.severity = error\n";
        var strict = _package.CreateConsumer("FindKeysStrict", files, "<PropertyGroup><TreatWarningsAsErrors>false</TreatWarningsAsErrors></PropertyGroup>");
        var (strictExit, strictOutput) = DotNet.Run(strict, "build", "-c", "Release");

        Assert.NotEqual(0, strictExit);
        Assert.Equal(expected.Select(e => e.Replace("warning SEED0401", "error SEED0401")), SeedDataLines(strictOutput));
    }

    /// <summary>"line,col" (1-based) of the first <paramref name="text"/> in <paramref name="code"/>, as the compiler prints it.</summary>
    private static string Position(string code, string text)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var line = System.Array.FindIndex(lines, l => l.Contains(text, System.StringComparison.Ordinal));
        return (line + 1) + "," + (lines[line].IndexOf(text, System.StringComparison.Ordinal) + 1);
    }

    /// <summary>The distinct build-log lines that mention a SEED diagnostic, from the file name on (the log repeats them, with full paths and the project).</summary>
    private static IReadOnlyList<string> SeedDataLines(string output) => output
        .Split('\n')
        .Where(l => l.Contains("SEED", System.StringComparison.Ordinal))
        .Select(l => Regex.Replace(l.Trim(), @"^.*[/\\](?=[^/\\]*\(\d+,\d+\))|\s*\[[^\]]*\.csproj\]$", string.Empty))
        .Distinct()
        .ToList();
}
