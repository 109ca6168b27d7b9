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
}
