using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace SeedData.Runtime;

/// <summary>The data behind a generated <c>Entities</c> class, written by the generator.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class EntityTableData
{
    /// <summary>Every name, alias and article-local name, as UTF-8, concatenated; the other spans point into it.</summary>
    public abstract ReadOnlySpan<byte> Names { get; }

    /// <summary>
    /// The entity count n, then n positions in this span where each entity's record starts, then the
    /// records: name (start, length in <see cref="Names"/>), <see cref="EntityKind"/>, alias count and
    /// aliases (start, length), article count and article indices (corpus order), quote count and
    /// quotes (article index, quote index). Packed: a count, then the integers, as the runtime's internal
    /// PackedReader reads them.
    /// </summary>
    public abstract ReadOnlySpan<byte> Entities { get; }

    /// <summary>
    /// What <see cref="EntityTable.Resolve"/> searches: per name an article used, four integers (name
    /// start, name length, kind, entity index), sorted by the name's UTF-8 bytes, then kind. Kind -1
    /// maps the name whatever kind the article gave it (a name an article typed differently from the
    /// merged entity). Packed like <see cref="Entities"/>.
    /// </summary>
    public abstract ReadOnlySpan<byte> Lookup { get; }
}

/// <summary>
/// The corpus-wide entity table behind a generated <c>Entities</c> class. Entities are created on first
/// use, one instance each, so that touching one article does not build the whole table.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EntityTable : LazyList<Entity>
{
    private const int LookupStride = 4;

    private readonly EntityTableData _data;
    private readonly int[] _entities;
    private readonly int[] _lookup;
    private readonly Func<IReadOnlyList<Article>> _articles;
    private Dictionary<string, Entity>? _byName;

    /// <summary>Creates the table over generated data.</summary>
    /// <param name="data">The entities and their names.</param>
    /// <param name="articles">Returns the generated <c>Articles.All</c>, which entities' quotes and article ids come from.</param>
    public EntityTable(EntityTableData data, Func<IReadOnlyList<Article>> articles)
        : this(data, PackedReader.Ints(data.Entities), articles)
    {
    }

    private EntityTable(EntityTableData data, int[] entities, Func<IReadOnlyList<Article>> articles)
        : base(entities[0])
    {
        _data = data;
        _entities = entities;
        _lookup = PackedReader.Ints(data.Lookup);
        _articles = articles;
    }

    /// <summary>The entity with this name or alias (ignoring case), or <see langword="null"/>.</summary>
    /// <param name="nameOrAlias">A canonical name or an alias.</param>
    public Entity? Find(string nameOrAlias)
    {
        var byName = Volatile.Read(ref _byName);
        if (byName is null)
        {
            byName = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
            foreach (var entity in this)
            {
                byName.TryAdd(entity.Name, entity);
            }

            // Names first, so that an alias never hides another entity's own name.
            foreach (var entity in this)
            {
                foreach (var alias in entity.Aliases)
                {
                    byName.TryAdd(alias, entity);
                }
            }

            Volatile.Write(ref _byName, byName);
        }

        return byName.TryGetValue(nameOrAlias, out var found) ? found : null;
    }

    /// <summary>Maps the name an article used for an entity to the merged entity.</summary>
    /// <param name="name">The entity's name in the article.</param>
    /// <param name="kind">The entity's kind in the article.</param>
    public Entity Resolve(string name, EntityKind kind)
    {
        ReadOnlySpan<int> lookup = _lookup;
        var names = _data.Names;
        var first = Utf8Keys.FindFirst(names, lookup, lookup.Length / LookupStride, LookupStride, name);
        if (first >= 0)
        {
            // A name has one entry per kind articles gave it, sorted by kind, "any kind" (-1) first.
            var key = names.Slice(lookup[first * LookupStride], lookup[(first * LookupStride) + 1]);
            var anyKind = -1;
            for (var at = first * LookupStride; at < lookup.Length && names.Slice(lookup[at], lookup[at + 1]).SequenceEqual(key); at += LookupStride)
            {
                if (lookup[at + 2] == (int)kind)
                {
                    return this[lookup[at + 3]];
                }

                anyKind = lookup[at + 2] == -1 ? lookup[at + 3] : anyKind;
            }

            if (anyKind >= 0)
            {
                return this[anyKind];
            }
        }

        // Only reached if an article and the table come from different builds.
        return new Entity(name, kind, Array.Empty<string>());
    }

    /// <inheritdoc/>
    protected override Entity Build(int index)
    {
        ReadOnlySpan<int> data = _entities;
        var names = _data.Names;
        var at = data[1 + index];
        var name = Utf8Keys.Decode(names, data[at], data[at + 1]);
        var kind = (EntityKind)data[at + 2];
        at += 3;

        var aliases = new string[data[at++]];
        for (var i = 0; i < aliases.Length; i++, at += 2)
        {
            aliases[i] = Utf8Keys.Decode(names, data[at], data[at + 1]);
        }

        var articleCount = data[at++];
        var articles = data.Slice(at, articleCount).ToArray();
        at += articleCount;
        var quotes = data.Slice(at + 1, 2 * data[at]).ToArray();

        var ids = new string[articles.Length];
        var list = _articles();
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = list is ArticleList generated ? generated.IdAt(articles[i]) : list[articles[i]].Id;
        }

        return new Entity(name, kind, aliases, ids, () => Quotes(quotes));
    }

    private Quote[] Quotes(int[] pairs)
    {
        var articles = _articles();
        var quotes = new Quote[pairs.Length / 2];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = articles[pairs[2 * i]].Quotes[pairs[(2 * i) + 1]];
        }

        return quotes;
    }
}
