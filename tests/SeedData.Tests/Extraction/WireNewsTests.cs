using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Model;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;
using Kind = SeedData.Generator.Model.EntityKind;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Wire copy's own shapes (issue 11), on articles written for the tests: headlines in capitals, datelines
/// ("OSLO 1997-03-12", "AL-AIN , United Arab Emirates 1996-12-06") and text tokenised with spaces ("Russia 's",
/// "said , adding"). The unseen measure compares names per article case folded, as sets of (name, kind).
/// </summary>
public class WireNewsTests
{
    /// <summary>Every (name, kind) the article's entities are written as, case folded, as the scorer compares them.</summary>
    private static HashSet<(string Name, Kind Kind)> Folded(SeedEntity[] entities, string text) =>
        entities.SelectMany(e => e.Aliases.Prepend(e.Name).Where(text.Contains).Select(name => (name.ToLowerInvariant().Replace(" 's", "'s"), e.Kind))).ToHashSet();

    private static Kind[] KindsOf(SeedEntity[] entities, string text, string name) =>
        Folded(entities, text).Where(n => n.Name == name.ToLowerInvariant()).Select(n => n.Kind).Distinct().ToArray();

    [Fact]
    public void A_name_in_capitals_takes_one_kind_with_the_same_name_elsewhere()
    {
        // The headline's "LEADING SCORES AT DUBAI …" reads like a fixture ("SEATTLE AT BOSTON") and made its
        // DUBAI a team beside the dateline's place; and the body's event is the headline's too.
        const string text = "GOLF - LEADING SCORES AT DUBAI DESERT CLASSIC .\n\nDUBAI 1997-02-06\n\n"
            + "Leading first-round scores in the Dubai Desert Classic on Thursday ( Britain unless stated ) :\n\n65 Tomas Verhagen ( Netherlands )";
        var entities = Entities(text);
        Assert.Equal(new[] { Kind.Location }, KindsOf(entities, text, "DUBAI"));
        Assert.Equal(new[] { Kind.Other }, KindsOf(entities, text, "DUBAI DESERT CLASSIC"));
        Assert.Equal(new[] { Kind.Other }, KindsOf(entities, text, "Dubai Desert Classic"));
    }

    [Fact]
    public void A_dateline_with_its_country_after_a_comma_is_a_place()
    {
        foreach (var dateline in new[] { "AL-AIN , United Arab Emirates 1996-12-06", "AL-AIN, United Arab Emirates 1996-12-06" })
        {
            var text = "CRICKET - PAKISTAN WIN BY 46 RUNS .\n\n" + dateline + "\n\nPakistan beat New Zealand by 46 runs in the first one-day match on Friday .";
            var entities = Entities(text);
            Assert.Equal(new[] { Kind.Location }, KindsOf(entities, text, "AL-AIN"));
            Assert.Equal(new[] { Kind.Location }, KindsOf(entities, text, "United Arab Emirates"));
        }

        // An unknown place of two words, and a known one written with an abbreviation's period.
        const string unknown = "DOCKERS END STRIKE .\n\nSAN KELLBURO , Spain 1996-08-30\n\nDock workers ended a three-day strike on Friday , the port authority said .";
        Assert.Equal(new[] { Kind.Location }, KindsOf(Entities(unknown), unknown, "SAN KELLBURO"));

        const string abbreviated = "DOCKERS END STRIKE .\n\nST. PETERSBURG , Russia 1996-08-30\n\nDock workers ended a strike on Friday , a port official said .";
        var entities2 = Entities(abbreviated);
        Assert.Equal(new[] { Kind.Location }, KindsOf(entities2, abbreviated, "ST. PETERSBURG"));
        Assert.Empty(KindsOf(entities2, abbreviated, "PETERSBURG"));
    }

    [Fact]
    public void The_datelines_place_types_the_same_unknown_name_in_the_body()
    {
        // Without the dateline "the Rosmalen grass court tournament" reads as an organiser: one name, two kinds.
        const string text = "TENNIS - SWEDE REACHES FINAL .\n\nROSMALEN , Netherlands 1996-06-15\n\n"
            + "Swede Lars Kessler beat Dirk Vornholt 6-4 7-5 on Saturday to reach the final of the Rosmalen grass court tournament .";
        Assert.Equal(new[] { Kind.Location }, KindsOf(Entities(text), text, "Rosmalen"));
    }

