using System;
using System.IO;
using System.Linq;
using SeedData.Tests.EndToEnd;
using SeedData.Tool.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tool.Tests.EndToEnd;

/// <summary>
/// The README's steps for curators: pack the tool to a folder, <c>dotnet tool install</c> it from
/// there, run <c>seeddata</c>. The pack reuses the tool this test project already built (no second
/// build of shared projects while other test projects run); the install uses only that folder.
/// </summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ToolInstallTests
{
    private readonly SeedFolders _folders;

    public ToolInstallTests(SeedFolders folders) => _folders = folders;

    [Fact]
    public async System.Threading.Tasks.Task Tool_installs_from_a_packed_feed_and_runs()
    {
        var root = Path.Combine(_folders.Root, "install");
        var feed = Path.Combine(root, "feed");
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(feed);

        var project = Path.Combine(DotNet.RepoRoot(), "src", "SeedData.Tool", "SeedData.Tool.csproj");
        var configuration = new DirectoryInfo(Path.GetDirectoryName(Path.GetDirectoryName(SeedDataTool.Assembly)!)!).Name;
        var (packed, packOutput) = DotNet.Run(root, "pack", project, "--no-build", "--no-restore", "-c", configuration, "-o", feed);
        Assert.True(packed == 0, packOutput);
        var package = Assert.Single(Directory.GetFiles(feed, "SeedData.Tool.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package).Substring("SeedData.Tool.".Length);

        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
              </config>
            </configuration>
            """);
        var (installed, installOutput) = DotNet.Run(root, "tool", "install", "--tool-path", tools, "--configfile", Path.Combine(root, "nuget.config"), "--version", version, "SeedData.Tool");
        Assert.True(installed == 0, installOutput);

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "seeddata.exe" : "seeddata");
        Assert.True(File.Exists(command), installOutput);
        var start = new System.Diagnostics.ProcessStartInfo(command) { WorkingDirectory = _folders.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("bad");
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(1, process.ExitCode);
        Assert.Equal(PrintedDiagnostic.Parse(SeedDataTool.Run(_folders.Root, "check", "bad").Output, _folders.Root), PrintedDiagnostic.Parse(output, _folders.Root));
        Assert.Contains("#seed0001)", output, StringComparison.Ordinal); // the installed tool links to its own copy of the docs
        Assert.Contains("seed(s)", await error, StringComparison.Ordinal);
    }
}
