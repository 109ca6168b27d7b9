using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Nationalities and groups as names of kind Other, as news annotated in the CoNLL style counts them (MISC; issue 11,
/// `wiremisc` branch): regional and ethnic peoples, demonyms of several words, nouns in -man, a run of group words,
/// and compounds such as "Russian-language". Each on wire-style sentences written for the test.
/// </summary>
public class PeopleNameTests
{
    [Fact]
    public void A_regional_people_before_a_noun_is_a_group_not_a_place()
    {
        // CLDR lists "Chechen" as a region's name; before "separatists" and "capital" it names the people.
        var entities = Entities("Talks resume\n\nKORVIK 1997-02-11\n\nThe government offered talks with Chechen separatists after a meeting "
            + "in the Dagestani capital on Tuesday , an aide said . Ingush leaders also attended .");
        Assert.Equal(Kind.Other, KindOf(entities, "Chechen"));
        Assert.Equal(Kind.Other, KindOf(entities, "Dagestani"));
        Assert.Equal(Kind.Other, KindOf(entities, "Ingush"));
    }

    [Fact]
    public void A_nationality_noun_in_man_before_a_name_is_cut_off_it()
    {
        var entities = Entities("Garnier wins\n\nFrenchman Luc Garnier beat Dutchman Kees Varlo in the final on Sunday .");
        Assert.Equal(Kind.Person, KindOf(entities, "Luc Garnier"));
        Assert.Equal(Kind.Person, KindOf(entities, "Kees Varlo"));
        Assert.Equal(Kind.Other, KindOf(entities, "Frenchman"));
        Assert.Equal(Kind.Other, KindOf(entities, "Dutchman"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Frenchman Luc"));
    }

    [Fact]
    public void Group_words_side_by_side_are_one_name()
    {
        var entities = Entities("Refugees may return\n\nBosnian Serb leaders said on Tuesday that refugees could return to Varlo , "
            + "while Hutu rebels agreed to talks .");
        Assert.Equal(Kind.Other, KindOf(entities, "Bosnian Serb"));
        Assert.Equal(Kind.Other, KindOf(entities, "Hutu"));
        Assert.DoesNotContain(entities, e => e.Name == "Serb");
    }

    [Fact]
    public void A_spelling_with_an_apostrophe_is_a_group_word_too()
    {
        var entities = Entities("Marchers\n\nShi'ite Moslems marched in Varlo on Friday , and Sunni leaders called for calm .");
        Assert.Equal(Kind.Other, KindOf(entities, "Shi'ite Moslems"));
        Assert.Equal(Kind.Other, KindOf(entities, "Sunni"));
    }

    [Fact]
    public void A_demonym_of_several_words_is_a_nationality_and_comes_off_a_name()
    {
        var entities = Entities("Kruger leads\n\nThe leader is South African Danie Krugel , ahead of Sri Lankan and Costa Rican "
            + "rivals who shot 70 on Thursday .");
        Assert.Equal(Kind.Person, KindOf(entities, "Danie Krugel"));
        Assert.Equal(Kind.Other, KindOf(entities, "South African"));
        Assert.Equal(Kind.Other, KindOf(entities, "Sri Lankan"));
        Assert.Equal(Kind.Other, KindOf(entities, "Costa Rican"));
    }

    [Fact]
    public void A_nationality_joined_to_a_lower_case_word_is_other()
    {
        // Before "newspaper" the compound was an organisation's name (a media noun follows it).
        var entities = Entities("Paper closes\n\nThe Russian-language newspaper Varlo Vremya closed on Monday , and the Tutsi-led army denied it .");
        Assert.Equal(Kind.Other, KindOf(entities, "Russian-language"));
        Assert.Equal(Kind.Other, KindOf(entities, "Tutsi-led"));
    }

    [Fact]
    public void A_religion_adherent_before_a_name_is_cut_off_it()
    {
        var entities = Entities("Video pulled\n\nA promotional video featuring Scientologist Marten Holby was removed from the site , and Presbyterian Ilse Varrow "
            + "complained to the board on Friday , a spokesman said .");
        Assert.Equal(Kind.Person, KindOf(entities, "Marten Holby"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ilse Varrow"));
        Assert.Equal(Kind.Other, KindOf(entities, "Scientologist"));
        Assert.Equal(Kind.Other, KindOf(entities, "Presbyterian"));
    }

    [Fact]
    public void A_regional_people_before_a_name_is_cut_off_it()
    {
        var entities = Entities("Golf lead\n\nLittle-known Queenslander Marty Kellond took the lead on Thursday , and Londoner Ivo Brandt was second .\n\n"
            + "\" I putted well , \" said Kellond .");
        var person = Assert.Single(entities, e => e.Name == "Marty Kellond");
        Assert.Equal(Kind.Person, person.Kind);
        Assert.Contains("Kellond", person.Aliases);
        Assert.Equal(Kind.Person, KindOf(entities, "Ivo Brandt"));
        Assert.Equal(Kind.Other, KindOf(entities, "Queenslander"));
        Assert.Equal(Kind.Other, KindOf(entities, "Londoner"));
    }
}
