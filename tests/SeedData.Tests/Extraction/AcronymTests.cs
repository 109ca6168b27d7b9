using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Acronyms no knowledge list has ("an official of KDPU said"): in prose they name an organisation, while a common
/// abbreviation ("GMT", "CEO", "KO") names nothing (Lexicon.CommonAcronyms, KindRules.IsAcronymInProse). Invented
/// parties and movements; each test fails without the rule.
/// </summary>
public class AcronymTests
{
    [Fact]
    public void An_unknown_acronym_in_prose_is_an_organisation()
    {
        var entities = Entities("ZAMBARI POLL RESULT CHALLENGED .\n\nKOVAR 1996-12-04\n\n"
            + "An official of KDPU said on Wednesday the vote was rigged , and ZORVA said it would boycott parliament .\n\n"
            + "Leaders of TUMBEL met in the capital , TUMBEL officials said .");
        Assert.Equal(Kind.Organization, KindOf(entities, "KDPU"));
        Assert.Equal(Kind.Organization, KindOf(entities, "ZORVA"));
        Assert.Equal(Kind.Organization, KindOf(entities, "TUMBEL"));
    }

    [Fact]
    public void A_common_abbreviation_names_nothing()
    {
        var entities = Entities("BOXING - TITLE BOUT .\n\nLAS VEGAS 1996-11-10\n\n"
            + "The fight began at 0300 GMT and ended with a KO in the second round , the promoter 's CEO said . The TV audience was 12 million .");
        Assert.Null(KindOf(entities, "GMT"));
        Assert.Null(KindOf(entities, "KO"));
        Assert.Null(KindOf(entities, "CEO"));
        Assert.Null(KindOf(entities, "TV"));
    }

    [Fact]
    public void Capitals_in_a_headline_are_no_acronym()
    {
        var entities = Entities("KOVAR TALKS COLLAPSE .\n\nKOVAR 1996-12-04\n\n"
            + "Talks between the government and the rebels collapsed on Wednesday , officials said .");
        Assert.Null(KindOf(entities, "TALKS"));
        Assert.Null(KindOf(entities, "COLLAPSE"));
    }

    [Fact]
    public void An_acronym_ends_before_of_and_whose_it_is()
    {
        var entities = Entities("KOVAR OPPOSITION DETAINED .\n\nKOVAR 1996-12-04\n\n"
            + "The KDPU of Amara Tessin Oduya said police had detained 40 members , and the ZORVA of Kovar said the same .");
        Assert.Equal(Kind.Organization, KindOf(entities, "KDPU"));
        Assert.Equal(Kind.Person, KindOf(entities, "Amara Tessin Oduya"));
        Assert.Equal(Kind.Organization, KindOf(entities, "ZORVA"));
        Assert.DoesNotContain(entities, e => e.Name.Contains(" of "));
    }

    [Fact]
    public void A_roman_numeral_is_no_acronym()
    {
        var entities = Entities("Critics called the dispute \"Kellmark versus the critics , part XVII\" , and the XIV chapter followed .");
        Assert.Null(KindOf(entities, "XVII"));
        Assert.Null(KindOf(entities, "XIV"));
    }
}
