using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// The kinds a results line gives its names ("Brayford 2 (Okafor 37, Lindqvist 81) West Kellmoor 0"): wire
/// sports pages are tables more than prose, and the kind model, trained on prose, has seen none.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// In a line with a score or more numbers than words: a name in brackets before a number is the scorer
    /// and its minute ("(Okafor 37, Lindqvist 81)"); a longer name before a number outside brackets is the team
    /// and its score ("West Kellmoor 0"), unless a given name opens it ("Steve Larkin 68" is a golfer).
    /// </summary>
    private EntityKind? ResultLineKind(Piece piece)
    {
        var unit = piece.Unit;
        var tokens = unit.Tokens;
        if (piece.End >= tokens.Count || tokens[piece.End].Kind != TokenKind.Number || !(unit.HasScore || unit.IsTableLine))
        {
            return null;
        }

        if (InBrackets(tokens, piece.Start))
        {
            return EntityKind.Person;
        }

        return piece.Length >= 2 && piece.First.Word.GivenName == '\0' ? EntityKind.Organization : null;
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
