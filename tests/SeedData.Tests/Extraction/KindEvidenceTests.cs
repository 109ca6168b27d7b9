using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// The kind evidence of <c>EntityRecognizer.ContextKinds</c>, one test per class of Person / Organization /
/// Location swaps seen on wikigold and GUM news, each on invented names in sentences written for the test.
/// </summary>
public class KindEvidenceTests
{
    [Fact]
    public void A_head_word_of_another_language_makes_an_organisation()
    {
        var entities = Entities("Teachers march\n\nTeachers from Instituto Valmora marched on Friday with members of Partido Renovador.\n\nInstituto Valmora said the march was peaceful. Banco Ferreira Lopes said profits rose.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Instituto Valmora"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Partido Renovador"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Banco Ferreira Lopes"));
    }

    [Fact]
    public void A_place_word_first_or_last_makes_a_place_but_not_for_a_given_name_and_a_family_name()
    {
        var entities = Entities("Anglers return\n\nAnglers were seen by Hollis Pond and below Dunmore Creek on Saturday, and the River Caddow rose overnight.\n\nEllen Marsh said the water was cold.");
        Assert.Equal(Kind.Location, KindOf(entities, "Hollis Pond"));
        Assert.Equal(Kind.Location, KindOf(entities, "Dunmore Creek"));
        Assert.Equal(Kind.Location, KindOf(entities, "River Caddow"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ellen Marsh"));
    }

    [Fact]
    public void An_age_or_a_family_member_makes_a_person()
    {
        var entities = Entities("Arrest made\n\nPolice spoke to Orrin Kesh, 41, at the scene on Monday.\n\nOfficers later visited Tavelund's wife at home.");
        Assert.Equal(Kind.Person, KindOf(entities, "Orrin Kesh"));
        Assert.Equal(Kind.Person, KindOf(entities, "Tavelund"));
    }

    [Fact]
    public void Shares_a_stake_and_a_chief_executive_make_a_company()
    {
        var entities = Entities("Markets slip\n\nInvestors sold shares of Brandvik on Tuesday, and a rival bought a stake in Corlessa.\n\nThe board acquired Merrowfield last year.\n\nShares in Tollvik rose 2.00 to 275.00.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Brandvik"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Corlessa"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Merrowfield"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Tollvik"));
    }

    [Fact]
    public void Playing_for_coaching_and_a_band_noun_make_an_organisation()
    {
        var entities = Entities("A career in sport\n\nHe played for Ellerby Vale for six seasons and later coached Dunsworth.\n\nHis brother sang with the band Velvet Orchard.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Ellerby Vale"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Dunsworth"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Velvet Orchard"));
    }

    [Fact]
    public void The_noun_of_a_list_types_its_members()
    {
        var entities = Entities("Festival line-up\n\nThe organisers booked Tin Harvest, Cinder Parade and several other bands for the weekend.\n\nShe worked for companies like Norvik, Trellmark and Caldmore.");
        Assert.Equal(Kind.Organization, KindOf(entities, "Tin Harvest"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Cinder Parade"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Trellmark"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Caldmore"));
    }

    [Fact]
    public void A_lone_word_that_speaks_is_no_place()
    {
        var entities = Entities("Appeal lodged\n\nThe court rejected the claim on Monday. “We will appeal,” Harrowgate said after the hearing.");
        Assert.Equal(Kind.Person, KindOf(entities, "Harrowgate"));
    }
}
