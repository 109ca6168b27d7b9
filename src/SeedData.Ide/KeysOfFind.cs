using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Emit;

namespace SeedData.Ide;

/// <summary>
/// The keys of the generated class a <c>Find</c> belongs to, read from its <c>[DatasetKeys]</c> attribute, the string
/// the analyzer reads too. Parsed once per attribute string: the editor asks again on every keystroke, and the
/// string is the same object for as long as the compilation that bound it lives.
/// </summary>
internal static class KeysOfFind
{
    private const string AttributeName = "SeedData.Runtime.DatasetKeysAttribute";

    private static readonly ConditionalWeakTable<string, DatasetKeys?> Parsed = new();

    public static DatasetKeys? Of(IMethodSymbol method)
    {
        if (method.Name != "Find" || !method.IsStatic || method.ContainingType is not { Name: "Articles" or "Entities" } type)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string keys)
            {
                return Parsed.GetValue(keys, DatasetKeys.Parse);
            }
        }

        return null;
    }
}
