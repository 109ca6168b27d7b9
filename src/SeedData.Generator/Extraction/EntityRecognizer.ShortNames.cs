using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Short forms folded into the long name (acronyms, surnames, family names, given names), and lone capitalised words that stay ordinary words.</summary>
internal sealed partial class EntityRecognizer
{
    private void ResolveShortNames()
    {
        // Acronyms defined in brackets.
        foreach (var piece in _pieces)
        {
            if (piece.Acronym is not null && piece.Entity is { } owner && owner.Kind != EntityKind.Person)
            {
                var acronym = Entity(piece.Acronym, owner.Kind, null);
                if (acronym != owner.Root)
                {
                    acronym.MergedInto = owner.Root;
                }
            }
        }

        var open = new List<Piece>();
        foreach (var piece in _pieces)
        {
            if (piece.Entity is not null || piece.Length != 1)
            {
                continue;
            }

            // A certain "no" wherever the model decides (the build, `explain`); training still sees these words
            // (nearly all "not an entity" in the gold), so the kind model's weights for every other candidate stay
            // what they were.
            if (!IsTraining && IsBareHeadWord(piece))
            {
                continue;
            }

            var surface = piece.Surface;
            if (_entities.TryGetValue(surface, out var existing))
            {
                Attach(piece, existing.Root);
                continue;
            }

            if (FindByShortName(surface) is { } owner)
            {
                Attach(piece, owner);
                continue;
            }

            if (piece.Unit.UnreliableCase)
            {
                // In a Title Case line a lone word is only a name the body already has.
                continue;
            }

            // A single capitalised word at the start of a sentence is a name only if the article also
            // uses it mid-sentence, or it is a known given name.
            // "Standings", "Totals", "Heifers", "Half-time": an English word (the dictionary knows its lower-case form,
            // or the parts of a compound) is an ordinary word there too.
            if (piece.First.SentenceStart && !_reliableWords.Contains(piece.First.Word) && piece.Roles is null && !piece.First.IsAllCaps && !IsSideOfResultRow(piece) && !IsClubOpeningSentence(piece)
                && (_lowerWords.Contains(piece.First.Word.Folded) || (IsPlainCapitalized(piece.First.Text) && piece.First.Word.Is(WordFact.DictionaryWord))
                    || _knowledge.IsCompoundOfWords(piece.First.Text) || !NameCueAfter(piece)))
            {
                continue;
            }

            open.Add(piece);
        }

        // "Kellmoor's striker", "Eskom said": a sentence's first word that no dictionary knows, with a name's cue after
        // it, is a name; the votes choose only its kind. (At build time only: training sees the model's own "no".)
        AssignByVote(open, IsTraining ? null : piece => piece.First.SentenceStart && !piece.First.IsAllCaps && piece.Roles is null
            && !piece.First.Word.Is(WordFact.DictionaryWord) && !_lowerWords.Contains(piece.First.Word.Folded) && NameCueAfter(piece));
    }

    /// <summary>"Standings", not "IndiGo" or "eBay": a capital and then lower-case letters only.</summary>
    private static bool IsPlainCapitalized(string word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Economiesuisse, the ...", "Eskom said": what follows a sentence-initial word says it is a name (or a credit's label before it).</summary>
    private bool NameCueAfter(Piece piece)
    {
        var tokens = piece.Unit.Tokens;

        if (IsPictureCredit(piece))
        {
            return true;
        }

        // "Ostervik drew 1-1 with …", "Ostervik moved top": in sports copy a side's result after it.
        if (IsSportsCopy && IsTeamResultAfter(tokens, piece.End))
        {
            return true;
        }

        if (piece.First.Text.EndsWith("s", StringComparison.Ordinal))
        {
            // "Economists said", "Officials say": plural nouns open sentences far more often than names ending in s.
            return false;
        }

        var next = piece.End;

        // "Brayford manager Ruud Gallant": a club's staff after it.
        if (next < tokens.Count && tokens[next].IsWord && Lexicon.ClubStaff.Contains(tokens[next].Text))
        {
            return true;
        }

        // "Essex 442 and 134-3", "Feyenoord beat Vitesse 2-0": a result line opens with the team; so does a
        // table row with no score in it, a result ("Brayford 2 Kellmoor 1") or a standings row.
        if (next < tokens.Count && (piece.Unit.HasScore || piece.Unit.IsTableRow)
            && (tokens[next].Kind == TokenKind.Number || (piece.Unit.HasScore && tokens[next].Word.Is(WordFact.MatchWord))))
        {
            return true;
        }

        // "Scorers: Okafor (23rd, 65th)": a scorer with the minutes, in a scorers' line or a match summary.
        if (next < tokens.Count && ((AfterScorersLabel(piece) && (tokens[next].Kind == TokenKind.Number || tokens[next].Is("(")))
            || (piece.Unit.HasScore && tokens[next].Is("(") && next + 1 < tokens.Count && IsMinute(tokens[next + 1].Text))))
        {
            return true;
        }

        // "Kellmoor's manager", "Eskom's shares": a possessive; the dictionary's words ("Today's") were turned away before.
        if (next < tokens.Count && tokens[next].Text is "'s" or "’s")
        {
            return true;
        }

        // "Mugunga camp was empty", "Tesso province": a place noun after it.
        if (IsPlaceNounAfter(tokens, piece.Start, next))
        {
            return true;
        }

        // "Eskom said" (a word ending in s was turned away above: "Scientists say").
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].Word.Is(WordFact.CoreReportingVerb))
        {
            return true;
        }

