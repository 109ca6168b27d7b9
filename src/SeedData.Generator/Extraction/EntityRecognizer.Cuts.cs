using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Cutting one capitalised run into names: sentence openers, roles and titles off, known names and places kept whole ("US Secretary of State Antony Blinken" → United States, a role, Antony Blinken).</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// Cuts a run at roles ("US Secretary of State | Antony Blinken") and records its pieces. A run
    /// without a role is one name: two names are never written side by side without punctuation, so
    /// "Nigeria Police Force", "Tokyo Marathon" and "Yiaga Africa" stay whole.
    /// </summary>
    private void Segment(UnitTokens unit, int start, int end)
    {
        var tokens = unit.Tokens;
        var i = start;

        // "on Saturday Night", "Monday Morning": a day and a time of day are a time, not a name.
        // So is "Last Year" or "This Week".
        if (end - start == 2 && ((tokens[start].Word.Is(WordFact.CalendarWord) && Lexicon.TimesOfDay.Contains(tokens[start + 1].Text))
            || (tokens[start].Text is "Last" or "Next" or "This" && Lexicon.TimeSpans.Contains(tokens[start + 1].Text))))
        {
            return;
        }

        // "the 1995 World Cup in South Africa": an event's name and the known place it is held in are two names.
        if (EventPlaceCut(tokens, start, end) is var cut and > 0)
        {
            Segment(unit, start, cut);
            Segment(unit, cut + 1, end);
            return;
        }

        // "the Christian Democrats", "the Christian Socialists": a group word before a party's plural is the party's name,
        // neither a people's word nor a description in front of a known "Democrats".
        var party = tokens[start].Text == "The" ? start + 1 : start;
        if (end - party == 2 && tokens[party].Word.Is(WordFact.DemonymOrGroup) && Lexicon.PartyPlurals.Contains(tokens[party + 1].Text))
        {
            AddPiece(new Piece(unit, party, end));
            return;
        }

        // "Bank of Kellmark Chairman Arvo Keskula and Finance Minister Lina Varga": an "and" before a role and a name
        // joins two people, each with the role before it, not one body's name.
        if (AndBeforeRole(tokens, start, end) is var joint and > 0)
        {
            Segment(unit, start, joint);
            Segment(unit, joint + 1, end);
            return;
        }

        // "Summary of Dutch first division matches": a nationality after "of" that ends the run describes the words
        // after it; it is a name of its own (kind Other, found with the peoples) and the words before "of" are cut.
        if (NationalityAfterOf(tokens, start, end) is var of and > 0)
        {
            Segment(unit, start, of);
            return;
        }

        // A sentence-initial common word ("Also", "Despite", "The") is not part of a name; "Credit Lyonnais" opens with a
        // company's word, and "State Bank of Kellmark" with the first word of a body's name.
        while (i < end && (tokens[i].SentenceStart || (unit.UnreliableCase && i == start)) && (IsCommon(tokens[i].Word) || IsLowerCaseCompound(tokens[i].Text)) && Find(tokens, i, end).Length == 0 && !OpensNameWithAnd(tokens, i, end) && !IsInitialOfName(tokens, i, end)
            && !(Lexicon.CompanyOpeners.Contains(tokens[i].Text) && i + 1 < end && tokens[i + 1].IsCapitalized && !tokens[i + 1].Word.Is(WordFact.DictionaryWord))
            && !(tokens[i].Word.Is(WordFact.DictionaryWord) && OpensBodyName(tokens, i + 1, end)))
        {
            i++;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }
        }

        // "Residents of Brackwater", "Neighbouring Czech Republic": a sentence-initial plural before a
        // connector, or a word before a known name, that the article never capitalises elsewhere opens
        // the sentence, not the name ("Statistics Canada said" is one name: it speaks).
        if (i + 1 < end && tokens[i].SentenceStart && !_reliableWords.Contains(tokens[i].Word) && tokens[i].Word.GivenName == '\0' && !IsInitialOfName(tokens, i, end)
            && !tokens[i].IsAllCaps && !OpensNameWithAnd(tokens, i, end) && !OpensBodyName(tokens, i, end) && Find(tokens, i, end).Length == 0 && MatchRole(tokens, i, end, requireName: true) == i
            && ((_lowerWords.Contains(tokens[i].Word.Folded) && !IsNameFormingAdjective(tokens[i].Text))
                || (tokens[i].Text.EndsWith("s", StringComparison.Ordinal) && !tokens[i + 1].IsCapitalized)
                || (Find(tokens, i + 1, end) is var rest && rest.Length == end - i - 1 && tokens[i].Word.Is(WordFact.DictionaryWord) && !tokens[i].Word.Is(WordFact.ClubWord)
                    && !IsCompassPlace(tokens, i, i + 1, rest.Known!) && !SpeaksAfter(tokens, end))))
        {
            i++;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }
        }

        // "Summary of Kellmark parliament votes", "Text of Ostravia 's statement": a wire label's opening word and its "of".
        if (i + 1 < end && tokens[i].SentenceStart && Lexicon.ReportOpeners.Contains(tokens[i].Text) && Find(tokens, i, end).Length == 0)
        {
            i++;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }
        }

        // "U.N. High Commissioner for Refugees": an agency named by its office is one organisation's name, not a role.
        if (AgencyNameEnd(tokens, i, end) is var agency and > 0)
        {
            AddPiece(new Piece(unit, i, agency));
            if (agency < end)
            {
                Segment(unit, agency, end);
            }

            return;
        }

        List<string>? role = null;
        var pieceStart = i;
        while (i < end)
        {
            var roleEnd = MatchRole(tokens, i, end, requireName: true);
            if (roleEnd <= i || RunsIntoRole(tokens, pieceStart, i, roleEnd, end))
            {
                i++;
                continue;
            }

            // "Civil Aviation Minister X": an unknown portfolio in front of a bare title belongs to the role, also
            // after the name of the body whose portfolio it is ("EU | Farm Commissioner X").
            if (i > pieceStart && PortfolioStart(tokens, pieceStart, i) is var portfolio && portfolio > pieceStart)
            {
                Flush(unit, pieceStart, portfolio, role);
            }

            // "US Secretary of State": the country in front of the role is still a mention.
            var nation = Find(tokens, i, roleEnd);
            if (nation.Length > 0 && nation.Known!.IsCountry)
            {
                AddPiece(new Piece(unit, i, i + nation.Length) { Known = nation.Known });
            }

            role = Lower(tokens, i, roleEnd);
            i = roleEnd;
            while (i < end && !tokens[i].IsCapitalized)
            {
                i++;
            }

            pieceStart = i;
        }

        Flush(unit, pieceStart, end, role);
    }

    /// <summary>
    /// "Bank of Japan Governor X": a known name from <paramref name="pieceStart"/> that runs into a role found at
    /// <paramref name="roleStart"/> ("Japan Governor") and ends before it is whole; the role starts after the name. A
    /// known name the role ends ("UN High Commissioner for Refugees X") stays the role.
    /// </summary>
    private bool RunsIntoRole(List<Token> tokens, int pieceStart, int roleStart, int roleEnd, int end)
    {
        if (roleStart == pieceStart)
        {
            return false;
        }

        var knownEnd = pieceStart + Find(tokens, pieceStart, end).Length;
        return knownEnd > roleStart && knownEnd < roleEnd;
    }

    /// <summary>
    /// "Bank of Kellmark Governor X", "Ministry of Finance": a head word with "of" and a capitalised word after it opens
    /// a body's name, even where the article also writes the head word in lower case ("the bank said").
    /// </summary>
    private static bool OpensBodyName(List<Token> tokens, int opener, int end) =>
        opener + 2 < end && tokens[opener].Word.Is(WordFact.OrganizationWord) && tokens[opener + 1].Text is "of" && tokens[opener + 2].IsCapitalized;

    /// <summary>Where an "and" stands right before a role that a name follows within the run, after a role of its own ("Chairman X and Finance Minister Y"), or 0.</summary>
    private int AndBeforeRole(List<Token> tokens, int start, int end)
    {
        for (var k = start + 2; k + 2 < end; k++)
        {
            if (tokens[k].Is("and") && MatchRole(tokens, k + 1, end, requireName: true) > k + 1 && HasTitle(tokens, start, k))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>Whether a title word ("Chairman", "Governor") stands among tokens [start, end).</summary>
    private bool HasTitle(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsCapitalized && IsTitleAt(tokens, k, end, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where "in" parts an event's name of two or more words from a known place the run ends with ("World Cup | in |
    /// South Africa", "Earth Summit in Rio"), or 0. One word before "in" keeps the name whole ("War in Afghanistan"),
    /// and so does an "in" before a place the knowledge base does not have.
    /// </summary>
    private int EventPlaceCut(List<Token> tokens, int start, int end)
    {
        var first = tokens[start].Text == "The" ? start + 1 : start;
        for (var k = first + 2; k + 1 < end; k++)
        {
            if (tokens[k].Is("in") && tokens[k - 1].Word.Is(WordFact.OtherWord) && Find(tokens, k + 1, end) is { Length: > 0, Known.Kind: EntityKind.Location })
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where the "of" before a nationality that ends the run stands ("Summary | of Dutch", "Results of German"), or 0:
    /// such a nationality describes the lower-case words after it, so no name runs through the "of".
    /// </summary>
    private int NationalityAfterOf(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].Is("of") && DemonymWordsAt(tokens, k + 1, end) == end - k - 1 && Find(tokens, start, end).Length != end - start)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>"Statistics Canada said", "Air Canada told": a verb of saying right after the run makes it the subject, one name.</summary>
    private static bool SpeaksAfter(List<Token> tokens, int end) =>
        end < tokens.Count && tokens[end].IsWord && tokens[end].Word.Is(WordFact.CoreReportingVerb);

    /// <summary>
    /// "Health and Human Services Secretary X", "Marks and Spencer Plc": a sentence's first word joined by "and"
    /// to an organisation's head word or inside a company's name is the name's first word, however common.
    /// </summary>
    private bool OpensNameWithAnd(List<Token> tokens, int opener, int end) =>
        opener + 2 < end && tokens[opener + 1].Text is "and" or "&" && (IsCompanyAnd(tokens, opener + 1) || HasOrganizationWord(tokens, opener + 2, end - 1));

    /// <summary>
    /// "West Germany", "East Java", "Southern California": words of direction before a known place make
    /// a place of its own (kept whole and typed Location by <see cref="Classify"/>), unlike "South American
    /// Mercosur", where a description stands before a known organisation.
    /// </summary>
    private static bool IsCompassPlace(List<Token> tokens, int start, int known, KnownEntity place)
    {
        if (place.Kind != EntityKind.Location)
        {
            return false;
        }

        for (var k = start; k < known; k++)
        {
            if (!Lexicon.CompassWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return known > start;
    }

    /// <summary>
    /// Where a title that ends the run starts ("NASA | Administrator"), or <paramref name="start"/> when
    /// there is none. Only after a known name, an acronym or an organisation's or a building's head word:
    /// "Martin Luther King" and "Burger King" keep their last word.
    /// </summary>
    private int TrailingTitleStart(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (!tokens[k].IsCapitalized || !IsTitleAt(tokens, k, end, out var length) || k + length != end || !tokens[k - 1].IsCapitalized)
            {
                continue;
            }

            var office = Find(tokens, start, k).Length == k - start || (k - start == 1 && IsAcronymCandidate(tokens[start].Text));
            for (var j = start; j < k && !office; j++)
            {
                office = tokens[j].Word.Is(WordFact.OrganizationWord) || Lexicon.FacilityWords.Contains(tokens[j].Text);
            }

            return office && MatchRole(tokens, start, k, requireName: false) != k ? k : start;
        }

        return start;
    }

    /// <summary>"North Sea Jazz Festival", "Royal Albert Hall": a head word of a place or an event closes the name, so a given name inside it starts no person.</summary>
    private static bool EndsInPlaceOrEventWord(List<Token> tokens, int end) =>
        tokens[end - 1].Word.Is(WordFact.LocationWord) || tokens[end - 1].Word.Is(WordFact.OtherWord) || Lexicon.FacilityWords.Contains(tokens[end - 1].Text);

    /// <summary>
    /// Where the portfolio before a title starts: <paramref name="start"/> when all of [start, title) is one ("Civil
    /// Aviation"), the first of one or two English words after a known name, an acronym or an organisation's head word
    /// ("EU | Farm", "Harwell Group | Finance"), or <paramref name="title"/> when there is none.
    /// </summary>
    private int PortfolioStart(List<Token> tokens, int start, int title)
    {
        if (IsPortfolio(tokens, start, title))
        {
            return start;
        }

        for (var k = Math.Max(start + 1, title - 2); k < title; k++)
        {
            if (tokens[k].IsCapitalized && tokens[title - 1].IsCapitalized && AllDictionaryWords(tokens, k, title) && IsPortfolio(tokens, k, title)
                && (Find(tokens, start, k).Length == k - start || (k - start == 1 && IsAcronymCandidate(tokens[start].Text))
                    || tokens[k - 1].Word.Is(WordFact.OrganizationWord) || Lexicon.CompanySuffixes.Contains(tokens[k - 1].Text)))
            {
                return k;
            }
        }

        return title;
    }

    /// <summary>Words before a title that name a portfolio ("Civil Aviation", "Home Affairs"), not an organisation or place.</summary>
    private bool IsPortfolio(List<Token> tokens, int start, int end)
    {
        if (Find(tokens, start, end).Length > 0)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            // "Banco de Kellmark Governor X": a body's name of another language, or one joined by "de" or "of", is no portfolio.
            if (tokens[k].IsAllCaps || tokens[k].Word.Is(WordFact.OrganizationWord) || WordShape.HasDigit(tokens[k].Text) || tokens[k].Word.GivenName != '\0'
                || Lexicon.ForeignOrganizationHeads.Contains(tokens[k].Text) || (tokens[k].Word.Is(WordFact.NameConnector) && tokens[k].Text is not ("and" or "&")))
            {
                return false;
            }
        }

        return end - start <= 3;
    }

    /// <summary>"State-run Radio Kellmark said": a compound of English words whose second part is lower case opens the sentence, not the name.</summary>
    private bool IsLowerCaseCompound(string text)
    {
        var hyphen = text.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.Length && char.IsLower(text[hyphen + 1]) && _knowledge.IsCompoundOfWords(text);
    }
}
