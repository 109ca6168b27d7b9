using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator;
using SeedData.Testing;

namespace SeedData.IdeTests.Infrastructure;

/// <summary>
/// A C# project in Roslyn's <see cref="AdhocWorkspace"/> (the same MEF services an editor hosts), with
/// SeedData's generator as an analyzer reference, the seeds as additional documents and their
/// SeedDataRole=Seed metadata in a global analyzer config, the way the SDK passes item metadata.
/// </summary>
public sealed class IdeWorkspace : IDisposable
{
    public const string ProjectFolder = "/project/";
    public const string CodePath = ProjectFolder + "Program.cs";

    /// <summary>Where <see cref="Code(string)"/> puts the caret.</summary>
    public const string Caret = "$$";

    private readonly AdhocWorkspace _workspace = new();
    private readonly ProjectId _projectId;
    private readonly DocumentId _codeId;
    private readonly Dictionary<string, DocumentId> _seedIds = new(StringComparer.Ordinal);
    private readonly DocumentId _configId;

    /// <param name="seeds">Seed file names (under seeds/) and their text.</param>
    /// <param name="metadata">Extra AdditionalFiles metadata per seed file name, such as SeedDataName.</param>
    public IdeWorkspace(IReadOnlyDictionary<string, string> seeds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
    {
        _projectId = ProjectId.CreateNewId("Consumer");
        _codeId = DocumentId.CreateNewId(_projectId, "Program.cs");
        _configId = DocumentId.CreateNewId(_projectId, ".globalconfig");

        var project = ProjectInfo.Create(
                _projectId,
                VersionStamp.Create(),
                "Consumer",
                "Consumer",
                LanguageNames.CSharp,
                filePath: ProjectFolder + "Consumer.csproj",
                compilationOptions: ConsumerCompilation.Options,
                // With DocumentationMode.None the compiler drops doc comments and QuickInfo shows no summary.
                parseOptions: ConsumerCompilation.ParseOptions,
                metadataReferences: ConsumerCompilation.References,
                analyzerReferences: new AnalyzerReference[] { new InMemoryGeneratorReference() });

        var solution = _workspace.CurrentSolution.AddProject(project)
            .AddDocument(_codeId, "Program.cs", SourceText.From(string.Empty), filePath: CodePath);

        foreach (var (name, text) in seeds)
        {
            var id = DocumentId.CreateNewId(_projectId, name);
            _seedIds.Add(name, id);
            solution = solution.AddAdditionalDocument(id, name, SourceText.From(text, Encoding.UTF8), filePath: SeedPath(name));
        }

        solution = solution.AddAnalyzerConfigDocument(_configId, ".globalconfig", SourceText.From(GlobalConfig(seeds.Keys, metadata)), filePath: ProjectFolder + ".globalconfig");
        Apply(solution);
    }

    public Solution Solution => _workspace.CurrentSolution;

    public Document CodeDocument => Solution.GetDocument(_codeId)!;

    public static string SeedPath(string name) => ProjectFolder + "seeds/" + name;

    /// <summary>
    /// Sets the .cs file to <paramref name="code"/> (with <see cref="Caret"/> removed) and returns the
    /// caret position. Setting the text again is what an editor does on every keystroke; it is also what
    /// makes Roslyn pick up generator output that changed after an additional-document edit.
    /// </summary>
    public int Code(string code)
    {
        var position = code.IndexOf(Caret, StringComparison.Ordinal);
        Apply(Solution.WithDocumentText(_codeId, SourceText.From(code.Replace(Caret, string.Empty))));
        return position;
    }

    /// <summary>Replaces a seed's text, as saving it in the editor does.</summary>
    public void EditSeed(string name, string text) =>
        Apply(Solution.WithAdditionalDocumentText(_seedIds[name], SourceText.From(text, Encoding.UTF8)));

    public async Task<IReadOnlyList<CompletionItem>> CompleteAsync(int position)
    {
        var service = CompletionService.GetService(CodeDocument) ?? throw new InvalidOperationException("no completion service");
        var list = await service.GetCompletionsAsync(CodeDocument, position);
        return list.ItemsList.ToList();
    }

    public async Task<string> CompletionDescriptionAsync(CompletionItem item)
    {
        var service = CompletionService.GetService(CodeDocument)!;
        var description = await service.GetDescriptionAsync(CodeDocument, item);
        return description?.Text ?? string.Empty;
    }

    /// <summary>The QuickInfo sections by kind (Description, DocumentationComments, RemarksDocumentationComments, ...).</summary>
    public async Task<IReadOnlyDictionary<string, string>> QuickInfoAsync(int position)
    {
        var service = QuickInfoService.GetService(CodeDocument) ?? throw new InvalidOperationException("no QuickInfo service");
        var info = await service.GetQuickInfoAsync(CodeDocument, position) ?? throw new InvalidOperationException("no QuickInfo at " + position);
        return info.Sections.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(s => s.Text)));
    }

    /// <summary>
    /// Where go-to-definition leads from <paramref name="position"/>: the symbol's source definition and
    /// the document holding it (a <see cref="SourceGeneratedDocument"/> for generated members).
    /// </summary>
    public async Task<(Document? Document, Location Location)> DefinitionAsync(int position)
    {
        var symbol = await SymbolFinder.FindSymbolAtPositionAsync(CodeDocument, position) ?? throw new InvalidOperationException("no symbol at " + position);
        var definition = await SymbolFinder.FindSourceDefinitionAsync(symbol, Solution) ?? symbol;
        var location = definition.Locations.First(l => l.IsInSource);
        var generated = await Solution.GetProject(_projectId)!.GetSourceGeneratedDocumentsAsync();
        var document = Solution.GetDocument(location.SourceTree) ?? generated.FirstOrDefault(d => d.FilePath == location.SourceTree!.FilePath);
        return (document, location);
    }

    /// <summary>Compilation errors and warnings of the project, generated code included.</summary>
    public async Task<IReadOnlyList<Diagnostic>> ProblemsAsync()
    {
        var compilation = await Solution.GetProject(_projectId)!.GetCompilationAsync();
        return compilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Times an async call, for the timings the tests report.</summary>
    public static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await call();
        return (result, watch.Elapsed);
    }

    private void Apply(Solution solution)
    {
        if (!_workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace refused the change.");
        }
    }

    /// <summary>
    /// What the SDK writes to GeneratedMSBuildEditorConfig.editorconfig for compiler-visible item
    /// metadata: a global config with one section per file, keyed by its full path.
    /// </summary>
    private static string GlobalConfig(IEnumerable<string> seeds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata)
    {
        var config = new StringBuilder("is_global = true\n");
        foreach (var name in seeds)
        {
            config.Append('\n').Append('[').Append(SeedPath(name)).Append("]\n");
            config.Append("build_metadata.AdditionalFiles.SeedDataRole = Seed\n");
            if (metadata is not null && metadata.TryGetValue(name, out var extra))
            {
                foreach (var (key, value) in extra)
                {
                    config.Append("build_metadata.AdditionalFiles.").Append(key).Append(" = ").Append(value).Append('\n');
                }
            }
        }

        return config.ToString();
    }

    /// <summary>The generator, handed to the workspace in memory (no analyzer assembly loading).</summary>
    private sealed class InMemoryGeneratorReference : AnalyzerReference
    {
        private static readonly ImmutableArray<ISourceGenerator> Generators = ImmutableArray.Create(new SeedDataGenerator().AsSourceGenerator());

        public override string? FullPath => null;

        public override string Display => "SeedData.Generator (in memory)";

        public override object Id => typeof(SeedDataGenerator);

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? Generators : ImmutableArray<ISourceGenerator>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
    }
}
