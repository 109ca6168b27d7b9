using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator;
using SeedData.Generator.Analyzers;
using SeedData.Generator.Emit;

namespace SeedData.Benchmarks;

/// <summary>
/// `keys N`: what checking and completing <c>Find("…")</c> keys costs at N synthesised seeds (docs/ide.md).
/// Analyzer: Roslyn's own execution-time telemetry for DatasetKeyAnalyzer over a file of 100 Find calls, on a new
/// compilation each round (as after a keystroke), plus the parts it is made of. Completion: Roslyn's completion
/// service inside <c>Articles.Find("")</c> after a keystroke, with SeedData.Ide and, side by side, without it.
/// </summary>
internal static class KeysCost
{
    private const int Rounds = 20;

    public static void Run(int count) => RunAsync(count).GetAwaiter().GetResult();

    private static async Task RunAsync(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var driver = SeedCorpus.Driver(corpus.FreshTexts());
        driver.RunGeneratorsAndUpdateCompilation(SeedCorpus.Compilation(), out var generated, out _);
        var articles = Keys(generated, "SeedData.Articles");
        var entities = Keys(generated, "SeedData.Entities");
        Console.WriteLine($"{count} seeds: {articles.Keys.Count} article ids, {entities.Keys.Count} entity names and aliases");
        Console.WriteLine($"[DatasetKeys] strings: Articles {KeysText(generated, "SeedData.Articles").Length:N0} chars, Entities {KeysText(generated, "SeedData.Entities").Length:N0} chars");

        Parts(generated, articles, entities);
        await AnalyzerAsync(corpus, articles, entities, misspell: true);
        await AnalyzerAsync(corpus, articles, entities, misspell: false);
        await CompletionAsync(corpus);
    }

    /// <summary>The analyzer's parts, each timed alone: parsing a keys string, a lookup, suggestions for a misspelt key.</summary>
    private static void Parts(Compilation generated, DatasetKeys articles, DatasetKeys entities)
    {
        var articlesText = KeysText(generated, "SeedData.Articles");
        var entitiesText = KeysText(generated, "SeedData.Entities");
        var misspelt = Misspell(articles.Keys[articles.Keys.Count / 2].Text);
        Console.WriteLine($"parse Articles keys: {Median(() => DatasetKeys.Parse(articlesText)):F3} ms; Entities keys: {Median(() => DatasetKeys.Parse(entitiesText)):F3} ms (median of {Rounds})");
        Console.WriteLine($"lookup of a known id: {Median(() => articles.Find(articles.Keys[7].Text), 1000) * 1000:F2} µs; suggestions for '{misspelt}': {Median(() => KeySuggestions.For(misspelt, articles)):F3} ms, for a misspelt entity: {Median(() => KeySuggestions.For(Misspell(entities.Keys[3].Text), entities)):F3} ms");
    }

