using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Testing;

namespace SeedData.Tool.Tests.Infrastructure;

/// <summary>
/// Seed folders written to a temporary directory once for all tests: a folder of bad seeds (each a
/// different diagnostic), and a folder of hostile seeds (markup and script in the text and the file name).
/// </summary>
public sealed class SeedFolders : IDisposable
{
    public const string HostileHeadline = "Mayor <script>alert(\"headline\")</script> resigns \"><img src=x onerror=alert(1)>";

    public SeedFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "seeddata-tool-tests-" + Guid.NewGuid().ToString("N"));
        Bad = Path.Combine(Root, "bad");
        Hostile = Path.Combine(Root, "hostile");
        Warnings = Path.Combine(Root, "warnings");
        Write(Bad, "a-empty.txt", string.Empty);
        Write(Bad, "b-unclosed.txt", "Council votes on the budget\n\nThe city council met on Monday. “We will vote tomorrow, said Mayor Jane Doe of Springfield.\n");
        Write(Bad, "c-unopened.txt", "Storm hits the coast\n\nThe storm arrived at night.” Residents of Portland fled inland, officials said.\n");
        Write(Bad, "d-control.txt", "Port strike ends\n\nDock workers in Rotterdam returned\u0007 to work on Friday, the union said.\n");
        Write(Bad, "e-copy.txt", "Storm hits the coast\n\nThe storm arrived at night.” Residents of Portland fled inland, officials said.\n");
        Write(Bad, "f-speaker.txt", "Markets fall sharply\n\n“Sell everything.” Stocks fell on Tuesday in Frankfurt and London.\n\n“This is a correction, not a crash,” said Maria Lopez, an analyst at Deutsche Bank.\n");
        Write(Bad, "notes.md", "# not a seed\n");
        Write(Path.Combine(Bad, "2023"), "001.txt", "Harbour reopens after repairs\n\nThe harbour of Dunmore reopened on Monday after two years of repairs.\n");
        Write(Path.Combine(Bad, "2024"), "001.txt", "Harbour closes for the winter\n\nThe harbour of Dunmore closed on Friday for the winter season.\n");
        Write(Bad, "gazetteer.txt", "Person: Jane Doe | Mayor Doe\nthis line means nothing\nLocation: Springfield\n");

        Write(Warnings, "only-warning.txt", "Council votes on the budget\n\nThe city council met on Monday. “We will vote tomorrow, said Mayor Jane Doe of Springfield.\n");

        Write(Hostile, "x\"><img src=y onerror=alert(3)>.txt",
            HostileHeadline + "\n\n" +
            "The mayor of Springfield, John Smith, resigned on Monday. “I leave with pride <b>and</b> \"><img src=z onerror=alert(2)>,” Smith said at City Hall.\n\n" +
            "“<script>alert('quote')</script>,” said Anna Berg, a spokeswoman for the Springfield Council.\n");
        Write(Hostile, "y-normal.txt", "Springfield names a new mayor\n\nThe Springfield Council named Anna Berg mayor on Tuesday. “I am ready,” Berg said.\n");
    }

    public string Root { get; }

    /// <summary>Seeds with errors, warnings and info, a file that is not a seed, a gazetteer with a bad line.</summary>
    public string Bad { get; }

    /// <summary>One seed with a warning and nothing else.</summary>
    public string Warnings { get; }

    /// <summary>Markup and script in headlines, quotes and a file name.</summary>
    public string Hostile { get; }

    /// <summary>The files of <paramref name="folder"/> as the package's props hand them to the compiler (SeedDataRole), for the generator in memory.</summary>
    public static List<SeedFile> AsAdditionalFiles(string folder)
    {
        var files = new List<SeedFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var role = Path.GetFileName(path) == GeneratorHarness.GazetteerFileName ? "Gazetteer" : path.EndsWith(".txt", StringComparison.Ordinal) ? "Seed" : "Unknown";
            var metadata = role == "Seed" ? SeedFile.DefaultMetadata(path, folder) : new Dictionary<string, string> { ["SeedDataRole"] = role };
            files.Add(new SeedFile(path, File.ReadAllText(path), metadata));
        }

        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text, new System.Text.UTF8Encoding(false));
    }
}

/// <summary>The seed folders, shared by every test class of the collection.</summary>
[Xunit.CollectionDefinition(Name)]
public sealed class ToolCollection : Xunit.ICollectionFixture<SeedFolders>
{
    public const string Name = "seeddata";
}
