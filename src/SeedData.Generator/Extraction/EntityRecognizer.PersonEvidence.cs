using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>Evidence that an unknown name is a person's, read from the name's own words.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// A known given name that is no place word ("River Mersey") followed by one capitalised word that is
    /// no English word, no known name of any kind, no demonym and not written in lower case elsewhere in
    /// the article ("Maria Olsgaard").
    /// </summary>
    private bool IsGivenAndUnknownName(Piece piece)
    {
        var first = piece.First.Word;
        var last = piece.Last;
        return piece.Length == 2 && first.GivenName != '\0' && first.Known is null && !first.Is(WordFact.LocationWord)
            && last.IsCapitalized && !last.IsAllCaps && last.Word.Known is null && !last.Word.Is(WordFact.DictionaryWord)
            && !last.Word.Is(WordFact.DemonymOrGroup) && !_lowerWords.Contains(last.Word.Folded);
    }

    /// <summary>
    /// A lower-case particle of a person's name ("wa" of "Kengo wa Dondo", "ter" of "Jan ter Horstveen") at
    /// <paramref name="k"/>, inside [start, end) with a capitalised word after it: part of the name, not a connector
    /// that joins two names ("Ajax of Amsterdam", "Israel and Syria").
    /// </summary>
    private static bool IsNameParticle(List<Token> tokens, int k, int start, int end) =>
        k > start && k < end - 1 && Lexicon.NameParticles.Contains(tokens[k].Text)
        && (tokens[k + 1].IsCapitalized || (k + 2 < end && Lexicon.NameParticles.Contains(tokens[k + 1].Text)));

    /// <summary>"van der Berke", "de la Cruz": two particles of a name, then its capitalised word, go on with the name as one particle does.</summary>
    private static bool IsParticlePair(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && Lexicon.NameParticles.Contains(tokens[k].Text) && Lexicon.NameParticles.Contains(tokens[k + 1].Text)
        && tokens[k + 2].IsCapitalized && !tokens[k + 1].SentenceStart && !tokens[k + 2].SentenceStart;

    /// <summary>
    /// "Image: Jambula.", "Video: Acphillips.": the name after a picture's credit label is who made the picture, a
    /// name however unknown, and a person's unless the knowledge base or the rules know better (an agency: "Image: NASA").
    /// </summary>
    private static bool IsPictureCredit(Piece piece) =>
        piece.Start >= 2 && piece.Unit.Tokens[piece.Start - 1].Is(":") && Lexicon.CreditLabels.Contains(piece.Unit.Tokens[piece.Start - 2].Text);
}