    private static async Task AnalyzerAsync(SeedCorpus corpus, DatasetKeys articles, DatasetKeys entities, bool misspell)
    {
        // 100 calls: 40 known ids, 20 misspelt ids, 30 known entity names, 10 misspelt names (or all 100 known).
        var calls = new StringBuilder("using SeedData;\ninternal static class UserCode\n{\n    internal static object?[] Keys() => new object?[]\n    {\n");
        for (var i = 0; i < 40; i++)
        {
            calls.Append("        Articles.Find(").Append(SymbolDisplay.FormatLiteral(articles.Keys[i * 7 % articles.Keys.Count].Text, true)).Append("),\n");
        }

        for (var i = 0; i < 20; i++)
        {
            calls.Append("        Articles.Find(").Append(SymbolDisplay.FormatLiteral(Misspelt(articles.Keys[i * 11 % articles.Keys.Count].Text, misspell), true)).Append("),\n");
        }

        for (var i = 0; i < 40; i++)
        {
            var name = entities.Keys[i * 13 % entities.Keys.Count].Text;
            calls.Append("        Entities.Find(").Append(SymbolDisplay.FormatLiteral(i < 30 ? name : Misspelt(name, misspell), true)).Append("),\n");
        }

        calls.Append("    };\n}\n");
        var driver = SeedCorpus.Driver(corpus.FreshTexts());
        var compilation = SeedCorpus.Compilation(calls.ToString());
        var analyzer = new DatasetKeyAnalyzer();
        var analyzerTimes = new List<double>();
        var wallTimes = new List<double>();
        var compileTimes = new List<double>();
        var warnings = 0;
        for (var round = 0; round < Rounds; round++)
        {
            // A keystroke: the user file changes, the generator's output is cached, the compilation is new.
            var tree = compilation.SyntaxTrees.Single();
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(0, 0), "// " + round + "\n"))));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            // What the compiler (and the IDE's error list) computes anyway, first, so that the analyzer's time is its own.
            var compile = Stopwatch.StartNew();
            output.GetDiagnostics();
            compileTimes.Add(compile.Elapsed.TotalMilliseconds);
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzer = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
            var watch = Stopwatch.StartNew();
            var diagnostics = await withAnalyzer.GetAnalyzerDiagnosticsAsync();
            wallTimes.Add(watch.Elapsed.TotalMilliseconds);
            analyzerTimes.Add((await withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds);
            warnings = diagnostics.Count(d => d.Id == "SEED0401");
        }

        Console.WriteLine($"analyzer over 100 Find calls ({warnings} SEED0401), new compilation each round: analyzer execution time median {Median(analyzerTimes):F2} ms, max {analyzerTimes.Skip(1).Max():F2} ms (first {analyzerTimes[0]:F2} ms); GetAnalyzerDiagnostics wall time median {Median(wallTimes):F1} ms; the compilation's own GetDiagnostics before it, median {Median(compileTimes):F0} ms");
    }

    private static async Task CompletionAsync(SeedCorpus corpus)
    {
        foreach (var withIde in new[] { true, false })
        {
            using var workspace = Workspace(corpus, withIde);
            var project = workspace.CurrentSolution.Projects.Single();
            var documentId = project.DocumentIds.Single();
            var times = new List<double>();
            var sameText = new List<double>();
            var itemCount = 0;
            string description = string.Empty;
            for (var round = 0; round <= Rounds; round++)
            {
                var code = "using SeedData;\ninternal static class UserCode\n{\n    // " + round + "\n    internal static object? Key() => Articles.Find(\"\");\n}\n";
                var solution = workspace.CurrentSolution.WithDocumentText(documentId, SourceText.From(code));
                workspace.TryApplyChanges(solution);
                var document = workspace.CurrentSolution.GetDocument(documentId)!;
                var service = CompletionService.GetService(document)!;
                var position = code.IndexOf("(\"\")", StringComparison.Ordinal) + 2;
                var watch = Stopwatch.StartNew();
                var list = await service.GetCompletionsAsync(document, position);
                times.Add(watch.Elapsed.TotalMilliseconds);

                // Asked again on the same text (the compilation now bound): the providers' own cost.
                var again = Stopwatch.StartNew();
                await service.GetCompletionsAsync(document, position);
                sameText.Add(again.Elapsed.TotalMilliseconds);
                itemCount = list.ItemsList.Count;
                if (withIde && round == Rounds)
                {
                    var item = list.ItemsList[itemCount / 2];
                    var describe = Stopwatch.StartNew();
                    description = item.DisplayText + " → " + (await service.GetDescriptionAsync(document, item))?.Text + $" ({describe.Elapsed.TotalMilliseconds:F2} ms)";
                }
            }

            // Round 0 includes the generator's first run over the corpus in the workspace.
            var later = times.Skip(1).ToList();
            Console.WriteLine($"completion in Articles.Find(\"\") {(withIde ? "with" : "without")} SeedData.Ide: {itemCount} items; first {times[0]:F0} ms (generator's first run included); after a keystroke median {Median(later):F1} ms, max {later.Max():F1} ms; asked again on the same text median {Median(sameText.Skip(1).ToList()):F1} ms");
            if (withIde)
            {
                Console.WriteLine("description: " + description);
            }
        }
    }

    private static AdhocWorkspace Workspace(SeedCorpus corpus, bool withIde)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var references = new List<AnalyzerReference> { new GeneratorReference() };
        if (withIde)
        {
            references.Add(new AnalyzerFileReference(typeof(SeedData.Ide.DatasetKeyCompletionProvider).Assembly.Location, new LoadedAssemblies()));
        }

        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp, filePath: "/project/Consumer.csproj",
                compilationOptions: SeedCorpus.Compilation().Options, parseOptions: SeedCorpus.ParseOptions,
                metadataReferences: SeedCorpus.Compilation().References, analyzerReferences: references))
            .AddDocument(DocumentId.CreateNewId(projectId), "UserCode.cs", SourceText.From(string.Empty), filePath: "/project/UserCode.cs");
        var config = new StringBuilder("is_global = true\n");
        foreach (var path in corpus.Paths)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(File.ReadAllText(path), Encoding.UTF8), filePath: path);
            config.Append('[').Append(path).Append("]\nbuild_metadata.AdditionalFiles.SeedDataRole = Seed\n");
        }

        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(config.ToString()), filePath: "/project/.globalconfig");
        workspace.TryApplyChanges(solution);
        return workspace;
    }

    private static DatasetKeys Keys(Compilation compilation, string type) => DatasetKeys.Parse(KeysText(compilation, type))!;

    private static string KeysText(Compilation compilation, string type) =>
        (string)compilation.GetTypeByMetadataName(type)!.GetAttributes().Single(a => a.AttributeClass!.Name == "DatasetKeysAttribute").ConstructorArguments[0].Value!;

    private static string Misspelt(string key, bool misspell) => misspell ? Misspell(key) : key;

    /// <summary>Swaps two neighbouring letters in the middle: the commonest typo.</summary>
    private static string Misspell(string key)
    {
        var middle = Math.Max(1, key.Length / 2);
        return middle >= key.Length ? key + "x" : key.Substring(0, middle - 1) + key[middle] + key[middle - 1] + key.Substring(middle + 1);
    }

    private static double Median(Func<object?> action, int repeat = 1)
    {
        action();
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                action();
            }

            times.Add(watch.Elapsed.TotalMilliseconds / repeat);
        }

        return Median(times);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed class GeneratorReference : AnalyzerReference
    {
        private static readonly ImmutableArray<ISourceGenerator> Generators = ImmutableArray.Create(new SeedDataGenerator().AsSourceGenerator());

        public override string? FullPath => null;

        public override string Display => "SeedData.Generator";

        public override object Id => typeof(SeedDataGenerator);

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => Generators;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => Generators;
    }

    private sealed class LoadedAssemblies : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => typeof(SeedData.Ide.DatasetKeyCompletionProvider).Assembly;
    }
}
