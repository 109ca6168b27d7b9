using System.IO;

namespace SeedData.Testing;

/// <summary>How a consumer project written by <see cref="ConsumerProject"/> gets SeedData.</summary>
public sealed class SeedDataReference
{
    /// <summary>No SeedData: a project that only references one that has it, or a baseline without it.</summary>
    public static SeedDataReference None { get; } = new();

    /// <summary>The SeedData package, <paramref name="version"/>, restored from a feed (see <see cref="LocalFeed"/>).</summary>
    public static SeedDataReference Package(string version) =>
        new() { Items = $"<PackageReference Include=\"SeedData\" Version=\"{version}\" />" };

    /// <summary>
    /// This repository's projects, built with the consumer, wired as the package wires them (as src/SeedData.Sample
    /// does): the props and targets, the generator as an analyzer, the runtime library.
    /// </summary>
    public static SeedDataReference Sources() => AsThePackageWires($"""
        <ProjectReference Include="{Src}/SeedData/SeedData.csproj" />
        <ProjectReference Include="{Src}/SeedData.Generator/SeedData.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
        """);

    /// <summary>
    /// This repository's already built runtime and generator (<paramref name="configuration"/>), by path, wired as
    /// the package wires them: the consumer's build touches nothing in the repository.
    /// </summary>
    public static SeedDataReference BuildOutput(string configuration) => AsThePackageWires($"""
        <Reference Include="{Src}/SeedData/bin/{configuration}/net8.0/SeedData.dll" />
        <Analyzer Include="{Src}/SeedData.Generator/bin/{configuration}/netstandard2.0/SeedData.Generator.dll" />
        """);

    internal string ImportsBefore { get; private init; } = string.Empty;

    internal string Items { get; private init; } = string.Empty;

    internal string ImportsAfter { get; private init; } = string.Empty;

    private static string Src => Path.Combine(Repository.Root, "src");

    /// <summary>The package's buildTransitive props and targets around <paramref name="items"/>.</summary>
    private static SeedDataReference AsThePackageWires(string items) => new()
    {
        ImportsBefore = $"<Import Project=\"{Src}/SeedData/buildTransitive/SeedData.props\" />",
        Items = items,
        ImportsAfter = $"<Import Project=\"{Src}/SeedData/buildTransitive/SeedData.targets\" />",
    };
}
