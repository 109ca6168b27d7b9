using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;

namespace SeedData.Generator.Corpus;

/// <summary>
/// Orders the corpus and gives each article its member name, the one step that must see every seed:
/// duplicate ids and names, and identical texts, are only visible here.
/// </summary>
internal static class ArticleIndexBuilder
{
    /// <summary>Names the generated Articles class already uses, which no article may take.</summary>
    private static readonly string[] Reserved =
    {
        "All", "Find", "Articles", "Count", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static ArticleIndex Build(ImmutableArray<SeedKey> keys, string @namespace)
    {
        var ordered = new List<SeedKey>(keys);
        ordered.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var entries = ImmutableArray.CreateBuilder<ArticleIndexEntry>(ordered.Count);
        var byId = new Dictionary<string, SeedKey>(StringComparer.Ordinal);
        var byContent = new Dictionary<ulong, SeedKey>();
        var byName = new Dictionary<string, SeedKey>(StringComparer.Ordinal);
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);

        foreach (var key in ordered)
        {
            if (byId.TryGetValue(key.Id, out var sameId))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateId,
                    SeedSpan.FileStart(key.FilePath),
                    new[] { key.Id, key.FilePath }.ToEquatableArray(),
                    new[] { SeedSpan.FileStart(sameId.FilePath) }.ToEquatableArray()));
                continue;
            }

            byId.Add(key.Id, key);

            if (byContent.TryGetValue(key.ContentHash, out var sameText))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateText,
                    SeedSpan.FileStart(key.FilePath),
                    new[] { key.Id, sameText.Id }.ToEquatableArray(),
                    new[] { SeedSpan.FileStart(sameText.FilePath) }.ToEquatableArray()));
            }
            else
            {
                byContent.Add(key.ContentHash, key);
            }

            var preferred = key.PreferredName;
            if (preferred.Length == 0)
            {
                preferred = Identifiers.PascalCase(key.Id);
            }

            if (preferred.Length == 0)
            {
                preferred = "Article";
            }

            if (Array.IndexOf(Reserved, preferred) >= 0)
            {
                preferred += "Article";
            }

            var name = Identifiers.Unique(preferred, taken);
            if (name != preferred && byName.TryGetValue(preferred, out var sameName))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateMemberName,
                    key.Headline,
                    new[] { sameName.Id, key.Id, preferred, name }.ToEquatableArray(),
                    new[] { sameName.Headline }.ToEquatableArray()));
            }
            else
            {
                byName[preferred] = key;
            }

            entries.Add(new ArticleIndexEntry(key.Id, key.FilePath, name));
        }

        return new ArticleIndex(@namespace, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
