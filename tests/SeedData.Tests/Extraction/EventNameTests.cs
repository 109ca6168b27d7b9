using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Races, tournaments and awards as names of kind Other (CoNLL's MISC; issue 11, `wiremisc` branch): named by a
/// place with "Grand Prix" or "Tour of", by a known event's name after a place, or by the round or the prize after the
/// name. Each on wire-style sentences written for the test.
/// </summary>
public class EventNameTests
{
    [Fact]
    public void A_race_named_by_its_place_is_an_event()
    {
        var entities = Entities("Velder wins\n\nPierre Velder won the Bergen Grand Prix on Sunday , a week after he led the Tour of Norway "
            + "for three stages .");
        Assert.Equal(Kind.Other, KindOf(entities, "Bergen Grand Prix"));
        Assert.Equal(Kind.Other, KindOf(entities, "Tour of Norway"));
    }

    [Fact]
    public void A_place_before_a_known_event_name_is_the_event_and_a_given_name_a_person()
    {
        var entities = Entities("Golf\n\nTom Masters shot 68 on Thursday to lead the Qatar Masters by two strokes .");
        Assert.Equal(Kind.Other, KindOf(entities, "Qatar Masters"));
        Assert.Equal(Kind.Person, KindOf(entities, "Tom Masters"));
    }

    [Fact]
    public void A_round_or_a_prize_after_the_name_makes_it_an_event_or_an_award()
    {
        var entities = Entities("Tennis\n\nErik Halvor reached the Brannholm championships semifinals on Wednesday . "
            + "Velto laureate Anna Sterk presented the Velto prize .");
        Assert.Equal(Kind.Other, KindOf(entities, "Brannholm"));
        Assert.Equal(Kind.Other, KindOf(entities, "Velto"));
        Assert.Equal(Kind.Person, KindOf(entities, "Anna Sterk"));
    }

    [Fact]
    public void A_month_after_in_is_not_part_of_the_event()
    {
        var entities = Entities("Tennis\n\nVan Loon won the Korvik Open in May and lost in the Brannland Open in June .");
        Assert.Equal(Kind.Other, KindOf(entities, "Korvik Open"));
        Assert.Equal(Kind.Other, KindOf(entities, "Brannland Open"));
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" May") || e.Name.EndsWith(" June"));
    }
}
