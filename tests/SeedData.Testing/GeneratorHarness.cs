using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator;

namespace SeedData.Testing;

/// <summary>
/// Runs the generator the way the compiler does: a C# compilation against the .NET reference
/// assemblies and the SeedData runtime, the seeds as additional files, and MSBuild properties as
/// global analyzer options.
/// </summary>
public sealed class GeneratorHarness
{
    private GeneratorDriver _driver;
    private CSharpCompilation _compilation;

    /// <param name="trackSteps">Record every step's inputs and outputs (for incrementality assertions); off, runs cost what they cost in the IDE.</param>
    /// <param name="assemblyName">The compiled project's assembly name.</param>
    /// <param name="extraReferences">References beyond <see cref="ConsumerCompilation.References"/>, such as another project built with the generator.</param>
    public GeneratorHarness(IEnumerable<SeedFile> seeds, IReadOnlyDictionary<string, string>? properties = null, string userCode = "", bool trackSteps = true, CSharpParseOptions? parseOptions = null, string assemblyName = "Consumer", IEnumerable<MetadataReference>? extraReferences = null)
    {
        var options = parseOptions ?? ConsumerCompilation.ParseOptions;
        Seeds = seeds.ToList();
        Properties = properties ?? new Dictionary<string, string>();
        _compilation = ConsumerCompilation.Create(userCode, "/project/Program.cs", assemblyName, options, extraReferences: extraReferences);
        _driver = Driver(Seeds, options, Properties, trackSteps);
    }

    public List<SeedFile> Seeds { get; }

    public IReadOnlyDictionary<string, string> Properties { get; }

    public Compilation? OutputCompilation { get; private set; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; private set; }

    /// <summary>Runs the generator once more on the current inputs and returns the run's result.</summary>
    public GeneratorDriverRunResult Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics);
        OutputCompilation = output;
        GeneratorDiagnostics = diagnostics;
        return _driver.GetRunResult();
    }

    /// <summary>Runs the generator only, without building the output compilation: the part an IDE pays per change.</summary>
    public GeneratorDriverRunResult RunGeneratorsOnly()
    {
        _driver = _driver.RunGenerators(_compilation);
        return _driver.GetRunResult();
    }

    /// <summary>Replaces a seed's text, as an editor save does.</summary>
    public void EditSeed(string path, string text)
    {
        var index = Seeds.FindIndex(s => s.Path == path);
        var replacement = new SeedFile(path, text, Seeds[index].Metadata);
        _driver = _driver.ReplaceAdditionalText(Seeds[index], replacement);
        Seeds[index] = replacement;
    }

    /// <summary>Adds or replaces a C# file of the consuming project.</summary>
    public void EditCode(string path, string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ConsumerCompilation.ParseOptions, path: path);
        var existing = _compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
        _compilation = existing is null ? _compilation.AddSyntaxTrees(tree) : _compilation.ReplaceSyntaxTree(existing, tree);
    }

    /// <summary>
    /// Compiles the output compilation with each seed embedded under the name the package's build
    /// targets give it, as a build does: the generated code reads its text from there.
    /// </summary>
    public Microsoft.CodeAnalysis.Emit.EmitResult Emit(Stream image) =>
        OutputCompilation!.Emit(image, manifestResources: Seeds
            .Where(s => s.IsSeed)
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .GroupBy(s => s.ResourceName) // two seeds with one id: SEED0102 keeps the first
            .Select(g => new ResourceDescription(g.Key, () => new MemoryStream(g.First().FileBytes()), isPublic: true)));

    /// <summary>Every diagnostic of the output compilation (generated code included), plus the generator's own.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics() =>
        OutputCompilation!.GetDiagnostics().AddRange(GeneratorDiagnostics);

    /// <summary>The generated sources by hint name.</summary>
    public static IReadOnlyDictionary<string, string> Sources(GeneratorDriverRunResult result) =>
        result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>
    /// A driver as the compiler creates it, over <paramref name="files"/> with the MSBuild <paramref name="properties"/>;
    /// <paramref name="trackSteps"/> records every step's inputs and outputs (for incrementality tests, not for timing).
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new SeedDataGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ConsumerCompilation.ParseOptions,
            new BuildOptions(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator over <paramref name="seeds"/> and returns the harness after one run.</summary>
    public static GeneratorHarness RunOnce(params SeedFile[] seeds)
    {
        var harness = new GeneratorHarness(seeds);
        harness.Run();
        return harness;
    }

    /// <summary>Loads the seeds of the repository's seeds/ folder (copied next to the test assembly).</summary>
    public static IEnumerable<SeedFile> RepositorySeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "RepoSeeds");
        return Directory.GetFiles(folder, "*.txt").Where(p => Path.GetFileName(p) != GazetteerFileName).OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SeedFile(SeedFile.SeedsFolder + Path.GetFileName(p), File.ReadAllText(p)));
    }

    /// <summary>The file name of the user gazetteer in seeds/ (docs/extraction.md).</summary>
    public const string GazetteerFileName = "gazetteer.txt";

    /// <summary>The repository's seeds/gazetteer.txt as the compiler sees it (SeedDataRole=Gazetteer).</summary>
    public static SeedFile RepositoryGazetteer() =>
        Gazetteer(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RepoSeeds", GazetteerFileName)));

    /// <summary>A gazetteer file with the given text.</summary>
    public static SeedFile Gazetteer(string text) =>
        new(SeedFile.SeedsFolder + GazetteerFileName, text, new Dictionary<string, string> { ["SeedDataRole"] = "Gazetteer" });
}
