using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Names of kind Other that look like organisations, people or places: products and craft with a model
/// designator ("F-104 Starfighter", "Datecs MP500", "STS-134"), ships and shuttles by their prefix ("HMS
/// Victory", "Space Shuttle Atlantis"), and works, craft and languages named by the noun beside them ("the
/// film Easy Rider", "Freewinds, a cruise ship", "the Chamicuro language").
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Why a name is of kind Other, also a feature of the kind model.</summary>
    internal enum OtherCue
    {
        None = 0,
        Designator = 1,
        CraftPrefix = 2,
        WorkNounBefore = 3,
        WorkApposition = 4,
        WorkNounAfter = 5,
    }

    /// <summary>
    /// The weight with which the evidence says the piece is of kind Other, or 0: medium, a vote the kind model can outweigh
    /// (strong votes and medium ones measured alike on GUM; medium higher on wikigold cross-validation).
    /// </summary>
    private static int OtherNameWeight(Piece piece) => OtherNameCue(piece.Unit.Tokens, piece.Start, piece.End) == OtherCue.None ? 0 : 2;

    /// <summary>The first evidence that the words <paramref name="start"/>..<paramref name="end"/> name a product, a craft, a work or a language.</summary>
    internal static OtherCue OtherNameCue(List<Token> tokens, int start, int end)
    {
        var length = end - start;

        // "F-104 Starfighter", "Datecs MP500", "STS-134": a model or mission designator, hyphenated when it stands alone
        // (a bare "G7" or "M23" is as often a group's or a company's code).
        for (var k = start; k < end; k++)
        {
            if (IsDesignator(tokens[k].Text, out var hyphenated) && (hyphenated || length > 1))
            {
                return OtherCue.Designator;
            }
        }

        if (length > 1 && (Lexicon.CraftPrefixes.Contains(tokens[start].Text) || (tokens[start].Text is "Space" && tokens[start + 1].Text is "Shuttle")))
        {
            return OtherCue.CraftPrefix;
        }

        // "the film Easy Rider", "the album “Some Kind of Fever”", "the shuttle Atlantis".
        var before = start - 1;
        while (before >= 0 && tokens[before].Text is "\"" or "“" or "'" or "‘")
        {
            before--;
        }

        if (before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized && Lexicon.OtherNounsBefore.Contains(tokens[before].Text))
        {
            return OtherCue.WorkNounBefore;
        }

        if (Kinds.CandidateFeatures.AppositionHead(tokens, end) is { } head && Lexicon.OtherNounsBefore.Contains(head.Text))
        {
            return OtherCue.WorkApposition;
        }

        // "the Chamicuro language", "the Firefox browser".
        if (end < tokens.Count && tokens[end].IsWord && Lexicon.OtherNounsAfter.Contains(tokens[end].Text))
        {
            return OtherCue.WorkNounAfter;
        }

        return OtherCue.None;
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
