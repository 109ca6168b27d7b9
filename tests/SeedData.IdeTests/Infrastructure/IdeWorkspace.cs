using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator;
using SeedData.Generator.Analyzers;
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
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? _metadata;

    /// <param name="seeds">Seed file names (under seeds/) and their text.</param>
    /// <param name="metadata">Extra AdditionalFiles metadata per seed file name, such as SeedDataName.</param>
    public IdeWorkspace(IReadOnlyDictionary<string, string> seeds, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
    {
        _projectId = ProjectId.CreateNewId("Consumer");
        _codeId = DocumentId.CreateNewId(_projectId, "Program.cs");
        _configId = DocumentId.CreateNewId(_projectId, ".globalconfig");
        _metadata = metadata;

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
                // SeedData.Ide is loaded from its file, as an IDE loads it from the package's analyzers folder.
                analyzerReferences: new AnalyzerReference[] { new InMemoryGeneratorReference(), IdeAssemblyReference.Instance });

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

    /// <summary>What accepting <paramref name="item"/> does to the code file: its text afterwards, and where the caret goes.</summary>
    public async Task<(string Text, int? Caret)> AcceptAsync(CompletionItem item)
    {
        var service = CompletionService.GetService(CodeDocument)!;
        var change = await service.GetChangeAsync(CodeDocument, item);
        var text = (await CodeDocument.GetTextAsync()).WithChanges(change.TextChange);
        return (text.ToString(), change.NewPosition);
    }

    /// <summary>The analyzers' diagnostics on the code file (every severity), as the IDE's live analysis computes them.</summary>
    public async Task<IReadOnlyList<Diagnostic>> AnalyzerDiagnosticsAsync()
    {
        var project = Solution.GetProject(_projectId)!;
        var analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var compilation = await project.GetCompilationAsync();
        var diagnostics = await compilation!.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    /// <summary>Renames a seed file (its id changes with its name), as renaming it in the editor's explorer does.</summary>
    public void RenameSeed(string name, string newName)
    {
        var old = Solution.GetAdditionalDocument(_seedIds[name])!;
        var id = DocumentId.CreateNewId(_projectId, newName);
        var solution = Solution.RemoveAdditionalDocument(old.Id)
            .AddAdditionalDocument(id, newName, old.GetTextAsync().Result, filePath: SeedPath(newName));
        _seedIds.Remove(name);
        _seedIds.Add(newName, id);
        Apply(solution.WithAnalyzerConfigDocumentText(_configId, SourceText.From(GlobalConfig(_seedIds.Keys, _metadata))));
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

    /// <summary>SeedData.Ide.dll as an analyzer file reference: Roslyn's completion service finds its provider by the export attribute.</summary>
    private static class IdeAssemblyReference
    {
        public static readonly AnalyzerFileReference Instance = new(typeof(SeedData.Ide.DatasetKeyCompletionProvider).Assembly.Location, new LoadedAssemblies());

        /// <summary>Hands out the assembly the test already loaded, so that its CompletionProvider is the workspace's type.</summary>
        private sealed class LoadedAssemblies : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public System.Reflection.Assembly LoadFromPath(string fullPath) =>
                AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.Location == fullPath)
                ?? System.Reflection.Assembly.LoadFrom(fullPath);
        }
    }

    /// <summary>The generator and its analyzer, handed to the workspace in memory (no analyzer assembly loading).</summary>
    private sealed class InMemoryGeneratorReference : AnalyzerReference
    {
        private static readonly ImmutableArray<ISourceGenerator> Generators = ImmutableArray.Create(new SeedDataGenerator().AsSourceGenerator());

        public override string? FullPath => null;

        public override string Display => "SeedData.Generator (in memory)";

        public override object Id => typeof(SeedDataGenerator);

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DatasetKeyAnalyzer());

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) =>
            language == LanguageNames.CSharp ? Analyzers : ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => Analyzers;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? Generators : ImmutableArray<ISourceGenerator>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
    }
}
