using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>The gazetteer read from the project's gazetteer file(s), and the problems found in them.</summary>
internal sealed record GazetteerResult(Gazetteer? Gazetteer, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads the user gazetteer (docs/extraction.md): one entry a line,
/// <c>Kind: Name | alias | alias</c> with Kind Person, Organization, Location or Other, or
/// <c>-Name</c> to stop a name from ever being an entity. Blank lines and lines starting with # are
/// ignored. Every other line that does not fit is reported (SEED0201), as is a name given twice
/// with different kinds (SEED0202); the rest of the file is still used.
/// </summary>
internal static class GazetteerReader
{
    private static readonly (string Word, EntityKind Kind)[] Kinds =
    {
        ("Person", EntityKind.Person), ("Organization", EntityKind.Organization), ("Organisation", EntityKind.Organization),
        ("Location", EntityKind.Location), ("Other", EntityKind.Other),
    };

    public static GazetteerResult Read(ImmutableArray<(string Path, string Text)> files, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return new GazetteerResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var ordered = new List<(string Path, string Text)>(files);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var source = new StringBuilder();
        foreach (var (path, text) in ordered)
        {
            source.Append(path).Append('\0').Append(text).Append('\0');
        }

        var gazetteer = new Gazetteer(source.ToString());
        var diagnostics = new List<DiagnosticInfo>();
        var seen = new Dictionary<string, (EntityKind? Kind, SeedSpan Where)>(StringComparer.Ordinal);
        foreach (var (path, text) in ordered)
        {
            ReadFile(path, text, gazetteer, seen, diagnostics, cancellationToken);
        }

        return new GazetteerResult(gazetteer, diagnostics.ToEquatableArray());
    }

    private static void ReadFile(
        string path,
        string text,
        Gazetteer gazetteer,
        Dictionary<string, (EntityKind? Kind, SeedSpan Where)> seen,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var position = 0;
        while (position <= text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var raw = text.Substring(position, end - position).TrimEnd('\r');
            var line = raw.Trim();
            var where = SeedSpan.At(path, new FilePoint(lineNumber, 1 + (raw.Length - raw.TrimStart().Length), position + (raw.Length - raw.TrimStart().Length)), line.Length);
            if (line.Length > 0 && line[0] != '#')
            {
                ReadLine(line, where, gazetteer, seen, diagnostics);
            }

            position = end + 1;
        }
    }

    private static void ReadLine(
        string line,
        SeedSpan where,
        Gazetteer gazetteer,
        Dictionary<string, (EntityKind? Kind, SeedSpan Where)> seen,
        List<DiagnosticInfo> diagnostics)
    {
        if (line[0] == '-')
        {
            var suppressed = line.Substring(1).Trim();
            if (suppressed.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GazetteerLineNotUnderstood, where, line));
                return;
            }

            if (Claim(suppressed, null, where, seen, diagnostics))
            {
                gazetteer.Suppress(suppressed);
            }

            return;
        }

        var colon = line.IndexOf(':');
        var kind = colon > 0 ? KindOf(line.Substring(0, colon).Trim()) : null;
        if (kind is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GazetteerLineNotUnderstood, where, line));
            return;
        }

        var names = new List<string>();
        foreach (var part in line.Substring(colon + 1).Split('|'))
        {
            var name = part.Trim();
            if (name.Length > 0 && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        if (names.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GazetteerLineNotUnderstood, where, line));
            return;
        }

        var accepted = new List<string>();
        foreach (var name in names)
        {
            if (Claim(name, kind, where, seen, diagnostics))
            {
                accepted.Add(name);
            }
        }

        if (accepted.Count > 0)
        {
            var aliases = accepted.GetRange(1, accepted.Count - 1).ToArray();
            var known = KnowledgeBase.Instance.Find(accepted[0]);
            gazetteer.Add(new KnownEntity(accepted[0], kind.Value, aliases, known?.CountryCode, known?.IsCountry ?? false));
        }
    }

    /// <summary>Takes a name for one entry; a name already given with another kind is reported and skipped.</summary>
    private static bool Claim(string name, EntityKind? kind, SeedSpan where, Dictionary<string, (EntityKind? Kind, SeedSpan Where)> seen, List<DiagnosticInfo> diagnostics)
    {
        var key = KnowledgeBase.Key(name);
        if (seen.TryGetValue(key, out var earlier))
        {
            if (earlier.Kind != kind)
            {
                var info = DiagnosticInfo.Create(DiagnosticDescriptors.GazetteerConflict, where, name, Describe(earlier.Kind), earlier.Where.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                diagnostics.Add(info with { AlsoAt = new[] { earlier.Where }.ToEquatableArray() });
            }

            return false;
        }

        seen.Add(key, (kind, where));
        return true;
    }

    private static string Describe(EntityKind? kind) => kind?.ToString() ?? "suppressed";

    private static EntityKind? KindOf(string word)
    {
        foreach (var (name, kind) in Kinds)
        {
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
