using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Pipeline;

/// <summary>
/// Finds referenced assemblies whose SeedData dataset this project can see in the namespace its own
/// dataset uses: a library that grants this project <c>InternalsVisibleTo</c>, both with seeds and the
/// same <c>SeedDataNamespace</c>. This project's classes would then hide the library's (CS0436), so it
/// is said once, with the fix (SEED0110).
/// </summary>
/// <remarks>
/// Runs on every compilation, so on every keystroke in the IDE, but does next to nothing there: nothing
/// at all in a project that generates no dataset; otherwise one namespace lookup per referenced
/// assembly (their symbols are shared by successive compilations), and the attributes of a type only
/// when one of that name exists. The result is equatable data, so the diagnostic output stays cached.
/// </remarks>
internal static class ReferencedDatasets
{
    public static EquatableArray<DiagnosticInfo> Find(Compilation compilation, string? datasetNamespace, CancellationToken cancellationToken)
    {
        if (datasetNamespace is null)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        ImmutableArray<DiagnosticInfo>.Builder? found = null;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsVisibleDataset(compilation, assembly.GetTypeByMetadataName(datasetNamespace + ".Articles"))
                || IsVisibleDataset(compilation, assembly.GetTypeByMetadataName(datasetNamespace + ".Entities")))
            {
                found ??= ImmutableArray.CreateBuilder<DiagnosticInfo>();
                found.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedDatasetClash, null, assembly.Identity.Name, datasetNamespace));
            }
        }

        return found is null ? EquatableArray<DiagnosticInfo>.Empty : found.ToEquatableArray();
    }

    /// <summary>A class SeedData generated (it carries <c>[GeneratedCode("SeedData", ...)]</c>) that code of this compilation can use.</summary>
    private static bool IsVisibleDataset(Compilation compilation, INamedTypeSymbol? type)
    {
        if (type is null || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass
                && attributeClass.ContainingNamespace?.ToDisplayString() == "System.CodeDom.Compiler"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is "SeedData")
            {
                return true;
            }
        }

        return false;
    }
}
