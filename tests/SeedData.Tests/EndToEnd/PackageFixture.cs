using System;
using System.Collections.Generic;
using System.IO;
using SeedData.Testing;

namespace SeedData.Tests.EndToEnd;

/// <summary>
/// Packs the SeedData package once into a fresh local feed and makes consumer projects that restore it
/// from there only (<see cref="LocalFeed"/>).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "seeddata-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = LocalFeed.Pack(Root, Path.Combine(Repository.Root, "src", "SeedData", "SeedData.csproj"), "SeedData", "-c", "Release");
    }

    public string Root { get; }

    public LocalFeed Feed { get; }

    public string Package => Feed.Package;

    public string Version => Feed.Version;

    /// <summary>Writes a console app that references only the SeedData package, plus its seeds and code; returns its folder.</summary>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files, string extraProjectXml = "")
    {
        var folder = Path.Combine(Root, name);
        Feed.WriteNuGetConfig(folder);
        ConsumerProject.Write(folder, name, SeedDataReference.Package(Version), files, documented: true, projectXml: extraProjectXml);
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