        // "Ubisoft, Microsoft, and Sony had stands": the first of a list whose next item is a known name.
        if (next + 1 < tokens.Count && tokens[next].Is(",") && Find(tokens, next + 1, tokens.Count) is { Length: > 0 } listed
            && next + 1 + listed.Length < tokens.Count && tokens[next + 1 + listed.Length].Text is "," or "and" or "or")
        {
            return true;
        }

        return next + 1 < tokens.Count && tokens[next].Is(",") && tokens[next + 1].Text is "the" or "a" or "an" or "which" or "who" or "whose";
    }

    /// <summary>"Blinken" → Antony Blinken, "Wang" → Wang Yi, "Rodríguez Ceja" → Victoria Rodríguez Ceja, "INEC" → Independent National Electoral Commission.</summary>
    private ArticleEntity? FindByShortName(string surface)
    {
        _shortNames ??= BuildShortNameIndex();
        if (_shortNames.TryGetValue(surface, out var owners))
        {
            return owners.Count == 1 || IsOneNameInTwoCases(owners) ? owners[0] : null;
        }

        // "Tedros" for Tedros Adhanom Ghebreyesus: a given name alone, when only one person has it.
        return _givenNameOwners!.TryGetValue(surface, out var people) && people.Count == 1 ? people[0] : null;
    }

    /// <summary>"Varek Holdings" and the headline's "VAREK HOLDINGS": owners that differ only in case are one name.</summary>
    private static bool IsOneNameInTwoCases(List<ArticleEntity> owners)
    {
        for (var k = 1; k < owners.Count; k++)
        {
            if (!string.Equals(owners[k].Name, owners[0].Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every short form of the long names found so far, built once (a look-up per short name keeps the
    /// whole step linear): surname suffixes of people, surname-first family names, acronyms of
    /// organisations, and their last word ("the Commission").
    /// </summary>
    private const int MaxSurnameWords = 4;

    private Dictionary<string, List<ArticleEntity>> BuildShortNameIndex()
    {
        var index = new Dictionary<string, List<ArticleEntity>>(StringComparer.Ordinal);
        _givenNameOwners = new Dictionary<string, List<ArticleEntity>>(StringComparer.Ordinal);
        foreach (var entity in _entities.Values)
        {
            if (entity.MergedInto is not null)
            {
                continue;
            }

            var words = entity.Name.Split(' ');
            if (entity.Kind == EntityKind.Person && words.Length > 1)
            {
                // Surnames of up to four words ("Rodríguez Ceja", "de la Cruz"): a bound, so that a run of
                // thousands of capitalised words typed a person costs its length, not its square.
                for (var k = Math.Max(1, words.Length - MaxSurnameWords); k < words.Length; k++)
                {
                    AddOwner(index, string.Join(" ", words, k, words.Length - k), entity);
                }

                // "Lula" of Luiz Inácio Lula da Silva: a middle name used alone.
                for (var k = 1; k < words.Length - 1; k++)
                {
                    if (words[k].Length > 0 && char.IsUpper(words[k][0]))
                    {
                        AddOwner(index, words[k], entity);
                    }
                }

                if (_knowledge.IsSurnameFirst(words[0]))
                {
                    AddOwner(index, words[0], entity);
                }
                else
                {
                    AddOwner(_givenNameOwners, words[0], entity);
                }
            }
            else if (entity.Kind == EntityKind.Organization && words.Length > 1)
            {
                AddOwner(index, Initials(entity.Name), entity);
                AddCompanyShortForms(index, entity, words);
                if (ClubShortForm(words) is { } club)
                {
                    AddOwner(index, club, entity);
                }

                if (Lexicon.IsOrganizationWord(words[words.Length - 1]))
                {
                    AddOwner(index, words[words.Length - 1], entity);
                }
            }
        }

        return index;
    }

    private static void AddOwner(Dictionary<string, List<ArticleEntity>> index, string key, ArticleEntity entity)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var owners))
        {
            index.Add(key, owners = new List<ArticleEntity>(1));
        }

        if (!owners.Contains(entity))
        {
            owners.Add(entity);
        }
    }

    private static bool IsAcronymCandidate(string surface)
    {
        if (surface.Length < 2 || surface.Length > 8)
        {
            return false;
        }

        foreach (var c in surface)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }
}
