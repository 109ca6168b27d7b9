using System;
using System.Collections.Generic;
using System.IO;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Infrastructure;

/// <summary>The test kit's promises that every other test relies on without checking.</summary>
public class TestKitTests
{
    [Fact]
    public void Child_processes_get_the_one_environment_and_none_of_the_outer_builds_MSBuild_state()
    {
        const string Probe = "MSBuildSeedDataKitProbe";
        Environment.SetEnvironmentVariable(Probe, "outer build");
        try
        {
            var environment = ChildProcess.StartInfo("dotnet", Repository.Root, new[] { "--version" }).Environment;

            Assert.False(environment.ContainsKey(Probe));
            Assert.False(environment.ContainsKey("DOTNET_HOST_PATH"));
            Assert.Equal("1", environment["DOTNET_CLI_TELEMETRY_OPTOUT"]);
            Assert.Equal("1", environment["DOTNET_NOLOGO"]);
            Assert.Equal("en", environment["DOTNET_CLI_UI_LANGUAGE"]);
            Assert.Equal("1", environment["MSBUILDDISABLENODEREUSE"]);
            Assert.Equal("0", environment["DOTNET_CLI_USE_MSBUILD_SERVER"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Probe, null);
        }
    }

    [Fact]
    public void DotNet_returns_the_exit_code_and_keeps_standard_output_and_error_apart()
    {
        var version = DotNet.Run(Repository.Root, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StandardOutput);
        Assert.Equal(string.Empty, version.StandardError);

        var unknown = DotNet.Run(Repository.Root, "no-such-command-seeddata");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.NotEqual(string.Empty, unknown.Output);
    }

    [Fact]
    public void A_consumer_project_is_fenced_off_from_the_settings_of_the_folders_above_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "seeddata-kit-" + Guid.NewGuid().ToString("N"));
        try
        {
            var project = ConsumerProject.Write(folder, "App", SeedDataReference.Package("1.2.3"), new Dictionary<string, string> { ["seeds/a.txt"] = "A\n\nB.\n" }, outputType: "Library");

            Assert.Equal(Path.Combine(folder, "App.csproj"), project);
            Assert.Equal("A\n\nB.\n", File.ReadAllText(Path.Combine(folder, "seeds", "a.txt")));
            foreach (var boundary in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                Assert.Equal("<Project />", File.ReadAllText(Path.Combine(folder, boundary)));
            }

            var xml = System.Xml.Linq.XDocument.Load(project);
            Assert.Equal("Library", xml.Root!.Element("PropertyGroup")!.Element("OutputType")!.Value);
            Assert.Contains(xml.Descendants("PackageReference"), r => (string?)r.Attribute("Include") == "SeedData" && (string?)r.Attribute("Version") == "1.2.3");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
