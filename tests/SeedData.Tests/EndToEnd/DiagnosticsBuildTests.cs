using System.Collections.Generic;
using System.IO;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.EndToEnd;

/// <summary>
/// What `dotnet build` prints for a bad seed, and every documented way to change a seed diagnostic's
/// severity (docs/diagnostics.md), checked against the real SDK.
/// </summary>
[Trait("Category", "EndToEnd")]
public class DiagnosticsBuildTests : IClassFixture<PackageFixture>
{
    // Line 3, column 12 holds a BEL control character: SEED0006, a warning by default.
    private const string OddSeed = "Harbour strike ends\n\nDock workers\u0007 returned to work on Friday after a pay deal.\n";
    private const string GoodSeed = "Ferry services resume\n\nFerries ran again on Saturday.\n";

    private readonly PackageFixture _package;

    public DiagnosticsBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_bad_seed_is_reported_at_its_file_line_and_column_and_the_other_seeds_still_build()
    {
        var app = Consumer("Located", string.Empty);

        var (exitCode, output) = DotNet.Run(app, "run", "-p:TreatWarningsAsErrors=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains(Path.Combine(app, "seeds", "odd.txt") + "(3,13): warning SEED0006: Control character U+0007", output);
        Assert.Contains("Ferry services resume", output);
        Assert.Contains("Harbour strike ends", output);
    }

    [Theory]
    [InlineData("globalconfig-error", "", true, "error SEED0006")]
    [InlineData("warnings-as-errors", "<PropertyGroup><WarningsAsErrors>SEED0006</WarningsAsErrors></PropertyGroup>", false, "error SEED0006")]
    [InlineData("nowarn", "<PropertyGroup><NoWarn>$(NoWarn);SEED0006</NoWarn></PropertyGroup>", false, null)]
    [InlineData("item-metadata", """<ItemGroup><AdditionalFiles Update="seeds/odd.txt" SeedDataNoWarn="SEED0006" /></ItemGroup>""", false, null)]
    public void Severity_is_the_users_to_choose(string name, string projectXml, bool globalConfigAsError, string? expected)
    {
        var app = Consumer(name, projectXml);
        if (globalConfigAsError)
        {
            File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SEED0006.severity = error\n");
        }

        var (exitCode, output) = DotNet.Run(app, "build", "-p:TreatWarningsAsErrors=false");

        if (expected is null)
        {
            Assert.True(exitCode == 0, output);
            Assert.DoesNotContain("SEED0006", output);
        }
        else
        {
            Assert.NotEqual(0, exitCode);
            Assert.Contains(expected, output);
        }
    }

    [Fact]
    public void An_editorconfig_section_for_a_seed_file_does_not_change_its_diagnostics()
    {
        // Documented limitation: editorconfig sections apply to C# syntax trees only. Use a
        // .globalconfig, NoWarn or the SeedDataNoWarn item metadata instead.
        var app = Consumer("editorconfig", string.Empty);
        File.WriteAllText(Path.Combine(app, ".editorconfig"), "root = true\n\n[seeds/odd.txt]\ndotnet_diagnostic.SEED0006.severity = none\n");

        var (exitCode, output) = DotNet.Run(app, "build", "-p:TreatWarningsAsErrors=false");

        Assert.True(exitCode == 0, output);
        Assert.Contains("warning SEED0006", output);
    }

    [Fact]
    public void A_compiler_too_old_to_load_the_generator_stops_the_build_with_one_clear_error()
    {
        // CompilerApiVersion is what the SDK's Roslyn targets say about the compiler; an old SDK says roslyn4.7 or less.
        var app = Consumer("old-compiler", string.Empty);

        var (exitCode, output) = DotNet.Run(app, "build", "-p:CompilerApiVersion=roslyn4.7");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error SEED0300: SeedData needs the C# compiler of the .NET 8 SDK or Visual Studio 2022 17.8 or newer", output);
        Assert.DoesNotContain("CS0103", output);
    }

    private string Consumer(string name, string projectXml) =>
        _package.CreateConsumer(
            name,
            new Dictionary<string, string>
            {
                ["seeds/odd.txt"] = OddSeed,
                ["seeds/good.txt"] = GoodSeed,
                ["Program.cs"] = "foreach (var article in SeedData.Articles.All) System.Console.WriteLine(article.Headline);\n",
            },
            projectXml);
}
