using System;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>The hand-written typing rules: head words, titles, appositions, prepositions of place, clubs and teams. Their verdict and weight are one vote beside the kind model, and one of its features.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// The kind of a name of two to six plain words with no evidence at all. Person measured better
    /// than Organization on both the dev set (0.918 vs 0.906 typed F1) and GUM (0.609 vs 0.595).
    /// </summary>
    private const EntityKind DefaultLongKind = EntityKind.Person;

    /// <summary>The kind of an unknown piece and how sure the evidence is (3 strong, 1 weak), or null when it is no name at all.</summary>
    private (EntityKind? Kind, int Weight) Classify(Piece piece)
    {
        const int Strong = 3, Medium = 2, Weak = 1;
        var tokens = piece.Unit.Tokens;
        var first = piece.First;
        var last = piece.Last;

        // "(D-N.C.)", "(R-Texas)": a party and a state after a politician's name.
        if (piece.Start > 0 && tokens[piece.Start - 1].Is("(") && first.Text.Length >= 3 && first.Text[0] is 'D' or 'R' or 'I' && first.Text[1] == '-')
        {
            return (null, 0);
        }

        if (piece.Length == 1 && (IsCommon(first.Word) || first.Word.Is(WordFact.CalendarWord) || first.Word.Is(WordFact.PersonTitle) || (first.Word.Is(WordFact.DemonymOrGroup) && !IsClubInSportsCopy(piece)) || first.Word.Is(WordFact.AdjectiveLike) || first.Text.Length == 1 || IsContraction(first.Text) || Lexicon.CommonAcronyms.Contains(first.Text) || Lexicon.WireLabels.Contains(first.Text) || IsRomanNumeral(first.Text) || IsCurrencyPrefix(tokens, piece.Start)))
        {
            return (null, 0);
        }

        if (piece.Length == 1 && WordShape.HasDigit(first.Text))
        {
            // "M23", "B3", "G7": codes of groups, companies and exchanges.
            return (EntityKind.Organization, Medium);
        }

        if (piece.Length == 1 && first.Word.Is(WordFact.OrganizationWord))
        {
            // "Congress", "Parliament" on their own.
            return (EntityKind.Organization, Medium);
        }

        if (_gazetteer is not null && _gazetteer.IsSuppressed(piece.Surface))
        {
            return (null, 0);
        }

        if ((ResultLineKind(piece) ?? ResultEntrantKind(piece) ?? (IsClubOfPlayer(piece) || IsAgencyName(piece) ? EntityKind.Organization : null)) is { } resultKind)
        {
            return (resultKind, Strong);
        }

        if (piece.Length > 1)
        {
            // "Ariane 6", "Windows 11": a model or edition.
            if (last.Kind == TokenKind.Number || last.Word.Is(WordFact.OtherWord) || HasAwardWord(tokens, piece.Start, piece.End - 1))
            {
                return (EntityKind.Other, Strong);
            }

            // "West Germany", "East Java": a direction and a known place.
            if (Lexicon.CompassWords.Contains(first.Text) && _knowledge.Find(Join(tokens, piece.Start + 1, piece.End)) is { Kind: EntityKind.Location })
            {
                return (EntityKind.Location, Strong);
            }

            if (first.Text is "Operation" or "Project")
            {
                return (EntityKind.Other, Strong);
            }

            // "Manchester City", "Blackburn Rovers", "Real Madrid": a place's name with a club word is a club.
            if ((last.Word.Is(WordFact.ClubWord) && _knowledge.Find(Join(tokens, piece.Start, piece.End - 1))?.Kind == EntityKind.Location)
                || (first.Word.Is(WordFact.ClubWord) && _knowledge.Find(Join(tokens, piece.Start + 1, piece.End))?.Kind == EntityKind.Location))
            {
                return (EntityKind.Organization, Strong);
            }

            if (last.Word.Is(WordFact.LocationWord) || IsPrefixedPlace(tokens, piece.Start, piece.End) || IsFacility(tokens, piece.Start, piece.End))
            {
                return (EntityKind.Location, Strong);
            }

            for (var k = piece.Start; k < piece.End; k++)
            {
                if (Lexicon.OrganizationWords.Contains(tokens[k].Text) || (Lexicon.OrganizationHeads.Contains(tokens[k].Text) && k < piece.End - 1))
                {
                    return (EntityKind.Organization, Strong);
                }
            }

            // "Indiana Pacers", "Golden State Warriors", "Toronto Blue Jays": a place and a plural are a team.
            if (IsTeamName(tokens, piece.Start, piece.End))
            {
                return (EntityKind.Organization, Strong);
            }
        }

        if (piece.Roles is not null)
        {
            return (EntityKind.Person, Strong);
        }

        // "“REYES: Will the plan pass?”": a name in capitals between an opening quotation mark and a colon is a
        // transcript's speaker label (the kind model, trained on prose, has no such example and may drop it).
        if (piece.Start > 0 && piece.End < tokens.Count && tokens[piece.End].Is(":") && tokens[piece.Start - 1].Text is "\"" or "“" && tokens[piece.Start].IsAllCaps)
        {
            return (EntityKind.Person, Strong);
        }

        var previous = piece.Start > 0 ? tokens[piece.Start - 1] : default;
        var beforePrevious = piece.Start > 1 ? tokens[piece.Start - 2] : default;
        var previousLower = previous.Text is null ? string.Empty : previous.Word.Lower;

        if (previous.Text is not null && previous.IsWord && !previous.IsCapitalized)
        {
            if (_knowledge.IsTitle(previousLower) || Lexicon.PersonAnaphors.Contains(previousLower))
            {
                return (EntityKind.Person, Strong);
            }

            if (Lexicon.OrganizationNouns.Contains(previousLower) && !IsPlaceNounAfter(tokens, piece.Start, piece.End))
            {
                return (EntityKind.Organization, Strong);
            }

            if (previousLower == "of" && beforePrevious.Text is not null && Lexicon.PlaceNouns.Contains(beforePrevious.Text))
            {
                return (EntityKind.Location, Strong);
            }
        }

        if (IsPlaceNounAfter(tokens, piece.Start, piece.End))
        {
            return (EntityKind.Location, Strong);
        }

        // "the Clinton administration": a leader's name before the government it heads.
        if (piece.Length == 1 && piece.End < tokens.Count && tokens[piece.End].Text is "administration" or "presidency")
        {
            return (EntityKind.Person, Strong);
        }

        // "Chelsea manager Ruud Gullit", "a move to Sampdoria": a club by its staff or its name.
        if (piece.Length == 1 && (first.Word.Is(WordFact.ClubWord)
            || (piece.End < tokens.Count && tokens[piece.End].IsWord && Lexicon.ClubStaff.Contains(tokens[piece.End].Text))))
        {
            return (EntityKind.Organization, Strong);
        }

        // "PSV Eindhoven 3 Ajax Amsterdam 1": in a match report a name ending in a known city is a club.
        if (piece.Length >= 2 && (piece.Unit.HasScore || piece.Unit.IsTableLine) && last.Word.Known is { Kind: EntityKind.Location, IsCountry: false })
        {
            return (EntityKind.Organization, Strong);
        }

        // "Mr. Obama", "Mrs King", "Sen. Warren": a personal title makes a person of whatever follows.
        if (AfterPersonalTitle(tokens, piece.Start))
        {
            return (EntityKind.Person, Strong);
        }

        // "G.K. Butterfield": initials written as one word, then a surname.
        if (piece.Length == 2 && IsInitials(first.Text) && last.IsCapitalized && !last.Word.Is(WordFact.OrganizationWord) && last.Word.Known is null)
        {
            return (EntityKind.Person, Strong);
        }

        // "N. Hussain", "J. Smith": an initial and a surname.
        if (piece.Length == 3 && first.Text.Length == 1 && char.IsUpper(first.Text[0]) && tokens[piece.Start + 1].Is(".") && last.IsCapitalized && !last.Word.Is(WordFact.OrganizationWord))
        {
            return (EntityKind.Person, Strong);
        }

        // "Deutsche Telekom, which ...": "which" follows things, "who" people.
        if (piece.End + 1 < tokens.Count && tokens[piece.End].Is(",") && tokens[piece.End + 1].Text is "which")
        {
            return (EntityKind.Organization, Medium);
        }

        if (piece.End < tokens.Count && tokens[piece.End].IsWord
            && (Lexicon.MediaNouns.Contains(tokens[piece.End].Text)
                || (tokens[piece.End].Text is "news" && piece.End + 1 < tokens.Count && Lexicon.NewsNouns.Contains(tokens[piece.End + 1].Text))))
        {
            // "France Info radio", "the Yiaga group".
            return (EntityKind.Organization, Strong);
        }

        if (AppositionKind(piece) is { } described)
        {
            // "IndiGo, the country’s largest airline, ...".
            return (described, Strong);
        }

        if (piece.End + 1 < tokens.Count && tokens[piece.End].Is(",") && tokens[piece.End + 1].IsWord && Lexicon.PersonAnaphors.Contains(tokens[piece.End + 1].Text))
        {
            return (EntityKind.Person, Strong);
        }

        if (IsDatelinePlace(piece))
        {
            // A dateline: "SIALKOT, Pakistan", "LONDON 1996-08-30", "AL-AIN , United Arab Emirates 1996-12-06".
            return (EntityKind.Location, Strong);
        }

        if (piece.Length == 1 && first.IsAllCaps)
        {
            // "in SIALKOT": a place written in capitals; otherwise capitals are an acronym's.
            return first.Text.Length >= 5 && piece.Start > 0 && tokens[piece.Start - 1].IsWord && Lexicon.LocationPrepositions.Contains(tokens[piece.Start - 1].Text)
                ? (EntityKind.Location, Strong)
                : (EntityKind.Organization, IsAcronymInProse(piece) ? Strong : Medium);
        }

        var givenName = first.Word.GivenName != '\0';
        var afterPreposition = previous.Text is not null && Lexicon.LocationPrepositions.Contains(previousLower);
        var speaks = piece.End < tokens.Count && tokens[piece.End].IsWord && tokens[piece.End].Word.Is(WordFact.CoreReportingVerb);
        if (piece.Length >= 2 && piece.Length <= 6 && AllNameLike(piece))
        {
            if (givenName || (first.Word.Is(WordFact.SurnameFirst) && piece.Length == 2) || _loneWords.Contains(last.Word))
            {
                // A known given name, or the surname used on its own elsewhere ("Sato, who ran ...").
                return (EntityKind.Person, Medium);
            }

            if (speaks)
            {
                return (EntityKind.Person, Medium);
            }

            if (previousLower is "the")
            {
                return (EntityKind.Organization, Weak);
            }

            if (previousLower is "and" or "or" or "," && IsLocationBefore(piece))
            {
                return (EntityKind.Location, Medium);
            }

            return afterPreposition ? (EntityKind.Location, Weak) : (DefaultLongKind, Weak);
        }

        if (piece.Length >= 2)
        {
            var lastKnown = last.Word.Known;
            return (afterPreposition || lastKnown?.Kind == EntityKind.Location ? EntityKind.Location : EntityKind.Organization, Weak);
        }

        if (IsTeamInResults(piece))
        {
            return (EntityKind.Organization, Medium);
        }

        // "Bundesbank", "Rabobank", "Bundestag": a bank or a parliament by its ending.
        if (first.Text.EndsWith("bank", StringComparison.Ordinal) || first.Text.EndsWith("tag", StringComparison.Ordinal))
        {
            return (EntityKind.Organization, Medium);
        }

        // "Aeroflot", "Gazprom", "Petrobras", "Telekom": a company of wire business copy by its ending.
        if (first.Text.Length > 4 && EndsInCompanyWord(first.Text))
        {
            return (EntityKind.Organization, Medium);
        }

        // "SpaceX", "IndiGo", "eBay": brand-style capitals inside a word.
        if (WordShape.IsCamelCase(first.Text))
        {
            return (EntityKind.Organization, Medium);
        }

        // One unknown word: a surname would have matched a full name by now, so one that speaks is an organisation.
        if (speaks)
        {
            return (EntityKind.Organization, Medium);
        }

        if (afterPreposition || (previousLower is "and" or "or" && IsLocationBefore(piece)))
        {
            return (EntityKind.Location, Medium);
        }

        return (givenName && previousLower != "the" ? EntityKind.Person : EntityKind.Location, Weak);
    }

    /// <summary>The kind an apposition gives a name: "X, the country’s largest airline," → organisation.</summary>
    private static EntityKind? AppositionKind(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.End + 1 >= tokens.Count || !tokens[piece.End].Is(",") || tokens[piece.End + 1].Text is not ("the" or "a" or "an"))
        {
            return null;
        }

        for (var k = piece.End + 2; k < tokens.Count && k <= piece.End + 9; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || word is "of" or "for" or "at" or "in" or "by" or "which" or "who")
            {
                break;
            }

            // The head noun is the last before "of"/punctuation; check each in turn and keep the last.
            if (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Text is not ("of" or "for" or "at" or "in" or "by" or "which" or "who") && !tokens[k + 1].IsCapitalized)
            {
                continue;
            }

            if (Lexicon.PlaceNouns.Contains(word))
            {
                return EntityKind.Location;
            }

            if (Lexicon.OrganizationNouns.Contains(word) || Lexicon.OrganizationAnaphors.Contains(word))
            {
                return EntityKind.Organization;
            }

            if (Lexicon.PersonAnaphors.Contains(word))
            {
                return EntityKind.Person;
            }

            break;
        }

        return null;
    }

    /// <summary>"Punjab, Haryana and Uttar Pradesh" after "over": a list whose members are places.</summary>
    private bool IsLocationBefore(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start - 1; k >= 0 && k >= piece.Start - 12; k--)
        {
            var token = tokens[k];
            if (token.IsCapitalized)
            {
                if (token.Word.Known?.Kind == EntityKind.Location)
                {
                    return true;
                }

                continue;
            }

            if (token.Is(",") || token.Text is "and" or "or")
            {
                continue;
            }

            return token.IsWord && Lexicon.LocationPrepositions.Contains(token.Text);
        }

        return false;
    }

    private bool AllNameLike(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start; k < piece.End; k++)
        {
            var text = tokens[k].Text;
            if (Lexicon.NameConnectors.Contains(text) && k > piece.Start && k < piece.End - 1 && text is not ("of" or "for" or "the" or "and" or "in" or "&"))
            {
                continue;
            }

            if (!tokens[k].IsCapitalized || tokens[k].IsAllCaps || WordShape.HasDigit(text) || IsCommon(tokens[k].Word) || tokens[k].Word.Is(WordFact.DemonymOrGroup))
            {
                return false;
            }

            // "Space Shuttle", "Social Science": words the article also uses in lower case are not a person's name.
            if (_lowerWords.Contains(tokens[k].Word.Folded) && _knowledge.GivenName(text) == '\0')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "an official of ADPL said", "the rebel KNU": an acronym of letters in a sentence written in lower case, neither an
    /// English word ("AIDS") nor a common abbreviation ("GMT", "CEO"), names an organisation. The model alone drops these:
    /// it learned where the common acronyms are known names, so the unknown ones it saw were mostly "KO" and "CD". Not before
    /// an index or a prize ("the SMI index": Other, OtherNames).
    /// </summary>
    private static bool IsAcronymInProse(Piece piece)
    {
        var word = piece.First;
        return !piece.Unit.UnreliableCase && !piece.Unit.IsTableLine && IsAcronymCandidate(word.Text) && word.Text.Length <= 7
            && !word.Word.Is(WordFact.DictionaryWord) && !(piece.End < piece.Unit.Tokens.Count && Lexicon.EventNounsAfter.Contains(piece.Unit.Tokens[piece.End].Text));
    }
}
