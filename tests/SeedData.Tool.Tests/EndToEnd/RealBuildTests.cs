using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedData.Testing;
using SeedData.Tool.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tool.Tests.EndToEnd;

/// <summary>
/// The tool against a real <c>dotnet build</c>: a console project that uses SeedData the way the
/// package does (its props and targets, the generator as an analyzer, the runtime library), with the
/// bad seeds in its seeds/ folder. Every error and warning the build prints, the tool prints, at the
/// same file, line and column. The project references the already built generator and runtime by
/// path, so the build touches nothing in the repository.
/// </summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RealBuildTests
{
    private static readonly Regex Printed = new(@"^(?<path>/.+?|[A-Za-z]:\\.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>SEED\d{4}): (?<message>.*?)(?: \[[^\]]+\])?$", RegexOptions.CultureInvariant);

    private readonly SeedFolders _folders;

    public RealBuildTests(SeedFolders folders) => _folders = folders;

    [Fact]
    public void Check_prints_what_a_real_build_prints()
    {
        var app = Path.Combine(_folders.Root, "app");
        var seeds = Path.Combine(app, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(_folders.Bad))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        // Encodings as the compiler reads them: no BOM and not UTF-8 (Windows-1252), UTF-16 with a BOM, and a stray control character in UTF-8 with a BOM.
        File.WriteAllBytes(Path.Combine(seeds, "h-latin1.txt"), System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 owners protest\n\nThe caf\u00e9 owners of Lyon protested on Monday. \"We cannot pay,\" said Marie Dubois.\n"));
        File.WriteAllText(Path.Combine(seeds, "i-utf16.txt"), "Ferry \u00fcber den Fluss\n\nThe ferry ran \u201cagain on Sunday, officials in K\u00f6ln said.\n", new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        File.WriteAllText(Path.Combine(seeds, "j-bom.txt"), "Bridge closes\n\nThe bridge\u0001 closed on Monday in Basel.\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        ConsumerProject.Write(app, "App", SeedDataReference.BuildOutput(SeedDataTool.Configuration), new Dictionary<string, string>
        {
            ["Program.cs"] = "System.Console.WriteLine(SeedData.Articles.All.Count);\n",
        }, warningsAsErrors: false);

        var (_, output) = DotNet.Run(app, "build", "-nologo", "-clp:NoSummary");
        var build = output.Split('\n')
            .Select(line => Printed.Match(line.Trim()))
            .Where(match => match.Success)
            .Select(match => new PrintedDiagnostic(match.Groups["path"].Value, int.Parse(match.Groups["line"].Value), int.Parse(match.Groups["column"].Value), match.Groups["severity"].Value, match.Groups["id"].Value, match.Groups["message"].Value))
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        Assert.True(build.Count >= 5, output);

        var result = SeedDataTool.Run(app, "check", "seeds");
        Assert.Equal(1, result.ExitCode);
        var tool = PrintedDiagnostic.Parse(result.Output, app).Where(d => d.Severity != "info").ToList();
        Assert.Equal(build, tool);
    }
}
