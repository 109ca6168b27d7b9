using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Naming;

namespace SeedData.Generator.Corpus;

/// <summary>
/// Orders the corpus and gives each article its member name, the one step that must see every seed:
/// duplicate ids and names, and identical texts, are only visible here.
/// </summary>
internal static class ArticleIndexBuilder
{
    public static IndexResult Build(ImmutableArray<SeedKey> keys, string @namespace, NameSource nameSource = NameSource.Headline)
    {
        var ordered = new List<SeedKey>(keys);
        ordered.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var accepted = new List<SeedKey>(ordered.Count);
        // Ignoring case: ids that differ only in case are one id to a person typing Find("..."), and
        // the two files could not both exist on Windows or macOS (docs/naming.md, "Article ids").
        var byId = new Dictionary<string, SeedKey>(StringComparer.OrdinalIgnoreCase);
        var byContent = new Dictionary<ulong, SeedKey>();

        foreach (var key in ordered)
        {
            if (byId.TryGetValue(key.Id, out var sameId))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicateId,
                    SeedSpan.FileStart(key.FilePath),
                    new[] { key.Id, key.FilePath, sameId.FilePath }.ToEquatableArray(),
                    new[] { SeedSpan.FileStart(sameId.FilePath) }.ToEquatableArray()));
                continue;
            }

            byId.Add(key.Id, key);
            accepted.Add(key);

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
        }

        var names = AssignNames(accepted, nameSource, diagnostics);
        var current = new HashSet<string>(names, StringComparer.Ordinal);
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<ArticleIndexEntry>(accepted.Count);
        for (var i = 0; i < accepted.Count; i++)
        {
            var formerNames = KeepFormerNames(accepted[i], names[i], current, aliases, diagnostics);
            entries.Add(new ArticleIndexEntry(accepted[i].Id, accepted[i].FilePath, names[i], formerNames));
        }

        return new IndexResult(new ArticleIndex(@namespace, entries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Names every accepted seed (docs/naming.md): valid pinned names first, in corpus order, so that a
    /// pinned name never depends on what other headlines say; then the names derived from headlines.
    /// </summary>
    private static string[] AssignNames(List<SeedKey> keys, NameSource nameSource, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var names = new string[keys.Count];
        // Ignoring case: Roslyn compares hint names (Articles.<Name>.g.cs) case-insensitively, so "XY" and "Xy" would clash as files (CS8785).
        var taken = new HashSet<string>(ReservedNames.Articles, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, SeedKey>(StringComparer.Ordinal);
        var pinnedBy = new Dictionary<string, SeedKey>(StringComparer.Ordinal);

        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.PinnedName is not { } pinned)
            {
                continue;
            }

            var why = Identifiers.WhyNotMemberName(pinned) ?? (Array.IndexOf(ReservedNames.Articles, pinned) >= 0 ? "the generated Articles class already has a member of that name" : null);
            if (why is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPinnedName, SeedSpan.FileStart(key.FilePath), pinned, key.Id, why));
                continue;
            }

            if (pinnedBy.ContainsKey(pinned))
            {
                // Named from its headline below; the diagnostic names the result once it is known.
                continue;
            }

            pinnedBy.Add(pinned, key);
            byName.Add(pinned, key);
            taken.Add(pinned);
            names[i] = pinned;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (names[i] is not null)
            {
                continue;
            }

            var key = keys[i];
            var preferred = Derive(key, nameSource);
            var name = Identifiers.Unique(preferred, taken);
            names[i] = name;

            if (key.PinnedName is { } pinned && pinnedBy.TryGetValue(pinned, out var owner))
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.DuplicatePinnedName,
                    SeedSpan.FileStart(key.FilePath),
                    new[] { owner.Id, key.Id, pinned, name }.ToEquatableArray(),
                    new[] { SeedSpan.FileStart(owner.FilePath) }.ToEquatableArray()));
            }
            else if (name != preferred && byName.TryGetValue(preferred, out var sameName))
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
        }

        return names;
    }

    /// <summary>The name a seed asks for from its headline (or its file name, by choice or when the headline has no word).</summary>
    private static string Derive(SeedKey key, NameSource nameSource)
    {
        var preferred = nameSource == NameSource.FileName ? string.Empty : key.PreferredName;
        if (preferred.Length == 0)
        {
            preferred = Identifiers.PascalCase(key.Id);
        }

        if (preferred.Length == 0)
        {
            preferred = "Article";
        }

        if (Array.IndexOf(ReservedNames.Articles, preferred) >= 0)
        {
            preferred += "Article";
        }

        return preferred;
    }

    /// <summary>
    /// The former names of a seed that can stay as [Obsolete] aliases: valid identifiers that no current
    /// member and no other alias uses. A former name equal to the current name needs no alias.
    /// </summary>
    private static EquatableArray<string> KeepFormerNames(SeedKey key, string name, HashSet<string> current, HashSet<string> aliases, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        if (key.FormerNames.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var kept = ImmutableArray.CreateBuilder<string>();
        foreach (var former in key.FormerNames)
        {
            if (former == name)
            {
                continue;
            }

            var why = Identifiers.WhyNotMemberName(former)
                ?? (Array.IndexOf(ReservedNames.Articles, former) >= 0 ? "the generated Articles class already has a member of that name" : null)
                ?? (current.Contains(former) ? "another seed's article has that name now" : null)
                ?? (aliases.Contains(former) ? "another seed keeps it as a former name too" : null);
            if (why is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFormerName, SeedSpan.FileStart(key.FilePath), former, key.Id, why));
                continue;
            }

            aliases.Add(former);
            kept.Add(former);
        }

        return kept.ToEquatableArray();
    }
}
