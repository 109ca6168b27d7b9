using System;
using System.IO;
using SeedData.Testing;
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
    public void Tool_installs_from_a_packed_feed_and_runs()
    {
        var root = Path.Combine(_folders.Root, "install");
        var tools = Path.Combine(root, "tools");
        var project = Path.Combine(Repository.Root, "src", "SeedData.Tool", "SeedData.Tool.csproj");
        var feed = LocalFeed.Pack(root, project, "SeedData.Tool", "--no-build", "--no-restore", "-c", SeedDataTool.Configuration);

        var config = feed.WriteNuGetConfig(root);
        var (installed, installOutput) = DotNet.Run(root, "tool", "install", "--tool-path", tools, "--configfile", config, "--version", feed.Version, "SeedData.Tool");
        Assert.True(installed == 0, installOutput);

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "seeddata.exe" : "seeddata");
        Assert.True(File.Exists(command), installOutput);
        var result = ChildProcess.Run(command, _folders.Root, new[] { "check", "bad" });
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(SeedDataTool.Run(_folders.Root, "check", "bad").Output, result.StandardOutput);
        Assert.Contains("seed(s)", result.StandardError, StringComparison.Ordinal);
    }
}
