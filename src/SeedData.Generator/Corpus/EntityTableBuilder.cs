using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SeedData.Generator.Model;
using SeedData.Generator.Naming;

namespace SeedData.Generator.Corpus;

/// <summary>
/// Merges the entities each article found into one table: one entry per (kind, name), and a name that
/// is only ever an alias of one other entity of the same kind is folded into it ("Blinken" into
/// "Antony Blinken" even in an article that only says "Blinken"), as is a surname of exactly one
/// person or the acronym of exactly one organisation. Countries, capitals and organisations the
/// knowledge base or the gazetteer knows already carry one canonical name in every article
/// ("US", "USA" and "United States" are all "United States").
/// </summary>
internal static class EntityTableBuilder
{
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
                group.ArticleIds.Add(article.Id);
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

        // Across articles: "Blinken" in one article is "Antony Blinken" of another when he is the only
        // person with that surname; "WHO"-style acronyms likewise fold into the one organisation they abbreviate.
        var shortForms = new Dictionary<(EntityKind, string), List<Group>>();
        foreach (var group in groups.Values)
        {
            var words = group.Name.Split(' ');
            if (words.Length < 2)
            {
                continue;
            }

            if (group.Kind == EntityKind.Person)
            {
                // Surnames of up to four words, as the recognizer folds them: bounded, so that a "name" of
                // thousands of words costs its length, not its square.
                for (var k = Math.Max(1, words.Length - 4); k < words.Length; k++)
                {
                    AddShortForm(shortForms, (EntityKind.Person, string.Join(" ", words, k, words.Length - k)), group);
                }
            }
            else if (group.Kind == EntityKind.Organization)
            {
                AddShortForm(shortForms, (EntityKind.Organization, Initials(words)), group);
            }
        }

        foreach (var group in groups.Values.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            if (group.MergedInto is not null)
            {
                continue;
            }

            // A lone word an article could not type ("Blinken said" with no full name there) is also
            // tried as a surname.
            if ((shortForms.TryGetValue((group.Kind, group.Name), out var longer)
                    || (group.Kind == EntityKind.Organization && group.Name.IndexOf(' ') < 0 && shortForms.TryGetValue((EntityKind.Person, group.Name), out longer)))
                && longer.Count == 1 && longer[0] != group && longer[0].MergedInto is null)
            {
                group.MergedInto = longer[0];
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
            // Resolve(name, kind) is called with the kind the article gave the name, so a name typed
            // differently from its root is looked up by name alone, never under the root's kind.
            if (root.Kind == group.Kind)
            {
                root.LocalNames.Add(group.Name);
            }
            else
            {
                root.OtherKindNames.Add(group.Name);
            }

            if (root != group)
            {
                root.Aliases.Add(group.Name);
                root.Aliases.UnionWith(group.Aliases);
                root.ArticleIds.UnionWith(group.ArticleIds);
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
                    Root(group).Quotes.Add(new QuoteReference(member, corpusOrder[article.Id], speaker.QuoteIndex, speaker.Text));
                }
            }
        }

        var roots = groups.Values.Where(g => g.MergedInto is null).OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Kind).ToList();
        var taken = new HashSet<string>(ReservedNames.Entities, StringComparer.Ordinal);
        var entities = ImmutableArray.CreateBuilder<TableEntity>(roots.Count);
        foreach (var root in roots)
        {
            var name = Identifiers.PascalCase(root.Name);
            if (name.Length == 0 || Array.IndexOf(ReservedNames.Entities, name) >= 0)
            {
                name += root.Kind.ToString();
            }

            root.Aliases.Remove(root.Name);
            entities.Add(new TableEntity(
                root.Name,
                root.Kind,
                Identifiers.Unique(name, taken),
                root.Aliases.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(),
                root.ArticleIds.Select(id => corpusOrder[id]).OrderBy(i => i).ToEquatableArray(),
                root.LocalNames.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(),
                root.Quotes.ToEquatableArray(),
                root.OtherKindNames.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray()));
        }

        return new EntityTable(index.Namespace, entities.ToEquatableArray());
    }

    private static void AddShortForm(Dictionary<(EntityKind, string), List<Group>> shortForms, (EntityKind, string) key, Group group)
    {
        if (!shortForms.TryGetValue(key, out var list))
        {
            shortForms.Add(key, list = new List<Group>());
        }

        if (!list.Contains(group))
        {
            list.Add(group);
        }
    }

    /// <summary>The capitals of a name's words ("World Health Organization" → "WHO").</summary>
    private static string Initials(string[] words)
    {
        var initials = new System.Text.StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
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

        // A set: an entity of a large corpus is mentioned by thousands of articles (they are put in corpus order at the end).
        public HashSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> LocalNames { get; } = new(StringComparer.Ordinal);

        public List<QuoteReference> Quotes { get; } = new();

        public HashSet<string> OtherKindNames { get; } = new(StringComparer.Ordinal);

        public Group? MergedInto { get; set; }
    }
}
