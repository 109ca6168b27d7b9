using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Cricket scoreboards and cycling results lines (<c>EntityRecognizer.Cricket</c>, <c>.Entrants</c>): players written
/// with an initial ("A. Pellow", "G. van Tonder"), the "To bat :" and team lists, the sides of a match report, and a
/// rider's trade team after the rider's country. Invented reports in the shapes of 1990s wire sports pages.
/// </summary>
public class ScoreboardTests
{
    private const string Scoreboard = "CRICKET - HOLMFIRTH V DRAYCOTT SCOREBOARD .\n\nLEEDS 1996-08-22\n\n"
        + "Scoreboard on the second day of the county match between Holmfirth and Draycott at St Oswin 's Park on Thursday :\n\n"
        + "Holmfirth first innings\n\n"
        + "T. Merrow c Tarrant b Hobday 22\n\n"
        + "A. Pellow c Tarrant b Hobday 41\n\n"
        + "I. Kerrigan lbw b Mallory 3\n\n"
        + "G. van Tonder not out 58\n\n"
        + "E. de Villemont run out 12\n\n"
        + "Extras ( b-2 lb-3 ) 5\n\n"
        + "Total ( for 5 wickets ) 141\n\n"
        + "To bat : F. Ashcombe , U. Blenkin , Y. Oduya , O. Stennett\n\n"
        + "Bowling : Hobday 12-3-36-1 , Mallory 10-1-41-1\n\n"
        + "Draycott : K. Tarrant ( captain ) , J. Hobday , R. Mallory , D. Fenwick , V. Quayle , P. Lusk\n\n"
        + "Pellow , who hit six fours and a six , was caught at slip shortly before the close .";

    [Fact]
    public void An_initial_that_reads_as_a_word_stays_with_its_surname()
    {
        // "A." and "I." open their lines; the article writes "a" and the scoreboard "c" in lower case elsewhere.
        var entities = Entities(Scoreboard);
        Assert.Equal(Kind.Person, KindOf(entities, "A. Pellow"));
        Assert.Equal(Kind.Person, KindOf(entities, "I. Kerrigan"));
    }

    [Fact]
    public void An_initial_a_particle_and_a_surname_are_one_person()
    {
        var entities = Entities(Scoreboard);
        Assert.Equal(Kind.Person, KindOf(entities, "G. van Tonder"));
        Assert.Equal(Kind.Person, KindOf(entities, "E. de Villemont"));
        Assert.Null(KindOf(entities, "Tonder"));
    }

    [Fact]
    public void The_players_still_to_bat_and_a_team_list_are_people()
    {
        // The two lines are short and unpunctuated (read as headings); "V. Quayle" is an initial, no "v" of a fixture.
        var entities = Entities(Scoreboard);
        foreach (var name in new[] { "F. Ashcombe", "U. Blenkin", "Y. Oduya", "O. Stennett", "K. Tarrant", "J. Hobday", "V. Quayle", "P. Lusk" })
        {
            Assert.Equal(Kind.Person, KindOf(entities, name));
        }
    }

