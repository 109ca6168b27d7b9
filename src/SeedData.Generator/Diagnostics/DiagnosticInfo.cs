using Microsoft.CodeAnalysis;
using SeedData.Generator.Model;

namespace SeedData.Generator.Diagnostics;

/// <summary>A diagnostic to report, as equatable data (see <see cref="SeedSpan"/>).</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    SeedSpan? Where,
    EquatableArray<string> Arguments,
    EquatableArray<SeedSpan> AlsoAt)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SeedSpan? where, params string[] arguments) =>
        new(descriptor, where, arguments.ToEquatableArray(), EquatableArray<SeedSpan>.Empty);
}
