using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>The longest known name at a token: the user's gazetteer first, then the knowledge base, also when the text writes it in capitals.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>The longest known name starting at <paramref name="start"/> (gazetteer first), within the run.</summary>
    private (int Length, KnownEntity? Known) Find(List<Token> tokens, int start, int end)
    {
        if (!tokens[start].Word.Is(WordFact.StartsName) && !(_gazetteer?.StartsName(tokens[start].Text) ?? false))
        {
            return tokens[start].IsAllCaps ? FindAllCaps(tokens, start, end) : (0, null);
        }

        // "the Times said": a paper whose name alone is an English word (press.txt writes "the Times") right after the
        // article, with no capitalised word after it ("the Times Square" is another name).
        if (start > 0 && tokens[start - 1].Text is "the" or "The" && !(start + 1 < tokens.Count && tokens[start + 1].IsCapitalized)
            && _knowledge.IsAfterArticleWord(tokens[start].Text) && _knowledge.Find(KnowledgeBase.AfterArticle + tokens[start].Text) is { } afterArticle)
        {
            return (1, afterArticle);
        }

        var max = Math.Min(end - start, Math.Max(_knowledge.MaxNameWords, _gazetteer?.MaxNameWords ?? 1));
        for (var length = max; length >= 1; length--)
        {
            var text = Join(tokens, start, start + length);
            if (_gazetteer is not null)
            {
                if (_gazetteer.IsSuppressed(text))
                {
                    continue;
                }

                if (_gazetteer.Find(text) is { } user)
                {
                    return (length, user);
                }
            }

            if (_knowledge.Find(text) is { } known)
            {
                return (length, known);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// "LONDON", "NEW ZEALAND", "ST. PETERSBURG": datelines and capitals-only headlines write known names in
    /// capitals; the knowledge base has them in title case. Acronyms ("NATO") are found as written before this is tried.
    /// </summary>
    private (int Length, KnownEntity? Known) FindAllCaps(List<Token> tokens, int start, int end)
    {
        var length = 0;
        while (start + length < end && length < _knowledge.MaxNameWords && (tokens[start + length].IsAllCaps || IsAbbreviationPeriod(tokens, start + length)))
        {
            length++;
        }

        // A short word alone ("US", "IT", "WHO") is an acronym, never a title-cased name.
        var shortest = tokens[start].Text.Length > 3 ? 1 : 2;
        var builder = new System.Text.StringBuilder();
        for (; length >= shortest; length--)
        {
            builder.Clear();
            for (var k = start; k < start + length; k++)
            {
                var word = tokens[k].Text;
                if (k > start && !IsAbbreviationPeriod(tokens, k))
                {
                    builder.Append(' ');
                }

                builder.Append(word[0]).Append(word.Substring(1).ToLowerInvariant());
            }

            if (_knowledge.Find(builder.ToString()) is { } known)
            {
                return (length, known);
            }
        }

        return (0, null);
    }

    /// <summary>The period of "ST." in "ST. PETERSBURG": written right after a word in capitals, with a word in capitals after it.</summary>
    private static bool IsAbbreviationPeriod(List<Token> tokens, int index) =>
        tokens[index].Is(".") && index > 0 && index + 1 < tokens.Count && tokens[index].Start == tokens[index - 1].End && tokens[index - 1].IsAllCaps && tokens[index + 1].IsAllCaps;
}
