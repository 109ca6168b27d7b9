using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Clubs, leagues and players in sports copy (wire sports pages): a club's name ("Ajax Amsterdam", "Dynamo Kellburg",
/// "leaders Benfica"), leagues named in other languages ("Serie A", "Bundesliga"), a scorer whose surname is a place's
/// ("Rotmark 1 ( Tilburg 55 )"), and the shapes of its lines. The kind model, trained on prose, has seen few such pages.
/// </summary>
internal sealed partial class EntityRecognizer
{
    private bool? _sportsCopy;

    /// <summary>
    /// Whether the article is sports copy: a headline that opens with its sport ("SOCCER - …", "GOLF - …"), or a
    /// sentence with a score and a word of the match ("beat Southampton 4-1"; a score alone may be a vote, "5-4").
    /// </summary>
    private bool IsSportsCopy => _sportsCopy ??= FindSportsCopy();

    private bool FindSportsCopy()
    {
        foreach (var unit in _units)
        {
            var tokens = unit.Tokens;
            for (var k = 1; k < tokens.Count && k <= 3; k++)
            {
                if (tokens[k].Text is "-" or "–" && tokens[0].IsAllCaps && Lexicon.SportLabels.Contains(Join(tokens, 0, k)))
                {
                    return true;
                }
            }

            if (unit.HasScore && !unit.UnreliableCase)
            {
                foreach (var token in tokens)
                {
                    if (token.IsWord && token.Word.Is(WordFact.MatchWord))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The kind of a club's or a league's name in sports copy: a name with a club word ("Ashby Rovers", "Dynamo
    /// Kellburg"), a name that ends in a known city after an unknown word ("Ajax Amsterdam", "Red Star Belgrade",
    /// "PSV Eindhoven"; not after a given name: "Steve Lincoln"), and a league's name in another language ("Primera
    /// Liga", "Serie A", "Ligue 1", "Bundesliga") anywhere.
    /// </summary>
    private EntityKind? ClubOrLeagueKind(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (IsLeagueName(tokens, piece.Start, piece.End))
        {
            return EntityKind.Organization;
        }

        if (!IsSportsCopy || piece.Known is not null)
        {
            return null;
        }

        // "Ronde van Kempenland", "Giro del Trentino": a stage race's or a classic's name in another language is the race.
        if (piece.Length >= 2 && Lexicon.RaceOpeners.Contains(piece.First.Text))
        {
            return EntityKind.Other;
        }

        if (IsVenue(piece))
        {
            return EntityKind.Location;
        }

        if (IsSideOfMatch(piece))
        {
            return EntityKind.Organization;
        }

        if (piece.Length == 1)
        {
            return IsLoneTeam(piece) || IsOtherSideOfTeam(piece) ? EntityKind.Organization : null;
        }

        var first = piece.First;
        var last = piece.Last;
        // "Olympic Stadium", "Olympic Games", "Union Bank": a head word after a first club word names something else.
        if (last.Word.Is(WordFact.ClubWord)
            || (first.Word.Is(WordFact.ClubWord) && !last.Word.Is(WordFact.OrganizationWord) && !last.Word.Is(WordFact.LocationWord) && !last.Word.Is(WordFact.OtherWord)))
        {
            return EntityKind.Organization;
        }

        // Capitalised words only: "Thomas D . Green of Ottawa" is a person of a place.
        for (var k = piece.Start; k < piece.End; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        // "Old Trafford", "Lake Tampere": two words, the first an English word, are a place's name.
        return last.Word.Known is { Kind: EntityKind.Location, IsCountry: false } && first.Word.GivenName == '\0' && first.Word.Known is null
            && Find(tokens, piece.Start, piece.End - 1).Length == 0 && !(piece.Length == 2 && first.Word.Is(WordFact.DictionaryWord))
            ? EntityKind.Organization
            : null;
    }

    /// <summary>
    /// "Unseeded American Tom Baker beat …", "Veteran Kenyan Paul Kibet won …": a sentence's first word that the article
    /// never capitalises elsewhere, before a nationality and a given name, describes the person and is no name.
    /// </summary>
    private bool IsOpenerBeforeNationality(List<Token> tokens, int start, int end)
    {
        if (end - start < 4 || !tokens[start].SentenceStart || _reliableWords.Contains(tokens[start].Word) || tokens[start].Word.GivenName != '\0'
            || Find(tokens, start, start + 1).Length > 0 || tokens[start].Word.Is(WordFact.DemonymOrGroup))
        {
            return false;
        }

        var nationality = DemonymWordsAt(tokens, start + 1, end);
        return nationality > 0 && start + 1 + nationality + 1 < end && tokens[start + 1 + nationality].Word.GivenName != '\0';
    }

    /// <summary>"drew 1-1 at Bordeaux", "held 1-1 at Boavista": a score after a word, right before the preposition that names the other side.</summary>
    private static bool IsScoreBefore(List<Token> tokens, int index)
    {
        if (index < 1 || tokens[index].Kind != TokenKind.Number || !tokens[index - 1].IsWord)
        {
            return false;
        }

        var text = tokens[index].Text;
        var dash = text.IndexOf('-');
        return dash is > 0 and <= 3 && text.Length - dash - 1 is >= 1 and <= 3 && IsPlainNumber(text.Substring(0, dash)) && IsPlainNumber(text.Substring(dash + 1));
    }

    /// <summary>"Sporting , held 1-1 …", "United lost 2-0": a club's word opening a sentence of sports copy, before a comma, a result or a score.</summary>
    private bool IsClubOpeningSentence(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        return IsLoneClubWord(tokens, piece.Start, piece.End) && piece.End < tokens.Count
            && (tokens[piece.End].Is(",") || tokens[piece.End].Kind == TokenKind.Number || tokens[piece.End].Word.Is(WordFact.MatchWord));
    }

    /// <summary>"Seattle 104 DENVER 99 ( OT )": a note on how a result was reached, in brackets after a score, is no name.</summary>
    private static bool IsResultNote(List<Token> tokens, int start, int end) =>
        end - start == 1 && start >= 2 && end < tokens.Count && tokens[start - 1].Is("(") && tokens[end].Is(")") && tokens[start - 2].Kind == TokenKind.Number
        && Lexicon.ResultNotes.Contains(tokens[start].Text);

    /// <summary>"Aberdeen 1 Celtic 2": a club's word that is also a people's ("Celtic") names the club in sports copy.</summary>
    private bool IsClubInSportsCopy(Piece piece) => IsLoneClubWord(piece.Unit.Tokens, piece.Start, piece.End);

    private bool IsLoneClubWord(List<Token> tokens, int start, int end) => end - start == 1 && tokens[start].Word.Is(WordFact.ClubWord) && IsSportsCopy;

    /// <summary>
    /// A lone unknown word in sports copy that names a team: after a team's noun ("leaders Benfica", "Belgian side Kellmoor"),
    /// before a player's position ("Pontypridd flanker"), before ", who" and a result ("Benfica , who won 3-0": a team
    /// takes "who" in British copy), before its result or after the score as the other side ("Kellmoor drew 1-1 with Oldhafen"),
    /// or a rider's team after the country in a results line ("Stefano Gerbaldi ( Italy ) Mapei", <see cref="IsTeamAfterEntrant"/>).
    /// </summary>
    private bool IsLoneTeam(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var before = piece.Start > 0 ? tokens[piece.Start - 1] : default;
        var after = piece.End < tokens.Count ? tokens[piece.End] : default;
        if ((before.Text is not null && before.IsWord && Lexicon.TeamNouns.Contains(before.Text))
            || (after.Text is not null && after.IsWord && Lexicon.TeamPlayers.Contains(after.Text)))
        {
            return true;
        }

        if (after.Text is "," && piece.End + 2 < tokens.Count && tokens[piece.End + 1].Text is "who")
        {
            for (var k = piece.End + 2; k < tokens.Count && k <= piece.End + 4; k++)
            {
                if (tokens[k].IsWord && tokens[k].Word.Is(WordFact.MatchWord) && k + 1 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Number || !tokens[k + 1].IsCapitalized))
                {
                    return true;
                }
            }
        }

        // "Kellmoor drew 1-1 with Oldhafen", "… won 3-1 at Brayford": a side before its result or after the score.
        if (IsTeamResultAfter(tokens, piece.End) || IsOtherSideAfterScore(tokens, piece.Start))
        {
            return true;
        }

        // "( Italy ) Mapei same time": the country in brackets follows a rider's name (.Entrants).
        return IsTeamAfterEntrant(piece);
    }

    /// <summary>
    /// "Kellmoor drew 1-1", "Kellmoor won 3-1 at …", "Kellmoor moved top": a result's verb right after the name and one score
    /// (not a player's sets: "won 6-4 6-3"), or a standings verb (<c>Lexicon.StandingVerbs</c>) and "top" or "bottom".
    /// </summary>
    private static bool IsTeamResultAfter(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || !tokens[end].IsWord)
        {
            return false;
        }

        if (Lexicon.StandingVerbs.Contains(tokens[end].Text))
        {
            return tokens[end + 1].Text is "top" or "bottom";
        }

        return tokens[end].Word.Is(WordFact.MatchWord) && IsScoreBefore(tokens, end + 1) && !(end + 2 < tokens.Count && tokens[end + 2].Kind == TokenKind.Number);
    }

    /// <summary>"drew 1-1 with Oldhafen", "won 3-1 at Brayford", "lost 1-0 away to Saltmere", "lost 2-0 at home to …": the other side after one score.</summary>
    private static bool IsOtherSideAfterScore(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k < 2 || tokens[k].Text is not ("with" or "to" or "at" or "over" or "against"))
        {
            return false;
        }

        k--;
        if (tokens[k].Text is "away")
        {
            k--;
        }
        else if (tokens[k].Text is "home" && tokens[k - 1].Text is "at")
        {
            k -= 2;
        }

        return k >= 2 && IsScoreBefore(tokens, k) && tokens[k - 1].Word.Is(WordFact.MatchWord) && tokens[k - 2].Kind != TokenKind.Number;
    }

    /// <summary>
    /// "Essex beat Kent", "Yorkshire lost to Lancashire": a lone unknown word on one side of a result verb whose other side
    /// is a known place or club (a team's, as a person plays persons) is the other team.
    /// </summary>
    private static bool IsOtherSideOfTeam(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var k = piece.Start - 1;
        k -= k > 0 && Lexicon.ResultPrepositions.Contains(tokens[k].Text) ? 1 : 0;
        if (k >= 1 && tokens[k].IsWord && tokens[k].Word.Is(WordFact.MatchWord) && IsTeamLikeWord(tokens[k - 1]))
        {
            return true;
        }

        k = piece.End;
        if (k + 1 >= tokens.Count || !tokens[k].IsWord || !tokens[k].Word.Is(WordFact.MatchWord))
        {
            return false;
        }

        k += Lexicon.ResultPrepositions.Contains(tokens[k + 1].Text) ? 2 : 1;
        return k < tokens.Count && IsTeamLikeWord(tokens[k]);
    }

    /// <summary>A capitalised word that names a known place or organisation, or a club's word: "Essex", "Lancashire", "United".</summary>
    private static bool IsTeamLikeWord(Token token) =>
        token.IsCapitalized && (token.Word.Known is { Kind: EntityKind.Location or EntityKind.Organization } || token.Word.Is(WordFact.ClubWord));

    /// <summary>
    /// "the Royal Sydney course", "at the Santiago Bernabeu": in sports copy, a name before a venue's noun, or of two words or
    /// more after "at the" with no word of an organisation, an event or a club ("at the Australian Open") and no noun after it, is the ground.
    /// </summary>
    private static bool IsVenue(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.End < tokens.Count && Lexicon.VenueNouns.Contains(tokens[piece.End].Text))
        {
            return true;
        }

        // "at the Van Oost Memorial athletics meeting": a lower-case noun after the name says what it names.
        if (piece.Length < 2 || piece.Start < 2 || tokens[piece.Start - 1].Text != "the" || tokens[piece.Start - 2].Text is not ("at" or "At")
            || (piece.End < tokens.Count && tokens[piece.End].IsWord && !Lexicon.VenueFollowers.Contains(tokens[piece.End].Text)))
        {
            return false;
        }

        for (var k = piece.Start; k < piece.End; k++)
        {
            var word = tokens[k].Word;
            if (!tokens[k].IsCapitalized || word.Is(WordFact.OrganizationWord) || word.Is(WordFact.OtherWord) || word.Is(WordFact.ClubWord) || word.Is(WordFact.DemonymOrGroup)
                || word.Known is { Kind: not EntityKind.Location })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Primera Liga", "Serie A", "Ligue 1", "Eredivisie", "Bundesliga": a league's word opens or closes the name, or a one-word name ends in one.</summary>
    private static bool IsLeagueName(List<Token> tokens, int start, int end)
    {
        if (Lexicon.LeagueWords.Contains(tokens[start].Text) || Lexicon.LeagueWords.Contains(tokens[end - 1].Text))
        {
            return true;
        }

        if (end - start != 1 || !tokens[start].IsCapitalized)
        {
            return false;
        }

        var text = tokens[start].Text;
        foreach (var ending in Lexicon.LeagueEndings)
        {
            if (text.Length > ending.Length + 2 && text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "( Tilburg 55 )" in "Veldhoven 2 ( Kraaijer 23 , Osterman 67 ) Rotmark 1 ( Tilburg 55 )", or after "Scorers:": a known
    /// place's name in the scorers' brackets after a side's score, before its minute, is a player whose surname it is.
    /// </summary>
    private static bool IsScorerNamedLikePlace(Piece piece)
    {
        var unit = piece.Unit;
        var tokens = unit.Tokens;
        if (piece.End >= tokens.Count || !IsMinute(tokens[piece.End].Text) || tokens[piece.End].Kind != TokenKind.Number || !(unit.HasScore || unit.IsTableLine))
        {
            return false;
        }

        if (AfterScorersLabel(piece))
        {
            return true;
        }

        // The bracket that holds the name opens right after a side's score: "Rotmark 1 (".
        for (var k = piece.Start - 1; k >= 1; k--)
        {
            if (tokens[k].Is(")"))
            {
                return false;
            }

            if (tokens[k].Is("("))
            {
                return tokens[k - 1].Kind == TokenKind.Number && IsPlainNumber(tokens[k - 1].Text) && tokens[k - 1].Text.Length <= 3;
            }
        }

        return false;
    }

    /// <summary>
    /// "St James ' Park": wire copy writes a possessive apostrophe apart from its word, and inside a place's name it
    /// belongs to the name when a place's head word closes it.
    /// </summary>
    private static bool IsTokenisedPossessiveInPlace(List<Token> tokens, int apostrophe)
    {
        if (apostrophe + 1 >= tokens.Count || tokens[apostrophe].Text is not ("'" or "’") || !tokens[apostrophe - 1].Text.EndsWith("s", StringComparison.Ordinal)
            || tokens[apostrophe].Start != tokens[apostrophe - 1].End + 1 || tokens[apostrophe + 1].Start != tokens[apostrophe].End + 1)
        {
            return false;
        }

        var k = apostrophe + 1;
        while (k < tokens.Count && k < apostrophe + 4 && tokens[k].IsCapitalized && !tokens[k].SentenceStart)
        {
            k++;
        }

        return k > apostrophe + 1 && tokens[k - 1].Word.Is(WordFact.LocationWord);
    }
}
