using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>An entity of one article while it is being built.</summary>
internal sealed class ArticleEntity
{
    public ArticleEntity(string name, EntityKind kind, KnownEntity? known, int order)
    {
        Name = name;
        Kind = kind;
        Known = known;
        Order = order;
    }

    public string Name { get; set; }

    public EntityKind Kind { get; set; }

    public KnownEntity? Known { get; }

    public int Order { get; }

    /// <summary>The forms the article uses for it.</summary>
    public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case role words seen with a person ("minister", "chinese", "spokesman") or an organisation's name words.</summary>
    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>'m', 'f', or '\0' when unknown.</summary>
    public char Gender { get; set; }

    public ArticleEntity? MergedInto { get; set; }

    public ArticleEntity Root => MergedInto?.Root ?? this;

    public override string ToString() => Kind + ":" + Name;
}

/// <summary>Where an entity is named: tokens [TokenStart, TokenEnd) of a unit.</summary>
internal sealed class Mention
{
    public Mention(int unit, int tokenStart, int tokenEnd, int start, int end, ArticleEntity entity)
    {
        Unit = unit;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
        Start = start;
        End = end;
        EntityRef = entity;
    }

    public int Unit { get; }

    public int TokenStart { get; }

    public int TokenEnd { get; }

    public int Start { get; }

    public int End { get; }

    private ArticleEntity EntityRef { get; }

    public ArticleEntity Entity => EntityRef.Root;

    /// <summary>The same mention with its token indices moved on by <paramref name="tokens"/> (a line unit's mention placed in its whole unit).</summary>
    public Mention Shifted(int tokens) => new(Unit, TokenStart + tokens, TokenEnd + tokens, Start, End, EntityRef);
}
