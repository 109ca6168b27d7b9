using System.Linq;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Names 1990s wire copy cites constantly (issue 11, `press` branch): the world's newspapers, magazines, news agencies
/// and broadcasters (Knowledge/press.txt), national Red Cross and Red Crescent societies (organizations.txt) and North
/// American major-league teams (teams.txt), found whole and typed Organization; a paper's English article is not
/// part of its name, and a paper whose name alone is an English word is known only after "the". Every text is
/// invented, in tokenised wire style, with invented people.
/// </summary>
public class PressAndLeagueTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Instance;

    private static bool Has(SeedEntity[] entities, string surface) =>
        entities.Any(e => e.Name == surface || e.Aliases.Contains(surface));

    [Fact]
    public void Foreign_papers_cited_by_the_wire_are_organizations()
    {
        var entities = Entities("PAPERS SAY CABINET WILL FALL .\n\nMOSCOW 1996-10-14\n\n"
            + "Izvestia said on Monday the cabinet would fall , while Nezavisimaya Gazeta said it would survive .\n\n"
            + "Le Figaro and Handelsblatt quoted Ostap Varenko , a banker , as saying the rouble was safe .\n\n"
            + "Yedioth Ahronoth and Kathimerini carried the story , and the Asahi Shimbun said Tokyo was watching .\n\n"
            + "El Mundo said Madrid would stay out , Bild said Bonn would too , and Newsweek ran the story on its cover .");
        foreach (var paper in new[] { "Izvestia", "Nezavisimaya Gazeta", "Le Figaro", "Handelsblatt", "Yedioth Ahronoth", "Kathimerini", "Asahi Shimbun", "El Mundo", "Bild", "Newsweek" })
        {
            Assert.Equal(Kind.Organization, KindOf(entities, paper));
        }

        Assert.Equal(Kind.Person, KindOf(entities, "Ostap Varenko"));
    }

    [Fact]
    public void News_agencies_and_broadcasters_are_organizations()
    {
        var entities = Entities("QUAKE HITS BORDER TOWN .\n\nVIENNA 1996-10-14\n\n"
            + "Hungary 's MTI news agency and Poland 's PAP said the quake was felt in the south , and Croatia 's HINA said no one was hurt .\n\n"
            + "Austria 's ORF and Germany 's ARD and ZDF broadcast pictures , IRNA and MENA carried the report , Sapa said .");
        foreach (var name in new[] { "MTI", "PAP", "HINA", "ORF", "ARD", "ZDF", "IRNA", "MENA", "Sapa" })
        {
            Assert.Equal(Kind.Organization, KindOf(entities, name));
        }
    }

    [Fact]
    public void An_english_paper_is_named_without_its_article_and_the_hague_keeps_its_own()
    {
        var entities = Entities("MINISTER DENIES REPORT .\n\nLONDON 1996-10-14\n\n"
            + "The Guardian said on Monday the minister had met the lobbyist , a report the Economist called wrong .\n\n"
            + "The Sun said the minister would quit , and the court in The Hague will hear the case .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Guardian"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Economist"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Sun"));
        Assert.False(Has(entities, "The Guardian"));
        Assert.False(Has(entities, "the Economist"));
        Assert.Equal(Kind.Location, KindOf(entities, "The Hague"));
    }

    [Fact]
    public void A_paper_whose_name_is_an_english_word_is_known_only_after_the_article()
    {
        Assert.Null(Knowledge.Find("Times"));
        Assert.Null(Knowledge.Find("Economist"));
        Assert.Equal("Times", Knowledge.Find("the Times")?.Name);
        Assert.Equal("Daily Mirror", Knowledge.Find("the Mirror")?.Name);

        // The ordinary words stay ordinary: a sentence's first word, a title before a name, a longer name.
        var entities = Entities("RATES TO RISE .\n\nLONDON 1996-10-14\n\n"
            + "Economist Harald Venn said on Monday rates would rise .\n\n"
            + "Times were hard for exporters , he said .\n\n"
            + "Mirror images of the chart showed the same , and the Times Square crowd cheered .");
        Assert.Equal(Kind.Person, KindOf(entities, "Harald Venn"));
        Assert.False(Has(entities, "Economist"));
        Assert.False(Has(entities, "Times"));
        Assert.False(Has(entities, "Mirror"));
        Assert.DoesNotContain(entities, e => e.Kind == Kind.Organization && e.Name.Contains("Times"));
    }

    [Fact]
    public void A_national_red_cross_society_is_one_name()
    {
        var entities = Entities("AID REACHES FLOOD TOWN .\n\nGENEVA 1996-10-14\n\n"
            + "The British Red Cross and the Norwegian Red Cross sent doctors on Monday , and the Iraqi Red Crescent sent tents .\n\n"
            + "Ilse Brannack of the International Committee of the Red Cross ( ICRC ) said the convoy had arrived .");
        Assert.Equal(Kind.Organization, KindOf(entities, "British Red Cross"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Norwegian Red Cross"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Iraqi Red Crescent"));
        Assert.Equal(Kind.Organization, KindOf(entities, "International Committee of the Red Cross"));
        Assert.False(Has(entities, "British"));
        Assert.False(Has(entities, "Norwegian"));
        Assert.Equal(Kind.Person, KindOf(entities, "Ilse Brannack"));
    }

    [Fact]
    public void A_major_league_team_named_in_full_is_an_organization_not_a_person()
    {
        var entities = Entities("NBA BASKETBALL - ORLANDO BEAT CHICAGO .\n\nORLANDO , Florida 1996-12-06\n\n"
            + "Orlando Magic guard Darnell Pruitt scored 31 points as his side beat Chicago 98-92 on Thursday .\n\n"
            + "The fans said the heat in the arena was terrible , but the magic was back .\n\n"
            + "Toronto Maple Leafs\n\n"
            + "Montreal Expos pitcher Jorge Vallas signed a new contract .");
        Assert.Equal(Kind.Organization, KindOf(entities, "Orlando Magic"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Toronto Maple Leafs"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Montreal Expos"));
        Assert.Equal(Kind.Person, KindOf(entities, "Darnell Pruitt"));
        Assert.Equal(Kind.Person, KindOf(entities, "Jorge Vallas"));
        Assert.False(Has(entities, "Magic"));
    }
}