    [Fact]
    public void A_headline_in_capitals_names_the_people_and_teams_of_the_body()
    {
        const string text = "BASEBALL - ORIOLES WIN AGAIN BEHIND KORVAC .\n\nBALTIMORE 1996-08-28\n\n"
            + "Dennis Korvac pitched seven strong innings as the Baltimore Orioles beat the Seattle Mariners 5-2 on Wednesday .";
        var entities = Entities(text);
        Assert.Equal(new[] { Kind.Person }, KindsOf(entities, text, "KORVAC"));
        Assert.Equal(new[] { Kind.Organization }, KindsOf(entities, text, "ORIOLES"));
        Assert.Equal(new[] { Kind.Location }, KindsOf(entities, text, "BALTIMORE"));

        const string club = "SOCCER - KELLMOOR SACK COACH AFTER DEFEAT .\n\nLONDON 1996-08-30\n\n"
            + "English second division club Kellmoor Athletic sacked coach Derek Amsworth on Friday after a 4-0 home defeat .";
        Assert.Equal(new[] { Kind.Organization }, KindsOf(Entities(club), club, "KELLMOOR"));

        // The headline's other words, a sport's prefix and a wire desk's labels are never names.
        const string labels = "UPDATE 1 - CORRECTED - SOCCER - BRAYFORD BEAT KELLMOOR TO WIN CUP .\n\nLONDON 1996-08-30\n\nBrayford beat Kellmoor 2-0 on Saturday to win the cup .";
        var found = Folded(Entities(labels), labels).Select(n => n.Name).ToHashSet();
        Assert.Subset(new HashSet<string> { "brayford", "kellmoor", "london" }, found);
        Assert.Empty(found.Intersect(new[] { "update", "update 1", "corrected", "soccer", "beat", "win", "cup", "win cup" }));
    }

    [Fact]
    public void Tokenised_spacing_changes_no_name_and_no_kind()
    {
        const string plain = "Kellmoor coach quits\n\nLONDON 1996-08-30\n\n"
            + "Kellmoor Athletic's coach Derek Amsworth resigned on Friday. Brayford's chairman Ron Pilbury said the club would not comment.\n\n"
            + "The Civic Alliance's Tomas Reiner said the decision was expected. Russia's Interfax news agency said the U.S., Britain and France were watching.";
        const string tokenised = "Kellmoor coach quits\n\nLONDON 1996-08-30\n\n"
            + "Kellmoor Athletic 's coach Derek Amsworth resigned on Friday . Brayford 's chairman Ron Pilbury said the club would not comment .\n\n"
            + "The Civic Alliance 's Tomas Reiner said the decision was expected . Russia 's Interfax news agency said the U.S. , Britain and France were watching .";
        var expected = Folded(Entities(plain), plain);
        Assert.Contains(expected, n => n.Name == "kellmoor athletic");
        Assert.Contains(("derek amsworth", Kind.Person), expected);
        Assert.Equal(expected.OrderBy(n => n.Name).ThenBy(n => n.Kind), Folded(Entities(tokenised), tokenised).OrderBy(n => n.Name).ThenBy(n => n.Kind));
    }

    [Fact]
    public void A_possessive_written_apart_stays_inside_a_name()
    {
        const string text = "Parties meet\n\nSEOUL 1996-12-05\n\nThe Korean People 's Army and the New People 's Party held talks on Thursday .";
        var names = Folded(Entities(text), text);
        Assert.Contains(("korean people's army", Kind.Organization), names);
        Assert.Contains(("new people's party", Kind.Organization), names);
    }

    [Fact]
    public void A_sports_body_named_only_in_a_capitals_headline_is_found()
    {
        const string text = "BASKETBALL - NBA RESULTS .\n\nNEW YORK 1996-12-06\n\nResults of games played on Thursday :\n\nKellmoor 103 Brayford 96";
        Assert.Contains(("nba", Kind.Organization), Folded(Entities(text), text));
    }

    [Fact]
    public void Places_written_the_english_or_the_older_way_are_places_not_people()
    {
        // GeoNames writes "Groznyy", "Kyiv" and "Mumbai", the country list "Bosnia and Herzegovina": the 1990s wire
        // wrote "Grozny", "Kiev", "Bombay" and "Bosnia", and these read as people before any scorer or verb.
        const string text = "RUSSIA - FIGHTING FLARES IN GROZNY .\n\nMOSCOW 1996-08-09\n\n"
            + "Rebels said Grozny was quiet on Friday after a night of shelling , while leaders of Bosnia 's parties met envoys in Kiev .\n\n"
            + "A ship bound for Bombay across the Indian Ocean was held , an official of the Chechnya mission said .";
        var entities = Entities(text);
        foreach (var place in new[] { "Grozny", "Bosnia", "Kiev", "Bombay", "Indian Ocean", "Chechnya" })
        {
            Assert.Equal(new[] { Kind.Location }, KindsOf(entities, text, place));
        }

        Assert.Empty(KindsOf(entities, text, "Ocean"));
    }
}
