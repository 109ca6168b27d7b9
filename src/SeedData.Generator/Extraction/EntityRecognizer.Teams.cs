using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Teams named by a place in sports copy: a known city that is a club's short form ("Newcastle" beside Newcastle United),
/// or a team in one mention and so in all ("Derbyshire seamer …", "… against Derbyshire"); a national side stays a place.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>"Fiji lost 34-10 to Scotland": a country, or a home nation that fields its own side, stays a place as a team.</summary>
    private static bool IsNationalSide(KnownEntity known) => known.IsCountry || Lexicon.HomeNations.Contains(known.Name);

    /// <summary>The heads of the article's club names, case folded, each with its club's pieces: "Newcastle" of Newcastle United, "Zaragoza" of Real Zaragoza.</summary>
    private Dictionary<string, List<Piece>>? FindClubHeads()
    {
        Dictionary<string, List<Piece>>? heads = null;
        foreach (var piece in _pieces)
        {
            if (piece.Length < 2 || piece.Unit.UnreliableCase)
            {
                continue;
            }

            var tokens = piece.Unit.Tokens;
            var head = piece.Last.Word.Is(WordFact.ClubWord) ? Join(tokens, piece.Start, piece.End - 1)
                : piece.First.Word.Is(WordFact.ClubWord) ? Join(tokens, piece.Start + 1, piece.End)
                : null;
            if (head is null)
            {
                continue;
            }

            heads ??= new Dictionary<string, List<Piece>>(StringComparer.OrdinalIgnoreCase);
            if (!heads.TryGetValue(head, out var clubs))
            {
                heads.Add(head, clubs = new List<Piece>(1));
            }

            clubs.Add(piece);
        }

        return heads;
    }

    /// <summary>
    /// Whether a known city in sports copy waits for the kind of a club the article names after it ("Newcastle" beside
    /// "Newcastle United", "NEWCASTLE" in the headline); not a country, not the dateline's place, not "in Newcastle".
    /// </summary>
    private bool IsClubHead(Piece piece, KnownEntity known, Dictionary<string, List<Piece>>? heads) =>
        heads is not null && heads.ContainsKey(piece.Surface) && MayBeTeam(piece, known);

    /// <summary>A known city or region in sports copy that may be a team: not a country or a home nation, not the dateline's place, not "in Leeds".</summary>
    private bool MayBeTeam(Piece piece, KnownEntity known)
    {
        var tokens = piece.Unit.Tokens;
        return known.Kind == EntityKind.Location && !IsNationalSide(known) && IsSportsCopy && !IsDatelinePlace(piece) && _gazetteer?.Find(piece.Surface) is null
            && !(piece.Start > 0 && tokens[piece.Start - 1].IsWord && Lexicon.PlaceOnlyPrepositions.Contains(tokens[piece.Start - 1].Word.Lower));
    }

    /// <summary>"Derbyshire seamer Owen Pask", "Colorado goaltender": a team's player or staff right after a known place's name in sports copy.</summary>
    private bool IsTeamByStaff(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        return piece.End < tokens.Count && tokens[piece.End].IsWord && IsSportsCopy
            && (Lexicon.ClubStaff.Contains(tokens[piece.End].Text) || Lexicon.TeamPlayers.Contains(tokens[piece.End].Text));
    }

    /// <summary>The teams named by a known place, by their spelling case folded, so that the place's other mentions in sports copy can join them.</summary>
    private Dictionary<string, ArticleEntity>? _teams;

    /// <summary>
    /// Attaches a known place's mention as a team. The team's entity is kept under a key of its own, so that it never
    /// takes the place's entity of the same name ("MILAN 1996-10-20" and "Milan coach Oscar Tabarez"): both are named.
    /// </summary>
    private void AttachTeam(Piece piece)
    {
        var key = "team\u0001" + piece.Surface;
        if (!_entities.TryGetValue(key, out var team))
        {
            _entities.Add(key, team = new ArticleEntity(piece.Surface, EntityKind.Organization, null, _entities.Count));
        }

        team = team.Root;
        Attach(piece, team);
        _teams ??= new Dictionary<string, ArticleEntity>(StringComparer.OrdinalIgnoreCase);
        if (!_teams.ContainsKey(piece.Surface) && team.Kind == EntityKind.Organization)
        {
            _teams.Add(piece.Surface, team);
        }
    }

    /// <summary>A team of a known place's name or of a capitals row ("NEW YORK 11 6"): it keeps its kind beside the dateline's city.</summary>
    private bool IsTeam(ArticleEntity entity) => _teams is not null && _teams.TryGetValue(entity.Name, out var team) && team.Root == entity;

    /// <summary>
    /// The mentions held back by <see cref="IsClubHead"/> and <see cref="MayBeTeam"/>, once the longer names have their
    /// kinds: where the names with that head are one club, an organisation, the mention is the club's short form; where
    /// another mention of the same name is a team ("Derbyshire seamer …", "… against Derbyshire"), it is that team (one
    /// name, one kind); else it is the place.
    /// </summary>
    private void AttachClubHeads(List<Piece> waiting, Dictionary<string, List<Piece>>? heads)
    {
        var rest = new List<Piece>();
        foreach (var piece in waiting)
        {
            if (OnlyClub(piece, heads) is { } club)
            {
                Attach(piece, club);
            }
            else if (IsTeamByOwnCue(piece, piece.Known!))
            {
                // "Milan coach …" beside both AC Milan and Inter Milan: no one club's short form, but a team.
                AttachTeam(piece);
            }
            else
            {
                rest.Add(piece);
            }
        }

        foreach (var piece in rest)
        {
            Attach(piece, _teams is not null && _teams.TryGetValue(piece.Surface, out var team) ? team.Root : Entity(piece.Known!.Name, piece.Known.Kind, piece.Known));
        }
    }

    /// <summary>The one club, an organisation, whose names the article writes with this head ("Newcastle" of Newcastle United), or null.</summary>
    private static ArticleEntity? OnlyClub(Piece piece, Dictionary<string, List<Piece>>? heads)
    {
        ArticleEntity? club = null;
        if (heads is null || !heads.TryGetValue(piece.Surface, out var names))
        {
            return null;
        }

        foreach (var name in names)
        {
            if (name.Entity?.Root is not { Kind: EntityKind.Organization } root || (club is not null && club != root))
            {
                return null;
            }

            club = root;
        }

        return club;
    }

    /// <summary>A known place that is a team by the words around this mention: a row, a fixture, a match report, a player's position after it.</summary>
    private bool IsTeamByOwnCue(Piece piece, KnownEntity known) =>
        IsTeamInTable(piece, known) || IsTeamInMatchReport(piece, known)
        || (known.Kind == EntityKind.Location && !IsNationalSide(known) && (IsTeamBySide(piece) || IsTeamByStaff(piece) || (IsSideOfMatch(piece) && MayBeTeam(piece, known))))
        || IsTeamByClubCue(piece, known);

    /// <summary>
    /// A known city or region in sports copy with a club's cue after it is the club: ", who" and a result ("Barcelona ,
    /// who beat Valencia 3-0", "Valencia , who lost"), ", the" and a team's noun ("Barcelona , the leaders ,"), a verb
    /// of a match ("Sunderland played", "Groningen equalised"), or the plural verb British copy gives a team ("Somerset
    /// have signed"; not after "and": "Paris and Lyon are"), or a match verb's object before it ("travel to Adelaide to
    /// play South Australia", "meet Western Australia"). The place's own uses stay ("in Barcelona", the dateline,
    /// "Valencia , Spain").
    /// </summary>
    private bool IsTeamByClubCue(Piece piece, KnownEntity known)
    {
        var tokens = piece.Unit.Tokens;
        var end = piece.End;
        if (end >= tokens.Count || !MayBeTeam(piece, known))
        {
            return false;
        }

        if (piece.Start > 0 && tokens[piece.Start - 1].IsWord && Lexicon.TeamObjectVerbs.Contains(tokens[piece.Start - 1].Text))
        {
            return true;
        }

        var next = tokens[end];
        if (next.IsWord)
        {
            return Lexicon.ResultVerbs.Contains(next.Text)
                || (Lexicon.TeamPluralVerbs.Contains(next.Text) && !piece.Last.Text.EndsWith("s", StringComparison.Ordinal)
                    && !(piece.Start > 0 && tokens[piece.Start - 1].Text is "and" or "or"));
        }

        if (!next.Is(",") || end + 2 >= tokens.Count)
        {
            return false;
        }

        if (tokens[end + 1].Text == "the")
        {
            return Lexicon.TeamNouns.Contains(tokens[end + 2].Text);
        }

        for (var k = end + 2; k < tokens.Count && k <= end + 4 && tokens[end + 1].Text == "who"; k++)
        {
            if (tokens[k].IsWord && (tokens[k].Word.Is(WordFact.MatchWord) || Lexicon.ResultVerbs.Contains(tokens[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The heads of the club names among an organisation's words, as its short forms: "Kellford" of Kellford United, "Kellburg"
    /// of Dynamo Kellburg, and in sports copy the words before the known city that closes a club's name ("NAC" of NAC Breda,
    /// "Hansa" of Hansa Rostock), unless they are English words only ("Radio" of Radio Moscow).
    /// </summary>
    private string? ClubShortForm(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        var last = words.Length - 1;
        if (Lexicon.ClubWords.Contains(words[last]))
        {
            return string.Join(" ", words, 0, last);
        }

        if (Lexicon.ClubWords.Contains(words[0]))
        {
            return string.Join(" ", words, 1, last);
        }

        if (!IsSportsCopy || _knowledge.Find(words[last]) is not { Kind: EntityKind.Location, IsCountry: false })
        {
            return null;
        }

        for (var k = 0; k < last; k++)
        {
            if (!_knowledge.IsDictionaryWord(words[k]) && !Lexicon.IsOrganizationWord(words[k]))
            {
                return string.Join(" ", words, 0, last);
            }
        }

        return null;
    }

    /// <summary>
    /// "In Portugal Benfica beat Maritimo", "In Germany Bayern Munich lost": a known place that the rest of the run, a known
    /// organisation, follows is two names (wire copy writes the country before the club without a comma), where the
    /// organisation has no head word of a state's body ("U.S. Congress", "Kenya Commercial Bank" are left to the other rules).
    /// Returns the organisation, or null.
    /// </summary>
    private KnownEntity? PlaceBeforeOrganization(List<Token> tokens, int start, int end, (int Length, KnownEntity? Known) place)
    {
        if (place.Known is not { Kind: EntityKind.Location } || place.Length == 0 || start + place.Length >= end)
        {
            return null;
        }

        var rest = start + place.Length;
        var body = Find(tokens, rest, end);
        if (body.Length != end - rest || body.Known is not { Kind: EntityKind.Organization })
        {
            return null;
        }

        for (var k = rest; k < end; k++)
        {
            if (tokens[k].Word.Is(WordFact.OrganizationWord))
            {
                return null;
            }
        }

        return body.Known;
    }
}
