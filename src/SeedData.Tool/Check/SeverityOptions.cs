using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace SeedData.Tool.Check;

/// <summary>
/// The severities a build would give SeedData's diagnostics (docs/diagnostics.md, "Choosing the
/// severity"): <c>dotnet_diagnostic.ID.severity</c> from a <c>.globalconfig</c>, <c>NoWarn</c>,
/// <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c>, applied as the compiler applies them.
/// </summary>
internal sealed class SeverityOptions
{
    private readonly Dictionary<string, ReportDiagnostic> _configured = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _noWarn = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warningsAsErrors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>TreatWarningsAsErrors: every warning is an error.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    public void NoWarn(string id) => _noWarn.Add(id.Trim());

    public void WarningAsError(string id) => _warningsAsErrors.Add(id.Trim());

    /// <summary>Reads the <c>dotnet_diagnostic.ID.severity = value</c> lines of a .globalconfig (or .editorconfig) file.</summary>
    /// <returns>Lines that say something else about a SEED diagnostic and were not understood (for the caller to report).</returns>
    public IReadOnlyList<string> ReadGlobalConfig(string path)
    {
        var problems = new List<string>();
        var lineNumber = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (!line.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var equals = line.IndexOf('=');
            var key = equals < 0 ? line : line.Substring(0, equals).Trim();
            var value = equals < 0 ? string.Empty : line.Substring(equals + 1).Trim();
            var comment = value.IndexOfAny(new[] { '#', ';' });
            if (comment >= 0)
            {
                value = value.Substring(0, comment).Trim();
            }

            var parts = key.Split('.');
            if (parts.Length != 3 || !string.Equals(parts[2], "severity", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReportDiagnostic? severity = value.ToLowerInvariant() switch
            {
                "none" => ReportDiagnostic.Suppress,
                "silent" => ReportDiagnostic.Hidden,
                "suggestion" => ReportDiagnostic.Info,
                "warning" => ReportDiagnostic.Warn,
                "error" => ReportDiagnostic.Error,
                "default" => ReportDiagnostic.Default,
                _ => null,
            };
            if (severity is null)
            {
                problems.Add(path + "(" + lineNumber + "): '" + value + "' is not a severity (none, silent, suggestion, warning, error, default)");
                continue;
            }

            _configured[parts[1]] = severity.Value;
        }

        return problems;
    }

    /// <summary>The severity the build reports <paramref name="diagnostic"/> with; <see cref="ReportDiagnostic.Suppress"/> or <see cref="ReportDiagnostic.Hidden"/> when it does not print it.</summary>
    public ReportDiagnostic Effective(Diagnostic diagnostic)
    {
        var id = diagnostic.Id;
        var severity = ToReport(diagnostic.DefaultSeverity);
        if (_configured.TryGetValue(id, out var configured) && configured != ReportDiagnostic.Default)
        {
            severity = configured;
        }

        if (severity == ReportDiagnostic.Suppress || _noWarn.Contains(id))
        {
            return ReportDiagnostic.Suppress;
        }

        if (severity == ReportDiagnostic.Warn && (TreatWarningsAsErrors || _warningsAsErrors.Contains(id)))
        {
            return ReportDiagnostic.Error;
        }

        return severity;
    }

    private static ReportDiagnostic ToReport(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ReportDiagnostic.Error,
        DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
        DiagnosticSeverity.Info => ReportDiagnostic.Info,
        _ => ReportDiagnostic.Hidden,
    };

    /// <summary>The word the compiler prints for a severity.</summary>
    public static string Word(ReportDiagnostic severity) => severity switch
    {
        ReportDiagnostic.Error => "error",
        ReportDiagnostic.Warn => "warning",
        _ => "info",
    };
}
