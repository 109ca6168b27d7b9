using System.Collections.Generic;
using SeedData.Generator.Model;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>Where an organisation's name ends and a person's name begins.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "University of Texas Arlington Amneh Jafari": two capitalised words that are neither English words nor
    /// known names, right after a known place that closes an organisation's name, are a person of it even when
    /// the given name is not one the knowledge base has.
    /// </summary>
    private bool EndsInPersonAfterPlace(List<Token> tokens, int start, int end) =>
        end - start >= 4 && UnknownNameWords(tokens, end - 2, end) && !tokens[end - 3].Word.Is(WordFact.NameConnector)
        && Find(tokens, end - 3, end - 2).Known is { Kind: EntityKind.Location } && Find(tokens, end - 3, end).Length == 1;
}
