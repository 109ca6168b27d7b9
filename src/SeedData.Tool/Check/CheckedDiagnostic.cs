using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Tool.Pipeline;

namespace SeedData.Tool.Check;

/// <summary>A diagnostic with the severity the build would print it with, and where it is as a person reads it.</summary>
/// <param name="Path">The file as printed: relative to the current directory when under it, else full; null for a project-wide diagnostic.</param>
/// <param name="Line">1-based line (0 without a file).</param>
/// <param name="Column">1-based column (0 without a file).</param>
internal sealed record CheckedDiagnostic(Diagnostic Diagnostic, ReportDiagnostic Severity, string? Path, string? FullPath, int Line, int Column)
{
    public string Id => Diagnostic.Id;

    public string Message => Diagnostic.GetMessage(CultureInfo.InvariantCulture);

    public bool IsError => Severity == ReportDiagnostic.Error;

    /// <summary>The compiler's format: <c>path(line,col): warning SEED0003: message (help link)</c>.</summary>
    public string Format()
    {
        var where = Path is null ? "seeddata : " : Path + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + "): ";
        var help = Diagnostic.Descriptor.HelpLinkUri;
        return where + SeverityOptions.Word(Severity) + " " + Id + ": " + Message + (string.IsNullOrEmpty(help) ? string.Empty : " (" + help + ")");
    }

    /// <summary>The diagnostics of a run that the build would print, with their severities.</summary>
    public static List<CheckedDiagnostic> From(CorpusRun run, SeverityOptions severities)
    {
        var current = Directory.GetCurrentDirectory();
        var list = new List<CheckedDiagnostic>();
        foreach (var diagnostic in run.Diagnostics)
        {
            var severity = severities.Effective(diagnostic);
            if (severity is ReportDiagnostic.Suppress or ReportDiagnostic.Hidden)
            {
                continue;
            }

            if (diagnostic.Location == Location.None)
            {
                list.Add(new CheckedDiagnostic(diagnostic, severity, null, null, 0, 0));
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            list.Add(new CheckedDiagnostic(diagnostic, severity, Display(current, span.Path), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }

        return list;
    }

    /// <summary>Paths relative to the current directory read best; files elsewhere keep their full path.</summary>
    public static string Display(string current, string path)
    {
        var relative = System.IO.Path.GetRelativePath(current, path);
        return relative.StartsWith("..", System.StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? path : relative;
    }

    public static int ErrorCount(IEnumerable<CheckedDiagnostic> diagnostics) => diagnostics.Count(d => d.IsError);
}
