using System;
using System.IO;
using System.Linq;

namespace SeedData.Testing;

/// <summary>
/// A package packed into a folder of its own, and the nuget.config that restores from that folder only, into a
/// packages folder of its own: no package of an earlier pack is served from a machine-wide cache.
/// </summary>
public sealed class LocalFeed
{
    /// <summary>The folder that holds the feed (<c>feed/</c>) and the packages folder (<c>packages/</c>).</summary>
    public required string Root { get; init; }

    public string Folder => Path.Combine(Root, "feed");

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>The .nupkg file.</summary>
    public required string Package { get; init; }

    public required string Version { get; init; }

    /// <summary>
    /// <c>dotnet pack</c>s <paramref name="project"/> (a path under the repository, with <paramref name="packArguments"/>)
    /// into <paramref name="root"/>/feed and finds the one <paramref name="packageId"/> package there. Runs from the
    /// repository root, so that its global.json picks the SDK.
    /// </summary>
    public static LocalFeed Pack(string root, string project, string packageId, params string[] packArguments)
    {
        var folder = Path.Combine(root, "feed");
        Directory.CreateDirectory(folder);
        var (exitCode, output) = DotNet.Run(Repository.Root, new[] { "pack", project, "-o", folder }.Concat(packArguments).ToArray());
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack " + project + " failed:\n" + output);
        }

        var package = Directory.GetFiles(folder, packageId + ".*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)[packageId.Length + 1]));
        return new LocalFeed { Root = root, Package = package, Version = Path.GetFileNameWithoutExtension(package).Substring(packageId.Length + 1) };
    }

    /// <summary>Writes <paramref name="folder"/>/nuget.config: this feed as the only source, <see cref="PackagesFolder"/> as the cache. Returns its path.</summary>
    public string WriteNuGetConfig(string folder)
    {
        var path = Path.Combine(folder, "nuget.config");
        ConsumerProject.WriteFile(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Folder}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
            </configuration>
            """);
        return path;
    }
}
