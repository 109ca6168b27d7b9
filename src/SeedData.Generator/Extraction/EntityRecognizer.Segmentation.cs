using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Finding candidate names: runs of capitalised words joined by name connectors (each run is cut into names in <c>.Cuts</c>), and recording the pieces.</summary>
internal sealed partial class EntityRecognizer
{
    private void FindPieces(UnitTokens unit)
    {
        var tokens = unit.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (unit.UnreliableCase && CapitalsTeamEnd(unit, i) is var team and > 0)
            {
                AddPiece(new Piece(unit, i, team));
                i = team;
                continue;
            }

            // "#IStandWithAhmed" is a hashtag, a name with its "#" (AddWebNames).
            if (!tokens[i].IsCapitalized || IsCapitalizedCommonWord(tokens[i].Text) || IsHashtagWord(tokens, i) || (unit.UnreliableCase && !_reliableWords.Contains(tokens[i].Word) && Find(tokens, i, tokens.Count).Length == 0))
            {
                i++;
                continue;
            }

            var end = unit.UnreliableCase ? ReliableRunEnd(tokens, i) : RunEnd(unit, i);
            Segment(unit, OrdinalBefore(unit, i, end) ? i - 1 : i, end);
            i = end;
        }
    }

    /// <summary>In a Title Case line: the end of a known name, or of words the body also capitalises.</summary>
    private int ReliableRunEnd(List<Token> tokens, int start)
    {
        var known = Find(tokens, start, tokens.Count);
        if (known.Length > 0)
        {
            return start + known.Length;
        }

        var end = start + 1;
        while (end < tokens.Count && tokens[end].IsCapitalized && _reliableWords.Contains(tokens[end].Word) && Find(tokens, end, tokens.Count).Length == 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>The end of a run of capitalised words joined by name connectors ("Bank of England").</summary>
    private int RunEnd(UnitTokens unit, int start)
    {
        var tokens = unit.Tokens;

        // In a results table "Laudrup 83" is a player and a minute, not a model number.
        var unitIsTable = unit.IsTableLine;
        var end = start + 1;
        var organization = tokens[start].Word.Is(WordFact.OrganizationWord);
        var knownEnd = -1;
        while (end < tokens.Count)
        {
            var token = tokens[end];
            // "Washington D.C. Image: United States Navy": a label before a colon starts something else; a head
            // word there ends the name ("told GB News:", "Bonderam Festival: the festival …"). So does "a NASA T-shirt".
            if (IsCapitalizedCommonWord(token.Text) || (token.IsCapitalized && end + 1 < tokens.Count && tokens[end + 1].Is(":") && IsPlainCapitalized(token.Text) && token.Word.Is(WordFact.DictionaryWord)
                && !token.Word.Is(WordFact.OrganizationWord) && !token.Word.Is(WordFact.OtherWord) && !token.Word.Is(WordFact.LocationWord)))
            {
                break;
            }

            if (IsPlacePrefixPeriod(tokens, end))
            {
                end++;
                continue;
            }

            // "Florida Rep. Alcee Hastings": a title written short belongs to the name after it, not to this one.
            if (token.IsCapitalized && end + 1 < tokens.Count && tokens[end + 1].Is(".") && token.Word.Is(WordFact.TitleAbbreviation))
            {
                break;
            }

            // "… to the U.S. The President said": after an abbreviation's period a capitalised common word
            // ("The", "It", "He") starts a sentence the tokenizer could not see.
            if (token.IsCapitalized && tokens[end - 1].Text.Length > 1 && tokens[end - 1].Text[tokens[end - 1].Text.Length - 1] == '.' && IsCommon(token.Word)
                && AgencyNameEnd(tokens, end - 1, tokens.Count) == 0)
            {
                break;
            }

            // "L. Ron Hubbard": the period of an initial does not end the sentence inside a name.
            var afterInitial = end >= 2 && tokens[end - 1].Is(".") && tokens[end - 2].Text.Length == 1 && char.IsUpper(tokens[end - 2].Text[0]);
            // A day ends the name ("the United States Thursday") unless a known name goes on through it ("Sheffield Wednesday").
            if (token.IsCapitalized && (!IsSentenceBreak(tokens, end) || afterInitial) && (!token.Word.Is(WordFact.CalendarWord) || Find(tokens, start, end + 1).Length == end + 1 - start))
            {
                organization |= token.Word.Is(WordFact.OrganizationWord);
                end++;
                continue;
            }

            // "L. Ron Hubbard", "George W. Bush": an initial's period inside a name.
            if (token.Is(".") && tokens[end - 1].Text.Length == 1 && char.IsUpper(tokens[end - 1].Text[0]) && token.Start == tokens[end - 1].End
                && end + 1 < tokens.Count && ((tokens[end + 1].IsCapitalized && tokens[end + 1].Text.Length > 1) || IsParticleAfterInitial(tokens, end + 1)))
            {
                end++;
                continue;
            }

            // "People’s Republic of China", "Farmers’ Unions", "McDonald's Corp": a possessive inside a name.
            // Tokenised wire text writes the possessive apart ("People 's Party").
            if (IsPossessiveInName(tokens, end) || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !tokens[end + 1].SentenceStart
                && ((token.Text is "’s" or "'s" && token.Start <= tokens[end - 1].End + 1 && _knowledge.IsPossessiveNameStart(tokens[end - 1].Text))
                    || (token.Text is "’" or "'" && token.Start == tokens[end - 1].End && tokens[end - 1].Text.EndsWith("s", StringComparison.Ordinal) && (organization || EndsInNameHead(tokens, end + 1)))))
                || IsTokenisedPossessiveInPlace(tokens, end))
            {
                end++;
                continue;
            }

            // "Ariane 6", "Paris 2024", "Internet Explorer 9", "FIFA World Cup 2018": a short number right after a name; in a
            // line of names and numbers with no lower-case word ("Goals : Neil Rudge 3 .") it is a count, as in a table.
            if (token.Kind == TokenKind.Number && token.Text.Length <= 4 && token.Start == tokens[end - 1].End + 1 && IsPlainNumber(token.Text)
                && end + 1 < tokens.Count && !tokens[end + 1].IsCapitalized && !IsCommon(tokens[end - 1].Word) && !tokens[end - 1].Word.Is(WordFact.CalendarWord)
                && !unitIsTable && !unit.HasScore && (unit.UnreliableCase || unit.HasLowerCaseWord) && !(start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Word.Is(WordFact.MatchWord))
                && (end + 1 >= tokens.Count || tokens[end + 1].Kind != TokenKind.Number) && (end == start + 1 ? IsNameWithNumber(tokens, end) : IsLongNameWithNumber(tokens, start, end)))
            {
                end++;
                break;
            }

            // "Council on Foreign Relations": a body's subject after "on" (see .Institutions).
            if (IsInstitutionOn(tokens, end))
            {
                end++;
                continue;
            }

            // A connector counts only between capitalised words: "Bank of England", not "Blinken of".
            if ((token.IsWord || token.Text == "&") && token.Word.Is(WordFact.NameConnector) && end + 1 < tokens.Count && !tokens[end + 1].SentenceStart
                && (tokens[end + 1].IsCapitalized || (organization && (IsOfOrForThe(tokens, end) || OfTheBeforePlaceInName(tokens, end))) || IsParticlePair(tokens, end)))
            {
                var joins = token.Text switch
                {
                    // "Institute of Meteorology and Water Management", "Planning and Infrastructure Bill"; not "China and Russia".
                    // A head word right before "and" closes the name ("Democratic Party and Tanya Chan").
                    // Two complete names are a list: "Glaxo Wellcome and British Telecom" (two plain words, then a
                    // name with its head), unlike "Department of Health and Human Services" and "National Air and
                    // Space Museum" (English words only before the "and": no name of their own).
                    // "&" always joins: lists are written with "and", and "&" is the name's own
                    // ("Evergreen Aviation & Space Museum", "Texas A&M", "Procter & Gamble"). So does an "and" the
                    // article writes inside a company's name with its legal form ("Kellmark Telegraph and Telephone Corp").
                    "&" => true,
                    // "U.S. Space and Rocket Center": English words that reach a head word join (.Institutions); "Home
                    // Office and Foreign Office", two names repeating a head or a first word, do not.
                    "and" => IsCompanyAnd(tokens, end) || IsInstitutionAnd(tokens, start, end) || (!Lexicon.CompanySuffixes.Contains(tokens[end - 1].Text)
                        && !(!organization && end - start >= 2 && IsCompleteOrganization(tokens, end + 1) && !AllDictionaryWords(tokens, start, end))
                        && !IsSecondOrganization(tokens, start, end, organization) && !IsPairOfBodies(tokens, start, end) && !IsListTail(tokens, start)
                        && (EndsInNameHead(tokens, end + 1) || HeadWordBeforeTitle(tokens, end + 1) || (organization && !tokens[end - 1].Word.Is(WordFact.OrganizationWord)))),
                    "for" => organization || IsAgencyFor(tokens, start, end),

                    // "Tanya Chan of the Civic Party", "Jann Wenner of Rolling Stone": a person of an organisation.
                    // "Ahmedou Ould Abdallah of Mauritania": plain name words, then a country, are a person and where they are from.
                    // "Jann Wenner of Rolling Stone": two or more words that are neither English nor known names are a person's name.
                    // "Lumina SA of France": a legal form closes a company's name, and so does a trade's word before a known place
                    // ("Daewon Heavy Industries of South Korea"). "Ajax of Amsterdam": a club and its city (.Institutions).
                    // "the NLD of Aung San Suu Kyi": an acronym's name never goes on with "of"; what follows is whose or where it is.
                    "of" => !Lexicon.CompanySuffixes.Contains(tokens[end - 1].Text) && !(tokens[end - 1].Word.Is(WordFact.BusinessHead) && Find(tokens, end + 1, tokens.Count).Known?.Kind == EntityKind.Location) && !IsAcronymCandidate(tokens[end - 1].Text) && !LooksLikePersonName(tokens, start, end) && !(!organization && end - start >= 2 && IsPlainNameBeforeCountry(tokens, start, end))
                        && !(!organization && end - start >= 2 && UnknownNameWords(tokens, start, end)) && !IsNameOfCity(tokens, start, end),
                    // "War in Afghanistan", "Nobel Prize in Literature" are names; "the Dutch Open in Hilversum" is a
                    // name and where it is held, "the Italian Open in May" a name and when.
                    "in" => tokens[end - 1].Word.Is(WordFact.OtherWord) && (end - start == 1 || (tokens[end + 1].Word.Is(WordFact.DictionaryWord) && !tokens[end + 1].Word.Is(WordFact.CalendarWord) && !tokens[end + 1].Is("May"))),
                    "the" => tokens[end - 1].Text is "of" or "for",
                    _ => true,
                };
                if (!joins && !InsideKnownName(tokens, start, end, ref knownEnd))
                {
                    break;
                }

                end++;
                continue;
            }

            if (!InsideKnownName(tokens, start, end, ref knownEnd))
            {
                break;
            }

            end++;
        }

        // Trailing connectors are not part of the name.
        while (end > start + 1 && !tokens[end - 1].IsCapitalized && tokens[end - 1].Kind != TokenKind.Number)
        {
            end--;
        }

        return end;
    }

    private static bool IsSentenceBreak(List<Token> tokens, int index) => tokens[index].SentenceStart;

    /// <summary>Records tokens [start, end) as one piece, unless it is only a role or a demonym.</summary>
    private void Flush(UnitTokens unit, int start, int end, List<string>? role)
    {
        // "Carl Brennvik and | Sheriff Dana Holmqvist": a connector before a cut role is not part of the name.
        while (end > start && !unit.Tokens[end - 1].IsCapitalized && unit.Tokens[end - 1].Word.Is(WordFact.NameConnector))
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        var tokens = unit.Tokens;
        var known = Find(tokens, start, end);
        if (known.Length == end - start)
        {
            AddPiece(new Piece(unit, start, end) { Known = known.Known, Roles = role });
            return;
        }

        // "NASA Administrator", "Museum of Flight CEO", "Ottawa New Democrat MP": a title after an
        // organisation or a place, with no name after it, is the organisation's or the place's office.
        if (TrailingTitleStart(tokens, start, end) is var title && title > start)
        {
            Flush(unit, start, title, role);
            return;
        }

        // "Chicago-based United Airlines": a "-based", "-born" or "-led" word describes the name after it.
        if (end - start >= 2 && tokens[start].Word.Is(WordFact.AdjectiveLike) && tokens[start].Text.IndexOf('-') > 0)
        {
            Flush(unit, start + 1, end, role);
            return;
        }

        // "The Ontario Ghostbusters": the article is not part of a name the knowledge base does not have
        // with it ("The Hague", "The New York Times" are found whole above).
        if (tokens[start].Text == "The" && end - start >= 2)
        {
            Flush(unit, start + 1, end, role);
            return;
        }

        // "the United States Hamdullah Mohib": a known place, then two or three name words that are no
        // English words, is the place and a person.
        if (known.Known is { Kind: EntityKind.Location } place && end - start - known.Length is 2 or 3 && tokens[start].Word.GivenName == '\0'
            && PlainNameWords(tokens, start + known.Length, end) && !tokens[start + known.Length].Word.Is(WordFact.DictionaryWord))
        {
            AddPiece(new Piece(unit, start, start + known.Length) { Known = place });
            Flush(unit, start + known.Length, end, role);
            return;
        }

        // "In Portugal Benfica beat …": a known place and a known organisation side by side, with no comma, are two names.
        if (PlaceBeforeOrganization(tokens, start, end, known) is { } body)
        {
            AddPiece(new Piece(unit, start, start + known.Length) { Known = known.Known });
            AddPiece(new Piece(unit, start + known.Length, end) { Known = body, Roles = role });
            return;
        }

        // A run of known places only ("Bali Indonesia" in a caption) splits into them.
        if (known.Length > 0 && AllKnown(tokens, start, end))
        {
            for (var k = start; k < end;)
            {
                var next = Find(tokens, k, end);
                AddPiece(new Piece(unit, k, k + next.Length) { Known = next.Known });
                k += next.Length;
            }

            return;
        }

        // "South American Mercosur", "German Bundestag": descriptive words in front of a known name.
        for (var k = start + 1; k < end && k <= start + 2; k++)
        {
            if (!IsDescriptive(tokens[k - 1].Text))
            {
                break;
            }

            var suffix = Find(tokens, k, end);
            if (suffix.Length == end - k && !IsCompassPlace(tokens, start, k, suffix.Known!) && !Lexicon.TournamentHeads.Contains(tokens[end - 1].Text))
            {
                AddPiece(new Piece(unit, k, end) { Known = suffix.Known, Roles = role });
                return;
            }
        }

        // "Washington Chris Gregoire", "Education Stefania Giannini": a given name inside an unknown run
        // starts a person's name when a known name or English words (a description or office) come
        // before it without punctuation; "Hernan Dario Gomez", "Farouk Ben Mustapha" stay one person.
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].Word.GivenName != '\0' && tokens[k - 1].Word.GivenName == '\0' && tokens[k + 1].IsCapitalized && !tokens[k - 1].Is(".")
                && (Find(tokens, start, k).Length == k - start || AllDictionaryWords(tokens, start, k))
                && !tokens[k - 1].Word.Is(WordFact.NameConnector) && !EndsAsOrganization(tokens, start, end) && !EndsInPlaceOrEventWord(tokens, end) && tokens[start].Word.GivenName == '\0' && !IsTeamName(tokens, start, end))
            {
                Flush(unit, start, k, null);
                Flush(unit, k, end, role);
                return;
            }
        }

        // "Refugee Council Enver Solomon": a name right after an organisation's head word is a person of it (not a
        // legal form's words: "Shell Petroleum Development Co"; nor a site of it: "Space Center Visitor Complex").
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Word.Is(WordFact.OrganizationWord) && end - k - 1 is 2 or 3 && PlainNameWords(tokens, k + 1, end) && !Lexicon.CompanySuffixes.Contains(tokens[end - 1].Text)
                && !Lexicon.FacilityWords.Contains(tokens[end - 1].Text))
            {
                Flush(unit, start, k + 1, null);
                Flush(unit, k + 1, end, role ?? new List<string>());
                return;
            }
        }

        // "University of Texas Arlington Amneh Jafari": a given name and a surname ending a run that names an
        // organisation before them are a person of it (the surname may also be a place: "Alia Salem").
        if (end - start >= 4 && (IsGivenNameAndSurname(tokens, end - 2) || EndsInPersonAfterPlace(tokens, start, end)) && HasOrganizationWord(tokens, start, end - 3))
        {
            Flush(unit, start, end - 2, null);
            Flush(unit, end - 2, end, role ?? new List<string>());
            return;
        }

        start += IsOpenerBeforeNationality(tokens, start, end) ? 1 : 0;

        // "Italian Marco Venturi", "Italian Serie A": a nationality in front of a person's or a league's name describes it; in
        // front of English words it is part of the name ("Spanish Empire", "Canadian Geographic", "Serbian Cyrillic").
        if (DemonymWordsAt(tokens, start, end) is var demonym and > 0 && start + demonym < end
            && (tokens[start + demonym].Word.GivenName != '\0' || UnknownNameWords(tokens, start + demonym, end) || IsLeagueName(tokens, start + demonym, end)))
        {
            Flush(unit, start + demonym, end, role ?? new List<string> { JoinLower(tokens, start, start + demonym) });
            return;
        }

        // "Swiss Bremgarten Holding AG": a nationality before a company's own name (no English word) and its legal form describes it.
        if (end - start > 2 && tokens[start].Word.Is(WordFact.DemonymOrGroup) && Lexicon.CompanySuffixes.Contains(tokens[end - 1].Text)
            && !tokens[start + 1].Word.Is(WordFact.DictionaryWord) && !tokens[start + 1].Word.Is(WordFact.DemonymOrGroup) && Find(tokens, start, end).Length == 0)
        {
            Flush(unit, start + 1, end, role);
            return;
        }

        // "Greek Ministry of Culture", "Italian Supreme Court of Cassation": the nationality describes a state's body.
        if (end - start > 1 && tokens[start].Word.Is(WordFact.DemonymOrGroup) && NamesStateBody(tokens, start + 1, end) && Find(tokens, start, end).Length != end - start)
        {
            Flush(unit, start + 1, end, role);
            return;
        }

        if (((AllAdjectives(tokens, start, end) || _knowledge.IsGroupAdjective(Join(tokens, start, end)) || DemonymWordsAt(tokens, start, end) == end - start) && !IsLoneClubWord(tokens, start, end))
            || (MatchRole(tokens, start, end, requireName: false) == end && !AfterPersonalTitle(tokens, start)) || IsResultNote(tokens, start, end))
        {
            // "Chinese", "European", "Sri Lankan", "Foreign Minister": descriptions, not names ("Celtic" in sports copy is the club).
            return;
        }

        AddPiece(new Piece(unit, start, end) { Roles = role });
    }

    /// <summary>Whether a state body's head word ("Ministry", "Court") stands in the first three words of tokens [start, end).</summary>
    private static bool NamesStateBody(List<Token> tokens, int start, int end)
    {
        for (var k = start; k < end && k < start + 3; k++)
        {
            if (Lexicon.StateBodies.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private void AddPiece(Piece piece)
    {
        var tokens = piece.Unit.Tokens;

        // An acronym defined in brackets right after the name: "Peoples Democratic Party (PDP)".
        if (piece.End + 2 < tokens.Count && tokens[piece.End].Is("(") && tokens[piece.End + 1].IsAllCaps && tokens[piece.End + 2].Is(")"))
        {
            piece.Acronym = tokens[piece.End + 1].Text;
        }

        _pieces.Add(piece);
    }
}
