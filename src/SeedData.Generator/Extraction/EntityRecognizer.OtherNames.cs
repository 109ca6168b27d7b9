using System.Collections.Generic;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Names of kind Other that look like organisations, people or places: products and craft with a model
/// designator ("F-104 Starfighter", "Datecs MP500", "STS-134"), ships and shuttles by their prefix ("HMS
/// Victory", "Space Shuttle Atlantis"), races and tournaments ("Monaco Grand Prix", "the Wimbledon semifinals"), works, craft and languages named by the noun beside them ("the
/// film Easy Rider", "Freewinds, a cruise ship", "the Chamicuro language").
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>How strong the vote for Other is (2 medium, 3 strong, as the rules' weights).</summary>
    private const int OtherVoteWeight = 3;

    /// <summary>
    /// The vote for kind Other that the evidence adds beside the rules and the kind model, or 0. Added at build time
    /// only, as the strong person vote of <c>IsGivenAndUnknownName</c>: the model trains on the same candidates and
    /// features as before, so retraining moves no other name (a typing rule or a feature moved the junk candidates
    /// the model puts in Other into Organization on wikigold cross-validation: docs/extraction.md).
    /// </summary>
    /// A league's section ("the Central Division") and a tournament ("won the Dunmore Phoenix") vote twice: a head word or
    /// sports copy gives the organisation rule's strong vote, and the model learned such names as clubs.
    private static float OtherNameVote(Piece piece) =>
        IsLeagueSection(piece.Unit.Tokens, piece.Start, piece.End) || IsTournamentName(piece.Unit.Tokens, piece.Start, piece.End) ? 2 * KindModel.RuleVote(OtherVoteWeight)
        : IsOtherName(piece.Unit.Tokens, piece.Start, piece.End) ? KindModel.RuleVote(OtherVoteWeight) : 0;

    /// <summary>Whether the words <paramref name="start"/>..<paramref name="end"/> name a product, a craft, a work or a language.</summary>
    private static bool IsOtherName(List<Token> tokens, int start, int end)
    {
        var length = end - start;
        if (IsLeagueSection(tokens, start, end) || IsTournamentName(tokens, start, end))
        {
            return true;
        }

        if (length > 1 && (Lexicon.OrganizationWords.Contains(tokens[end - 1].Text) || Lexicon.LocationWords.Contains(tokens[end - 1].Text)))
        {
            // "EB-5 Investment Coalition", "Orbiter Processing Facility-1": an organisation's or a place's head word wins.
            return false;
        }

        // "F-104 Starfighter", "Datecs MP500", "STS-134": a model or mission designator, hyphenated when it stands alone
        // (a bare "G7" or "M23" is as often a group's or a company's code).
        for (var k = start; k < end; k++)
        {
            if (IsDesignator(tokens[k].Text, out var hyphenated) && (hyphenated || length > 1))
            {
                return true;
            }
        }

        if (length > 1 && (Lexicon.CraftPrefixes.Contains(tokens[start].Text) || (tokens[start].Text is "Space" && tokens[start + 1].Text is "Shuttle")))
        {
            return true;
        }

        // "Monaco Grand Prix", "Tour of Britain", "Tour de Suisse", "Qatar Masters": races and tournaments named by
        // their place, or a place and a known event's name (not "Tom Masters": a given name makes it a person).
        if (length > 1 && ((tokens[end - 1].Text is "Prix" && tokens[end - 2].Text is "Grand") || (tokens[start].Text is "Tour" && tokens[start + 1].Text is "of" or "de" or "du")
            || (tokens[end - 1].Word.Known is { Kind: EntityKind.Other } && tokens[start].Word.GivenName == '\0')))
        {
            return true;
        }

        // "the Wimbledon semifinals", "the Stella Artois championships", "the Nobel prize": a tournament, a round or an award
        // after the name; "the Van Oost Memorial athletics meeting": a meeting named for a person.
        if (end < tokens.Count && tokens[end].IsWord && (Lexicon.EventNounsAfter.Contains(tokens[end].Text)
            || (length > 1 && tokens[end - 1].Text is "Memorial" && Lexicon.MeetingNouns.Contains(tokens[end].Text))))
        {
            return true;
        }

        // "the film Easy Rider", "the album “Some Kind of Fever”", "the shuttle Atlantis".
        var before = start - 1;
        while (before >= 0 && tokens[before].Text is "\"" or "“" or "'" or "‘")
        {
            before--;
        }

        if (before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized && Lexicon.OtherNounsBefore.Contains(tokens[before].Text))
        {
            return true;
        }

        if (CandidateFeatures.AppositionHead(tokens, end) is { } head && Lexicon.OtherNounsBefore.Contains(head.Text))
        {
            return true;
        }

        // "the Chamicuro language", "the Firefox browser".
        if (end < tokens.Count && tokens[end].IsWord && Lexicon.OtherNounsAfter.Contains(tokens[end].Text))
        {
            return true;
        }

        return false;
    }

    /// <summary>"the Central Division", "the Eastern Conference": a league's named section (Other in CoNLL-style gold), before the organisation head word rule.</summary>
    private static bool IsLeagueSection(List<Token> tokens, int start, int end) =>
        end - start == 2 && Lexicon.LeagueSectionRegions.Contains(tokens[start].Text) && Lexicon.LeagueSectionHeads.Contains(tokens[end - 1].Text);

    /// <summary>
    /// A golf or tennis tournament: a name ending in a tournament's head word ("the Prague Challenger", "the Kelso Classic";
    /// not "Tom Masters", a given name first), or a name of no organisation head word that "won the" names and a time or the
    /// sentence's end follows ("who won the Dunmore Phoenix last season"): a sponsor's event.
    /// </summary>
    private static bool IsTournamentName(List<Token> tokens, int start, int end)
    {
        if (end - start < 2 || tokens[start].Word.GivenName != '\0')
        {
            return false;
        }

        if (Lexicon.TournamentHeads.Contains(tokens[end - 1].Text) && tokens[end - 1].Text is not "Open")
        {
            return true;
        }

        return start >= 2 && tokens[start - 1].Text is "the" && Lexicon.WinVerbs.Contains(tokens[start - 2].Text)
            && !Lexicon.OrganizationWords.Contains(tokens[end - 1].Text) && !Lexicon.LocationWords.Contains(tokens[end - 1].Text)
            && (end == tokens.Count || !tokens[end].IsWord || Lexicon.WinEventFollowers.Contains(tokens[end].Text));
    }

    /// <summary>
    /// The end of a people's name at <paramref name="start"/> among words no mention covers, or <paramref name="start"/>:
    /// a nationality or group ("Afghans", "Kurdish", "Chechen"), a demonym of two or three words ("South African",
    /// "Papua New Guinean"), and the run of them side by side as one name ("Bosnian Serb", "European Jews"), as wikigold
    /// annotates "Roman Catholic", "British Indian" and "German Christian" (a place before one stays apart: "Fiji Indian"), but a
    /// nationality before an ethnic people of no country is two ("Rwandan | Hutu", <c>Lexicon.EthnicPeoples</c>).
    /// </summary>
    private int PeopleNameEnd(List<Token> tokens, int start, bool[] named)
    {
        var end = start;
        while (end < tokens.Count && PeopleWords(tokens, end, named) is var length and > 0)
        {
            if (end > start && Lexicon.EthnicPeoples.Contains(tokens[end].Text) && _knowledge.DemonymCountry(tokens[end - 1].Text) is not null)
            {
                // "Rwandan | Hutu refugees", "Iraqi | Kurds": a country's nationality and a people of no country are two names
                // (CoNLL-style); "Bosnian Serb" (a people with a country) and "Bosnian Moslem" (a religion) stay one.
                break;
            }

            end += length;
        }

        return end;
    }

    /// <summary>
    /// How many words from <paramref name="start"/> (before <paramref name="end"/>) are one nationality or group: 1
    /// ("Italian", "Kurdish"), 2 or 3 ("South African", "Papua New Guinean"), or 0.
    /// </summary>
    private int DemonymWordsAt(List<Token> tokens, int start, int end) =>
        tokens[start].Word.Is(WordFact.DemonymOrGroup) ? 1 : LongPeopleWordsAt(tokens, start, end);

    /// <summary>How many words at <paramref name="start"/> no mention covers name one people: 1 ("Serb", "Afghans"), 2 or 3 ("Sri Lankan"), or 0.</summary>
    private int PeopleWords(List<Token> tokens, int start, bool[] named)
    {
        if (named[start] || !tokens[start].IsCapitalized)
        {
            return 0;
        }

        if (tokens[start].Word.Is(WordFact.PeopleWord) || _knowledge.IsPeopleCompound(tokens[start].Text))
        {
            return 1;
        }

        var length = LongPeopleWordsAt(tokens, start, tokens.Count);
        for (var k = start + 1; k < start + length; k++)
        {
            if (named[k])
            {
                return 0;
            }
        }

        return length;
    }

    /// <summary>"South African", "Papua New Guinean", "Latin American": the number of words (2 or 3) of a demonym or group adjective of several words at <paramref name="start"/>, or 0.</summary>
    private int LongPeopleWordsAt(List<Token> tokens, int start, int end)
    {
        if (!tokens[start].Word.Is(WordFact.StartsLongPeopleWord))
        {
            return 0;
        }

        for (var length = 2; length <= 3 && start + length <= end; length++)
        {
            var words = Join(tokens, start, start + length);
            if (_knowledge.DemonymCountry(words) is not null || _knowledge.IsGroupAdjective(words))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// "F-104", "STS-134", "MP500", "JH21", "IE6": one to four capitals, an optional hyphen, one to four digits and at
    /// most two more capitals.
    /// </summary>
    private static bool IsDesignator(string text, out bool hyphenated)
    {
        hyphenated = false;
        var k = 0;
        while (k < text.Length && k < 5 && text[k] is >= 'A' and <= 'Z')
        {
            k++;
        }

        if (k == 0 || k > 4)
        {
            return false;
        }

        if (k < text.Length && text[k] == '-')
        {
            hyphenated = true;
            k++;
        }

        var digits = k;
        while (k < text.Length && text[k] is >= '0' and <= '9')
        {
            k++;
        }

        if (k == digits || k - digits > 4)
        {
            return false;
        }

        var tail = k;
        while (k < text.Length && text[k] is >= 'A' and <= 'Z')
        {
            k++;
        }

        return k == text.Length && k - tail <= 2;
    }
}
