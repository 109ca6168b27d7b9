using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator;

namespace SeedData.Tests.Infrastructure;

/// <summary>A seed as the compiler sees it: an AdditionalFiles item marked with SeedDataRole=Seed.</summary>
public class SeedFile : AdditionalText
{
    private readonly SourceText _text;

    public SeedFile(string path, string text, IReadOnlyDictionary<string, string>? metadata = null)
        : this(path, SourceText.From(text, System.Text.Encoding.UTF8), metadata)
    {
    }

    /// <param name="bytes">The file's bytes when <paramref name="text"/> was decoded from them; otherwise the text is encoded with its own encoding (UTF-8 when it has none).</param>
    public SeedFile(string path, SourceText text, IReadOnlyDictionary<string, string>? metadata = null, byte[]? bytes = null)
    {
        Path = path;
        _text = text;
        _bytes = bytes;
        Metadata = metadata ?? DefaultMetadata(path);
    }

    /// <summary>The seeds folder of the harness's project, as the package's targets see it (SeedDataFolder).</summary>
    public const string SeedsFolder = "/project/seeds/";

    /// <summary>
    /// What the package's build targets give a seed: the role, and for a seed under <see cref="SeedsFolder"/>
    /// its id (the path relative to the folder, without extension) as <c>_SeedDataId</c>.
    /// </summary>
    public static Dictionary<string, string> DefaultMetadata(string path)
    {
        var metadata = new Dictionary<string, string> { ["SeedDataRole"] = "Seed" };
        if (path.StartsWith(SeedsFolder, StringComparison.Ordinal))
        {
            var relative = path.Substring(SeedsFolder.Length);
            metadata["_SeedDataId"] = SeedData.Generator.Parsing.SeedIds.Encode(relative.Substring(0, relative.Length - System.IO.Path.GetExtension(relative).Length));
        }

        return metadata;
    }

    /// <summary>The manifest resource name the package's targets embed this seed under (SeedData/, its id, its extension).</summary>
    public string ResourceName =>
        Metadata.TryGetValue("_SeedDataId", out var id) && SeedData.Generator.Parsing.SeedIds.Read(Path, id).Raw is { } raw
            ? SeedData.Generator.Parsing.SeedIds.ResourceName(raw, Path)
            : SeedData.Generator.Parsing.SeedIds.ResourceName(Path);

    private readonly byte[]? _bytes;

    /// <summary>The file as it is on disk: what the package's build targets embed for the runtime to read.</summary>
    public byte[] FileBytes()
    {
        if (_bytes is not null)
        {
            return _bytes;
        }

        var encoding = _text.Encoding ?? System.Text.Encoding.UTF8;
        return encoding.GetPreamble().Concat(encoding.GetBytes(_text.ToString())).ToArray();
    }

    public bool IsSeed => Metadata.TryGetValue("SeedDataRole", out var role) && role == "Seed";

    public override string Path { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>A seed under /project/seeds/ named <paramref name="id"/>.txt (<paramref name="id"/> may hold folders: <c>2023/001</c>).</summary>
    public static SeedFile Named(string id, string text) => new(SeedsFolder + id + ".txt", text);
}

/// <summary>
/// Runs the generator the way the compiler does: a C# compilation against the .NET reference
/// assemblies and the SeedData runtime, the seeds as additional files, and MSBuild properties as
/// global analyzer options.
/// </summary>
public sealed class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The .NET reference assemblies and the SeedData runtime library.</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SeedData.Article).Assembly.Location))
        .ToImmutableArray();

    private GeneratorDriver _driver;
    private CSharpCompilation _compilation;

    /// <param name="trackSteps">Record every step's inputs and outputs (for incrementality assertions); off, runs cost what they cost in the IDE.</param>
    /// <param name="assemblyName">The compiled project's assembly name.</param>
    /// <param name="extraReferences">References beyond <see cref="References"/>, such as another project built with the generator.</param>
    public GeneratorHarness(IEnumerable<SeedFile> seeds, IReadOnlyDictionary<string, string>? properties = null, string userCode = "", bool trackSteps = true, CSharpParseOptions? parseOptions = null, string assemblyName = "Consumer", IEnumerable<MetadataReference>? extraReferences = null)
    {
        var options = parseOptions ?? ParseOptions;
        Seeds = seeds.ToList();
        Properties = properties ?? new Dictionary<string, string>();
        _compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(userCode, options, path: "/project/Program.cs") },
            extraReferences is null ? References : References.AddRange(extraReferences),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true)
                // As the .NET SDK does by default: unification of reference assembly versions is expected.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new SeedDataGenerator().AsSourceGenerator() },
            Seeds,
            options,
            new OptionsProvider(Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
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
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions, path: path);
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
            .Select(p => new SeedFile("/project/seeds/" + Path.GetFileName(p), File.ReadAllText(p)));
    }

    /// <summary>The file name of the user gazetteer in seeds/ (docs/extraction.md).</summary>
    public const string GazetteerFileName = "gazetteer.txt";

    /// <summary>The repository's seeds/gazetteer.txt as the compiler sees it (SeedDataRole=Gazetteer).</summary>
    public static SeedFile RepositoryGazetteer() =>
        Gazetteer(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RepoSeeds", GazetteerFileName)));

    /// <summary>A gazetteer file with the given text.</summary>
    public static SeedFile Gazetteer(string text) =>
        new("/project/seeds/" + GazetteerFileName, text, new Dictionary<string, string> { ["SeedDataRole"] = "Gazetteer" });

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public OptionsProvider(IReadOnlyDictionary<string, string> properties)
        {
            GlobalOptions = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile is SeedFile seed
                ? new Options(seed.Metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value))
                : Options.Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
