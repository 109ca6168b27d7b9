using System.Linq;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Evidence that a name is a person, read across the article: a surname that is also a known place's
/// name ("Valeska Paris" … "Paris said"), without taking a capital's government for a person.
/// </summary>
public class PersonEvidenceTests
{
    private static bool HasPlace(SeedEntity[] entities, string name) => entities.Any(e => e.Name == name && e.Kind == Kind.Location);

    [Fact]
    public void A_surname_that_is_a_known_place_is_the_person_where_it_speaks_or_has_a_family()
    {
        var entities = Entities("Held at sea\n\nHelena Lima, a former crew member, says she was held aboard for years. "
            + "Lima said the crew took her passport. Lima was twenty then, and Lima’s father had warned her.");
        var person = Assert.Single(entities, e => e.Name == "Helena Lima");
        Assert.Equal(Kind.Person, person.Kind);
        Assert.Contains("Lima", person.Aliases);
        Assert.False(HasPlace(entities, "Lima"));
    }

    [Fact]
    public void The_place_stays_where_the_article_also_writes_it_as_a_place()
    {
        var entities = Entities("Held at sea\n\nHelena Lima was born in Lima but grew up at sea. "
            + "Lima said the crew took her passport.");
        var person = Assert.Single(entities, e => e.Name == "Helena Lima");
        Assert.Equal(Kind.Person, person.Kind);
        Assert.Contains("Lima", person.Aliases);
        Assert.True(HasPlace(entities, "Lima"));
    }

    [Fact]
    public void A_capital_that_speaks_with_no_one_of_its_name_in_the_article_stays_the_place()
    {
        var entities = Entities("Talks stall\n\nThe two delegations met in Geneva on Monday. Lima said the talks had failed, "
            + "and Paris said it would not sign. Mr. Okonkwo Adebayo left early.");
        Assert.True(HasPlace(entities, "Lima"));
        Assert.True(HasPlace(entities, "Paris"));
        Assert.DoesNotContain(entities, e => e.Kind == Kind.Person && e.Aliases.Contains("Paris"));
    }

    [Fact]
    public void The_word_after_a_picture_credit_label_is_who_made_the_picture()
    {
        // Sentence-initial after the colon and known from nothing else: only the label says it is a name.
        var entities = Entities("Eczema cream trial\n\nA trial of the cream in children found that it helped, doctors said on Monday.\n\n"
            + "An example of severe eczema. Image: Torvalesk.\n\nThe clinic in Milan. Photo: NASA.");
        Assert.Equal(Kind.Person, entities.Single(e => e.Name == "Torvalesk").Kind);
        Assert.Equal(Kind.Organization, entities.Single(e => e.Name == "NASA" || e.Aliases.Contains("NASA")).Kind);
    }
}
