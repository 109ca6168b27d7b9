using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Names written in capitals, as wire copy writes its headlines and datelines ("SOCCER - BRAYFORD HOLD
/// KELLMOOR", "OSLO 1997-03-12"): their case says nothing of their kind, so they take the kind and the
/// entity the same name has in the article's ordinary text, and the names the body uses are found in them.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>The longest name, in words, looked for in a capitals line.</summary>
    private const int MaxCapitalsNameWords = 4;

    /// <summary>
    /// "OSLO 1997-03-12", "AL-AIN , United Arab Emirates 1996-12-06", "SAN JOSE, Calif. 1996-08-30": a wire
    /// dateline, a place in capitals, optionally its state or country after a comma, and the date. Its
    /// capitals are a place's, not a headline's.
    /// </summary>
    public static bool IsDateline(List<Token> tokens)
    {
        var last = tokens.Count - 1;
        if (last < 1 || last > 12 || !tokens[0].IsAllCaps || !IsDate(tokens[last].Text))
        {
            return false;
        }

        var k = 1;
        while (k < last && (tokens[k].IsAllCaps || tokens[k].Is(".")))
        {
            k++;
        }

        if (k < last && tokens[k].Is(","))
        {
            // "United Arab Emirates", "Calif.", "Republic of Congo".
            k++;
            while (k < last && (tokens[k].IsCapitalized || tokens[k].Is(".") || (tokens[k].IsWord && tokens[k].Word.Is(WordFact.NameConnector))))
            {
                k++;
            }
        }

        return k == last;
    }

    /// <summary>"1996-12-06": a year, a month and a day joined by hyphens.</summary>
    private static bool IsDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (k != 4 && k != 7 && !char.IsDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The place a dateline opens with, in capitals ("SAN SEBASTIAN , Spain 1996-08-30"), or a line opening with a
    /// place in capitals and a dash ("KARAKORAM - Two mills reopened").
    /// </summary>
    private static bool IsDatelinePlace(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.Start != 0 || piece.End >= tokens.Count)
        {
            return false;
        }

        for (var k = piece.Start; k < piece.End; k++)
        {
            if (!tokens[k].IsAllCaps)
            {
                return false;
            }
        }

        var next = tokens[piece.End];
        return piece.Length == 1 ? next.Kind == TokenKind.Number || next.Text is "," or "-" or "–" : IsDateline(tokens);
    }

    /// <summary>
    /// "GOLF - LEADING SCORES AT DUBAI DESERT CLASSIC" beside "DUBAI 1997-02-06": an entity named only in
    /// capitals joins the entity the same name, case folded, has in the article's ordinary text, or else the
    /// dateline's place, so that one name has one kind. The dateline's place keeps its own kind (a capital
    /// says nothing there, but the position does), and a name the body types by its vote alone, unknown
    /// elsewhere, takes it ("ROSMALEN , Netherlands" and "the Rosmalen tournament"); a known city that the
    /// body makes a team ("Barcelona beat Valencia 3-1") stays a team beside the dateline's city.
    /// </summary>
    private void FollowOrdinaryCase()
    {
        if (!_pieces.Exists(piece => piece.Entity is not null && (!HasLowerCase(piece.Surface) || IsDatelinePlace(piece))))
        {
            // Nearly every article without a dateline or a headline in capitals: nothing to join.
            return;
        }

        var ordinary = new Dictionary<string, ArticleEntity?>(StringComparer.OrdinalIgnoreCase);
        var datelines = new Dictionary<string, ArticleEntity?>(StringComparer.OrdinalIgnoreCase);
        var fixedEntities = new HashSet<ArticleEntity>();
        foreach (var piece in _pieces)
        {
            if (piece.Entity is not { } entity)
            {
                continue;
            }

            var root = entity.Root;
            var surface = piece.Surface;
            if (IsDatelinePlace(piece))
            {
                AddOnlyOwner(datelines, surface, root);
                fixedEntities.Add(root);
            }
            else if (HasLowerCase(surface))
            {
                fixedEntities.Add(root);
                if (!piece.Unit.UnreliableCase)
                {
                    AddOnlyOwner(ordinary, surface, root);
                }
            }
        }

        foreach (var pair in datelines)
        {
            if (pair.Value is { } place && ordinary.TryGetValue(pair.Key, out var body) && body is { Known: null } && body != place
                && body.Kind is EntityKind.Organization or EntityKind.Other && body.Name.IndexOf(' ') < 0 && _knowledge.Find(body.Name) is null)
            {
                body.Kind = place.Kind;
            }
        }

        foreach (var piece in _pieces)
        {
            if (piece.Entity is not { } entity || fixedEntities.Contains(entity.Root))
            {
                continue;
            }

            var key = piece.Surface;
            var target = ordinary.TryGetValue(key, out var found) && found is not null ? found
                : datelines.TryGetValue(key, out found) && found is not null ? found
                : null;
            var root = entity.Root;
            if (target is not null && target.Root != root && !(target.Root.Kind != root.Kind && IsTeam(root)))
            {
                // Every piece of an entity named only in capitals has one surface's spelling or another; the first
                // that has an owner in ordinary text decides, and the others follow it as its aliases.
                root.MergedInto = target.Root;
                target.Root.Surfaces.UnionWith(root.Surfaces);
            }
        }

        foreach (var pair in datelines)
        {
            // The dateline's place with the same name as the body's entity of the same kind: one entity.
            if (pair.Value is { } place && ordinary.TryGetValue(pair.Key, out var body) && body is not null && body.Root != place.Root && body.Kind == place.Kind)
            {
                place.Root.MergedInto = body.Root;
                body.Root.Surfaces.UnionWith(place.Surfaces);
            }
        }
    }

    /// <summary>
    /// "BASEBALL - ORIOLES WIN AGAIN BEHIND KORVAC" over "Dennis Korvac pitched … as the Baltimore Orioles won":
    /// in a headline's capitals (or its Title Case) the names the body uses are found by their spelling, case
    /// folded: the body's names themselves, a person's surname, a team's name after its place. The longest
    /// wins, also over a known name inside it ("DUBAI DESERT CLASSIC" for the body's "Dubai Desert Classic").
    /// </summary>
    private void FindBodyNamesInCapitals()
    {
        Dictionary<string, ArticleEntity?>? names = null;
        foreach (var unit in _units)
        {
            if (!unit.UnreliableCase)
            {
                continue;
            }

            names ??= BodyNamesByCapitals();
            var tokens = unit.Tokens;
            for (var t = 0; t < tokens.Count && names.Count > 0; t++)
            {
                var run = t;
                while (run < tokens.Count && run - t < MaxCapitalsNameWords && (tokens[run].IsCapitalized || (run > t && tokens[run].IsWord && tokens[run].Word.Is(WordFact.NameConnector))))
                {
                    run++;
                }

                for (var end = run; end > t; end--)
                {
                    if (tokens[end - 1].IsCapitalized && names.TryGetValue(Join(tokens, t, end), out var owner) && owner is not null && TakeSpan(unit, t, end))
                    {
                        Attach(new Piece(unit, t, end), owner.Root);
                        t = end - 1;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The body's names by their spelling in capitals: every name written in a trustworthy line, then the short
    /// forms a headline uses for them, a person's surname ("KORVAC"), a team's name without its place
    /// ("ORIOLES" for the Baltimore Orioles), a club's without its club word ("KELLMOOR" for Kellmoor
    /// Athletic) and a company's without its legal form ("ACME FOODS" for Acme Foods Inc), where no other name is spelt so.
    /// </summary>
    private Dictionary<string, ArticleEntity?> BodyNamesByCapitals()
    {
        var names = new Dictionary<string, ArticleEntity?>(StringComparer.OrdinalIgnoreCase);
        var shortForms = new Dictionary<string, ArticleEntity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in _pieces)
        {
            if (piece.Entity is not { } entity || piece.Unit.UnreliableCase)
            {
                continue;
            }

            var root = entity.Root;
            AddOnlyOwner(names, piece.Surface, root);
            var last = piece.Last;
            var tokens = piece.Unit.Tokens;
            // A team's name is often an English word ("Mariners"); a person's surname that is one ("Young") could be the headline's
            // word, unless the article never writes that word in lower case ("SHEARER HAT-TRICK" over "Alan Shearer").
            if (piece.Length >= 2 && !IsCommon(last.Word)
                && ((root.Kind == EntityKind.Person && last.IsCapitalized && !(last.Word.Is(WordFact.DictionaryWord) && _lowerWords.Contains(last.Word.Folded)))
                    || (root.Kind == EntityKind.Organization && IsTeamName(tokens, piece.Start, piece.End))))
            {
                AddOnlyOwner(shortForms, last.Text, root);
            }

            // "KELLMOOR" for Kellmoor Athletic: a club without its club word, where that is no place of its own ("Manchester City").
            if (root.Kind == EntityKind.Organization && piece.Length >= 2 && last.Word.Is(WordFact.ClubWord) && Find(tokens, piece.Start, piece.End - 1).Length == 0)
            {
                AddOnlyOwner(shortForms, Join(tokens, piece.Start, piece.End - 1), root);
            }

            // "ACME FOODS RAISES DIVIDEND" for Acme Foods Inc: a company without its legal form.
            if (root.Kind == EntityKind.Organization && CompanyStem(tokens, piece.Start, piece.End) is var stem && stem < piece.End)
            {
                AddOnlyOwner(shortForms, Join(tokens, piece.Start, stem), root);
            }
        }

        foreach (var pair in shortForms)
        {
            if (!names.ContainsKey(pair.Key))
            {
                names.Add(pair.Key, pair.Value);
            }
        }

        return names;
    }

    /// <summary>The end of a company's name without its legal form ("Acme Foods" of "Acme Foods Inc", "Kellner Bros Co Ltd"), or <paramref name="end"/>.</summary>
    private static int CompanyStem(List<Token> tokens, int start, int end)
    {
        var stem = end;
        while (stem > start + 1 && (Lexicon.CompanySuffixes.Contains(tokens[stem - 1].Text) || tokens[stem - 1].Is(".")))
        {
            stem--;
        }

        return stem < end && Lexicon.CompanySuffixes.Contains(tokens[stem].Text) ? stem : end;
    }

    /// <summary>
    /// Whether tokens [start, end) of a capitals line may become a mention: no mention covers them already, and
    /// none crosses their edges. Mentions inside them (a known place in "DUBAI DESERT CLASSIC") are taken out,
    /// and their spelling with them where no other mention of their entity uses it.
    /// </summary>
    private bool TakeSpan(UnitTokens unit, int start, int end)
    {
        foreach (var mention in unit.Mentions)
        {
            if (mention.TokenEnd > start && mention.TokenStart < end && (mention.TokenStart < start || mention.TokenEnd > end || (mention.TokenStart == start && mention.TokenEnd == end)))
            {
                return false;
            }
        }

        for (var m = unit.Mentions.Count - 1; m >= 0; m--)
        {
            var inside = unit.Mentions[m];
            if (inside.TokenStart >= start && inside.TokenEnd <= end)
            {
                unit.Mentions.RemoveAt(m);
                var surface = CollapseSpaces(unit.Text.Substring(inside.Start, inside.End - inside.Start));
                if (!IsMentioned(inside.Entity, surface))
                {
                    inside.Entity.Surfaces.Remove(surface);
                }
            }
        }

        return true;
    }

    /// <summary>Whether some mention of <paramref name="entity"/> is spelt <paramref name="surface"/>.</summary>
    private bool IsMentioned(ArticleEntity entity, string surface)
    {
        foreach (var unit in _units)
        {
            foreach (var mention in unit.Mentions)
            {
                if (mention.Entity == entity && mention.End - mention.Start >= surface.Length
                    && CollapseSpaces(unit.Text.Substring(mention.Start, mention.End - mention.Start)) == surface)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds <paramref name="entity"/> as the key's owner; a key two entities share has none (null).</summary>
    private static void AddOnlyOwner(Dictionary<string, ArticleEntity?> owners, string key, ArticleEntity entity)
    {
        if (!owners.TryGetValue(key, out var owner))
        {
            owners.Add(key, entity);
        }
        else if (owner is not null && owner != entity)
        {
            owners[key] = null;
        }
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
