using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Corpus;

/// <summary>Says once, at the first of them, which files in the seeds folder were not read.</summary>
internal static class UnknownFiles
{
    private const int MaxListed = 5;

    public static EquatableArray<DiagnosticInfo> Report(ImmutableArray<string> paths)
    {
        if (paths.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var sorted = paths.OrderBy(p => p, StringComparer.Ordinal).ToList();
        var names = string.Join(", ", sorted.Take(MaxListed).Select(Path.GetFileName));
        if (sorted.Count > MaxListed)
        {
            names += ", …";
        }

        return ImmutableArray.Create(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnknownFiles,
            SeedSpan.FileStart(sorted[0]),
            sorted.Count.ToString(CultureInfo.InvariantCulture),
            names)).ToEquatableArray();
    }
}
