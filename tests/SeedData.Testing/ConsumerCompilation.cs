using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedData.Testing;

/// <summary>The C# compilation of a project that uses SeedData, as the .NET SDK sets it up for net10.0.</summary>
public static class ConsumerCompilation
{
    /// <summary>Latest C#, doc comments checked (as with GenerateDocumentationFile): generated docs must be valid XML.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The .NET 10 reference assemblies and the SeedData runtime library.</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SeedData.Article).Assembly.Location))
        .ToImmutableArray();

    /// <summary>A library with nullable reference types on, compiled deterministically.</summary>
    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true)
        // As the SDK does: the runtime library (net8.0) unifies with the net10.0 reference assemblies.
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>A compilation of <paramref name="userCode"/> (at <paramref name="path"/>) against <see cref="References"/>.</summary>
    public static CSharpCompilation Create(
        string userCode,
        string path = "/project/Program.cs",
        string assemblyName = "Consumer",
        CSharpParseOptions? parseOptions = null,
        OptimizationLevel optimization = OptimizationLevel.Debug,
        IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(userCode, parseOptions ?? ParseOptions, path: path) },
            extraReferences is null ? References : References.AddRange(extraReferences),
            Options.WithOptimizationLevel(optimization));
}
