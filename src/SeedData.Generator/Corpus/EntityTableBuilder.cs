using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;

namespace SeedData.Generator.Corpus;

/// <summary>
/// Merges the entities each article found into one table: one entry per (kind, name), and a name that
/// is only ever an alias of one other entity of the same kind is folded into it ("Blinken" into
/// "Antony Blinken" even in an article that only says "Blinken").
/// </summary>
internal static class EntityTableBuilder
{
    private static readonly string[] Reserved =
    {
        "All", "Find", "Resolve", "Entities", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static EntityTable Build(ImmutableArray<ArticleEntities> articles, ArticleIndex index)
    {
        var ordered = articles.Where(a => index.MemberNameOf(a.FilePath) is not null).OrderBy(a => a.FilePath, StringComparer.Ordinal).ToList();
        var corpusOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in ordered)
        {
            corpusOrder[article.Id] = corpusOrder.Count;
        }

        // Group the article-level entities by kind and name.
        var groups = new Dictionary<(EntityKind, string), Group>();
        foreach (var article in ordered)
        {
            foreach (var entity in article.Entities)
            {
                var key = (entity.Kind, entity.Name);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups.Add(key, group = new Group(entity.Name, entity.Kind));
                }

                group.Aliases.UnionWith(entity.Aliases);
                if (!group.ArticleIds.Contains(article.Id))
                {
                    group.ArticleIds.Add(article.Id);
                }
            }
        }

        // Fold a name into the one other entity of its kind that lists it as an alias.
        var owners = new Dictionary<(EntityKind, string), List<Group>>();
        foreach (var group in groups.Values)
        {
            foreach (var alias in group.Aliases)
            {
                if (!owners.TryGetValue((group.Kind, alias), out var list))
                {
                    owners.Add((group.Kind, alias), list = new List<Group>());
                }

                list.Add(group);
            }
        }

        foreach (var group in groups.Values.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            if (owners.TryGetValue((group.Kind, group.Name), out var list) && list.Count == 1 && list[0] != group && list[0].MergedInto is null)
            {
                group.MergedInto = list[0];
            }
        }

        Group Root(Group g)
        {
            while (g.MergedInto is not null)
            {
                g = g.MergedInto;
            }

            return g;
        }

        foreach (var group in groups.Values)
        {
            var root = Root(group);
            root.LocalNames.Add(group.Name);
            if (root != group)
            {
                root.Aliases.Add(group.Name);
                root.Aliases.UnionWith(group.Aliases);
                foreach (var id in group.ArticleIds)
                {
                    if (!root.ArticleIds.Contains(id))
                    {
                        root.ArticleIds.Add(id);
                    }
                }
            }
        }

        // Quotes, in corpus order.
        foreach (var article in ordered)
        {
            var member = index.MemberNameOf(article.FilePath)!;
            foreach (var speaker in article.Speakers)
            {
                var local = article.Entities.FirstOrDefault(e => e.Name == speaker.Speaker);
                if (local is not null && groups.TryGetValue((local.Kind, local.Name), out var group))
                {
                    Root(group).Quotes.Add(new QuoteReference(member, speaker.QuoteIndex, speaker.Text));
                }
            }
        }

        var roots = groups.Values.Where(g => g.MergedInto is null).OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Kind).ToList();
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var entities = ImmutableArray.CreateBuilder<TableEntity>(roots.Count);
        foreach (var root in roots)
        {
            var name = Identifiers.PascalCase(root.Name);
            if (name.Length == 0 || Array.IndexOf(Reserved, name) >= 0)
            {
                name += root.Kind.ToString();
            }

            root.Aliases.Remove(root.Name);
            entities.Add(new TableEntity(
                root.Name,
                root.Kind,
                Identifiers.Unique(name, taken),
                root.Aliases.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(),
                root.ArticleIds.OrderBy(id => corpusOrder[id]).ToEquatableArray(),
                root.LocalNames.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(),
                root.Quotes.ToEquatableArray()));
        }

        return new EntityTable(index.Namespace, entities.ToEquatableArray());
    }

    private sealed class Group
    {
        public Group(string name, EntityKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public EntityKind Kind { get; }

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public List<string> ArticleIds { get; } = new();

        public HashSet<string> LocalNames { get; } = new(StringComparer.Ordinal);

        public List<QuoteReference> Quotes { get; } = new();

        public Group? MergedInto { get; set; }
    }
}
