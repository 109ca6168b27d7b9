using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;

namespace SeedData.Generator.Extraction;

/// <summary>
/// The user's gazetteer (seeds/gazetteer.txt, docs/extraction.md): entities with their kinds and
/// aliases that the extraction must know, and names it must never report. Equatable through its
/// source text, so an unchanged gazetteer keeps every seed cached.
/// </summary>
internal sealed class Gazetteer : IEquatable<Gazetteer>
{
    private readonly Dictionary<string, KnownEntity> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public Gazetteer(string source)
    {
        Source = source;
    }

    /// <summary>The text it was read from; two gazetteers are equal when their texts are.</summary>
    public string Source { get; }

    public int MaxNameWords { get; private set; } = 1;

    public int Count => _byName.Count + _suppressed.Count;

    public KnownEntity? Find(string name) => _byName.TryGetValue(KnowledgeBase.Key(name), out var entity) ? entity : null;

    public bool IsSuppressed(string name) => _suppressed.Contains(KnowledgeBase.Key(name));

    /// <summary>Whether a gazetteer name (or suppression) starts with this word.</summary>
    public bool StartsName(string word) => _firstWords.Contains(KnowledgeBase.Key(word));

    public void Add(KnownEntity entity)
    {
        Register(entity.Name, entity);
        foreach (var alias in entity.Aliases)
        {
            Register(alias, entity);
        }
    }

    public void Suppress(string name)
    {
        _suppressed.Add(KnowledgeBase.Key(name));
        _firstWords.Add(KnowledgeBase.FirstWord(KnowledgeBase.Key(name)));
    }

    public bool Equals(Gazetteer? other) => other is not null && string.Equals(Source, other.Source, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Gazetteer);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Source);

    private void Register(string name, KnownEntity entity)
    {
        _byName[KnowledgeBase.Key(name)] = entity;
        _firstWords.Add(KnowledgeBase.FirstWord(KnowledgeBase.Key(name)));
        MaxNameWords = Math.Max(MaxNameWords, name.Split(' ').Length);
    }
}
