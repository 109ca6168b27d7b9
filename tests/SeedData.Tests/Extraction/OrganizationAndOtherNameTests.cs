using System.Linq;
using SeedData.Generator.Model;
using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Classes of organisation and Other (event, product, work) names that were cut short or made up, seen
/// on both GUM news and wikigold (issue 11, `orgs` branch); each on sentences written for the test.
/// </summary>
public class OrganizationAndOtherNameTests
{
    private static bool Has(SeedEntity[] entities, string surface) =>
        entities.Any(e => e.Name == surface || e.Aliases.Contains(surface));

    [Fact]
    public void An_ordinal_before_a_name_is_part_of_it()
    {
        var entities = Entities("Veterans parade\n\nThe garrison of 317th Lancers paraded through Korvik on Sunday. Veterans of the 4th Battle of Brannholm Ridge "
            + "marched beside them, while 1st Lieutenant Mara Velting watched from the square until 21st December.");
        Assert.True(Has(entities, "317th Lancers"));
        Assert.True(Has(entities, "4th Battle of Brannholm Ridge"));
        Assert.True(Has(entities, "Mara Velting"));
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("1st", System.StringComparison.Ordinal) || e.Name.Contains("21st"));
    }

    [Fact]
    public void A_version_or_year_after_a_longer_name_is_part_of_it()
    {
        var entities = Entities("Browsers and laws\n\nUsers of Korvik Navigator 7 were asked to upgrade before the Brannholm Water Act 2004 took effect. "
            + "The Velting Cup 2019 final drew crowds, and Sweden beat South Korea 1 – 0. The Brannholm Labour Party 40 percent share held. The Commission fined Korvik Microsystems 410 million euros.");
        Assert.True(Has(entities, "Korvik Navigator 7"));
        Assert.True(Has(entities, "Brannholm Water Act 2004"));
        Assert.True(Has(entities, "Velting Cup 2019"));
        Assert.True(Has(entities, "South Korea"));
        Assert.True(Has(entities, "Brannholm Labour Party"));
        Assert.True(Has(entities, "Korvik Microsystems"));
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" 1", System.StringComparison.Ordinal) || e.Name.EndsWith(" 40", System.StringComparison.Ordinal) || e.Name.EndsWith(" 410", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_name_runs_through_its_and()
    {
        var entities = Entities("Talks\n\nEnvoys from Bosnia and Herzegovina met officials of Trinidad and Tobago in Korvik on Monday, while Britain and France sent observers.");
        Assert.True(Has(entities, "Bosnia and Herzegovina"));
        Assert.True(Has(entities, "Trinidad and Tobago"));
        Assert.True(Has(entities, "France"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Britain and"));
    }

    [Fact]
    public void A_nationality_before_english_words_is_part_of_the_name()
    {
        var entities = Entities("History\n\nThe magazine Canadian Lighthouse reported on the decline of the Portuguese Empire, and Italian Marco Venturi wrote the cover story.");
        Assert.True(Has(entities, "Canadian Lighthouse"));
        Assert.True(Has(entities, "Portuguese Empire"));
        Assert.True(Has(entities, "Marco Venturi"));
        Assert.DoesNotContain(entities, e => e.Name is "Lighthouse" or "Empire" || e.Name.StartsWith("Italian ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_word_before_a_colon_ends_the_name_it_is_no_label()
    {
        var entities = Entities("Lanterns\n\nThe minister told Korvik News: \"We are ready.\" The Brannholm Festival: a week of music in the old port of Velting.");
        Assert.True(Has(entities, "Korvik News"));
        Assert.True(Has(entities, "Brannholm Festival"));
        Assert.DoesNotContain(entities, e => e.Name is "News" or "Festival");
    }

    [Fact]
    public void An_event_head_word_makes_the_name_an_event()
    {
        var entities = Entities("Sport\n\nThe side won the Korvik Bowl in January. Mara Velting took the Brannholm Tennis Classic, and the Ostrava Lotto paid out twice.");
        Assert.Equal(Kind.Other, entities.Single(e => e.Name == "Korvik Bowl").Kind);
        Assert.Equal(Kind.Other, entities.Single(e => e.Name == "Brannholm Tennis Classic").Kind);
        Assert.Equal(Kind.Other, entities.Single(e => e.Name == "Ostrava Lotto").Kind);
    }

    [Fact]
    public void A_party_named_alone_in_politics_is_an_organisation()
    {
        // "Labor" (Australia, Israel) is a party of organizations.txt as "Labour" is; "Labor Secretary" is an office.
        var entities = Entities("ISRAEL 'S LABOR SAYS LIKUD HAS NO PLAN .\n\nJERUSALEM 1996-06-10\n\n"
            + "Labor said on Monday that Likud had no plan for talks with Syria . In Britain , Labour leads the Tories by 20 points .");
        Assert.Equal(Kind.Organization, entities.FirstOrDefault(e => e.Name == "Labor" || e.Aliases.Contains("Labor"))?.Kind);
        Assert.Equal(Kind.Organization, entities.FirstOrDefault(e => e.Name == "Likud" || e.Aliases.Contains("Likud"))?.Kind);
        Assert.Equal(Kind.Organization, entities.FirstOrDefault(e => e.Name == "Labour" || e.Aliases.Contains("Labour"))?.Kind);
        Assert.Equal(Kind.Organization, entities.FirstOrDefault(e => e.Name == "Tories" || e.Aliases.Contains("Tories"))?.Kind);

        var american = Entities("U.S. JOBS DATA .\n\nWASHINGTON 1996-09-06\n\nThe figures were strong , Labor Secretary Robert Reich said on Friday .");
        Assert.False(Has(american, "Labor"));
        Assert.True(Has(american, "Robert Reich"));
    }
}
