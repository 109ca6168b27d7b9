using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Questions about words and spans: titles and roles, and what kind of words a span is made of (the known names themselves are found in <c>EntityRecognizer.KnownNames.cs</c>).</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Capitalised words that could only be a person's name: no head words, connectors, known names or everyday words.</summary>
    private bool PlainNameWords(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var text = tokens[k].Text;
            if (!tokens[k].IsCapitalized || tokens[k].IsAllCaps || Lexicon.IsOrganizationWord(text) || tokens[k].Word.Is(WordFact.BusinessHead) || Lexicon.LocationWords.Contains(text) || Lexicon.OtherWords.Contains(text)
                || Lexicon.NameConnectors.Contains(text) || IsCommon(tokens[k].Word) || tokens[k].Word.Known is not null || _lowerWords.Contains(tokens[k].Word.Folded) || WordShape.HasDigit(text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Capitalised words none of which is an English word, a known name or a head word: "Jann Wenner", not "Bank" or "Isle".</summary>
    private bool UnknownNameWords(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!PlainNameWords(tokens, k, k + 1) || tokens[k].Word.Is(WordFact.DictionaryWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adjectives that often begin names ("Northern Railway", "National Rifle Association") even when the text also uses them in lower case.</summary>
    private bool IsNameFormingAdjective(string word) =>
        IsDescriptive(word) || Lexicon.NameFormingAdjectives.Contains(word);

    /// <summary>"Portuguese-speaking African", "Chinese": only adjectives.</summary>
    private bool AllAdjectives(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].Word.Is(WordFact.DemonymOrGroup) && !tokens[k].Word.Is(WordFact.AdjectiveLike))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDescriptive(string word) =>
        _knowledge.IsDemonymOrGroup(word) || Lexicon.DescriptiveWords.Contains(word);

    private bool AllKnown(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end;)
        {
            var next = Find(tokens, k, end);
            if (next.Length == 0 || next.Known!.Kind != EntityKind.Location)
            {
                return false;
            }

            k += next.Length;
        }

        return true;
    }

    private bool EndsAsOrganization(List<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Lexicon.OrganizationWords.Contains(tokens[k].Text) || Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role at <paramref name="start"/>: an optional nationality, modifiers, then a title
    /// ("Chinese Foreign Minister", "Secretary of State"). Returns its end, or start when there is none.
    /// A role only counts when a name follows it within the run.
    /// </summary>
    private int MatchRole(List<Token> tokens, int start, int end, bool requireName)
    {
        var i = start;
        if (i < end && (tokens[i].Word.DemonymCountry is not null || IsCountryName(tokens, i, end, out _)))
        {
            IsCountryName(tokens, i, end, out var countryLength);
            i += Math.Max(1, countryLength);
        }

        while (i < end && tokens[i].Word.Is(WordFact.TitleModifier) && !IsTitleAt(tokens, i, end, out _))
        {
            i++;
        }

        if (i < end && IsTitleAt(tokens, i, end, out var titleLength))
        {
            var roleEnd = i + titleLength;

            // Allow chained titles: "Deputy Prime Minister", "Vice President".
            while (roleEnd < end && IsTitleAt(tokens, roleEnd, end, out var more))
            {
                roleEnd += more;
            }

            if (!requireName)
            {
                return roleEnd;
            }

            // "General Assembly", "Justice Ministry": a title word inside an organisation's name.
            return roleEnd < end && !EndsAsOrganization(tokens, roleEnd, end) && !tokens[end - 1].Word.Is(WordFact.OtherWord) && !tokens[end - 1].Word.Is(WordFact.LocationWord) ? roleEnd : start;
        }

        return start;
    }

    private bool IsCountryName(List<Token> tokens, int start, int end, out int length)
    {
        var known = Find(tokens, start, end);
        length = known.Length;
        return known.Length > 0 && known.Known!.IsCountry;
    }

    private bool IsTitleAt(List<Token> tokens, int start, int end, out int length)
    {
        if (!tokens[start].Word.Is(WordFact.StartsTitle))
        {
            length = 0;
            return false;
        }

        for (length = Math.Min(_knowledge.MaxTitleWords, end - start); length >= 1; length--)
        {
            if (_knowledge.IsTitle(JoinLower(tokens, start, start + length)))
            {
                return true;
            }
        }

        length = 0;
        return false;
    }

    /// <summary>"Mr. X", "Mrs X", "Sen. X": a personal title, with or without its period, right before <paramref name="start"/>.</summary>
    private static bool AfterPersonalTitle(List<Token> tokens, int start) =>
        (start >= 1 && tokens[start - 1].Word.Is(WordFact.PersonTitle))
        || (start >= 2 && tokens[start - 1].Is(".") && tokens[start - 2].Word.Is(WordFact.TitleAbbreviation));

    /// <summary>"G.K.", "J.R.": capital letters each followed by a period.</summary>
    private static bool IsInitials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"I’d", "we’re": contractions.</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(new[] { '’', '\'' });
        return apostrophe >= 0 && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]);
    }

    /// <summary>
    /// "Kennedy Space Center", "Museum of Flight", "Al-Ghaza Hotel": a building or site, a place where
    /// things happen ("Centre for Disease Control" with "for" is the organisation, not the building).
    /// </summary>
    private static bool IsFacility(List<Token> tokens, int start, int end)
    {
        var facility = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Text is "for")
            {
                return false;
            }

            facility |= Lexicon.FacilityWords.Contains(tokens[k].Text);
        }

        // "Delhi International Airport Limited": the company that runs the airport.
        return facility && !Lexicon.OrganizationWords.Contains(tokens[end - 1].Text);
    }

    /// <summary>"Nobel Prize in Literature", "World Cup of Hockey": an award or event word inside the name.</summary>
    private static bool HasAwardWord(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.AwardWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of [start, end) is an English word ("National Air", "Education"), not a name of its own.</summary>
    private bool AllDictionaryWords(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].Word.Is(WordFact.DictionaryWord))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "of the", "for the" before a capitalised word: "Joint Council for the Welfare of Immigrants"; not before
    /// a known place, which says where the organisation is ("University of Sheffield of the UK").
    /// </summary>
    private bool IsOfOrForThe(List<Token> tokens, int connector) =>
        tokens[connector].Text is "of" or "for" && connector + 2 < tokens.Count && tokens[connector + 1].Text == "the"
        && tokens[connector + 2].IsCapitalized && !tokens[connector + 2].SentenceStart
        && Find(tokens, connector + 2, tokens.Count).Known is not { Kind: EntityKind.Location };

    private static bool IsCompleteOrganization(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end < start + 6 && tokens[end].IsCapitalized)
        {
            end++;
        }

        return end - start >= 2 && tokens[end - 1].Word.Is(WordFact.OrganizationWord);
    }

    /// <summary>Whether [start, of) are plain name words (no title, no head word) and a known country follows the "of".</summary>
    private bool IsPlainNameBeforeCountry(List<Token> tokens, int start, int of)
    {
        // "People’s Republic of China" is one known name.
        if (Find(tokens, start, tokens.Count).Length > of - start)
        {
            return false;
        }

        for (var k = start; k < of; k++)
        {
            var word = tokens[k].Word;
            if (!tokens[k].IsCapitalized || word.Is(WordFact.OrganizationWord) || word.Is(WordFact.LocationWord) || word.Is(WordFact.OtherWord) || word.Is(WordFact.StartsTitle))
            {
                return false;
            }
        }

        var country = Find(tokens, of + 1, tokens.Count);
        return country.Known is { IsCountry: true } && (of + 1 + country.Length >= tokens.Count || !tokens[of + 1 + country.Length].IsCapitalized);
    }

    /// <summary>Whether the run so far ends in a person's name ("Foreign Minister Maria Lopez").</summary>
    private bool LooksLikePersonName(List<Token> tokens, int runStart, int end)
    {
        var start = -1;
        for (var k = Math.Max(runStart, end - 4); k <= end - 2; k++)
        {
            if (tokens[k].Word.GivenName != '\0' || (tokens[k].Word.Is(WordFact.SurnameFirst) && k == end - 2))
            {
                start = k;
                break;
            }
        }

        if (start < 0)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (IsNameParticle(tokens, k, start, end))
            {
                continue;
            }

            if (!tokens[k].IsCapitalized || tokens[k].Word.Is(WordFact.OrganizationWord) || tokens[k].Word.Is(WordFact.LocationWord) || tokens[k].Word.Is(WordFact.NameConnector))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the capitalised words from <paramref name="start"/> end in an organisation or event word.</summary>
    private static bool EndsInNameHead(List<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k < start + 6 && tokens[k].IsCapitalized)
        {
            k++;
        }

        return k > start && (tokens[k - 1].Word.Is(WordFact.OrganizationWord) || tokens[k - 1].Word.Is(WordFact.OtherWord));
    }
}
