using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: `dotnet pack`, then fresh console apps that add only the package
/// reference and a seeds/ folder, built and run with the real SDK.
/// </summary>
[Trait("Category", "EndToEnd")]
public partial class PackageTests : IClassFixture<PackageFixture>
{
    private const string GoodSeed = """
        Port workers in Rotterdam end strike after pay deal

        Dock workers at Europe’s largest port returned to work on Friday. “We got what we came for,” said union leader Marieke Jansen.

        The deal raises wages by six percent.
        """;

    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_holds_the_library_the_generator_and_the_props_and_nothing_else_as_a_reference()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(_package.Package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/SeedData.Generator.dll", entries);
        Assert.Contains("lib/net8.0/SeedData.dll", entries);
        Assert.Contains("buildTransitive/SeedData.props", entries);
        Assert.Contains("buildTransitive/SeedData.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/") && e.Contains("Generator"));

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec.ReadToEnd());
    }

    [Fact]
    public void Console_app_with_only_the_package_reference_builds_warning_free_and_runs()
    {
        var app = _package.CreateConsumer("App", new Dictionary<string, string>
        {
            ["seeds/2024-05-rotterdam.txt"] = GoodSeed,

            // An archive by year (issue 12): one file name in two folders, and a headline saved decomposed (NFD).
            ["seeds/2023/001.txt"] = "Cafe\u0301 owners protest in Zu\u0308rich\n\nOwners of cafés marched on Monday.\n",
            ["seeds/2024/001.txt"] = "Ferry services resume after storm\n\nFerries ran again on Saturday.\n",

            // '#' and ';' start comments where the compiler reads the ids from: the targets escape them.
            ["seeds/tech/c#;f#.txt"] = "Languages meet in Lisbon\n\nDevelopers gathered on Sunday.\n",
            ["Program.cs"] = """
                using SeedData;

                Article article = Articles.PortWorkersInRotterdamEndStrikeAfterPay;
                System.Console.WriteLine(article.Headline);
                System.Console.WriteLine(Articles.Find("2024-05-rotterdam")?.Lead);
                System.Console.WriteLine(Articles.All.Count);
                System.Console.WriteLine("2023: " + Articles.Find("2023/001")?.Lead);
                System.Console.WriteLine("2024: " + Articles.Find("2024/001")?.Headline);
                System.Console.WriteLine("typed: " + Articles.CaféOwnersProtestInZürich.Id);
                System.Console.WriteLine("hash: " + Articles.Find("tech/c#;f#")?.Headline);
                """,
        });

        var (exitCode, output) = DotNet.Run(app, "run");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("warning", output);
        Assert.Contains("Port workers in Rotterdam end strike after pay deal", output);
        Assert.Contains("Dock workers at Europe’s largest port returned to work on Friday.", output);
        Assert.Contains("2023: Owners of cafés marched on Monday.", output);
        Assert.Contains("2024: Ferry services resume after storm", output);
        Assert.Contains("typed: 2023/001", output);
        Assert.Contains("hash: Languages meet in Lisbon", output);

        // The text is compiled in: no seed file is copied next to the app.
        Assert.Empty(Directory.GetFiles(Path.Combine(app, "bin"), "*.txt", SearchOption.AllDirectories));
    }

    [Fact]
    public void Two_projects_that_both_use_SeedData_and_reference_each_other_build_without_type_clashes()
    {
        var library = _package.CreateConsumer("Library", new Dictionary<string, string>
        {
            ["seeds/rotterdam.txt"] = GoodSeed,
            ["Shared.cs"] = """
                namespace Library;

                /// <summary>Exposes an article of this project's corpus.</summary>
                public static class Shared
                {
                    /// <summary>The first article.</summary>
                    public static SeedData.Article First => SeedData.Articles.All[0];
                }
                """,
        });
        File.WriteAllText(Path.Combine(library, "Library.csproj"), File.ReadAllText(Path.Combine(library, "Library.csproj")).Replace("<OutputType>Exe</OutputType>", "<OutputType>Library</OutputType>"));

        var app = _package.CreateConsumer(
            "TwoProjects",
            new Dictionary<string, string>
            {
                ["seeds/other.txt"] = "Another headline about harbours\n\nA lead paragraph that ends here.\n",
                ["Program.cs"] = """
                    System.Console.WriteLine(Library.Shared.First.Headline);
                    System.Console.WriteLine(SeedData.Articles.All[0].Headline);
                    """,
            },
            """<ItemGroup><ProjectReference Include="../Library/Library.csproj" /></ItemGroup>""");

        var (exitCode, output) = DotNet.Run(app, "run");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS0433", output);
        Assert.DoesNotContain("CS0436", output);
        Assert.Contains("Port workers in Rotterdam end strike after pay deal", output);
        Assert.Contains("Another headline about harbours", output);
    }
}
