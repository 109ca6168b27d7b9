using System.Linq;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Failure classes of the recognizer on 1990s wire copy (`wire4` branch; docs/extraction.md): peoples side by side, a
/// U.N. agency named by its office, "Olympic" before a champion, a place before a lower-case place noun, a country
/// before a club, a lone club opening a result, and a company in a capitals headline. Every text is invented, in
/// tokenised wire style; kinds are CoNLL's (nationalities, peoples and events Other, clubs Organization).
/// </summary>
public class WireClassTests
{
    private static bool Has(SeedEntity[] entities, string surface) =>
        entities.Any(e => e.Name == surface || e.Aliases.Contains(surface));

    [Fact]
    public void A_nationality_before_an_ethnic_people_of_no_country_is_two_names()
    {
        var entities = Entities("REFUGEES HEAD HOME .\n\nKELWA , Zaire 1996-11-16\n\nThousands of Rwandan Hutu refugees walked home on Saturday , "
            + "and Iraqi Kurds held talks , aid workers said . Bosnian Serb leader Radomir Kestic and Bosnian Moslem officials met in Varlo .");
        Assert.Equal(Kind.Other, KindOf(entities, "Rwandan"));
        Assert.Equal(Kind.Other, KindOf(entities, "Hutu"));
        Assert.Equal(Kind.Other, KindOf(entities, "Iraqi"));
        Assert.Equal(Kind.Other, KindOf(entities, "Kurds"));
        Assert.False(Has(entities, "Rwandan Hutu"));

        // A people with a country of its own, and a religion, stay one name with the nationality.
        Assert.Equal(Kind.Other, KindOf(entities, "Bosnian Serb"));
        Assert.Equal(Kind.Other, KindOf(entities, "Bosnian Moslem"));
        Assert.False(Has(entities, "Serb"));
    }

    [Fact]
    public void An_office_for_a_field_after_an_international_body_is_the_agency()
    {
        var entities = Entities("AGENCY WARNS ON CAMPS .\n\nGENEVA 1996-11-16\n\nThe U.N. High Commissioner for Refugees said on Friday it feared for "
            + "200,000 people . U.N. High Commissioner for Refugees Sadako Kerrigan flew to Kelwa , and the European Commissioner for Fisheries "
            + "said quotas would fall .");
        Assert.Equal(Kind.Organization, KindOf(entities, "U.N. High Commissioner for Refugees"));
        Assert.Equal(Kind.Organization, KindOf(entities, "European Commissioner for Fisheries"));
        Assert.Equal(Kind.Person, KindOf(entities, "Sadako Kerrigan"));
        Assert.False(Has(entities, "Refugees"));
    }

    [Fact]
    public void Olympic_before_a_champion_is_a_name_of_its_own()
    {
        var entities = Entities("ATHLETICS - CHAMPIONS RUN IN VARLO .\n\nVARLO 1996-08-14\n\nOlympic champions Daron Kelby and Mira Tolvanen will run "
            + "on Wednesday . The Olympic champion said he was tired .");
        Assert.Equal(Kind.Other, KindOf(entities, "Olympic"));
        Assert.Equal(Kind.Person, KindOf(entities, "Daron Kelby"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("champion"));
    }

    [Fact]
    public void A_name_before_a_lower_case_place_noun_is_a_place()
    {
        var entities = Entities("ZAIRE - REBELS TAKE CAMPS .\n\nKELWA , Zaire 1996-11-02\n\nRebels said they had taken Kibovu camp on Saturday . "
            + "Mutanga camp was empty , aid workers at Lumara refugee camp said . Fighting spread to the Rushenge valley .");
        Assert.Equal(Kind.Location, KindOf(entities, "Kibovu"));
        Assert.Equal(Kind.Location, KindOf(entities, "Mutanga"));
        Assert.Equal(Kind.Location, KindOf(entities, "Lumara"));
        Assert.Equal(Kind.Location, KindOf(entities, "Rushenge"));

        // Before "camp" a candidate's name is his campaign, not a place.
        var campaign = Entities("DOLE PRESSES ON .\n\nVARLO , Ohio 1996-10-02\n\nRobert Dole spoke in Varlo on Tuesday , and the Dole camp said it was confident .");
        Assert.Equal(Kind.Person, KindOf(campaign, "Dole"));
    }

    [Fact]
    public void A_country_before_a_known_club_without_a_comma_is_two_names()
    {
        var entities = Entities("SOCCER - EUROPEAN ROUNDUP .\n\nVARLO 1996-09-22\n\nIn Portugal Benfica beat Kellvista 2-0 on Sunday . "
            + "In Germany Bayern Munich lost 2-0 at home to Kellburg .");
        Assert.Equal(Kind.Location, KindOf(entities, "Portugal"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Benfica"));
        Assert.Equal(Kind.Location, KindOf(entities, "Germany"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Bayern Munich"));
        Assert.False(Has(entities, "Portugal Benfica"));
    }

    [Fact]
    public void A_lone_unknown_club_before_its_result_or_after_the_score_is_a_club()
    {
        var entities = Entities("SOCCER - DUTCH ROUNDUP .\n\nVARLO 1996-09-22\n\nVestrand drew 1-1 with Oldhafen on Sunday . "
            + "Ostervik moved top after a 2-0 win over Nordby . Kellmoor won 3-1 at Brayford .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Ostervik"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Vestrand"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Oldhafen"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Brayford"));
    }

    [Fact]
    public void A_company_in_a_capitals_headline_is_the_body_company_without_its_legal_form()
    {
        var entities = Entities("USA - ACME FOODS RAISES DIVIDEND .\n\nCHICAGO 1996-08-22\n\nAcme Foods Inc said on Thursday it raised its quarterly "
            + "dividend to 12 cents a share from 10 cents . The company said the dividend is payable on October 1 .");
        var company = Assert.Single(entities, e => e.Name == "Acme Foods Inc" || e.Aliases.Contains("Acme Foods Inc"));
        Assert.Equal(Kind.Organization, company.Kind);
        Assert.True(company.Name == "ACME FOODS" || company.Aliases.Contains("ACME FOODS"));
    }
}
