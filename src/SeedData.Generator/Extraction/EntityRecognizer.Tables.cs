using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Teams and players: the kinds a results line gives its names ("Brayford 2 (Okafor 37, Lindqvist 81) West Kellmoor 0"): wire
/// sports pages are tables more than prose, and the kind model, trained on prose, has seen none.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// A side of a fixture line is a team. A name before a number after a "Scorers:" label, or with its minute
    /// in brackets in a line with a score, is a player ("Okafor (23rd, 65th)"). In a line with a score or more
    /// numbers than words: a name in brackets before a number is the scorer and its minute ("(Okafor 37,
    /// Lindqvist 81)"); a longer name before a number outside brackets is the team and its score ("West
    /// Kellmoor 0"), unless a given name opens it ("Steve Larkin 68" is a golfer).
    /// </summary>
    private EntityKind? ResultLineKind(Piece piece) => ResultRowKind(piece) ?? ClubOrLeagueKind(piece);

    private EntityKind? ResultRowKind(Piece piece)
    {
        var unit = piece.Unit;
        var tokens = unit.Tokens;
        if (IsFixtureSide(piece) || (piece.Length >= 2 && IsTeamAfterEntrant(piece)))
        {
            return EntityKind.Organization;
        }

        if (IsCricketer(piece) || IsInitialWithParticle(piece))
        {
            return EntityKind.Person;
        }

        if (piece.End >= tokens.Count)
        {
            return null;
        }

        // "Scorers: Okafor 37, Lindqvist (12th, 65th)": a scorer's line, or a name with its minutes in brackets.
        var minuteAfter = tokens[piece.End].Kind == TokenKind.Number
            || (piece.End + 1 < tokens.Count && tokens[piece.End].Is("(") && IsMinute(tokens[piece.End + 1].Text));
        if (minuteAfter && (AfterScorersLabel(piece) || (tokens[piece.End].Is("(") && (unit.HasScore || unit.IsTableLine))))
        {
            return EntityKind.Person;
        }

        if (tokens[piece.End].Kind != TokenKind.Number)
        {
            return null;
        }

        if (!(unit.HasScore || unit.IsTableLine))
        {
            // "Roda JC Kerkrade 3 Willem II Tilburg 2": long names make a result's words outnumber its scores.
            return piece.Length >= 2 && IsSideOfResultRow(piece) ? EntityKind.Organization : null;
        }

        if (InBrackets(tokens, piece.Start))
        {
            return EntityKind.Person;
        }

        // "Willem II Tilburg 2", "Roda JC Kerkrade 3": a side of a result of two sides is a team whatever its first word.
        return piece.Length >= 2 && (piece.First.Word.GivenName == '\0' || IsSideOfResultRow(piece)) ? EntityKind.Organization : null;
    }

    /// <summary>
    /// "Ato Kellmann (Trinidad) 10.12", "Tom Vasters (Belgium) Mapei": in a results line a name with its
    /// country in brackets is an athlete, and the word in brackets the country; unless an integer follows,
    /// a score, as a club has one ("Alania Vostok (Russia) 1"); a golfer's rounds are two or more ("Hideto Sugamura
    /// (Japan) 72 67"), and a time's hours come before its colon ("Vasyl Korin (Ukraine) 2:10:58").
    /// </summary>
    private EntityKind? ResultEntrantKind(Piece piece)
    {
        var unit = piece.Unit;
        var tokens = unit.Tokens;
        if (!(unit.HasScore || unit.IsTableLine))
        {
            return null;
        }

        // The result follows the brackets: a time, a score, a team ("(Belgium) Mapei"), not prose ("(Defense) on").
        if (piece.Length == 1 && piece.Start >= 2 && tokens[piece.Start - 1].Is("(") && tokens[piece.Start - 2].IsCapitalized
            && piece.End < tokens.Count && tokens[piece.End].Is(")")
            && (piece.End + 1 == tokens.Count || tokens[piece.End + 1].Kind == TokenKind.Number || tokens[piece.End + 1].IsCapitalized))
        {
            return EntityKind.Location;
        }

        var close = piece.End + 2;
        if (piece.Length >= 2 && close < tokens.Count && tokens[piece.End].Is("(") && tokens[close].Is(")") && tokens[piece.End + 1].IsCapitalized
            && !piece.Last.Word.Is(WordFact.OrganizationWord) && !piece.Last.Word.Is(WordFact.ClubWord)
            && !(close + 1 < tokens.Count && tokens[close + 1].Kind == TokenKind.Number && IsPlainNumber(tokens[close + 1].Text) && tokens[close + 1].Text.Length <= 2
                && !(close + 2 < tokens.Count && (tokens[close + 2].Kind == TokenKind.Number || tokens[close + 2].Is(":")))))
        {
            return EntityKind.Person;
        }

        // "Panathinaikos ( Greece ) 74 Estrella Valdemoro ( Spain ) 69 ( halftime 38-35 )": two sides of a cup match, each
        // with its country and its score, are clubs ("Estrella" is a given name too).
        return close + 1 < tokens.Count && tokens[piece.End].Is("(") && tokens[close].Is(")") && unit.HasScore && SidesWithCountry(tokens) == 2
            && IsPlainNumber(tokens[close + 1].Text) ? EntityKind.Organization : null;
    }

    /// <summary>
    /// A cricket scoreboard: "Okafor c Pell b Ashdown 48", "Dalmau lbw b Kerr 0", "Sarpong not out 17" (the batsman,
    /// the fielder after "c", the bowler after "b") and "Bowling: Ashdown 12-3-36-1" (overs, maidens, runs, wickets).
    /// A name before a number there is a player, not a team as in a results row.
    /// </summary>
    private static bool IsCricketer(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var previous = piece.Start > 0 ? tokens[piece.Start - 1].Text : null;
        var next = piece.End < tokens.Count ? tokens[piece.End] : default;
        if (next.Text is not null && next.Kind == TokenKind.Number && IsBowlingFigures(next.Text))
        {
            return true;
        }

        if (!piece.Unit.HasDismissal)
        {
            return false;
        }

        var after = piece.End + 1 < tokens.Count ? tokens[piece.End + 1].Text : null;
        return previous is "c" or "b" or "st"
            || next.Text is "c" or "b" or "lbw" or "st" or "c&b"
            || (next.Text is "run" or "not" && after == "out");
    }

    /// <summary>"12-3-36-1", "9.4-0-51-2": overs, maidens, runs and wickets.</summary>
    private static bool IsBowlingFigures(string text)
    {
        var dashes = 0;
        foreach (var c in text)
        {
            if (c == '-')
            {
                dashes++;
            }
            else if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return dashes == 3 && char.IsDigit(text[0]) && char.IsDigit(text[text.Length - 1]);
    }

    /// <summary>"Brayford 2 Kellmoor 1", "Ostervik 9 6 2 1 20": a word of no dictionary before a number in a table row.</summary>
    private static bool IsNameInTableRow(Piece piece) =>
        piece.Unit.IsTableRow && piece.End < piece.Unit.Tokens.Count && piece.Unit.Tokens[piece.End].Kind == TokenKind.Number
        && !piece.First.Word.Is(WordFact.DictionaryWord);

    /// <summary>
    /// "Kellmoor 0 Hearts 0", "Arsenal 2 (Okafor 34) Brayford 1.": in a result of two sides, each before its score, a
    /// side the dictionary knows or that looks like an adjective is a team as surely as the other; one word of no
    /// dictionary in the sentence, or a club's word ("Hearts 0 Rangers 3"), says it is a result: a row of English words
    /// only ("Steers 120 Heifers 115") stays a price list. Long names ("Roda JC Kerkrade 3 Willem II Tilburg 2") may
    /// outnumber the numbers of a table row: a sentence of two capitalised sides, each with a score of up to three digits, is one.
    /// </summary>
    private static bool IsSideOfResultRow(Piece piece)
    {
        var unit = piece.Unit;
        var tokens = unit.Tokens;
        if (piece.End >= tokens.Count || tokens[piece.End].Kind != TokenKind.Number)
        {
            return false;
        }

        var row = unit.IsTableRow || unit.HasScore;

        var start = piece.Start;
        while (start > 0 && !tokens[start].SentenceStart)
        {
            start--;
        }

        // The sides are the runs of words outside brackets, each followed by a number; the scorers in brackets count
        // as words of no dictionary.
        int sides = 0, depth = 0;
        bool unknownWord = false, scores = true;
        for (var k = start; k < tokens.Count && (k == start || !tokens[k].SentenceStart); k++)
        {
            depth += tokens[k].Is("(") ? 1 : tokens[k].Is(")") ? -1 : 0;
            if (!tokens[k].IsWord)
            {
                continue;
            }

            for (; k < tokens.Count && tokens[k].IsWord; k++)
            {
                unknownWord |= !tokens[k].Word.Is(WordFact.DictionaryWord) || tokens[k].Word.Is(WordFact.ClubWord);
                scores &= depth > 0 || char.IsUpper(tokens[k].Text[0]);
            }

            if (depth > 0)
            {
                k--; // the token after the run is read by the outer loop: it may close the brackets.
                continue;
            }

            if (k == tokens.Count || tokens[k].Kind != TokenKind.Number)
            {
                return false;
            }

            scores &= tokens[k].Text.Length <= 3 && IsPlainNumber(tokens[k].Text);
            sides++;
        }

        return sides == 2 && unknownWord && (row || scores);
    }

    /// <summary>
    /// "Essex 442 ... v Middlesex 330", "Sevilla beat Valencia 3-1": in a match report one unknown word next to
    /// a word of the match, or before the score, is a team.
    /// </summary>
    private static bool IsTeamInResults(Piece piece)
    {
        var unit = piece.Unit;
        if (!(unit.HasScore || unit.IsTableLine))
        {
            return false;
        }

        var tokens = unit.Tokens;
        var previous = piece.Start > 0 ? tokens[piece.Start - 1] : default;
        var next = piece.End < tokens.Count ? tokens[piece.End] : default;
        return (previous.Text is not null && previous.IsWord && previous.Word.Is(WordFact.MatchWord))
            || (next.Text is not null && (next.Kind == TokenKind.Number || next.Word.Is(WordFact.MatchWord)));
    }

    /// <summary>
    /// "SEATTLE AT BOSTON", "Indiana at Golden State", "Brayford v Kellmoor": a fixture line is two sides and the
    /// word between them, every other word capitalised; its places are the teams. A label before a colon is the
    /// venue, no side ("At Taunton : Somerset 200 v Kent 190-6"); the words in brackets are the scorers' ("Close :
    /// Somerset 312-7 ( R. Dravenport 131 not out ) v Derbyshire"). A paragraph of fixtures, one a line, reaches the
    /// rules as one line ("Calgary at Toronto Detroit at St Louis"): with two or more separators, no word may be an
    /// English word ("Chaos at Heathrow").
    /// </summary>
    private static bool IsFixtureSide(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var separators = 0;
        var hasColon = piece.Unit.HasColon;
        var from = hasColon ? tokens.FindLastIndex(piece.Start, piece.Start + 1, token => token.Is(":")) + 1 : 0;
        if (hasColon && piece.End < tokens.Count && tokens.FindIndex(piece.End, token => token.Is(":")) >= 0)
        {
            return false;
        }

        var depth = 0;
        var englishWord = false;
        for (var k = from; k < tokens.Count; k++)
        {
            var token = tokens[k];
            depth += token.Is("(") ? 1 : token.Is(")") ? -1 : 0;
            if (depth > 0)
            {
                continue;
            }

            if (!token.IsWord)
            {
                continue;
            }

            // "V. Jansen" is an initial, no "v" between two sides.
            if (token.Text is "at" or "AT" or "v" or "V" or "vs" or "VS" && !IsInitialOfName(tokens, k, tokens.Count))
            {
                separators++;
            }
            else if (!char.IsUpper(token.Text[0]))
            {
                return false;
            }
            else
            {
                englishWord |= token.Word.Is(WordFact.DictionaryWord) && token.Word.Known is null;
            }
        }

        // A capitals headline's sentence with English words ("PALESTINIANS RESUME HEBRON TALKS AT EREZ .") is a story's, no fixture.
        return (separators == 1 || (separators > 1 && !englishWord)) && !(englishWord && piece.Unit.UnreliableCase && tokens[tokens.Count - 1].Is(".")) && (piece.Start == from || tokens[piece.Start - 1].IsWord);
    }

    /// <summary>A place's name (known, or two capitalised words such as "Golden State") followed by a capitalised plural that is no place word.</summary>
    private bool IsTeamName(List<Token> tokens, int start, int end)
    {
        var last = tokens[end - 1].Text;
        if (end - start < 2 || last.Length < 4 || last[last.Length - 1] != 's' || last.EndsWith("ss", StringComparison.Ordinal)
            || Lexicon.LocationWords.Contains(last) || _knowledge.Find(last) is not null)
        {
            return false;
        }

        for (var split = end - 1; split > start; split--)
        {
            if (_knowledge.Find(Join(tokens, start, split)) is { Kind: EntityKind.Location })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A known city that is a side, not a place: in a fixture line, with its country before the score
    /// ("Hamburg (Germany) 2"), or as a player's club in a team list ("Tony Ashdown (Leicester), …").
    /// </summary>
    private static bool IsTeamBySide(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var close = piece.End + 2;
        return IsFixtureSide(piece) || IsClubOfPlayer(piece)
            || (close + 1 < tokens.Count && tokens[piece.End].Is("(") && tokens[close].Is(")") && IsPlainNumber(tokens[close + 1].Text) && tokens[close + 1].Text.Length <= 2);
    }

    /// <summary>
    /// "Tim Ashdown (Brayford); Jon Pell (Kellmoor, captain)": in a list of three or more players with their
    /// clubs in brackets, the word in brackets after a name is the club.
    /// </summary>
    private static bool IsClubOfPlayer(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.Start < 3 || !tokens[piece.Start - 1].Is("(") || !tokens[piece.Start - 2].IsCapitalized || !tokens[piece.Start - 3].IsCapitalized
            || piece.End >= tokens.Count || !(tokens[piece.End].Is(")") || tokens[piece.End].Is(","))
            || (piece.End + 1 < tokens.Count && tokens[piece.End + 1].Kind == TokenKind.Number))
        {
            return false;
        }

        // A list, not prose with asides ("Joachim Kral (Laszlo, a restaurant owner), ..."): few lower-case words.
        int brackets = 0, lowerCase = 0;
        foreach (var token in tokens)
        {
            brackets += token.Is("(") ? 1 : 0;
            lowerCase += token.IsWord && char.IsLower(token.Text[0]) ? 1 : 0;
        }

        return brackets >= 3 && lowerCase <= brackets;
    }

    /// <summary>"Scorers: Okafor 37", "… 0-2. Top scorers: 5 - Okafor", "Tries : Pennock 2": the name is in a sentence that lists players.</summary>
    private static bool AfterScorersLabel(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0; k--)
        {
            if (k + 1 < tokens.Count && tokens[k + 1].Is(":") && Lexicon.ScorerLabels.Contains(tokens[k].Text))
            {
                return true;
            }

            if (tokens[k].SentenceStart && !(k > 0 && tokens[k - 1].Is(":")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"37", "12th", "90+2": a minute of a match.</summary>
    private static bool IsMinute(string text) => text.Length is >= 1 and <= 5 && char.IsDigit(text[0]) && (IsPlainNumber(text) || IsOrdinal(text) || text.IndexOf('+') > 0);

    /// <summary>Whether an opening bracket before this token is still open.</summary>
    private static bool InBrackets(List<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (tokens[k].Is(")"))
            {
                return false;
            }

            if (tokens[k].Is("("))
            {
                return true;
            }
        }

        return false;
    }
}
