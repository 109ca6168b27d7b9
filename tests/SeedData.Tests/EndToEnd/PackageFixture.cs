using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace SeedData.Tests.EndToEnd;

/// <summary>
/// Packs the SeedData package once into a fresh folder and makes consumer projects that restore it
/// from there only, with their own packages folder so that no earlier pack is served from a cache.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "seeddata-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        var (exitCode, output) = DotNet.Run(DotNet.RepoRoot(), "pack", "src/SeedData/SeedData.csproj", "-c", "Release", "-o", Feed);
        Assert.True(exitCode == 0, output);
        Package = Directory.GetFiles(Feed, "SeedData.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(Package).Substring("SeedData.".Length);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Package { get; }

    public string Version { get; }

    /// <summary>Writes a console app that references only the SeedData package, plus its seeds and code.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files, string extraProjectXml = "")
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <!-- The consumer lives under the test's temp folder: keep the repository's build settings out. -->
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SeedData" Version="{Version}" />
              </ItemGroup>
              {extraProjectXml}
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }
}
