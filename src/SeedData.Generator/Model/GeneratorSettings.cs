namespace SeedData.Generator.Model;

/// <summary>The project-wide settings, read from MSBuild properties (see docs/configuration.md).</summary>
/// <param name="Namespace">The namespace of the generated Articles and Entities classes (SeedDataNamespace).</param>
/// <param name="CanEmit">False when the project's C# version cannot compile the generated code: then only diagnostics are reported.</param>
/// <param name="NameSource">What article member names are made from (SeedDataNameSource, docs/naming.md).</param>
/// <param name="GenerateWhenEmpty">
/// SeedDataGenerateWhenEmpty: generate empty <c>Articles</c> and <c>Entities</c> when the project has no seed.
/// Off by default, so that a project that only receives the package through a reference (a test project)
/// does not hide the referenced project's dataset with an empty one of its own (docs/naming.md#several-projects).
/// </param>
internal sealed record GeneratorSettings(string Namespace, bool CanEmit, NameSource NameSource = NameSource.Headline, bool GenerateWhenEmpty = false)
{
    public const string DefaultNamespace = "SeedData";
}

/// <summary>Settings that decide how each seed is read.</summary>
/// <param name="MaxSeedLength">Seeds longer than this many characters are skipped with SEED0009 (SeedDataMaxSeedLength).</param>
internal sealed record ParseSettings(int MaxSeedLength)
{
    public const int DefaultMaxSeedLength = 16 * 1024 * 1024;
}

/// <summary>What article member names are made from when no SeedDataName pins one (docs/naming.md).</summary>
internal enum NameSource
{
    /// <summary>The headline: readable, but a headline edit renames the member.</summary>
    Headline,

    /// <summary>The seed's file name: stable whatever the text says.</summary>
    FileName,
}
