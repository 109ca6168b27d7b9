using System.Collections.Generic;
using System.IO;

namespace SeedData.Testing;

/// <summary>
/// Writes throw-away projects that use SeedData the way a user's project does: a net10.0 SDK project with
/// nullable on, built by the real <c>dotnet</c> (<see cref="DotNet"/>).
/// </summary>
public static class ConsumerProject
{
    /// <summary>
    /// Writes <paramref name="folder"/>/<paramref name="name"/>.csproj and <paramref name="files"/> (paths relative
    /// to the folder), and returns the project's path. The folder gets its own empty Directory.Build.props,
    /// Directory.Build.targets and Directory.Packages.props: MSBuild stops at the nearest of each, so neither this
    /// repository's settings nor any above a temp folder reach a user's project.
    /// </summary>
    /// <param name="warningsAsErrors">TreatWarningsAsErrors, as strict users build: generated code must be warning-free.</param>
    /// <param name="documented">GenerateDocumentationFile (CS1591 off for the user's own code): generated doc comments must be valid.</param>
    /// <param name="projectXml">More of the project: PropertyGroup and ItemGroup elements.</param>
    public static string Write(
        string folder,
        string name,
        SeedDataReference reference,
        IReadOnlyDictionary<string, string>? files = null,
        string outputType = "Exe",
        bool warningsAsErrors = true,
        bool documented = false,
        string projectXml = "")
    {
        var documentation = documented ? "<GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>$(NoWarn);CS1591</NoWarn>" : string.Empty;
        var project = Path.Combine(folder, name + ".csproj");
        WriteFile(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {reference.ImportsBefore}
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(warningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                {documentation}
              </PropertyGroup>
              <ItemGroup>
                {reference.Items}
              </ItemGroup>
              {projectXml}
              {reference.ImportsAfter}
            </Project>
            """);
        foreach (var boundary in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            WriteFile(Path.Combine(folder, boundary), "<Project />");
        }

        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            WriteFile(Path.Combine(folder, path), text);
        }

        return project;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
