using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Lone capitalised words that are no names: an organisation's head word standing bare ("News of the
/// arrest spread", "University exhibits draw crowds") is the short form of a name only after an article.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Whether the training tool is collecting candidates (an observer and no model to decide with).</summary>
    private bool IsTraining => _model is null && _observer is not null;

    /// <summary>How many lower-case words may stand between the article and the head word ("the nonpartisan Commission").</summary>
    private const int MaxWordsAfterArticle = 2;

    /// <summary>
    /// Whether a one-word piece, not known to the knowledge base or the gazetteer, is an organisation's head
    /// word standing bare: it is the short form of a name only after "the", "a" or "an", with at most two
    /// lower-case words between ("the Commission", "the nonpartisan Commission", "a Times article"); a few
    /// institutions are named bare ("Parliament voted").
    /// </summary>
    private bool IsBareHeadWord(Piece piece)
    {
        var token = piece.First;
        if (piece.Known is not null || piece.Unit.UnreliableCase || !IsPlainCapitalized(token.Text) || !token.Word.Is(WordFact.OrganizationWord)
            || Lexicon.BareInstitutions.Contains(token.Text) || _gazetteer?.Find(token.Text) is not null)
        {
            return false;
        }

        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0 && k >= piece.Start - 1 - MaxWordsAfterArticle; k--)
        {
            var text = tokens[k].Text;
            if (text is "the" or "The" or "a" or "A" or "an" or "An")
            {
                return false;
            }

            if (!tokens[k].IsWord || !char.IsLower(text[0]) || tokens[k].SentenceStart)
            {
                break;
            }
        }

        return true;
    }
}
