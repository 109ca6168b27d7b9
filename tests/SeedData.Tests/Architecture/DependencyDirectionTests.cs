using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Architecture;

/// <summary>
/// The folders of src/SeedData.Generator depend one way (docs/architecture.md): each may use the folders
/// before it in <see cref="Layers"/> and never one after it, and only the folders in
/// <see cref="MayUseRoslyn"/> touch the compiler's types. The generator's own sources are compiled here
/// and every name in them (usings, types, members, crefs) is bound with the semantic model, so a
/// dependency is found however it is written: a using, a qualified name, an extension method.
/// </summary>
public class DependencyDirectionTests
{
    /// <summary>The folders in the order data flows through them; "" is the project folder (Generator.cs).</summary>
    private static readonly string[] Layers =
    {
        "Text",        // line breaks, white space, characters generated source must escape
        "Model",       // the equatable records that flow through the pipeline
        "Diagnostics", // the catalog and the equatable diagnostic
        "Naming",      // member names from free text, the reserved names
        "Parsing",     // one seed's text into its layout
        "Extraction",  // quotes, speakers and entities of one article
        "Corpus",      // what needs every seed: the index, the entity table
        "Emit",        // C# source from the models
        "Pipeline",    // Roslyn adapters: settings, reading a seed file, reporting
        "Analyzers",   // the analyzer of code that uses the generated dataset (Find keys), over what Emit wrote
        "",            // Generator.cs: the pipeline's wiring
    };

    /// <summary>
    /// Folders that may use Microsoft.CodeAnalysis. Naming asks the compiler what an identifier and a
    /// keyword are (SyntaxFacts), so that its answer is the compiler's; the model, the parser, the
    /// extraction, the corpus steps and the emitter never see a Roslyn type.
    /// </summary>
    private static readonly HashSet<string> MayUseRoslyn = new(StringComparer.Ordinal) { "Diagnostics", "Naming", "Pipeline", "Analyzers", "" };

    private static readonly Lazy<GeneratorSources> Sources = new(GeneratorSources.Load);

    [Fact]
    public void The_generator_sources_compile_here_so_every_name_is_bound()
    {
        var errors = Sources.Value.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.True(Sources.Value.Compilation.SyntaxTrees.Count() > 50, "too few generator sources found");
    }

    [Fact]
    public void Every_folder_is_a_known_layer_and_namespaces_follow_folders()
    {
        foreach (var tree in Sources.Value.Compilation.SyntaxTrees)
        {
            var folder = Sources.Value.FolderOf(tree);
            Assert.True(Array.IndexOf(Layers, folder) >= 0, $"{tree.FilePath}: folder '{folder}' is not in {nameof(Layers)}; add it where it belongs in the flow");

            // IsExternalInit is a polyfill for netstandard2.0: the compiler looks for it in its own namespace.
            foreach (var declared in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Where(n => n.Name.ToString() != "System.Runtime.CompilerServices"))
            {
                var expected = folder.Length == 0 ? "SeedData.Generator" : "SeedData.Generator." + folder;
                var name = declared.Name.ToString();
                Assert.True(name == expected || name.StartsWith(expected + ".", StringComparison.Ordinal), $"{tree.FilePath}: namespace {name} is not under {expected}");
            }
        }
    }

