using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Results tables, standings, fixtures, scorers and team lists (<c>EntityRecognizer.Tables</c>): wire sports
/// pages are tables more than prose. Each test is a line written for it, in the shapes such pages use.
/// </summary>
public class ResultsTableTests
{
    [Fact]
    public void The_word_that_opens_a_results_or_standings_line_is_a_name()
    {
        // A table line opens with its team or player, also where the line has no "3-1" score:
        // "Brayford 2 Kellmoor 1", and a standings row of numbers only.
        var entities = Entities("League table\n\nResults of league matches on Saturday:\n\nBrayford 2 Kellmoor 1\n\n"
            + "Standings (played, won, drawn, lost, points):\n\nOstervik 9 6 2 1 20\n\nTotals 9 4 3 2 15");
        Assert.NotNull(KindOf(entities, "Brayford"));
        Assert.NotNull(KindOf(entities, "Kellmoor"));
        Assert.NotNull(KindOf(entities, "Ostervik"));
        Assert.Null(KindOf(entities, "Totals"));
    }

    [Fact]
    public void A_side_of_a_result_that_is_also_an_English_word_is_a_team()
    {
        // "Hearts", "Wolves": the dictionary knows them, and a sentence may open with them, but beside a score and a
        // team of no dictionary they are teams; a price list of English words names nothing.
        var entities = Entities("Results\n\nResults of league matches on Saturday:\n\nKellmoor 0 Hearts 0\n\nWolves 2 Brayford 1\n\n"
            + "Summaries of cup matches on Sunday:\n\nGarrison 2 (Okafor 34, Dalmau 78) Nordby 1 (Pell 12). Half-time 1-1. Attendance 8,000\n\n"
            + "Cattle prices on Friday:\n\nSteers 120 Heifers 115");
        Assert.Equal(Kind.Organization, KindOf(entities, "Hearts"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Wolves"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brayford"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Garrison"));
        Assert.Null(KindOf(entities, "Steers"));
        Assert.Null(KindOf(entities, "Heifers"));
    }

    [Fact]
    public void On_a_cricket_scoreboard_batsmen_fielders_and_bowlers_are_people()
    {
        var entities = Entities("Scoreboard\n\nScoreboard on the first day of the test on Wednesday:\n\nNordhavn first innings\n\n"
            + "T. Okafor c Pellworth b Ashdane 0\n\nR. Dalmau lbw b Kerrigal 17\n\nJ. Sarpong not out 48\n\n"
            + "Bowling: Ashdane 12-3-36-1, Kerrigal 14-4-42-1, Vostrel 10-2-30-0");
        Assert.Equal(Kind.Person, KindOf(entities, "Pellworth"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ashdane"));
        Assert.Equal(Kind.Person, KindOf(entities, "Kerrigal"));
        Assert.Equal(Kind.Person, KindOf(entities, "Vostrel"));
    }

    [Fact]
    public void In_a_match_summary_the_scorers_in_brackets_are_people_and_the_sides_are_teams()
    {
        var entities = Entities("Summaries\n\nSummaries of league matches on Saturday:\n\n"
            + "Brayford 2 (Okafor 37, Van Lindqvist 81) West Kellmoor 0. Half-time 1-0. Attendance 12,400.\n\n"
            + "Nordhavn Athletic 1 (Sarpong 56) Ostervik 1 (Dalmau 12). Half-time 0-1.");
        Assert.Equal(Kind.Person, KindOf(entities, "Okafor"));
        Assert.Equal(Kind.Person, KindOf(entities, "Van Lindqvist"));
        Assert.Equal(Kind.Person, KindOf(entities, "Sarpong"));
        Assert.Equal(Kind.Organization, KindOf(entities, "West Kellmoor"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Nordhavn Athletic"));
        Assert.Null(KindOf(entities, "Half-time"));
    }

    [Fact]
    public void In_results_an_entrant_with_a_country_in_brackets_is_a_person_and_the_bracket_a_place()
    {
        var entities = Entities("Results\n\nLeading results on Friday:\n\n1. Ato Kellmann (Trinidad) 10.12\n\n"
            + "2. Tomas Vasterling (Belgium) Mapei 4 hours 32 minutes\n\nNordhavn United (Norway) 2 Alania Vostok (Russia) 1");
        Assert.Equal(Kind.Person, KindOf(entities, "Ato Kellmann"));
        Assert.Equal(Kind.Location, KindOf(entities, "Trinidad"));
        Assert.Equal(Kind.Person, KindOf(entities, "Tomas Vasterling"));
        Assert.NotEqual(Kind.Person, KindOf(entities, "Alania Vostok"));
    }

    [Fact]
    public void A_line_in_capitals_only_names_nothing_the_body_does_not_know()
    {
        var entities = Entities("ICE HOCKEY - LEAGUE STANDINGS\n\nStandings after games on Friday:\n\nEASTERN CONFERENCE\n\nW L T GF GA PTS\n\nHARTFORD 12 7 6 77 76 30");
        Assert.DoesNotContain(entities, e => e.Name.Contains("HOCKEY") || e.Name.Contains("PTS") || e.Name.Contains("CONFERENCE"));
        Assert.Equal(Kind.Organization, KindOf(entities, "HARTFORD"));
    }

    [Fact]
    public void A_fixture_line_is_two_teams()
    {
        var entities = Entities("Schedule\n\nGames on Saturday:\n\nSEATTLE AT BOSTON\n\nIndiana at Golden Harbour");
        Assert.Equal(Kind.Organization, KindOf(entities, "SEATTLE"));
        Assert.Equal(Kind.Organization, KindOf(entities, "BOSTON"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Indiana"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Golden Harbour"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" AT ") || e.Name.Contains(" at "));
    }

    [Fact]
    public void A_scorers_line_lists_people()
    {
        var entities = Entities("Result\n\nBrayford won the match on Sunday.\n\nScorers: Okafor (23rd, 65th), Dalmau (80th); Sarpong 12");
        Assert.Equal(Kind.Person, KindOf(entities, "Okafor"));
        Assert.Equal(Kind.Person, KindOf(entities, "Dalmau"));
        Assert.Equal(Kind.Person, KindOf(entities, "Sarpong"));
    }

    [Fact]
    public void Clubs_are_sides_in_cup_results_and_in_team_lists()
    {
        var entities = Entities("Cup results\n\nIn Glasgow: Brayford (Scotland) 0 Hamburg (Germany) 2. Scorers: Okafor (23), Dalmau (71).\n\n"
            + "Team: Tim Ashdown (Leicester); Jon Pell (Kellmoor), Ian Rudd (Bath, captain), Olly Vance (Newcastle).");
        Assert.Equal(Kind.Organization, KindOf(entities, "Hamburg"));
        Assert.Equal(Kind.Person, KindOf(entities, "Okafor"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Leicester"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellmoor"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Bath"));
        Assert.Equal(Kind.Person, KindOf(entities, "Jon Pell"));
    }
}
