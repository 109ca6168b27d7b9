using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Names of kind Other that the rules used to type as organisations, people or places (issue 11, `others`
/// branch): products and craft with a designator, ships and shuttles by their prefix, works and craft named
/// by the noun beside them. Each on sentences written for the test.
/// </summary>
public class OtherKindTests
{
    [Fact]
    public void A_model_designator_makes_a_product_or_a_craft()
    {
        var entities = Entities("Squadron retires its jets\n\nThe squadron flew the KV-340 Brannhawk until 1998, when pilots moved to the Tarvo "
            + "XR200 Kestrel. The crew of mission VRX-212 landed in Korvik on Friday.");
        Assert.Equal(Kind.Other, KindOf(entities, "KV-340 Brannhawk"));
        Assert.Equal(Kind.Other, KindOf(entities, "Tarvo XR200 Kestrel"));
        Assert.Equal(Kind.Other, KindOf(entities, "VRX-212"));
    }

    [Fact]
    public void A_ship_or_shuttle_prefix_makes_a_craft()
    {
        var entities = Entities("Craft return home\n\nHMS Velting Star sailed from Korvik on Monday. Space Shuttle Meridian Dawn was towed "
            + "to the museum the same week.");
        Assert.Equal(Kind.Other, KindOf(entities, "HMS Velting Star"));
        Assert.Equal(Kind.Other, KindOf(entities, "Space Shuttle Meridian Dawn"));
    }

    [Fact]
    public void A_work_or_craft_noun_beside_the_name_makes_it_other()
    {
        var entities = Entities("Arts and ships\n\nThe band recorded the album Brannholm Tides in a week, and the film Silver Varno Nights "
            + "opened on Friday. Velting Aurora, a Panamanian cruise ship, docked nearby. Few still speak the Tarvani language.");
        Assert.Equal(Kind.Other, KindOf(entities, "Brannholm Tides"));
        Assert.Equal(Kind.Other, KindOf(entities, "Silver Varno Nights"));
        Assert.Equal(Kind.Other, KindOf(entities, "Velting Aurora"));
        Assert.Equal(Kind.Other, KindOf(entities, "Tarvani"));
    }

    [Fact]
    public void A_holy_book_is_a_work()
    {
        var entities = Entities("Sermon\n\nSpeaking in Varlo on Friday , the cleric quoted the Koran and the Bible .");
        Assert.Equal(Kind.Other, KindOf(entities, "Koran"));
        Assert.Equal(Kind.Other, KindOf(entities, "Bible"));
    }

    [Fact]
    public void A_bare_code_is_no_product_and_an_organisation_keeps_its_kind()
    {
        var entities = Entities("Leaders meet\n\nThe G7 met in Korvik on Tuesday, and the Brannholm Motor Company said its sales rose.");
        Assert.Equal(Kind.Organization, KindOf(entities, "G7"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brannholm Motor Company"));
    }
}
