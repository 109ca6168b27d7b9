using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Cricket scoreboards and team lists: players written as an initial and a surname ("A. Lomax b Finnegan 34", "G. du
/// Preez not out 21", "To bat : M. Coetsee , H. Gqobo"), and the sides of a match report ("Eastmoor first innings",
/// "match between Eastmoor and Valderburg"), which are teams, not the places they are named after.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "A. Lomax", "I. Kerrigan": a capital letter with its period right after it, then a capitalised word, is an initial,
    /// not the article "A" or the pronoun "I" opening a sentence (neither takes a period).
    /// </summary>
    private static bool IsInitialOfName(List<Token> tokens, int index, int end) =>
        index + 2 < end && tokens[index].Text.Length == 1 && char.IsUpper(tokens[index].Text[0]) && tokens[index + 1].Is(".")
        && tokens[index + 1].Start == tokens[index].End && tokens[index + 2].IsCapitalized && tokens[index + 2].Text.Length > 1;

    /// <summary>"G. du Preez", "E. van Tonder": a name's lower-case particle after an initial, before the capitalised surname.</summary>
    private static bool IsParticleAfterInitial(List<Token> tokens, int index) =>
        index + 1 < tokens.Count && Lexicon.NameParticles.Contains(tokens[index].Text) && (tokens[index + 1].IsCapitalized || IsParticlePair(tokens, index))
        && !tokens[index + 1].SentenceStart;

    /// <summary>"G. du Preez", "E. van der Merwe": an initial, a name's particles and a surname are a person (as "N. Hussain" is).</summary>
    private static bool IsInitialWithParticle(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.Length < 4 || piece.First.Text.Length != 1 || !char.IsUpper(piece.First.Text[0]) || !tokens[piece.Start + 1].Is(".")
            || tokens[piece.Start + 1].Start != piece.First.End)
        {
            return false;
        }

        var k = piece.Start + 2;
        while (k < piece.End - 1 && Lexicon.NameParticles.Contains(tokens[k].Text))
        {
            k++;
        }

        return k == piece.End - 1 && k > piece.Start + 2 && tokens[k].IsCapitalized && !tokens[k].Word.Is(WordFact.OrganizationWord);
    }

    /// <summary>
    /// "To bat : M. Coetsee , H. Gqobo , T. Bramwell", "Valderburg : C. Vermaak ( captain ) , W. Adonis": a line of players
    /// each written with an initial is a list of names, not a Title Case heading, however few its lower-case words.
    /// </summary>
    public static bool IsInitialsList(List<Token> tokens)
    {
        int initials = 0, capitalized = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsInitialOfName(tokens, k, tokens.Count) && (k == 0 || !tokens[k - 1].IsCapitalized))
            {
                initials++;
            }
            else if (tokens[k].IsWord && tokens[k].Text.Length >= 4 && char.IsUpper(tokens[k].Text[0]))
            {
                capitalized++;
            }
        }

        return initials >= 3 && capitalized <= initials + 2;
    }

    /// <summary>
    /// "Eastmoor first innings", "Kellford 2nd innings": in sports copy the name before a side's innings is the team; and
    /// "the match between Eastmoor and Valderburg": the two names after a match's noun and "between" are its sides.
    /// </summary>
    private bool IsSideOfMatch(Piece piece)
    {
        if (!IsSportsCopy || piece.First.Word.GivenName != '\0')
        {
            return false;
        }

        var tokens = piece.Unit.Tokens;
        var k = piece.End;
        if (k < tokens.Count && Lexicon.InningsOrdinals.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].Text is "innings")
        {
            return true;
        }

        // "between Eastmoor and": the first side; "between Eastmoor and Valderburg": the second, after a one-word first.
        var before = piece.Start - 1;
        if (before >= 1 && tokens[before].Text is "and" && tokens[before - 1].IsCapitalized)
        {
            before--;
            while (before >= 0 && tokens[before].IsCapitalized)
            {
                before--;
            }
        }
        else if (!(piece.End + 1 < tokens.Count && tokens[piece.End].Text is "and" && tokens[piece.End + 1].IsCapitalized))
        {
            return false;
        }

        return before >= 1 && tokens[before].Text is "between" && Lexicon.MatchNouns.Contains(tokens[before - 1].Text) && !IsIndividualSportCopy;
    }

    private bool? _individualSport;

    /// <summary>"TENNIS - …", "BOXING - …": a headline's sport whose matches are between players, not teams.</summary>
    private bool IsIndividualSportCopy => _individualSport ??= FindIndividualSport();

    private bool FindIndividualSport()
    {
        foreach (var unit in _units)
        {
            var tokens = unit.Tokens;
            for (var k = 1; k < tokens.Count && k <= 3; k++)
            {
                if (tokens[k].Text is "-" or "–" && tokens[0].IsAllCaps && Lexicon.IndividualSports.Contains(Join(tokens, 0, k)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
