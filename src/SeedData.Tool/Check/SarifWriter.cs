using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;

namespace SeedData.Tool.Check;

/// <summary>SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): one run, every SEED rule, one result per diagnostic.</summary>
internal static class SarifWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Every diagnostic the generator reports, in ID order, with its catalog name (SARIF's rule name: "EmptySeed").</summary>
    public static IReadOnlyList<(string Name, DescriptorInfo Descriptor)> Rules { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DescriptorInfo))
        .Select(f => (f.Name, (DescriptorInfo)f.GetValue(null)!))
        .Where(r => r.Item2.ReportedBy == ReportedBy.Generator)
        .OrderBy(r => r.Item2.Id, StringComparer.Ordinal)
        .ToList();

    /// <param name="helpLinkBase">The page each rule's help links to (SeedDataHelpLinkBase).</param>
    public static void Write(Stream stream, IReadOnlyList<CheckedDiagnostic> diagnostics, string toolVersion, string helpLinkBase)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "seeddata");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var (name, rule) in Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", HelpLinks.For(helpLinkBase, rule.Id));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        var ruleIndex = Rules.Select((r, i) => (r.Descriptor.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", diagnostic.Severity switch
            {
                ReportDiagnostic.Error => "error",
                ReportDiagnostic.Warn => "warning",
                _ => "note",
            });
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            if (diagnostic.Path is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(diagnostic.Path));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", diagnostic.Line);
                json.WriteNumber("startColumn", diagnostic.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative path as a relative URI reference (forward slashes, escaped segments); a full path as a file: URI.</summary>
    private static string Uri(string path)
    {
        if (System.IO.Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
