using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Press digests ("ROMANIA - PRESS DIGEST - NOV 14"): the stories of each paper follow a line in capitals with the
/// paper's name ("CURIERUL ZILEI", "ADEVARUL"), a name however unknown and, as CoNLL-style annotation has it, an organisation.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>The unit whose words say "PRESS DIGEST" (the headline), or -1 when the article is no press digest; -2 until asked.</summary>
    private int _pressDigestUnit = -2;

    private int PressDigestUnit => _pressDigestUnit != -2 ? _pressDigestUnit : _pressDigestUnit = FindPressDigestUnit();

    private int FindPressDigestUnit()
    {
        // The headline is the first unit, or the second after a kicker.
        for (var u = 0; u < _units.Count && u < 2; u++)
        {
            var tokens = _units[u].Tokens;
            for (var k = 0; k + 1 < tokens.Count; k++)
            {
                if (tokens[k].IsIgnoreCase("PRESS") && tokens[k + 1].IsIgnoreCase("DIGEST"))
                {
                    return u;
                }
            }
        }

        return -1;
    }

    /// <summary>A press digest's line after its headline, in capitals, of one to five words and no punctuation: a paper's name.</summary>
    private bool IsPaperHeading(UnitTokens unit)
    {
        var tokens = unit.Tokens;
        if (tokens.Count is 0 or > 5 || !tokens[0].IsAllCaps || PressDigestUnit < 0 || unit.Unit <= _units[PressDigestUnit].Unit)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            // "GAZETA DE CONSTANTA", "24 CHASA": capitals, with a number at most.
            if (!(token.IsAllCaps || token.Kind == TokenKind.Number))
            {
                return false;
            }
        }

        return !IsDateline(tokens);
    }

    /// <summary>The piece a paper's heading is: the whole line, with the knowledge base's paper when it knows the name.</summary>
    private void AddPaperHeading(UnitTokens unit)
    {
        var known = Find(unit.Tokens, 0, unit.Tokens.Count);
        AddPiece(new Piece(unit, 0, unit.Tokens.Count) { Known = known.Length == unit.Tokens.Count ? known.Known : null });
    }

    /// <summary>Whether a piece is a paper's heading no knowledge names: an organisation's name.</summary>
    private bool IsUnknownPaperHeading(Piece piece) =>
        piece.Known is null && piece.Start == 0 && piece.End == piece.Unit.Tokens.Count && IsPaperHeading(piece.Unit);
}
