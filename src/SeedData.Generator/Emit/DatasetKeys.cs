using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedData.Generator.Emit;

/// <summary>One string <c>Articles.Find</c> or <c>Entities.Find</c> accepts, and what it leads to.</summary>
/// <param name="Text">The article id, or the entity's name or one of its aliases.</param>
/// <param name="Member">The generated property the key leads to (<c>Articles.Member</c>, <c>Entities.Member</c>).</param>
/// <param name="Description">The article's headline, or the entity's kind and article count ("Person, 3 articles").</param>
/// <param name="AliasOf">For an entity alias, the entity's name; otherwise null.</param>
internal sealed record DatasetKey(string Text, string Member, string Description, string? AliasOf);

/// <summary>
/// The keys of one generated <c>Articles</c> or <c>Entities</c> class, read from the string the generator puts in
/// its <c>[DatasetKeys]</c> attribute (<c>KeysEmitter</c> writes it). Shared, as source, by the analyzer in the
/// generator's assembly (Analyzers/) and the completion provider in SeedData.Ide, so both see what the generator emitted.
/// </summary>
/// <remarks>
/// The string is a sequence of fields, each its length in UTF-16 code units (decimal), a colon and the text:
/// <c>5:Hello</c>. No separator can clash with a seed's text, whatever it holds. The first field names the
/// format. Articles then have three fields per article: id, member name, headline. Entities have, per entity:
/// name, member name, kind, article count, alias count, then the aliases.
/// </remarks>
internal sealed class DatasetKeys
{
    public const string ArticlesFormat = "SeedDataArticles/1";
    public const string EntitiesFormat = "SeedDataEntities/1";

    private readonly Dictionary<string, DatasetKey> _byText;

    private DatasetKeys(bool isEntities, List<DatasetKey> keys)
    {
        IsEntities = isEntities;
        Keys = keys;

        // As the generated Find compares: article ids exactly (after NFC), entity names and aliases ignoring
        // case, a name before any alias that happens to be spelt the same.
        _byText = new Dictionary<string, DatasetKey>(isEntities ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var pass in new[] { false, true })
        {
            foreach (var key in keys)
            {
                if ((key.AliasOf is not null) == pass && !_byText.ContainsKey(key.Text))
                {
                    _byText.Add(key.Text, key);
                }
            }
        }
    }

    /// <summary>True for <c>Entities</c> (names and aliases), false for <c>Articles</c> (ids).</summary>
    public bool IsEntities { get; }

    /// <summary>Every key, in the generated order: articles in corpus order; each entity's name, then its aliases.</summary>
    public IReadOnlyList<DatasetKey> Keys { get; }

    /// <summary>What the key names, for messages: "seed" or "entity or alias".</summary>
    public string Noun => IsEntities ? "entity or alias" : "seed";

    /// <summary>The key the generated <c>Find</c> would find for <paramref name="text"/>, or null when it returns null.</summary>
    public DatasetKey? Find(string text)
    {
        if (!IsEntities && !text.IsNormalized())
        {
            text = text.Normalize();
        }

        return _byText.TryGetValue(text, out var key) ? key : null;
    }

    /// <summary>Reads the attribute's string; null when it is not in a format this version knows.</summary>
    public static DatasetKeys? Parse(string data)
    {
        var reader = new FieldReader(data);
        var format = reader.Next();
        var keys = new List<DatasetKey>();
        if (format == ArticlesFormat)
        {
            while (!reader.AtEnd)
            {
                var id = reader.Next();
                var member = reader.Next();
                var headline = reader.Next();
                if (headline is null)
                {
                    return null;
                }

                keys.Add(new DatasetKey(id!, member!, headline, null));
            }

            return new DatasetKeys(isEntities: false, keys);
        }

        if (format == EntitiesFormat)
        {
            while (!reader.AtEnd)
            {
                var name = reader.Next();
                var member = reader.Next();
                var kind = reader.Next();
                var articles = reader.Number();
                var aliases = reader.Number();
                if (kind is null || articles < 0 || aliases < 0)
                {
                    return null;
                }

                var description = kind + ", " + articles.ToString(CultureInfo.InvariantCulture) + (articles == 1 ? " article" : " articles");
                keys.Add(new DatasetKey(name!, member!, description, null));
                for (var i = 0; i < aliases; i++)
                {
                    if (reader.Next() is not { } alias)
                    {
                        return null;
                    }

                    keys.Add(new DatasetKey(alias, member!, description, name));
                }
            }

            return new DatasetKeys(isEntities: true, keys);
        }

        return null;
    }

    /// <summary>Reads <c>length:text</c> fields; a malformed field reads as null and ends the input.</summary>
    private struct FieldReader
    {
        private readonly string _data;
        private int _at;

        public FieldReader(string data)
        {
            _data = data;
            _at = 0;
        }

        public readonly bool AtEnd => _at >= _data.Length;

        public string? Next()
        {
            var length = 0;
            var start = _at;
            while (_at < _data.Length && _data[_at] is >= '0' and <= '9' && _at - start < 9)
            {
                length = (length * 10) + (_data[_at++] - '0');
            }

            if (_at == start || _at >= _data.Length || _data[_at] != ':' || _data.Length - _at - 1 < length)
            {
                _at = _data.Length;
                return null;
            }

            var text = _data.Substring(_at + 1, length);
            _at += 1 + length;
            return text;
        }

        public int Number() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }
}
