using SeedData.Generator.Extraction.Knowledge;
using Kind = global::SeedData.Generator.Model.EntityKind;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Given names of the wire's people from everywhere (issue 11): compromise's first names beside human-names' six
/// languages, a hand-written list for sports and politics copy, and compounds read from their parts.
/// </summary>
public class GivenNameTests
{
    private static KnowledgeBase Knowledge => KnowledgeBase.Instance;

    [Theory]
    [InlineData("Jean-Marc", 'm')]
    [InlineData("Hans-Peter", 'm')]
    [InlineData("Karl-Heinz", 'm')]
    [InlineData("Marie-Claire", 'f')]
    [InlineData("Dieter", 'm')]
    [InlineData("Jörg", 'm')]
    [InlineData("Wasim", 'm')]
    [InlineData("Hideto", 'm')]
    public void International_and_compound_given_names_are_known(string name, char gender) =>
        Assert.Equal(gender, Knowledge.GivenName(name));

    [Theory]
    [InlineData("Jean-Kellmoor")]
    [InlineData("Coca-Cola")]
    [InlineData("Nguyen")]
    [InlineData("-Marc")]
    public void A_compound_with_a_part_that_is_no_given_name_is_none(string name) =>
        Assert.Equal('\0', Knowledge.GivenName(name));

    [Fact]
    public void A_golf_leaderboard_s_players_with_such_names_are_people()
    {
        const string text = "GOLF - HALLORAN LEADS AT VALDERNE OPEN .\n\nMALMO , Sweden 1996-08-23\n\n"
            + "Leading scores after the second round of the Valderne Open on Friday ( Britain and Ireland unless stated ) :\n\n"
            + "133 Niall Halloran 66 67\n136 Marco Tessadri ( Italy ) 70 66 , Jörg Ruppenthal ( Germany ) 69 67\n"
            + "137 Jean-Marc Lavaud ( France ) 68 69 , Colm Rafferty 71 66";
        var entities = ExtractionHelper.Extract(text).Article.Entities;
        Assert.Equal(Kind.Person, Assert.Single(entities, e => e.Name == "Jörg Ruppenthal").Kind);
        Assert.Equal(Kind.Person, Assert.Single(entities, e => e.Name == "Jean-Marc Lavaud").Kind);
    }
}
