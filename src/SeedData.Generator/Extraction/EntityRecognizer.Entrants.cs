using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// The entrants of a results line in cycling and motor racing: "1. Luc Bellanger ( France ) Maison Perret 5 hours 12
/// minutes": the rider, the rider's country in brackets, then the trade team before the time; and the sides of a cup
/// match with their countries ("Kallithea ( Greece ) 74 Estrella Valdoria ( Spain ) 69").
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "( Italy ) Mapei same time", "( France ) Maison Perret 5 hours", "( South Africa ) Polder Bikes 9 seconds behind": in
    /// a results line the words after an entrant's country in brackets, before the time, a gap or the line's end, are the
    /// team (of any words: "Maison" may be a given name there); a name followed by its own country is the next entrant.
    /// </summary>
    private bool IsTeamAfterEntrant(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var close = piece.Start - 1;
        if (close < 3 || !tokens[close].Is(")") || (piece.End < tokens.Count && (tokens[piece.End].Is("(") || tokens[piece.End].IsCapitalized))
            || !(piece.Unit.IsTableLine || piece.Unit.HasScore || LooksLikeResultLine(tokens)))
        {
            return false;
        }

        var open = tokens.FindLastIndex(close, System.Math.Min(close + 1, 4), token => token.Is("("));
        if (open < 1 || !tokens[open - 1].IsCapitalized || Find(tokens, open + 1, close) is not { Known: { IsCountry: true } } country || country.Length != close - open - 1)
        {
            return false;
        }

        return true;
    }

    /// <summary>"1. Wim Verhaeghe ( Belgium ) Lotto 4 hours 31 minutes": a line that opens with a place's number.</summary>
    private static bool LooksLikeResultLine(List<Token> tokens) => tokens.Count > 2 && tokens[0].Kind == TokenKind.Number;

    /// <summary>How many times a closing bracket is followed by a plain number: a side's country and its score.</summary>
    private static int SidesWithCountry(List<Token> tokens)
    {
        var sides = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            sides += tokens[k - 1].Is(")") && tokens[k].Kind == TokenKind.Number && IsPlainNumber(tokens[k].Text) ? 1 : 0;
        }

        return sides;
    }
}
