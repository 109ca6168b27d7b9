using System.Linq;
using SeedData.Generator.Model;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Long institution names kept whole (an institution's head word with "of the", "and" or "on" inside the name, and a
/// site's word after a body's name), and the lists, pairs and "person or club of a place" phrases those rules must not
/// fuse. Every text is invented, in Wikinews and in tokenised 1990s wire style; the boundary is tested, not the kind.
/// </summary>
public class InstitutionNameTests
{
    private static bool Has(SeedEntity[] entities, string surface) =>
        entities.Any(e => e.Name == surface || e.Aliases.Contains(surface));

    private static void NoneContains(SeedEntity[] entities, string part) =>
        Assert.DoesNotContain(entities, e => e.Name.Contains(part) || e.Aliases.Any(a => a.Contains(part)));

    [Fact]
    public void Of_the_before_a_place_that_opens_a_body_name_stays_inside_the_name()
    {
        var entities = Entities("Lifeboat goes on show\n\nVisitors to the Maritime Museum of the U.S. Coast Guard in Velport saw the boat on Tuesday.");
        Assert.True(Has(entities, "Maritime Museum of the U.S. Coast Guard"));
        Assert.False(Has(entities, "Maritime Museum"));

        var wire = Entities("NAVY RELICS ON SHOW .\n\nVELPORT 1996-08-22\n\nThe Naval Museum of the U.S. Navy said on Thursday it would show the wreck .");
        Assert.True(Has(wire, "Naval Museum of the U.S. Navy"));
    }

    [Fact]
    public void And_between_english_words_that_reach_a_head_word_is_inside_the_name()
    {
        var entities = Entities("Rocket moves\n\nThe rocket will go to the U.S. Soil and Water Center in Brannholm, and a capsule to the National Rail and Tram Museum in Velport.");
        Assert.True(Has(entities, "U.S. Soil and Water Center"));
        Assert.True(Has(entities, "National Rail and Tram Museum"));
        Assert.False(Has(entities, "U.S. Soil"));
        Assert.False(Has(entities, "National Rail"));

        // A name of its own may open it; a nationality after the "and" opens a second name.
        var wire = Entities("COLLEGE MERGER .\n\nVELPORT 1996-08-22\n\nThe Brannholm State Community and Technical College said on Friday it would merge . "
            + "Shares in Korvane Power and British Gas rose .");
        Assert.True(Has(wire, "Brannholm State Community and Technical College"));
        NoneContains(wire, "Power and");

        // The head word may be followed by more of the name ("… Museum Korvane Annex").
        var annex = Entities("Space shuttle\n\nThe National Sea and Sky Museum Korvane Annex will also receive a model.");
        Assert.True(Has(annex, "National Sea and Sky Museum Korvane Annex"));
    }

    [Fact]
    public void On_and_a_subject_after_a_body_head_word_is_inside_the_name()
    {
        var entities = Entities("Group sues\n\nThe Council on Brannish-Velder Relations said it would sue the city.");
        Assert.True(Has(entities, "Council on Brannish-Velder Relations"));
        Assert.False(Has(entities, "Council"));

        var wire = Entities("PANEL URGES TALKS .\n\nGENEVA 1996-08-22\n\n\" We want talks , \" said Harold Venn of the Ostrava Commission on Rural Water in a statement .");
        Assert.True(Has(wire, "Ostrava Commission on Rural Water"));
        Assert.False(Has(wire, "Rural Water"));
    }

    [Fact]
    public void A_site_word_after_a_body_name_continues_it_and_is_no_person()
    {
        var entities = Entities("Shuttle display\n\nThe orbiter will go on display at the Velder Space Center Visitor Complex after its last flight.");
        Assert.True(Has(entities, "Velder Space Center Visitor Complex"));
        Assert.False(Has(entities, "Visitor Complex"));
    }

    [Fact]
    public void Lists_and_pairs_of_names_are_not_fused()
    {
        var entities = Entities("Ministers meet\n\nBritain and France signed the accord on Monday, and Boeing and Airbus both bid for the order. "
            + "Officials at the Pentagon and the State Department declined to comment after talks between Israel and Syria stalled. "
            + "The Home Office and Foreign Office disagreed, and the Royal Navy and Royal Air Force sent ships.");
        NoneContains(entities, " and ");
        Assert.True(Has(entities, "Home Office"));
        Assert.True(Has(entities, "Foreign Office"));
        Assert.True(Has(entities, "Royal Navy"));
        Assert.True(Has(entities, "Royal Air Force"));
    }

    [Fact]
    public void A_club_or_person_of_a_place_or_body_is_not_fused()
    {
        var entities = Entities("Striker moves\n\nThe striker left Brannvik of Amsterdam for Velmar of Rotterdam last year, while the president of France watched. "
            + "Tom Kellwick of Reuters asked the first question.\n\nThe Security Council on Iraq was silent, and the Commission on Monday said it would act.");
        NoneContains(entities, " of ");
        Assert.True(Has(entities, "Amsterdam"));
        Assert.True(Has(entities, "Rotterdam"));
        Assert.True(Has(entities, "Tom Kellwick"));
        NoneContains(entities, " on ");
    }
}
