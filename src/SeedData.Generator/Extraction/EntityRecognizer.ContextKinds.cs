using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Kind evidence the typing rules (<c>KindRules</c>) leave out: head words of organisations and places
/// they do not list ("Instituto Gonzaga", "Hancock Pond"), and the words around a name that tell a
/// company, a club or a band ("shares of X", "coach of X", "the band X"), a person ("X, 45,", "X’s wife")
/// or a place ("the outskirts of X"). It only speaks where the rules are unsure, and like them it is
/// one vote beside the kind model and one of its features.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>The rules' verdict, or this evidence where it is surer than the rules.</summary>
    private (EntityKind Kind, int Weight) Reconsider(Piece piece, EntityKind kind, int weight)
    {
        const int Strong = 3;

        // "Veldhaven NV", "Ford Motor Co", "U.S. Treasury", "the Bourse": a legal form or a market's or treasury's
        // body closing the name outweighs a given name ("Ford") or initials ("U.S.") inside it.
        if (Lexicon.ClosesOrganization(piece.Last.Text) && (piece.Length > 1 || Lexicon.MarketAndTreasuryBodies.Contains(piece.Last.Text)))
        {
            return (EntityKind.Organization, Strong);
        }

        // "a Marks and Spencer spokeswoman" when the article also writes "Marks and Spencer Plc".
        if (HasCompanyAnd(piece))
        {
            return (EntityKind.Organization, Strong);
        }

        if (weight >= Strong)
        {
            return (kind, weight);
        }

        if (HeadWordKind(piece) is { } head)
        {
            return (head, Strong);
        }

        // A cue is surer than the defaults of the same weight ("a stake in X" is no place).
        if (ContextCueKind(piece) is { } cue)
        {
            return cue.Weight >= weight ? cue : (kind, weight);
        }

        return ListKind(piece) is { } listed && listed.Weight >= weight ? listed : (kind, weight);
    }

    /// <summary>Whether an "and" inside the name is one the article writes inside a company's name with its legal form.</summary>
    private bool HasCompanyAnd(Piece piece)
    {
        for (var k = piece.Start + 1; k < piece.End - 1; k++)
        {
            if (piece.Unit.Tokens[k].Is("and") && IsCompanyAnd(piece.Unit.Tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A head word of another language's organisation anywhere in the name ("Partido Democrata-Cristã de
    /// Timor"), or a place's last or first word ("Hancock Pond", "River Mersey"; not after a given name when
    /// it is a given name and a family name: "Rodney Marsh").
    /// </summary>
    private static EntityKind? HeadWordKind(Piece piece)
    {
        if (piece.Length < 2)
        {
            return null;
        }

        var tokens = piece.Unit.Tokens;
        for (var k = piece.Start; k < piece.End; k++)
        {
            if (Lexicon.ForeignOrganizationHeads.Contains(tokens[k].Text))
            {
                return EntityKind.Organization;
            }
        }

        // "-- London Newsroom +44 171 542 7658": the desk that signs a wire story; "Credit Lyonnais"; "the Christian Democrats".
        if (Lexicon.NewsDeskWords.Contains(piece.Last.Text) || (piece.Length == 2 && Lexicon.PartyPlurals.Contains(piece.Last.Text))
            || (Lexicon.CompanyOpeners.Contains(piece.First.Text) && !tokens[piece.Start + 1].Word.Is(WordFact.DictionaryWord)))
        {
            return EntityKind.Organization;
        }

        var personal = piece.First.Word.GivenName != '\0' && piece.Last.Word.Is(WordFact.Surname);
        return !personal && (Lexicon.MoreLocationWords.Contains(piece.Last.Text) || Lexicon.MoreLocationPrefixes.Contains(piece.First.Text))
            ? EntityKind.Location
            : null;
    }

    /// <summary>What the words right before and after the name say of its kind, and how sure they are.</summary>
    private static (EntityKind Kind, int Weight)? ContextCueKind(Piece piece)
    {
        const int Strong = 3, Medium = 2;
        var tokens = piece.Unit.Tokens;
        var previous = Text(tokens, piece.Start - 1);
        var beforePrevious = Text(tokens, piece.Start - 2);
        var next = Text(tokens, piece.End);
        var afterNext = Text(tokens, piece.End + 1);
        var possessive = next is "’s" or "'s";

        // "Ana Silva, 45, said" / "Ana Silva (born 3 May 1950)": an age or a birth.
        if ((next == "," && IsAge(tokens, piece.End + 1) && !piece.Unit.IsTableLine && !piece.Unit.HasScore)
            || (next == "(" && afterNext is "born" or "née" or "nee"))
        {
            return (EntityKind.Person, Strong);
        }

        if (IsAgreementName(piece))
        {
            return (EntityKind.Other, Strong);
        }

        // "the band Deadsy", "the supermarket chain Safeway".
        if (previous is not null && Lexicon.MoreOrganizationNouns.Contains(previous))
        {
            return (EntityKind.Organization, Strong);
        }

        if ((possessive && afterNext is not null && Lexicon.PersonPossessions.Contains(afterNext))
            || (next == "," && afterNext == "who")
            || next == "died" || (next == "was" && afterNext == "born"))
        {
            return (EntityKind.Person, Medium);
        }

        // "shares of X", "a stake in X", "acquired X", "X shares", "X’s guitarist": only a company or a band.
        if ((previous is "of" or "in" && beforePrevious is "shares" or "Shares" or "stake" or "stakes")
            || (previous is not null && Lexicon.OrganizationObjectVerbs.Contains(previous))
            || (next is not null && (Lexicon.OrganizationPossessions.Contains(next) || Lexicon.PartyNouns.Contains(next)))
            || (possessive && afterNext is not null && Lexicon.OrganizationPossessions.Contains(afterNext)))
        {
            return (EntityKind.Organization, Strong);
        }

        // "Deutsche Telekom fell 2 percent": a company's share.
        if (MovesInPrice(piece))
        {
            return (EntityKind.Organization, Strong);
        }

        // "coach of X", "employees at X", "played for X": most often a club or a company.
        if ((previous is "of" or "for" or "at" && beforePrevious is not null && Lexicon.OrganizationOfNouns.Contains(beforePrevious))
            || (previous == "for" && beforePrevious is "played" or "playing" or "plays" or "signed" or "signs" or "signing"))
        {
            return (EntityKind.Organization, Medium);
        }

        // "a Petrobras spokesman", "Ostwerk chief executive X": a company's or a body's people after its name.
        // Not after a given name and a surname ("Bob Darrow chief of staff").
        if (next is not null && Lexicon.OrganizationStaff.Contains(next) && !(piece.Length > 1 && piece.First.Word.GivenName != '\0'))
        {
            return (EntityKind.Organization, Strong);
        }

        // "the outskirts of X", "the mayor of X", "north of X".
        return previous == "of" && beforePrevious is not null && Lexicon.PlaceOfNouns.Contains(beforePrevious) ? (EntityKind.Location, Medium) : null;
    }

    /// <summary>
    /// "Deutsche Telekom fell 2 percent", "Kellmark Steel gained 5 pence to 310", "Lanfong Land rose 1.25 to HK$ 69.75": a
    /// verb of a price's move right after the name and, within the next three words, a number with a price's unit or
    /// a number and the new price after "to"; not after a given name ("Tom Varga rose").
    /// </summary>
    private static bool MovesInPrice(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        if (piece.End + 2 >= tokens.Count || !Lexicon.PriceMoveVerbs.Contains(tokens[piece.End].Text) || piece.First.Word.GivenName != '\0')
        {
            return false;
        }

        for (var k = piece.End + 1; k + 1 < tokens.Count && k <= piece.End + 3; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && (Lexicon.PriceUnits.Contains(tokens[k + 1].Text) || (tokens[k + 1].Is("to") && IsNewPrice(tokens, k + 2))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the Maastricht treaty", "the Dayton accords", "Brady bonds": the agreement's name, not the place or the person (known places too).</summary>
    private static bool IsAgreementName(Piece piece) =>
        piece.End < piece.Unit.Tokens.Count && piece.Unit.Tokens[piece.End].IsWord && Lexicon.AgreementNouns.Contains(piece.Unit.Tokens[piece.End].Text);

    /// <summary>"310", "HK$ 69.75", "$ 41": a price after "to", its currency written before it or not.</summary>
    private static bool IsNewPrice(List<Token> tokens, int start)
    {
        var k = start;
        while (k < tokens.Count && k < start + 2 && tokens[k].Kind != TokenKind.Number && (tokens[k].Is("$") || IsCurrencyPrefix(tokens, k)))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Kind == TokenKind.Number;
    }

    /// <summary>"Aeroflot", "Petrobras", "Kellmark Telekom": whether a word ends in a company word of <see cref="Lexicon.CompanyWordEndings"/>.</summary>
    private static bool EndsInCompanyWord(string word)
    {
        foreach (var ending in Lexicon.CompanyWordEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"45," or "45)": a whole number a person's age can be, closed by a comma or a bracket.</summary>
    private static bool IsAge(List<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count || tokens[index].Kind != TokenKind.Number || tokens[index + 1].Text is not ("," or ")"))
        {
            return false;
        }

        var text = tokens[index].Text;
        return text.Length <= 3 && int.TryParse(text, out var age) && age is > 0 and < 120;
    }

    /// <summary>The token's text, or null outside the unit.</summary>
    private static string? Text(List<Token> tokens, int index) => index >= 0 && index < tokens.Count ? tokens[index].Text : null;

    /// <summary>
    /// The kind of a list the name is in: the plural noun that introduces or closes it ("companies like X,
    /// Y", "X, Y and other bands"), else the one kind its known members share ("Sweden, Norway and X").
    /// </summary>
    private static (EntityKind Kind, int Weight)? ListKind(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        EntityKind? members = null;
        var mixed = false;
        var joined = false;
        int Walk(int from, int step)
        {
            var k = from;
            for (; k >= 0 && k < tokens.Count && k != from + (15 * step); k += step)
            {
                var token = tokens[k];
                if (token.Text is "," or "and" or "or")
                {
                    joined |= token.Text != ",";
                }
                else if (token.IsCapitalized)
                {
                    if (token.Word.Known is { Kind: not EntityKind.Other } known)
                    {
                        mixed |= members is not null && members != known.Kind;
                        members = known.Kind;
                    }
                }
                else if (token.Text is not ("of" or "the" or "de"))
                {
                    break;
                }
            }

            return k;
        }

        var before = Walk(piece.Start - 1, -1);
        var after = Walk(piece.End, 1);
        var noun = before >= 1 && tokens[before].Text is "like" or "including" ? Text(tokens, before - 1)
            : before >= 2 && tokens[before].Text == "as" && tokens[before - 1].Text == "such" ? Text(tokens, before - 2)
            : after > piece.End && Text(tokens, after) == "other" ? Text(tokens, after + 1)
            : after > piece.End && Text(tokens, after + 1) == "other" ? Text(tokens, after + 2)
            : null;
        if (noun is not null && Lexicon.ListNouns.TryGetValue(noun, out var named))
        {
            return (named, 3);
        }

        return joined && !mixed && members is { } shared ? (shared, 2) : null;
    }

    /// <summary>
    /// "“…,” Blinken said": one unknown word that speaks is a person whose full name may be in another article,
    /// or an organisation (the rules' verdict), never a place: it gets a person's vote beside the rules' own.
    /// </summary>
    /// <remarks>Not after "of": in "President Lamberto Oduya of Kellmark told reporters" the person speaks, and the word is where he is from.</remarks>
    private static bool IsLoneSpeaker(Piece piece, EntityKind kind) =>
        piece.Length == 1 && kind == EntityKind.Organization && !(piece.Start > 0 && piece.Unit.Tokens[piece.Start - 1].Is("of"))
        && piece.End < piece.Unit.Tokens.Count && piece.Unit.Tokens[piece.End].IsWord && piece.Unit.Tokens[piece.End].Word.Is(WordFact.CoreReportingVerb);

    /// <summary>
    /// "Kogi state", "Kibumba camp", "the Rutshuru valley", "Lumara refugee camp": a lower-case place noun right after the
    /// name (<c>Lexicon.PlaceNouns</c>, <c>Lexicon.PlaceNounsAfter</c>, a camp's kind before "camp"). Not "the Dole camp": before
    /// "camp" a surname or a given name is a candidate's campaign.
    /// </summary>
    private static bool IsPlaceNounAfter(List<Token> tokens, int start, int end)
    {
        if (end >= tokens.Count || !tokens[end].IsWord || tokens[end].IsCapitalized)
        {
            return false;
        }

        var noun = tokens[end].Text;
        if (Lexicon.CampKinds.Contains(noun) && end + 1 < tokens.Count && tokens[end + 1].Text is "camp" or "camps")
        {
            noun = tokens[end + 1].Text;
        }

        if (noun is "camp" or "camps")
        {
            var last = tokens[end - 1];
            return end - start == 1 && !last.Word.Is(WordFact.Surname) && last.Word.GivenName == '\0' && last.Word.Known is null;
        }

        return Lexicon.PlaceNouns.Contains(noun) || Lexicon.PlaceNounsAfter.Contains(noun);
    }
}
