using System.Linq;
using SeedData.Generator.Model;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;
using Kind = SeedData.Generator.Model.EntityKind;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Candidates that are no names at all, or names with the wrong bounds (issue 11, `orgs2` branch), each
/// class on sentences written for the test.
/// </summary>
public class NameBoundaryTests
{
    private static SeedEntity? Owner(SeedEntity[] entities, string surface) =>
        entities.FirstOrDefault(e => e.Name == surface || e.Aliases.Contains(surface));

    [Fact]
    public void A_lone_word_opening_a_sentence_with_a_possessive_is_a_name_unless_the_dictionary_knows_it()
    {
        var entities = Entities("Striker injured\n\nKellmoor's Italian striker Marco Venturi was injured on Saturday.\n\n"
            + "Today’s game was the last of the year.");
        Assert.NotNull(Owner(entities, "Kellmoor"));
        Assert.Null(Owner(entities, "Today"));
    }

    [Fact]
    public void A_players_position_opening_a_sentence_is_a_role_not_part_of_the_name()
    {
        // "Tore" is also an English word: without the role, "Striker Tore" was taken for a name of its own.
        var entities = Entities("Match report\n\nStriker Tore Andre Vasstrup gave Kellmoor the lead after 20 minutes. "
            + "Goalkeeper Jon Pellworth saved a penalty before half-time.");
        Assert.Equal(Kind.Person, Owner(entities, "Jon Pellworth")?.Kind);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Striker") || e.Name.StartsWith("Goalkeeper"));
    }

    [Theory]
    [InlineData("Flyhalf Gareth Wallace kicked 17 points against Italy .", "Gareth Wallace")]
    [InlineData("Flanker Rhodri Pugh-Morgan returns after injury , the coach said .", "Rhodri Pugh-Morgan")]
    [InlineData("Opener Rafiq Anwar top-scored with 62 .", "Rafiq Anwar")]
    [InlineData("Spinner Nkosana Mpofu took four wickets for 41 runs .", "Nkosana Mpofu")]
    [InlineData("Goaltender Mikko Lehtovaara made 31 saves .", "Mikko Lehtovaara")]
    public void Positions_of_rugby_cricket_and_hockey_opening_a_sentence_are_roles_too(string sentence, string person)
    {
        var entities = Entities("Sports roundup\n\n" + sentence);
        Assert.Equal(Kind.Person, Owner(entities, person)?.Kind);
        Assert.DoesNotContain(entities, e => e.Name.Contains(sentence.Split(' ')[0]));
    }

    [Fact]
    public void An_organisations_head_word_without_an_article_is_no_name()
    {
        var entities = Entities("Bridge fund approved\n\nThe Harrowgate Transport Commission approved the bridge fund on Monday. "
            + "Commission staff will publish the plans next week.\n\nThe Kellmoor Weekly News reported the vote. News of the decision spread quickly in the valley.");
        Assert.Equal(Kind.Organization, Owner(entities, "Harrowgate Transport Commission")?.Kind);
        Assert.Equal(Kind.Organization, Owner(entities, "Kellmoor Weekly News")?.Kind);
        Assert.Null(Owner(entities, "Commission"));
        Assert.Null(Owner(entities, "News"));
    }

    [Fact]
    public void An_organisations_head_word_after_an_article_is_its_short_form()
    {
        var entities = Entities("Bridge fund approved\n\nThe Harrowgate Transport Commission approved the bridge fund on Monday. "
            + "The nonpartisan Commission said the vote was unanimous.\n\nThe Kellmoor Weekly News reported the vote, and a News reporter asked for the minutes.");
        Assert.Same(Owner(entities, "Harrowgate Transport Commission"), Owner(entities, "Commission"));
        Assert.Same(Owner(entities, "Kellmoor Weekly News"), Owner(entities, "News"));
    }

    [Fact]
    public void A_person_with_an_unknown_given_name_after_an_organisation_ending_in_a_place_is_a_person_of_it()
    {
        var entities = Entities("Students rally\n\nA chemistry major at University of Ontario Toronto Ruvelle Quandish said the rally would go ahead. "
            + "Quandish said the campus police had been told.");
        Assert.Equal(Kind.Organization, Owner(entities, "University of Ontario Toronto")?.Kind);
        Assert.Equal(Kind.Person, Owner(entities, "Ruvelle Quandish")?.Kind);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Toronto Ruvelle"));
    }

    [Fact]
    public void An_abbreviated_place_prefix_keeps_its_period_inside_the_name()
    {
        var entities = Entities("Season opens\n\nThe pitcher moved from St. Petersburg to Ft. Worth in May, and climbed Mt. Rainier in June.");
        Assert.Equal(Kind.Location, Owner(entities, "St. Petersburg")?.Kind);
        Assert.Equal(Kind.Location, Owner(entities, "Ft. Worth")?.Kind);
        Assert.Equal(Kind.Location, Owner(entities, "Mt. Rainier")?.Kind);
        Assert.DoesNotContain(entities, e => e.Name is "St" or "Ft" or "Mt");
    }

    [Fact]
    public void A_place_and_a_plural_after_it_are_a_team_even_when_a_word_is_also_a_given_name()
    {
        var entities = Entities("Trade talks\n\nThe pitcher was traded to the Toronto Blue Jays in June and joined the St. Louis Cardinals a year later.");
        Assert.Equal(Kind.Organization, Owner(entities, "Toronto Blue Jays")?.Kind);
        Assert.Equal(Kind.Organization, Owner(entities, "St. Louis Cardinals")?.Kind);
        Assert.Null(Owner(entities, "Blue Jays"));
    }
}
