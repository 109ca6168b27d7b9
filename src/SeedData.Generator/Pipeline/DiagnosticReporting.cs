using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Pipeline;

/// <summary>
/// Turns the pipeline's equatable diagnostic data into Roslyn diagnostics, at the last moment: a
/// <see cref="Location"/> is not equatable across runs, so no cached step may hold one.
/// </summary>
internal static class DiagnosticReporting
{
    public static Location ToLocation(this SeedSpan span) => Location.Create(
        span.FilePath,
        new TextSpan(span.Start, span.Length),
        new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));

    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic)
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

        return Diagnostic.Create(diagnostic.Descriptor, diagnostic.Where?.ToLocation() ?? Location.None, additional, arguments);
    }

    /// <summary>Reports each diagnostic of one pipeline output.</summary>
    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
