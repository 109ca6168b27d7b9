using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Long institution names kept whole: "National Museum of the U.S. Air Force", "U.S. Space and Rocket Center",
/// "Council on Foreign Relations". Each rule lets <c>RunEnd</c> go on through a small word only where the words
/// after it close the same institution's name, so lists ("Britain and France") and a person of a body ("Smith of
/// Reuters") are left to the other rules.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "National Museum of the U.S. Air Force": "of the" or "for the" before a known place that more capitalised words
    /// follow; the place opens the name of a body, unlike "University of Sheffield of the UK", where the place alone
    /// says where the organisation is.
    /// </summary>
    private bool OfTheBeforePlaceInName(List<Token> tokens, int connector)
    {
        if (tokens[connector].Text is not ("of" or "for") || connector + 3 >= tokens.Count || tokens[connector + 1].Text != "the"
            || !tokens[connector + 2].IsCapitalized || tokens[connector + 2].SentenceStart)
        {
            return false;
        }

        var place = Find(tokens, connector + 2, tokens.Count);
        var after = connector + 2 + place.Length;
        return place.Known is { Kind: EntityKind.Location } && after < tokens.Count && tokens[after].IsCapitalized && !tokens[after].SentenceStart
            && !tokens[after].Word.Is(WordFact.CalendarWord) && ReachesInstitutionHead(tokens, after, 3);
    }

    /// <summary>
    /// "U.N. High Commissioner for Refugees", "UN High Commissioner for Human Rights": an office after an international
    /// body's prefix (a known organisation's abbreviation, or <c>Lexicon.AgencyPrefixes</c>: "European"), then "for" and
    /// capitalised words, is the agency's name, an organisation, not a role cut off a person ("U.N. | High Commissioner").
    /// The name written out ("United Nations High Commissioner for Refugees") is left to the role's cut: GUM's gold has
    /// "United Nations" and "Refugees" there (measured: GUM Organization .647 -> .642 with it).
    /// </summary>
    private bool IsAgencyFor(List<Token> tokens, int start, int connector)
    {
        if (tokens[start].Text == "The")
        {
            start++;
        }

        if (tokens[connector].Text != "for" || connector - start < 2)
        {
            return false;
        }

        var prefix = Find(tokens, start, connector);
        var k = prefix.Known is { Kind: EntityKind.Organization } && prefix.Length == 1 && !HasLowerCase(tokens[start].Text) ? start + 1 : Lexicon.AgencyPrefixes.Contains(tokens[start].Text) ? start + 1 : connector;
        while (k < connector && tokens[k].Word.Is(WordFact.TitleModifier) && !IsTitleAt(tokens, k, connector, out _))
        {
            k++;
        }

        return k < connector && IsTitleAt(tokens, k, connector, out var length) && k + length == connector;
    }

    /// <summary>"U.N. High Commissioner for Refugees": the whole piece is an agency named by its office, a strong organisation.</summary>
    private bool IsAgencyName(Piece piece) => piece.Length > 3 && AgencyNameEnd(piece.Unit.Tokens, piece.Start, piece.End) == piece.End;

    /// <summary>
    /// The end of an agency's name opening at <paramref name="start"/> (<see cref="IsAgencyFor"/>): its field after "for",
    /// capitalised English words ("Refugees", "Human Rights", "Science and Technology"), so that a person after it stays
    /// apart ("… for Refugees Sadako Ogata"); or 0.
    /// </summary>
    private int AgencyNameEnd(List<Token> tokens, int start, int end)
    {
        for (var connector = start + 2; connector + 1 < end; connector++)
        {
            if (tokens[connector].Text != "for")
            {
                continue;
            }

            if (!IsAgencyFor(tokens, start, connector))
            {
                return 0;
            }

            var field = connector + 1;
            while (field < end && ((tokens[field].IsCapitalized && tokens[field].Word.Is(WordFact.DictionaryWord))
                || (tokens[field].Text is "and" or "of" && field + 1 < end && tokens[field + 1].IsCapitalized)))
            {
                field++;
            }

            return field > connector + 1 && tokens[field - 1].IsCapitalized ? field : 0;
        }

        return 0;
    }

    /// <summary>
    /// "National Air and Space Museum", "U.S. Space and Rocket Center", "Fairview State Community and Technical College":
    /// an "and" between English words (after a known place or a name of its own at most) and English words that reach
    /// an institution's head word is inside one name. Not a list: the words before the "and" are no complete name
    /// ("Royal Navy and …", a known name, "Glaxo Wellcome"), and those after it no name of their own ("Britain and
    /// France", "Boeing and Airbus", "… and British Telecom").
    /// </summary>
    private bool IsInstitutionAnd(List<Token> tokens, int start, int and)
    {
        if (and + 2 >= tokens.Count || tokens[and + 1].SentenceStart || IsListTail(tokens, start))
        {
            return false;
        }

        var first = tokens[start].Text == "The" ? start + 1 : start;
        var before = tokens[and - 1];
        if (first >= and || before.Word.Is(WordFact.OrganizationWord) || Lexicon.FacilityWords.Contains(before.Text) || Lexicon.CompanySuffixes.Contains(before.Text)
            || Find(tokens, first, and).Length == and - first)
        {
            return false;
        }

        // A known place ("U.S. Space") or a name of its own that is no person's ("Fairview State Community") may open
        // the name; the rest before the "and" are English words ("Glaxo Wellcome and …" ends in a name).
        var known = Find(tokens, first, and);
        if (known.Length > 0 && known.Known!.Kind != EntityKind.Location)
        {
            return false;
        }

        var opener = first + known.Length;
        while (known.Length == 0 && opener < and && tokens[opener].Word.GivenName == '\0' && UnknownNameWords(tokens, opener, opener + 1))
        {
            opener++;
        }

        if (opener == and || !AllDictionaryWords(tokens, opener, and))
        {
            return false;
        }

        // After the "and": one to three English words that open no known name, then the head word.
        return tokens[and + 1].IsCapitalized && Find(tokens, and + 1, tokens.Count).Length == 0 && !IsInstitutionHead(tokens[and + 1]) && !tokens[and + 1].Word.Is(WordFact.DemonymOrGroup)
            && ReachesInstitutionHead(tokens, and + 1, 4);
    }

    /// <summary>
    /// "Council on Foreign Relations", "Commission on Human Rights", "Council on American-Islamic Relations": "on"
    /// after a deliberating body's head word and before capitalised words that end in an English word is inside
    /// the name; "the Security Council on Iraq" (a place) and "the Commission on Monday" (a day) are not.
    /// </summary>
    private bool IsInstitutionOn(List<Token> tokens, int on)
    {
        if (!tokens[on].Is("on") || on + 1 >= tokens.Count || !Lexicon.HeadsBeforeOn.Contains(tokens[on - 1].Text))
        {
            return false;
        }

        var end = on + 1;
        while (end < tokens.Count && end < on + 5 && tokens[end].IsCapitalized && !tokens[end].SentenceStart && !tokens[end].Word.Is(WordFact.CalendarWord))
        {
            end++;
        }

        if (end == on + 1 || (end < tokens.Count && tokens[end].IsCapitalized) || Find(tokens, on + 1, end).Length == end - on - 1)
        {
            return false;
        }

        var last = tokens[end - 1];
        return last.Word.Is(WordFact.DictionaryWord) && !last.Word.Is(WordFact.DemonymOrGroup);
    }

    /// <summary>Whether an institution's head word ("Museum", "Center", "Force") stands within <paramref name="max"/> capitalised words from <paramref name="start"/>, after English words or known names only.</summary>
    private bool ReachesInstitutionHead(List<Token> tokens, int start, int max)
    {
        for (var k = start; k < tokens.Count && k < start + max && tokens[k].IsCapitalized && (k == start || !tokens[k].SentenceStart); k++)
        {
            if (IsInstitutionHead(tokens[k]))
            {
                return true;
            }

            if (!tokens[k].Word.Is(WordFact.DictionaryWord) && Find(tokens, k, tokens.Count).Length == 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInstitutionHead(Token token) =>
        token.Word.Is(WordFact.OrganizationWord) || Lexicon.FacilityWords.Contains(token.Text);

    /// <summary>
    /// "Home Office and Foreign Office", "Royal Navy and Royal Air Force": two names of two or more words, each closed
    /// by a head word, that repeat their head or their first word are a pair, not one name; "Department of Health and
    /// Human Services" has no head before its "and", and "Birmingham Museum and Art Gallery" repeats nothing.
    /// </summary>
    private static bool IsPairOfBodies(List<Token> tokens, int start, int and)
    {
        var first = tokens[start].Text == "The" ? start + 1 : start;
        if (and - first < 2 || !tokens[and - 1].Word.Is(WordFact.OrganizationWord) || !IsCompleteOrganization(tokens, and + 1))
        {
            return false;
        }

        var last = and + 1;
        while (last + 1 < tokens.Count && last + 1 < and + 7 && tokens[last + 1].IsCapitalized)
        {
            last++;
        }

        return tokens[last].Text == tokens[and - 1].Text || tokens[and + 1].Text == tokens[first].Text;
    }

    /// <summary>
    /// "Ajax of Amsterdam", "Sporting of Lisbon": one name word that is no English word, title or head word, then "of"
    /// and a known place that ends the run, are a club or a company and its city, two names; "Bank of England" and
    /// "Isle of Man" open with a head word, "Duke of Edinburgh" with a title.
    /// </summary>
    private bool IsNameOfCity(List<Token> tokens, int start, int of)
    {
        if (of - start != 1 || of + 1 >= tokens.Count)
        {
            return false;
        }

        var name = tokens[start];
        if ((name.Word.Is(WordFact.DictionaryWord) && Find(tokens, start, of).Known is not { Kind: EntityKind.Organization }) || IsInstitutionHead(name)
            || name.Word.Is(WordFact.LocationWord) || name.Word.Is(WordFact.OtherWord) || Lexicon.LocationPrefixes.Contains(name.Text)
            || name.Word.Is(WordFact.StartsTitle) || name.Word.GivenName != '\0')
        {
            return false;
        }

        var place = Find(tokens, of + 1, tokens.Count);
        var after = of + 1 + place.Length;
        return place.Known is { Kind: EntityKind.Location } && (after >= tokens.Count || !tokens[after].IsCapitalized || tokens[after].SentenceStart);
    }
}