    [Fact]
    public void The_sides_of_a_cricket_match_are_teams()
    {
        var entities = Entities(Scoreboard);
        Assert.Equal(Kind.Organization, KindOf(entities, "Holmfirth"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Draycott"));
        Assert.Equal(Kind.Location, KindOf(entities, "St Oswin 's Park"));
    }

    [Fact]
    public void A_match_between_two_players_keeps_its_players()
    {
        // A tennis final is between people: no teams there.
        var entities = Entities("TENNIS - BRAVANT WINS IN OSTEND .\n\nOSTEND , Belgium 1996-08-22\n\n"
            + "The final between Bravant and Okonjo lasted more than three hours on Sunday .\n\n"
            + "Bravant , who is 24 , said he had been tired .");
        Assert.NotEqual(Kind.Organization, KindOf(entities, "Bravant"));
        Assert.NotEqual(Kind.Organization, KindOf(entities, "Okonjo"));
    }

    [Fact]
    public void A_riders_team_after_the_country_in_a_results_line_is_an_organisation()
    {
        var entities = Entities("CYCLING - VARNIER WINS KESTELBERG CLASSIC .\n\nGHENT , Belgium 1996-10-06\n\n"
            + "Frenchman Paul Varnier won the one-day race on Sunday , riding for the Atelier Borel team .\n\n"
            + "Results of the 198-km race :\n\n"
            + "1. Paul Varnier ( France ) Atelier Borel 4 hours 58 minutes 12 seconds\n\n"
            + "2. Jens Tolstrup ( Denmark ) Hedebo Cykler same time\n\n"
            + "3. Enrico Salvetti ( Italy ) Fiamma Nera 6 seconds behind\n\n"
            + "4. Wouter Dierckx ( Belgium ) Vlaskop same time");
        Assert.Equal(Kind.Organization, KindOf(entities, "Atelier Borel"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Hedebo Cykler"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Fiamma Nera"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Vlaskop"));
        Assert.Equal(Kind.Person, KindOf(entities, "Jens Tolstrup"));
        Assert.Equal(Kind.Location, KindOf(entities, "Denmark"));
    }

    [Fact]
    public void A_cycling_race_named_in_its_home_language_is_an_event()
    {
        // "Gelderland" is a known province: a name that ends in a place is no club when a race's word opens it.
        var entities = Entities("CYCLING - DIERCKX TAKES OMLOOP VAN GELDERLAND .\n\nARNHEM , Netherlands 1996-04-14\n\n"
            + "Belgian Wouter Dierckx outsprinted Paul Varnier to win the Omloop van Gelderland one-day race on Sunday .\n\n"
            + "Dierckx , riding for the Vlaskop team , had won the Giro del Valsorda last month .");
        Assert.Equal(Kind.Other, KindOf(entities, "Omloop van Gelderland"));
        Assert.Equal(Kind.Other, KindOf(entities, "Giro del Valsorda"));
    }

    [Fact]
    public void A_number_after_a_name_in_a_line_of_scorers_is_a_count_and_the_scorer_a_person()
    {
        // Without a lower-case word the line is a list, not prose: "Tamblin 2" is no model like "Ariane 5".
        var entities = Entities("RUGBY LEAGUE - HORNETS REACH FINAL .\n\nLEEDS , England 1996-04-06\n\n"
            + "Halsworth Hornets beat Carrow Rangers in the semi-final on Saturday in front of 11,200 fans .\n\n"
            + "Halsworth Hornets - Tries : Tamblin 2 , Joel Vasta , Mark Orrin . Goals : Tamblin 6 .\n\n"
            + "Carrow Rangers - Tries : Gareth Ibley . Goals : Neil Radcott 3 .\n\n"
            + "Ostrava Sokol - Dragan Vukasin 22 , Stelios Karamitros 15");
        Assert.Equal(Kind.Person, KindOf(entities, "Tamblin"));
        Assert.Equal(Kind.Person, KindOf(entities, "Neil Radcott"));
        Assert.Equal(Kind.Person, KindOf(entities, "Dragan Vukasin"));
        Assert.Null(KindOf(entities, "Tamblin 2"));
        Assert.Null(KindOf(entities, "Neil Radcott 3"));
        Assert.Null(KindOf(entities, "Dragan Vukasin 22"));
    }

    [Fact]
    public void A_runner_before_the_country_in_brackets_and_a_time_is_a_person()
    {
        // "2:10:58" reaches the rules as "2 : 10 : 58": its hours are no club's score.
        var entities = Entities("ATHLETICS - KIPTANUI WINS MARATHON .\n\nFUKUOKA , Japan 1996-12-01\n\n"
            + "Kenya 's Elias Kiptanui won the marathon on Sunday in two hours eight minutes .\n\n"
            + "Results :\n\n1. Elias Kiptanui ( Kenya ) 2:08:52\n\n2. Vasko Hrytsak ( Ukraine ) 2:10:58\n\n3. Keiji Otomura ( Japan ) 2:12:31");
        Assert.Equal(Kind.Person, KindOf(entities, "Vasko Hrytsak"));
        Assert.Equal(Kind.Person, KindOf(entities, "Keiji Otomura"));
        Assert.Equal(Kind.Location, KindOf(entities, "Ukraine"));
    }

    [Fact]
    public void Two_sides_of_a_cup_match_with_their_countries_and_scores_are_clubs()
    {
        // "Estrella" is a given name: without the two sides the row reads as a person and a golfer's round.
        var entities = Entities("BASKETBALL - EUROPEAN CUP RESULTS .\n\nATHENS 1996-12-05\n\nResults of group matches on Thursday :\n\n"
            + "Kallithea ( Greece ) 74 Estrella Valdoria ( Spain ) 69 ( halftime 38-35 )\n\n"
            + "Tekstil Novi Brod ( Yugoslavia ) 81 Karsiyaka Erem ( Turkey ) 78 ( 40-41 )");
        Assert.Equal(Kind.Organization, KindOf(entities, "Estrella Valdoria"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tekstil Novi Brod"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Karsiyaka Erem"));
        Assert.Equal(Kind.Location, KindOf(entities, "Spain"));
    }
}
