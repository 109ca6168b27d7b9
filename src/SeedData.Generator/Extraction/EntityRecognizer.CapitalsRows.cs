using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Standings and results rows written in capitals ("LA LAKERS 12 6 .667 2"): a line of capitals is read as a headline,
/// whose words are names only where the body confirms them, so a row's team is found here by the row's shape.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "LA LAKERS 12 6 .667 2", "NEW YORK 11 6 .647 2", "GOLDEN STATE 6 11 .353 3": in sports copy a standings or results row
    /// written in capitals opens with its team, and each run of capitals after a number is the other side. Its words are
    /// no name the body confirms, so they are read here: the end of the team's name that starts at <paramref name="start"/>,
    /// or -1. The row holds capitals, numbers and a dash or a slash only.
    /// </summary>
    private int CapitalsTeamEnd(UnitTokens unit, int start)
    {
        var tokens = unit.Tokens;
        if (!unit.UnreliableCase || !tokens[start].IsAllCaps || !(start == 0 || tokens[start - 1].Kind == TokenKind.Number) || !unit.IsTableLine || !IsSportsCopy)
        {
            return -1;
        }

        var end = start;
        while (end < tokens.Count && end - start < MaxCapitalsNameWords && tokens[end].IsWord && tokens[end].IsAllCaps)
        {
            end++;
        }

        if (end == tokens.Count || tokens[end].Kind != TokenKind.Number)
        {
            return -1;
        }

        foreach (var token in tokens)
        {
            if (!(token.Kind == TokenKind.Number || (token.IsWord && token.IsAllCaps) || token.Text is "-" or "–" or "/" or "."))
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>
    /// "71 Kell Arrandale ( Wales ) , Tobin Marrasky , Eiji Furunaga ( Japan )": a leaderboard row of several players after a
    /// score, all in Title Case because they are names. A row written one to a paragraph is read as a heading when it has
    /// three long capitalised words (the rows a table's lines split are read as paragraphs), so its players were lost; a
    /// number first, a comma between names and no lower-case word is no headline.
    /// </summary>
    public static bool IsRankedNameList(List<Token> tokens)
    {
        if (tokens.Count < 4 || tokens[0].Kind != TokenKind.Number)
        {
            return false;
        }

        var commas = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && !token.IsCapitalized)
            {
                return false;
            }

            commas += token.Text == "," ? 1 : 0;
        }

        return commas > 0 && !IsCapitalsOnly(tokens);
    }
}
