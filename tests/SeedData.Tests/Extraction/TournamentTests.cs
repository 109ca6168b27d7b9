using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Tournaments and league sections in sports copy (<c>EntityRecognizer.OtherNames</c>): a tennis Challenger, a golf
/// event named by its sponsor, a demonym before a known tournament, and a league's named division are events or
/// sections (Other, CoNLL-style), not organisations; the players of a leaderboard row before the prose are people (.CapitalsRows). Invented reports in the shapes of 1990s wire sports pages.
/// </summary>
public class TournamentTests
{
    private const string Golf = "GOLF - LEADING SCORES AT THE AUSTRALIAN MASTERS .\n\nBRELSTON 1996-03-14\n\n"
        + "Leading first-round scores on Thursday in the Australian Masters golf tournament at the par-72 Quellwood course :\n\n"
        + "67 Tobin Marrasky , Eiji Furunaga ( Japan )\n\n"
        + "68 Dariel Oxcombe\n\n"
        + "69 Kell Arrandale ( Wales ) , Brodie Tullemar , Haruto Masuoka ( Japan )\n\n"
        + "Japan 's Eiji Furunaga , who won the Kelberg Lantern last season , had five birdies in his 67 .\n\n"
        + "Marrasky said he was pleased with his driving .";

    private const string Tennis = "TENNIS - QUIROVA BEATS HALLENBERG IN OSTRAVEL .\n\nOSTRAVEL 1996-10-08\n\n"
        + "Pavel Quirova of the Czech Republic beat Sweden 's Anders Hallenberg 6-4 6-3 in the first round on Tuesday .\n\n"
        + "\" I served well , \" said the Czech , who won the Brnovice Challenger title in September .";

    private const string Hockey = "ICE HOCKEY - NHL RESULTS .\n\nNEW YORK 1996-12-08\n\n"
        + "Tomas Velcourt scored twice as the Blackhawks moved within two points of Dallas in the Central Division on Saturday .\n\n"
        + "Velcourt has 14 goals this season .";

    [Fact]
    public void A_tennis_Challenger_is_an_event()
    {
        Assert.Equal(Kind.Other, KindOf(Entities(Tennis), "Brnovice Challenger"));
    }

    [Fact]
    public void A_golf_event_a_player_won_is_an_event()
    {
        // "won the Kelberg Lantern last season": no head word, a sponsor's name; golf copy types it as a club otherwise.
        Assert.Equal(Kind.Other, KindOf(Entities(Golf), "Kelberg Lantern"));
    }

    [Fact]
    public void A_demonym_before_a_known_tournament_stays_in_its_name()
    {
        var entities = Entities(Golf);
        Assert.Equal(Kind.Other, KindOf(entities, "Australian Masters"));
        Assert.Null(KindOf(entities, "Masters"));
    }

    [Fact]
    public void A_league_division_is_a_section_not_an_organisation()
    {
        Assert.Equal(Kind.Other, KindOf(Entities(Hockey), "Central Division"));
    }

    [Fact]
    public void The_last_leaderboard_row_of_several_players_keeps_them()
    {
        // The row before the prose is a paragraph of its own; its Title Case is the players' names, not a headline's.
        var entities = Entities(Golf);
        foreach (var name in new[] { "Kell Arrandale", "Brodie Tullemar", "Haruto Masuoka" })
        {
            Assert.Equal(Kind.Person, KindOf(entities, name));
        }
    }
}
