using System.Linq;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Clubs, leagues, scorers and leaderboards in wire sports copy (<c>EntityRecognizer.Sports</c>, <c>.Tables</c>,
/// <c>.Capitals</c>): each test is an invented report in the shapes 1990s wire pages use (capitals headline with its
/// sport, dateline, tokenised text " , " " 's " " ( ) ").
/// </summary>
public class SportsCopyTests
{
    [Fact]
    public void A_city_that_heads_a_club_of_the_article_is_the_club_in_the_body_and_the_headline()
    {
        // "Tampere" is a known city, but here the short form of Tampere Wanderers, also in the capitals headline; "Japan"
        // after "Bank of Japan" stays a place (only a club word makes a club's name).
        var entities = Entities("SOCCER - OKAFOR DOUBLE SENDS TAMPERE TOP .\n\nHELSINKI 1996-09-14\n\n"
            + "Chidi Okafor scored twice as Tampere Wanderers beat Kellmoor 3-1 on Saturday to go top of the league .\n\n"
            + "Tampere , who have not lost this season , lead by two points .\n\n"
            + "Shirt sponsor Kellmark said the Bank of Japan had approved its loan , and Japan 's regulators agreed .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Tampere Wanderers"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tampere"));
        Assert.Equal(Kind.Organization, KindOf(entities, "TAMPERE"));
        Assert.Equal(Kind.Location, KindOf(entities, "Japan"));
    }

    [Fact]
    public void An_unknown_club_name_without_its_club_word_is_the_club()
    {
        var entities = Entities("SOCCER - ASHBY HOLD LEADERS .\n\nLONDON 1996-09-14\n\nResults of league matches on Saturday :\n\n"
            + "Ashby Rovers 0 Delworth Athletic 0\n\nAshby , who had lost their last three matches , held the leaders to a goalless draw .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Ashby Rovers"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ashby"));
    }

    [Fact]
    public void An_unknown_word_and_a_city_in_sports_copy_are_a_club()
    {
        // "Koranda Rotterdam", "Veltman Eindhoven": a club named with its city, in sentences without a score.
        var entities = Entities("SOCCER - LEADERS HELD AT HOME .\n\nAMSTERDAM 1996-09-29\n\n"
            + "Koranda Rotterdam stayed top of the league on Sunday despite being held at home by Veltman Eindhoven .\n\n"
            + "Veltman Eindhoven have now gone six matches without defeat .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Koranda Rotterdam"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Veltman Eindhoven"));
    }

    [Fact]
    public void Scorers_in_brackets_after_a_score_are_people_also_when_named_like_a_place()
    {
        var entities = Entities("SOCCER - DUTCH LEAGUE SUMMARY .\n\nAMSTERDAM 1996-08-30\n\nSummary of league matches played on Friday :\n\n"
            + "Veldmark 2 ( Kraaijer 23 , Osterman 67 ) Rotmark 1 ( Tampere 55 ) . Halftime 1-0 . Attendance 8,500\n\n"
            + "Groenlo 0 Zaanveld 3 ( Bakkal 12 , 40 , Leipzig 88 ) . Halftime 0-2 . Attendance 4,200");
        Assert.Equal(Kind.Person, KindOf(entities, "Tampere"));
        Assert.Equal(Kind.Person, KindOf(entities, "Leipzig"));
        Assert.Equal(Kind.Person, KindOf(entities, "Kraaijer"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Rotmark"));
    }

    [Fact]
    public void A_surname_that_is_an_English_word_is_found_in_the_capitals_headline()
    {
        // "Mason" is in the dictionary, but the article never writes "mason": MASON is Tarik Mason. "young" is
        // written in lower case, so YOUNG in the headline stays the headline's word, not Lars Young.
        var entities = Entities("SOCCER - MASON DOUBLE LIFTS YOUNG ROTMARK SIDE .\n\nAMSTERDAM 1996-09-14\n\n"
            + "Tarik Mason scored twice as a young Rotmark side beat Veldmark 2-0 on Saturday .\n\n"
            + "Defender Lars Young was booked in the second half .");
        Assert.Equal(Kind.Person, KindOf(entities, "MASON"));
        Assert.Null(KindOf(entities, "YOUNG"));
    }

    [Fact]
    public void Leagues_named_in_other_languages_are_organisations()
    {
        var entities = Entities("SOCCER - ROUND-UP .\n\nMADRID 1996-09-15\n\n"
            + "Kellmoor lead the Primera Liga after three matches , Zaanveld top the Eredivisie and Ostervik the Kellmarkliga .\n\n"
            + "In Italy Veldmark are top of Serie A , and Brayford lead Ligue 2 .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Primera Liga"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Eredivisie"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellmarkliga"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Serie A"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Ligue 2"));
    }

    [Fact]
    public void A_tokenised_possessive_apostrophe_stays_inside_a_place_name()
    {
        // Wire copy writes "St Aldhelms' Park" as "St Aldhelms ' Park".
        var entities = Entities("SOCCER - KELLFORD WIN AGAIN .\n\nLONDON 1996-09-14\n\n"
            + "Kellford United beat Brayford 2-0 at St Aldhelms ' Park on Saturday .");
        Assert.Equal(Kind.Location, KindOf(entities, "St Aldhelms ' Park"));
        Assert.Null(KindOf(entities, "Park"));
        Assert.Null(KindOf(entities, "St Aldhelms"));
    }

    [Fact]
    public void A_golfer_with_a_country_in_brackets_and_rounds_after_is_a_person()
    {
        // One player on the leaderboard's last line, and no known given name: "( Japan ) 72 67" are rounds, not a
        // club's score.
        var entities = Entities("GOLF - KELLMARK OPEN SCORES .\n\nVALDERRO , Spain 1996-08-30\n\n"
            + "Leading scores after the second round of the Kellmark Open on Friday :\n\n"
            + "135 Tomas Verhulst ( Belgium ) 67 68 , Darren Pelling 69 66\n\n139 Hakuto Sugamira ( Japan ) 72 67");
        Assert.Equal(Kind.Person, KindOf(entities, "Hakuto Sugamira"));
        Assert.Equal(Kind.Location, KindOf(entities, "Japan"));
    }
    [Fact]
    public void A_club_word_side_makes_a_result_of_English_words_and_a_people_word_club_is_the_club()
    {
        // "Hearts 0 Rangers 3": both sides are English words, but "Rangers" is a club's word; "Celtic" is a people's
        // word (Other) outside sports copy, the club inside it.
        var entities = Entities("SOCCER - SCOTTISH RESULTS .\n\nGLASGOW 1996-09-21\n\nResults of Scottish premier division matches on Saturday :\n\n"
            + "Hearts 0 Rangers 3\n\nKellmuir 1 Celtic 2 ( AET )");
        Assert.Equal(Kind.Organization, KindOf(entities, "Hearts"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Celtic"));

        // "( AET )", "( OT )": how the result was reached, no name.
        Assert.Null(KindOf(entities, "AET"));
    }

    [Fact]
    public void A_venue_before_a_colon_is_no_side_of_the_fixture()
    {
        var entities = Entities("CRICKET - COUNTY SCORES .\n\nLONDON 1996-08-30\n\nClose of play scores on Friday :\n\n"
            + "At Taunton : Kellshire 200 ( P. Bowden 66 ) v Kent 190-6 .");
        Assert.Equal(Kind.Location, KindOf(entities, "Taunton"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Kent"));
    }

    [Fact]
    public void A_city_after_a_score_and_at_is_the_other_side_but_a_home_nation_stays_a_place()
    {
        // "drew 1-1 at Bordeaux": the city is the home side; "lost 34-10 to Scotland": a national side is a place, as a
        // country is.
        var entities = Entities("SOCCER - FRENCH ROUND-UP .\n\nPARIS 1996-09-21\n\nKellmont drew 1-1 at Bordeaux on Saturday .\n\n"
            + "In rugby , Fiji , who lost 34-10 to Scotland last week , arrived in Cardiff on Monday .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Bordeaux"));
        Assert.Equal(Kind.Location, KindOf(entities, "Scotland"));
    }

    [Fact]
    public void A_sentence_opener_and_a_nationality_before_a_player_are_no_part_of_the_name()
    {
        // "Unseeded" is no name; "American" is the player's nationality (Other).
        var entities = Entities("TENNIS - UPSET IN FIRST ROUND .\n\nMELBOURNE 1997-01-13\n\n"
            + "Unseeded American Tom Vessling beat fourth seed Stefan Kellman of Germany 6-4 3-6 6-3 6-2 on Monday .");
        Assert.Equal(Kind.Person, KindOf(entities, "Tom Vessling"));
        Assert.Equal(Kind.Other, KindOf(entities, "American"));
        Assert.Null(KindOf(entities, "Unseeded American Tom Vessling"));
    }

    [Fact]
    public void A_nationality_before_a_league_describes_it_and_a_club_named_with_a_day_is_one_name()
    {
        var entities = Entities("SOCCER - ROUND-UP .\n\nROME 1996-09-22\n\nResults of Italian Serie A matches on Sunday :\n\n"
            + "Veldmark 2 Kellmoor 0\n\nIn England , Sheffield Wednesday beat Brayford 2-1 .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Serie A"));
        Assert.Equal(Kind.Other, KindOf(entities, "Italian"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Sheffield Wednesday"));
        Assert.Null(KindOf(entities, "Sheffield"));
    }
    [Fact]
    public void A_place_that_is_a_team_anywhere_in_sports_copy_is_the_team_everywhere()
    {
        // "Somerset seamer …" and "… against Somerset" make the county a team; "as Somerset recovered" has no cue of its own
        // (one name, one kind); the dateline's place stays a place.
        var entities = Entities("CRICKET - DRAVELL HITS CENTURY .\n\nTAUNTON , England 1996-08-29\n\n"
            + "Ross Dravell struck an unbeaten 131 as Somerset recovered from 45 for four to reach 312 for seven on Thursday .\n\n"
            + "Kellshire reached 288 for six against Somerset at Taunton .\n\nSomerset seamer Owen Paskell took three for 61 .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Somerset"));
        Assert.Equal(Kind.Location, KindOf(entities, "TAUNTON"));
    }

    [Fact]
    public void A_paragraph_of_fixtures_one_a_line_names_teams()
    {
        // The lines of a paragraph reach the rules as one line: "Calgary at Toronto Detroit at St Louis".
        var entities = Entities("ICE HOCKEY - NHL GAMES .\n\nNEW YORK 1996-12-09\n\nMONDAY 'S GAMES\n\n"
            + "Calgary at Toronto\nDetroit at Kellvale\nVancouver at Los Angeles");
        Assert.Equal(Kind.Organization, KindOf(entities, "Calgary"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Toronto"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Los Angeles"));
    }

    [Fact]
    public void A_lone_team_is_known_by_a_team_noun_a_position_a_result_after_who_or_a_riders_country()
    {
        var entities = Entities("SOCCER - VESTRANO MOVE UP .\n\nLISBON 1996-09-15\n\n"
            + "Vestrano moved up to second , two points behind leaders Benquela , who won 3-0 at home on Saturday .\n\n"
            + "Portilha , who lost 2-1 on Friday , are third .\n\nThe winner came from Marenho flanker Tiago Merelo .\n\n"
            + "Sporting , held 1-1 on Friday , are fourth .\n\nCycling results :\n\n2. Stefano Gerbaldi ( Italy ) Velonex same time");
        Assert.Equal(Kind.Organization, KindOf(entities, "Benquela"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Portilha"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Marenho"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Sporting"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Velonex"));
    }
    [Fact]
    public void A_state_of_1990s_wire_copy_is_a_place_also_as_a_national_side()
    {
        // Yugoslavia is no country of today's lists; as a side in a result it stays a place, as a country does.
        var entities = Entities("SOCCER - WORLD CUP QUALIFIER .\n\nVALLETTA 1996-11-10\n\nResult of a group qualifier on Sunday :\n\n"
            + "Malta 0 Yugoslavia 3 ( Savanovic 23 , Mirkovic 55 ) . Halftime 0-1 .\n\nYugoslavia lead the group with nine points .");
        Assert.Equal(Kind.Location, KindOf(entities, "Yugoslavia"));
        Assert.Equal(Kind.Location, KindOf(entities, "Malta"));
    }
    [Fact]
    public void A_team_named_like_the_datelines_place_is_a_team_beside_the_place()
    {
        // The dateline's TAMPERE is the place; "Tampere coach" names the team: both are entities of their own.
        var entities = Entities("SOCCER - TAMPERE LOSE AGAIN .\n\nTAMPERE , Finland 1996-10-20\n\n"
            + "Tampere coach Oskari Lehtvaara said his side had been unlucky in Sunday 's 2-1 defeat by Kellmoor .");
        Assert.Contains(entities, e => e.Kind == Kind.Organization && (e.Name == "Tampere" || e.Aliases.Contains("Tampere")));
        Assert.Contains(entities, e => e.Kind == Kind.Location && (e.Name == "TAMPERE" || e.Aliases.Contains("TAMPERE")));
    }

    [Fact]
    public void A_known_club_opening_a_sentence_alone_is_the_club()
    {
        // No club word, no score beside it: a sentence's first word with nothing after it that says "name" was dropped.
        var entities = Entities("SOCCER - ROUND-UP .\n\nLONDON 1996-12-07\n\n"
            + "Arsenal were held at home on Saturday .\n\nJuventus stayed top in Italy , and Galatasaray lost in Istanbul .\n\n"
            + "In Portugal , Benfica won again .");
        foreach (var club in new[] { "Arsenal", "Juventus", "Galatasaray", "Benfica" })
        {
            Assert.Equal(Kind.Organization, KindOf(entities, club));
        }
    }
}
