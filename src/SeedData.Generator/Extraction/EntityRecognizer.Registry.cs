using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>The article's entities: one per name, with the forms the article uses, the roles around a person, and the peoples named by a plural.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Which tokens of a unit a mention covers, reused from unit to unit (<see cref="Named"/>).</summary>
    private bool[] _named = new bool[64];

    /// <summary>
    /// "Afghans", "Muslims", "Europeans", and the adjectives "Afghan officials", "a German bank": peoples
    /// and groups named outside a name are entities of kind Other, as news annotation in the CoNLL style
    /// counts nationalities (MISC). On the wikigold training set 59 of 60 such adjectives standing alone
    /// are annotated so; GUM's derived gold never lists them (there they cost all-kinds F1 0.686 → 0.676),
    /// and the goal is news annotated in the CoNLL style (docs/extraction.md). They get no mention, so
    /// attribution never takes them for a speaker.
    /// </summary>
    private void AddNationalities()
    {
        foreach (var unit in _units)
        {
            if (unit.UnreliableCase)
            {
                continue;
            }

            var tokens = unit.Tokens;
            var named = Named(tokens.Count);
            foreach (var mention in unit.Mentions)
            {
                for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
                {
                    named[t] = true;
                }
            }

            for (var t = 0; t < tokens.Count; t++)
            {
                // Peoples and events' adjectives are capitalised; most tokens are not, and are passed over without a look-up.
                if (!tokens[t].IsCapitalized)
                {
                    continue;
                }

                var end = PeopleNameEnd(tokens, t, named);
                if (end == t && IsEventAdjective(tokens, t, named))
                {
                    end = t + 1;
                }

                if (end == t)
                {
                    continue;
                }

                var word = Join(tokens, t, end);
                if (!(_gazetteer is not null && _gazetteer.IsSuppressed(word)) && !IsPortfolioBeforeTitle(tokens, t))
                {
                    Entity(word, EntityKind.Other, null).Surfaces.Add(word);
                }

                t = end - 1;
            }
        }
    }

    /// <summary>
    /// "Olympic champions", "the Olympic 400 metres title": an event's adjective (<c>Lexicon.EventAdjectives</c>) outside a
    /// name is a name of kind Other, as CoNLL-style annotation has it; the noun after it ("champion") is not part of it.
    /// </summary>
    private static bool IsEventAdjective(List<Token> tokens, int index, bool[] named) =>
        !named[index] && tokens[index].IsCapitalized && tokens[index].Word.Is(WordFact.EventAdjective) && (index + 1 == tokens.Count || !tokens[index + 1].IsCapitalized);

    /// <summary>"Labour Minister Norbert Bluem": a party word that is also a portfolio, right before a title, names the office.</summary>
    private bool IsPortfolioBeforeTitle(List<Token> tokens, int index) =>
        tokens[index].Word.Is(WordFact.TitleModifier) && index + 1 < tokens.Count && IsTitleAt(tokens, index + 1, tokens.Count, out _);

    /// <summary>A cleared array of at least <paramref name="count"/> flags, one per article, grown to its longest unit.</summary>
    private bool[] Named(int count)
    {
        if (_named.Length < count)
        {
            _named = new bool[Math.Max(count, 2 * _named.Length)];
        }
        else
        {
            Array.Clear(_named, 0, count);
        }

        return _named;
    }

    private ArticleEntity Entity(string name, EntityKind kind, KnownEntity? known)
    {
        if (!_entities.TryGetValue(name, out var entity))
        {
            entity = new ArticleEntity(name, kind, known, _entities.Count);
            if (kind == EntityKind.Person)
            {
                var gender = _knowledge.GivenName(name.Split(' ')[0]);
                entity.Gender = gender is 'm' or 'f' ? gender : '\0';
            }

            _entities.Add(name, entity);
        }

        return entity.Root;
    }

    private void Attach(Piece piece, ArticleEntity entity)
    {
        piece.Entity = entity;
        entity.Surfaces.Add(piece.Surface);
        if (piece.Roles is not null)
        {
            entity.Roles.UnionWith(piece.Roles);
        }

        if (entity.Kind == EntityKind.Person)
        {
            CollectRoles(piece, entity);
        }

        var tokens = piece.Unit.Tokens;
        piece.Unit.Mentions.Add(new Mention(piece.Unit.Unit, piece.Start, piece.End, tokens[piece.Start].Start, tokens[piece.End - 1].End, entity));
    }

    /// <summary>Role words around a person: "INEC chairman X", "X, executive director of ...,".</summary>
    private void CollectRoles(Piece piece, ArticleEntity entity)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0 && k >= piece.Start - 4; k--)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                break;
            }

            AddRole(entity, token.Word);
        }

        if (piece.End < tokens.Count && tokens[piece.End].Is(","))
        {
            for (var k = piece.End + 1; k < tokens.Count && k <= piece.End + 8; k++)
            {
                if (!tokens[k].IsWord)
                {
                    break;
                }

                AddRole(entity, tokens[k].Word);
            }
        }
    }

    /// <summary>Asks the word's kept lower-case form and answers, so a role word costs no new string per mention.</summary>
    private void AddRole(ArticleEntity entity, Word word)
    {
        var lower = word.Lower;
        if (Lexicon.PersonAnaphors.Contains(lower) || _knowledge.IsTitle(lower) || word.Is(WordFact.TitleModifier) || word.DemonymCountry is not null)
        {
            entity.Roles.Add(lower);
        }
    }
}
