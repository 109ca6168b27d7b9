using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.EndToEnd;

// Several projects (docs/naming.md#several-projects): part of PackageTests so that it reuses its one pack.
public partial class PackageTests
{
    /// <summary>
    /// Every layout of docs/naming.md#several-projects, built from the packed package with the real SDK under
    /// TreatWarningsAsErrors, in one `dotnet build` of one folder (a solution file lists the three top projects;
    /// their project references bring in the rest), then run:
    /// <list type="bullet">
    /// <item>Lib (seeds, InternalsVisibleTo Lib.Tests) + Lib.Tests (no seeds, no package reference of its own): the tests read the library's articles.</item>
    /// <item>App (seeds) referencing Lib, LibA and LibB (seeds each, no InternalsVisibleTo), LibC and LibD.</item>
    /// <item>LibC (seeds, InternalsVisibleTo LibD and LibE) + LibD (seeds, SeedDataNamespace LibD.Data, references LibC): no clash, both datasets usable.</item>
    /// <item>LibE (seeds, references LibC, no namespace of its own): SEED0110 naming LibC, and no warning in generated code.</item>
    /// </list>
    /// Then Lib.Tests once more with SeedDataGenerateWhenEmpty=true, which shows the generator runs there: CS0436.
    /// </summary>
    [Fact]
    public void Library_test_project_app_and_libraries_with_InternalsVisibleTo_build_warning_free_and_each_reads_its_own_dataset()
    {
        var root = Path.Combine(_package.Root, "Layouts");
        _package.Feed.WriteNuGetConfig(root);
        ConsumerProject.WriteFile(Path.Combine(root, "Layouts.slnx"), """
            <Solution>
              <Project Path="App/App.csproj" />
              <Project Path="Lib.Tests/Lib.Tests.csproj" />
              <Project Path="LibE/LibE.csproj" />
            </Solution>
            """);

        Project(root, "Lib", "Library", package: true, "<InternalsVisibleTo Include=\"Lib.Tests\" />", new()
        {
            ["seeds/rotterdam.txt"] = Seed("Port workers in Rotterdam end strike after pay deal"),
            ["seeds/antwerp.txt"] = Seed("Antwerp port opens new container terminal"),
            ["Port.cs"] = PublicClass("Lib", "Port", "public static int Count => SeedData.Articles.All.Count;"),
        });
        Project(root, "Lib.Tests", "Exe", package: false, "<ProjectReference Include=\"../Lib/Lib.csproj\" />", new()
        {
            ["Program.cs"] = """
                System.Console.WriteLine("Lib.Tests: " + SeedData.Articles.All.Count + " articles, " + SeedData.Articles.PortWorkersInRotterdamEndStrikeAfterPay.Headline + ", " + SeedData.Entities.All.Count + " entities");
                """,
        });
        Project(root, "LibA", "Library", package: true, string.Empty, new()
        {
            ["seeds/a.txt"] = Seed("Ferries resume in Hamburg after storm"),
            ["A.cs"] = PublicClass("LibA", "A", "public static string First => SeedData.Articles.All[0].Headline;"),
        });
        Project(root, "LibB", "Library", package: true, string.Empty, new()
        {
            ["seeds/b.txt"] = Seed("Bridge in Lisbon closes for repairs"),
            ["B.cs"] = PublicClass("LibB", "B", "public static string First => SeedData.Articles.All[0].Headline;"),
        });
        Project(root, "LibC", "Library", package: true, "<InternalsVisibleTo Include=\"LibD\" /><InternalsVisibleTo Include=\"LibE\" />", new()
        {
            ["seeds/c.txt"] = Seed("Canal in Gdansk reopens to barges"),
            ["C.cs"] = PublicClass("LibC", "C", "public static string First => SeedData.Articles.All[0].Headline;"),
        });
        Project(root, "LibD", "Library", package: true, "<ProjectReference Include=\"../LibC/LibC.csproj\" />", new()
        {
            ["seeds/d.txt"] = Seed("Dockers in Genoa sign new contract"),
            ["D.cs"] = PublicClass("LibD", "D", "public static string Both => SeedData.Articles.CanalInGdanskReopensToBarges.Headline + \" + \" + LibD.Data.Articles.DockersInGenoaSignNewContract.Headline;"),
        }, "<SeedDataNamespace>LibD.Data</SeedDataNamespace>");
        Project(root, "LibE", "Library", package: true, "<ProjectReference Include=\"../LibC/LibC.csproj\" />", new()
        {
            ["seeds/e.txt"] = Seed("Estuary dredging starts near Bremen"),
        }, "<WarningsNotAsErrors>SEED0110</WarningsNotAsErrors>");
        Project(root, "App", "Exe", package: true, string.Join(string.Empty, new[] { "Lib", "LibA", "LibB", "LibC", "LibD" }.Select(p => $"<ProjectReference Include=\"../{p}/{p}.csproj\" />")), new()
        {
            ["seeds/app.txt"] = Seed("Airport in Oslo adds night flights"),
            ["Program.cs"] = """
                System.Console.WriteLine("App: " + SeedData.Articles.All[0].Headline + "; Lib " + Lib.Port.Count + "; " + LibA.A.First + "; " + LibB.B.First + "; " + LibC.C.First + "; " + LibD.D.Both);
                """,
        });

        var (exitCode, output) = DotNet.Run(root, "build", "Layouts.slnx");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotMatch(@"(error|warning) CS04(33|36)", output);
        Assert.DoesNotContain("error", output.Replace("0 Error(s)", string.Empty));
        // The only warning is LibE's SEED0110 (kept a warning there), which names LibC and the fix.
        var warnings = output.Split('\n').Where(line => line.Contains("warning")).Select(line => line.Trim()).Distinct().ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, line => Assert.Matches(new Regex(@"warning SEED0110: Assembly 'LibC' has SeedData's SeedData\.Articles and SeedData\.Entities too.*Set <SeedDataNamespace>.*LibE\.csproj"), line));

