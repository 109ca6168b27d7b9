using System.Collections.Generic;
using SeedData.Generator.Model;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>Where a name goes on past a word that ends other runs, and where an organisation's name ends and a person's begins.</summary>
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

    /// <summary>
    /// "St. Louis Cardinals", "Mt. Hood", "Ft. Worth": the period of an abbreviated place prefix, written
    /// right after it and before a capitalised word of the same sentence, is inside the name.
    /// </summary>
    private static bool IsPlacePrefixPeriod(List<Token> tokens, int period) =>
        tokens[period].Is(".") && period + 1 < tokens.Count && Lexicon.AbbreviatedPlacePrefixes.Contains(tokens[period - 1].Text)
        && tokens[period].Start == tokens[period - 1].End && tokens[period + 1].IsCapitalized && !tokens[period + 1].SentenceStart;

    /// <summary>"Mount Ruang", "St. Johnsbury": a place's first word makes a place, but "St. Louis Cardinals" is a team (a place and a plural).</summary>
    private bool IsPrefixedPlace(List<Token> tokens, int start, int end) =>
        Lexicon.LocationPrefixes.Contains(tokens[start].Text) && !IsTeamName(tokens, start, end);

    /// <summary>A known given name and a capitalised word that is neither an English word nor a head word: a person's name.</summary>
    private static bool IsGivenNameAndSurname(List<Token> tokens, int given) =>
        tokens[given].Word.GivenName != '\0' && tokens[given - 1].IsCapitalized && !tokens[given - 1].Word.Is(WordFact.NameConnector) && tokens[given - 1].Word.GivenName == '\0'
        && tokens[given + 1].IsCapitalized && !tokens[given + 1].IsAllCaps && !tokens[given + 1].Word.Is(WordFact.DictionaryWord) && !tokens[given + 1].Word.Is(WordFact.OrganizationWord)
        && !tokens[given + 1].Word.Is(WordFact.LocationWord) && !tokens[given + 1].Word.Is(WordFact.OtherWord);

    /// <summary>Whether an organisation's head word stands among tokens [start, end].</summary>
    private static bool HasOrganizationWord(List<Token> tokens, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (tokens[k].Word.Is(WordFact.OrganizationWord))
            {
                return true;
            }
        }

        return false;
    }
}
