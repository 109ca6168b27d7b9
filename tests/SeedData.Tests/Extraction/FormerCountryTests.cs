using System.Linq;
using SeedData.Generator.Extraction.Knowledge;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Former countries (Knowledge/former-countries.tsv, issue 11, `knowledge` branch): "Zaire", "Yugoslavia", "Soviet Union"
/// are countries of their own with their own demonyms, never folded into today's country. Wire-style text written for the test.
/// </summary>
public class FormerCountryTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Instance;

    [Theory]
    [InlineData("Zaire", "ZRCD")]
    [InlineData("Yugoslavia", "YUCS")]
    [InlineData("Czechoslovakia", "CSHH")]
    [InlineData("Soviet Union", "SUHH")]
    [InlineData("USSR", "SUHH")]
    [InlineData("East Germany", "DDDE")]
    [InlineData("Rhodesia", "RHZW")]
    public void A_former_country_is_a_country_of_its_own(string name, string code)
    {
        var known = Knowledge.Find(name);
        Assert.NotNull(known);
        Assert.Equal(Kind.Location, known!.Kind);
        Assert.True(known.IsCountry);
        Assert.Equal(code, known.CountryCode);
        Assert.Same(known, Knowledge.Country(code));
    }

    [Theory]
    [InlineData("Zaire", "CD")]
    [InlineData("Soviet Union", "RU")]
    [InlineData("Yugoslavia", "RS")]
    [InlineData("Czechoslovakia", "CZ")]
    [InlineData("East Germany", "DE")]
    [InlineData("Rhodesia", "ZW")]
    public void A_former_country_never_folds_into_today_s_country(string name, string today)
    {
        var now = Knowledge.Country(today)!;
        Assert.NotSame(now, Knowledge.Find(name));
        Assert.DoesNotContain(name, now.Aliases);
        Assert.NotEqual(today, Knowledge.Find(name)!.CountryCode);
    }

    [Theory]
    [InlineData("Zairean", "ZRCD")]
    [InlineData("Yugoslav", "YUCS")]
    [InlineData("Czechoslovak", "CSHH")]
    [InlineData("Soviet", "SUHH")]
    [InlineData("Soviets", "SUHH")]
    [InlineData("East German", "DDDE")]
    public void A_former_country_s_demonym_is_its_own(string demonym, string code)
    {
        Assert.Equal(code, Knowledge.DemonymCountry(demonym));
    }

    [Fact]
    public void A_name_still_in_use_for_today_s_state_stays_today_s()
    {
        // "Burma" is the name many still write for Myanmar: the same state, so the same entity.
        Assert.Same(Knowledge.Country("MM"), Knowledge.Find("Burma"));
    }

    [Fact]
    public void Former_countries_and_their_peoples_are_places_and_nationalities_in_wire_copy()
    {
        var entities = Entities("ZAIRE SAYS CONGO ARMED REBELS .\n\nKINSHASA 1996-11-04\n\n"
            + "Zaire 's government accused neighbouring Congo on Monday of arming rebels in the east , a Zairean official said .\n\n"
            + "Veterans of the war that ended white rule in Rhodesia in 1980 , and former Rhodesian soldiers , are among the rebels , he said .\n\n"
            + "Since the break-up of the former Soviet Union , the Soviets ' old allies have few friends , said Lunda Mbekezi , a diplomat .");
        Assert.Equal(Kind.Location, KindOf(entities, "Zaire"));
        Assert.Equal(Kind.Location, KindOf(entities, "Congo"));
        Assert.DoesNotContain(entities, e => (e.Name == "Zaire" || e.Aliases.Contains("Zaire")) && (e.Name == "Congo" || e.Aliases.Contains("Congo")));
        Assert.Equal(Kind.Location, KindOf(entities, "Rhodesia"));
        Assert.Equal(Kind.Other, KindOf(entities, "Rhodesian"));
        Assert.Equal(Kind.Other, KindOf(entities, "Zairean"));
        Assert.Equal(Kind.Location, KindOf(entities, "Soviet Union"));
    }

    [Fact]
    public void A_former_country_is_a_national_side_as_a_country_is()
    {
        // Without Lexicon.HomeNations naming them: being countries keeps them places in a match report.
        var entities = Entities("SOCCER - CZECHOSLOVAKIA BEAT ZAIRE .\n\nBRATISLAVA 1992-06-10\n\n"
            + "Czechoslovakia beat Zaire 3-0 in a friendly on Wednesday . Zaire had drawn 1-1 with Yugoslavia on Sunday .");
        Assert.Equal(Kind.Location, KindOf(entities, "Czechoslovakia"));
        Assert.Equal(Kind.Location, KindOf(entities, "Zaire"));
        Assert.Equal(Kind.Location, KindOf(entities, "Yugoslavia"));
    }

    [Fact]
    public void The_republics_of_1990s_Yugoslavia_are_two_places_and_its_parliaments_are_organisations()
    {
        // "Serbia and Montenegro" was a state's name only from 2003: 1990s copy names the two republics.
        var entities = Entities("YUGOSLAV PARLIAMENT MEETS .\n\nBELGRADE 1996-12-02\n\n"
            + "Rump Yugoslavia , made up of Serbia and Montenegro , was not invited , the envoy said on Monday .\n\n"
            + "The Supreme Soviet of the former Soviet Union was dissolved in 1991 , he added .");
        Assert.Equal(Kind.Location, KindOf(entities, "Serbia"));
        Assert.Equal(Kind.Location, KindOf(entities, "Montenegro"));
        Assert.Null(KindOf(entities, "Serbia and Montenegro"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Supreme Soviet"));
    }
}