    [Fact]
    public void No_folder_depends_on_a_later_one_and_only_adapters_use_Roslyn()
    {
        var wrong = Sources.Value.Dependencies()
            .Where(d => d.Target == Roslyn ? !MayUseRoslyn.Contains(d.Folder) : Array.IndexOf(Layers, d.Target) > Array.IndexOf(Layers, d.Folder))
            .Select(d => $"{d.File}({d.Line}): {Describe(d.Folder)} uses {d.Name} from {Describe(d.Target)}")
            .Distinct()
            .ToList();

        Assert.True(wrong.Count == 0, "Dependencies against the direction:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_sees_dependencies_of_every_kind()
    {
        // Guards the test above against passing because it sees nothing: the pipeline wiring must be
        // seen using Roslyn, the emitter the model, and the corpus the naming folder.
        var found = Sources.Value.Dependencies().Select(d => (d.Folder, d.Target)).ToHashSet();
        Assert.Contains(("", Roslyn), found);
        Assert.Contains(("Emit", "Model"), found);
        Assert.Contains(("Corpus", "Naming"), found);
        Assert.Contains(("Pipeline", "Extraction"), found);
    }

    private const string Roslyn = "Microsoft.CodeAnalysis";

    private static string Describe(string folder) => folder.Length == 0 ? "the project folder" : folder;

    private sealed record Dependency(string File, int Line, string Folder, string Target, string Name);

    /// <summary>The generator's sources compiled against the reference assemblies and Roslyn.</summary>
    private sealed class GeneratorSources
    {
        private readonly string _root;

        private GeneratorSources(string root, CSharpCompilation compilation)
        {
            _root = root;
            Compilation = compilation;
        }

        public CSharpCompilation Compilation { get; }

        public static GeneratorSources Load()
        {
            var root = Path.Combine(Repository.Root, "src", "SeedData.Generator");
            var separator = Path.DirectorySeparatorChar;
            var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
            var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(separator + "obj" + separator) && !path.Contains(separator + "bin" + separator))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
                .ToList();
            var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
            var compilation = CSharpCompilation.Create(
                "SeedData.Generator.Sources",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            return new GeneratorSources(root, compilation);
        }

        /// <summary>The top folder of a source under the project ("" for a file directly in it).</summary>
        public string FolderOf(SyntaxTree tree)
        {
            var relative = Path.GetRelativePath(_root, tree.FilePath).Replace('\\', '/');
            var slash = relative.IndexOf('/');
            return slash < 0 ? string.Empty : relative.Substring(0, slash);
        }

        /// <summary>Every name in every source bound to what it names, with the folder (or Roslyn) that declares it.</summary>
        public IEnumerable<Dependency> Dependencies()
        {
            foreach (var tree in Compilation.SyntaxTrees)
            {
                var model = Compilation.GetSemanticModel(tree);
                var folder = FolderOf(tree);
                var file = Path.GetRelativePath(_root, tree.FilePath).Replace('\\', '/');
                foreach (var name in tree.GetRoot().DescendantNodes(descendIntoTrivia: true).OfType<SimpleNameSyntax>())
                {
                    var info = model.GetSymbolInfo(name);
                    var symbols = info.Symbol is { } symbol ? new[] { symbol } : info.CandidateSymbols.ToArray();
                    foreach (var target in symbols.Select(Owner).Where(t => t is not null).Distinct())
                    {
                        if (target != folder)
                        {
                            yield return new Dependency(file, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1, folder, target!, name.Identifier.ValueText);
                        }
                    }
                }
            }
        }

        /// <summary>Roslyn for a symbol of Microsoft.CodeAnalysis, the declaring folder for one of the generator, null for anything else.</summary>
        private string? Owner(ISymbol symbol)
        {
            if (symbol is INamespaceSymbol ns)
            {
                var name = ns.ToDisplayString();
                if (name == Roslyn || name.StartsWith(Roslyn + ".", StringComparison.Ordinal))
                {
                    return Roslyn;
                }

                const string Own = "SeedData.Generator";
                return name.StartsWith(Own + ".", StringComparison.Ordinal) ? name.Substring(Own.Length + 1).Split('.')[0] : null;
            }

            symbol = symbol.OriginalDefinition;
            if (symbol is IMethodSymbol { ReducedFrom: { } extension })
            {
                symbol = extension;
            }

            if (symbol.ContainingAssembly?.Name is { } assembly && assembly.StartsWith(Roslyn, StringComparison.Ordinal))
            {
                return Roslyn;
            }

            var declaration = symbol.DeclaringSyntaxReferences.FirstOrDefault();
            return declaration is not null && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly) && symbol is not ILocalSymbol and not IParameterSymbol and not ITypeParameterSymbol and not IRangeVariableSymbol and not ILabelSymbol
                ? FolderOf(declaration.SyntaxTree)
                : null;
        }
    }
}
