using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Pipeline;

/// <summary>
/// Turns the pipeline's equatable diagnostic data into Roslyn diagnostics, at the last moment: a
/// <see cref="Location"/> is not equatable across runs, so no cached step may hold one, and the help link
/// depends on the project's settings (<see cref="HelpLinks"/>).
/// </summary>
internal static class DiagnosticReporting
{
    /// <summary>One Roslyn descriptor per catalog entry and help-link base, made once.</summary>
    private static readonly ConcurrentDictionary<(DescriptorInfo Descriptor, string HelpLinkBase), DiagnosticDescriptor> Descriptors = new();

    public static DiagnosticDescriptor ToDescriptor(this DescriptorInfo descriptor, string? helpLinkBase) =>
        Descriptors.GetOrAdd((descriptor, helpLinkBase ?? string.Empty), key => new DiagnosticDescriptor(
            key.Descriptor.Id,
            key.Descriptor.Title,
            key.Descriptor.MessageFormat,
            key.Descriptor.Category,
            key.Descriptor.Severity switch
            {
                Severity.Error => DiagnosticSeverity.Error,
                Severity.Warning => DiagnosticSeverity.Warning,
                Severity.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Hidden,
            },
            isEnabledByDefault: true,
            helpLinkUri: HelpLinks.For(key.HelpLinkBase, key.Descriptor.Id)));

    public static Location ToLocation(this SeedSpan span) => Location.Create(
        span.FilePath,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));

    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic, string? helpLinkBase)
    {
        var additional = new Location[diagnostic.AlsoAt.Count];
        for (var i = 0; i < additional.Length; i++)
        {
            additional[i] = diagnostic.AlsoAt[i].ToLocation();
        }

        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(diagnostic.Descriptor.ToDescriptor(helpLinkBase), diagnostic.Where?.ToLocation() ?? Location.None, additional, arguments);
    }

    /// <summary>Reports each diagnostic of one pipeline output, linked to the help page the project names.</summary>
    public static void Report(SourceProductionContext context, (EquatableArray<DiagnosticInfo> Diagnostics, string? HelpLinkBase) input)
    {
        foreach (var diagnostic in input.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(input.HelpLinkBase));
        }
    }
}