        var (testsExit, tests) = DotNet.Run(root, Path.Combine("Lib.Tests", "bin", "Debug", "net10.0", "Lib.Tests.dll"));
        Assert.True(testsExit == 0, tests);
        Assert.Contains("Lib.Tests: 2 articles, Port workers in Rotterdam end strike after pay deal, ", tests);

        var (appExit, app) = DotNet.Run(root, Path.Combine("App", "bin", "Debug", "net10.0", "App.dll"));
        Assert.True(appExit == 0, app);
        Assert.Contains(
            "App: Airport in Oslo adds night flights; Lib 2; Ferries resume in Hamburg after storm; Bridge in Lisbon closes for repairs; Canal in Gdansk reopens to barges; Canal in Gdansk reopens to barges + Dockers in Genoa sign new contract",
            app);

        // The generator does run in Lib.Tests (it receives the package through Lib): asked for an empty
        // dataset, its own SeedData.Articles hides the library's, which is what a project without seeds got before.
        var (emptyExit, empty) = DotNet.Run(root, "build", Path.Combine("Lib.Tests", "Lib.Tests.csproj"), "--no-restore", "-p:SeedDataGenerateWhenEmpty=true");
        Assert.True(emptyExit != 0, empty);
        Assert.Contains("error CS0436", empty);
    }

    private static string Seed(string headline) => headline + "\n\nThe lead paragraph of this article, told in one sentence.\n";

    private static string PublicClass(string @namespace, string name, string member) => $$"""
        namespace {{@namespace}};

        /// <summary>What other projects may read of this project's dataset.</summary>
        public static class {{name}}
        {
            /// <summary>From the dataset.</summary>
            {{member}}
        }
        """;

    private void Project(string root, string name, string outputType, bool package, string items, Dictionary<string, string> files, string properties = "") =>
        ConsumerProject.Write(
            Path.Combine(root, name),
            name,
            package ? SeedDataReference.Package(_package.Version) : SeedDataReference.None,
            files,
            outputType,
            documented: true,
            projectXml: $"<PropertyGroup>{properties}</PropertyGroup><ItemGroup>{items}</ItemGroup>");
}
