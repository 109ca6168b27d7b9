using System.Linq;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Clubs and venues in wire sports copy by the words around them (<c>EntityRecognizer.Teams</c>, <c>.Sports</c>,
/// <c>.Tables</c>): a known place with a club's cue is the club, a standings row in capitals opens with its team, a side
/// of a result is a team whatever its first word, a name before a venue's noun is the ground, a national side's
/// nickname is the team, a club's first word alone is the club. Every report is invented, in 1990s wire shapes.
/// </summary>
public class SportsClubCueTests
{
    private static bool Has(SeedEntity[] entities, string surface, Kind kind) =>
        entities.Any(e => e.Kind == kind && (e.Name == surface || e.Aliases.Contains(surface)));

    [Fact]
    public void A_known_place_with_a_clubs_cue_in_sports_copy_is_the_club()
    {
        // Known cities and counties: ", who" and a result, a verb of the match, the plural verb a team takes.
        var entities = Entities("SOCCER - SPANISH AND DUTCH ROUND-UP .\n\nLONDON 1996-11-14\n\n"
            + "Zaragoza , who beat Kellmoor Athletic 3-0 last week , are second in the table .\n\n"
            + "In the Netherlands , Utrecht equalised through Jan Vosberg eight minutes from time .\n\n"
            + "Gloucestershire have signed South African all-rounder Pieter Malan , the county said on Thursday .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Zaragoza"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Utrecht"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Gloucestershire"));
    }

    [Fact]
    public void A_known_place_in_sports_copy_without_a_clubs_cue_stays_the_place()
    {
        var entities = Entities("SOCCER - KELLMOOR SIGN DEFENDER .\n\nZARAGOZA , Spain 1996-11-14\n\n"
            + "Kellmoor Athletic signed defender Ramon Estevill on Thursday , 10 days after he beat a doping charge in Zaragoza .\n\n"
            + "Estevill , who grew up in Oviedo , played 40 matches for the club last season .");
        Assert.Equal(Kind.Location, KindOf(entities, "Oviedo"));
        Assert.Equal(Kind.Location, KindOf(entities, "Zaragoza"));
        Assert.DoesNotContain(entities, e => e.Kind == Kind.Organization && (e.Name is "Zaragoza" or "Oviedo"));
    }

    [Fact]
    public void An_unknown_word_facing_a_known_team_across_a_result_verb_is_a_team()
    {
        // "Marlowe" is a surname, "Dunmere" no word at all: each faces a county across "beat" or "lost to".
        var entities = Entities("CRICKET - COUNTY ROUND-UP .\n\nLONDON 1996-08-20\n\n"
            + "Essex beat Marlowe by five wickets on Tuesday and Dunmere lost to Lancashire by an innings .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Marlowe"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Dunmere"));
    }

    [Fact]
    public void Teams_at_the_start_of_standings_rows_in_capitals_are_organisations()
    {
        // Two words in capitals make the row a capitals line: "LA CLIPPERS" was cut to "LA", "GOLDEN STATE" was lost, and
        // the row's "NEW YORK" joined the dateline's place.
        var entities = Entities("BASKETBALL - NBA STANDINGS .\n\nNEW YORK 1996-12-05\n\nATLANTIC DIVISION\n\nW L PCT GB\n\n"
            + "NEW YORK 11 6 .647 -\n\nLA CLIPPERS 7 10 .412 4\n\nGOLDEN STATE 6 11 .353 5\n\nST LOUIS 4 9 .308 7");
        Assert.True(Has(entities, "NEW YORK", Kind.Organization));
        Assert.True(Has(entities, "NEW YORK", Kind.Location));
        Assert.Equal(Kind.Organization, KindOf(entities, "LA CLIPPERS"));
        Assert.Equal(Kind.Organization, KindOf(entities, "GOLDEN STATE"));
        Assert.Equal(Kind.Organization, KindOf(entities, "ST LOUIS"));
        Assert.Null(KindOf(entities, "LA"));
    }

    [Fact]
    public void A_side_of_a_result_row_is_a_team_whatever_its_first_word()
    {
        // Long names outnumber the scores, and each side opens with a given name.
        var entities = Entities("SOCCER - DUTCH RESULTS .\n\nAMSTERDAM 1996-11-14\n\nResults of Dutch matches on Wednesday :\n\n"
            + "Jacob JC Veldmark 3 Willem IV Dorsten 2");
        Assert.Equal(Kind.Organization, KindOf(entities, "Jacob JC Veldmark"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Willem IV Dorsten"));
    }

    [Fact]
    public void A_name_before_a_venues_noun_or_after_at_the_is_the_venue()
    {
        var entities = Entities("GOLF - KELLMOOR OPEN SCORES .\n\nSYDNEY 1996-11-14\n\n"
            + "Leading scores after the first round of the Kellmoor Open at the Royal Brayford course on Thursday :\n\n"
            + "65 Tom Ashdown\n\n66 Dirk Vosberg ( Netherlands )\n\n"
            + "Ashdown will play at the Ramon Estevill in Madrid next week and at the Van Dolder Memorial meeting in May .");
        Assert.Equal(Kind.Location, KindOf(entities, "Royal Brayford"));
        Assert.Equal(Kind.Location, KindOf(entities, "Ramon Estevill"));
        Assert.NotEqual(Kind.Location, KindOf(entities, "Van Dolder Memorial"));
    }

    [Fact]
    public void A_national_sides_nickname_is_the_team()
    {
        var entities = Entities("RUGBY UNION - WALES NAME SIDE .\n\nCARDIFF 1996-11-14\n\n"
            + "The Springboks , beaten by France last weekend , recall flanker Jan Oosterhof , while the Wallabies rest their captain .\n\n"
            + "The All Blacks play the Pumas in Buenos Aires on Saturday .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Springboks"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Wallabies"));
        Assert.Equal(Kind.Organization, KindOf(entities, "All Blacks"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Pumas"));
    }

    [Fact]
    public void The_first_word_of_a_club_named_with_its_city_is_the_club_alone()
    {
        var entities = Entities("SOCCER - DUTCH RESULTS .\n\nAMSTERDAM 1996-11-14\n\nResults of Dutch matches on Wednesday :\n\n"
            + "Vosmar Breda 1 Kellmoor Athletic 1\n\nNorwegian defender Arne Holtet was sent off for Vosmar after 65 minutes .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Vosmar Breda"));
        Assert.Contains(entities, e => e.Name == "Vosmar Breda" && e.Aliases.Contains("Vosmar"));
    }

    [Fact]
    public void In_before_a_clubs_place_is_the_place()
    {
        var entities = Entities("SOCCER - DUTCH FIRST DIVISION RESULTS .\n\nAMSTERDAM 1996-11-14\n\n"
            + "Results of Dutch first division matches on Wednesday :\n\nFC Kellmoor 3 Ajax Amsterdam 2\n\nBrayford 1 Heerlo 4\n\n"
            + "Ajax slipped to a surprise defeat in Kellmoor , where their midfielder was sent off .");
        Assert.Equal(Kind.Organization, KindOf(entities, "FC Kellmoor"));
        Assert.Equal(Kind.Location, entities.Single(e => e.Name == "Kellmoor").Kind);
    }

    [Fact]
    public void A_known_region_after_a_match_verb_is_a_side_and_a_shield_is_a_competition()
    {
        // "Western Australia" and "South Australia" are known regions; "Sheffield" a known city.
        var entities = Entities("CRICKET - SHEFFIELD SHIELD SCOREBOARD .\n\nBRISBANE 1996-11-24\n\n"
            + "Queensland drew with Tasmania on the final day of their Sheffield Shield match at the Gabba on Sunday .\n\n"
            + "Queensland , who lead the table by six points , meet Western Australia in Perth on Friday , while Tasmania travel to Adelaide to play South Australia .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Western Australia"));
        Assert.Equal(Kind.Organization, KindOf(entities, "South Australia"));
        Assert.Equal(Kind.Other, KindOf(entities, "Sheffield Shield"));
        Assert.Equal(Kind.Location, KindOf(entities, "Adelaide"));
    }
}
