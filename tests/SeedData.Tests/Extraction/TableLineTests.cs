using Kind = SeedData.Generator.Model.EntityKind;
using Xunit;
using static SeedData.Tests.Extraction.ExtractionHelper;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Rows written one to a line without a blank line between them (<c>UnitLines</c>): a line break that ends a row is a
/// unit boundary for the recognizer, a line break that wraps prose is not. Every text is invented.
/// </summary>
public class TableLineTests
{
    [Fact]
    public void Fixture_rows_on_consecutive_lines_do_not_fuse()
    {
        // Joined, the rows read "Brayford at Kellmoor Falls Ostervik at Nordby Dunmore Rovers Garrison Athletic": names
        // ran across the line breaks and two lines without a separator were lost. (A row's opening word of no
        // dictionary, "Ostervik", is lost as a paragraph's would be: a sentence opener.)
        var entities = Entities("BASKETBALL - LEAGUE FIXTURES .\n\nBRAYFORD 1996-11-30\n\nFixtures on Saturday :\n"
            + "Brayford at Kellmoor Falls\nOstervik at Nordby\nDunmore Rovers\nGarrison Athletic\n");
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellmoor Falls"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Nordby"));
        Assert.NotNull(KindOf(entities, "Dunmore Rovers"));
        Assert.NotNull(KindOf(entities, "Garrison Athletic"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Falls Ostervik") || e.Name.Contains("Nordby Dunmore"));
    }

    [Fact]
    public void Known_places_in_fixture_rows_are_the_teams()
    {
        // One fixture a line: each line is a fixture of two sides, so the cities are teams, not places. Joined, the
        // line without a separator ran into its neighbours ("Chicago Miami Heat Dallas").
        var entities = Entities("BASKETBALL - LEAGUE FIXTURES .\n\nTORONTO 1996-12-06\n\nFixtures on Friday :\n"
            + "Boston at Denver\nPortland at Chicago\nMiami Heat\nDallas at Seattle\n");
        Assert.NotNull(KindOf(entities, "Miami Heat"));
        foreach (var side in new[] { "Boston", "Denver", "Portland", "Chicago", "Dallas", "Seattle" })
        {
            Assert.Equal(Kind.Organization, KindOf(entities, side));
        }
    }

    [Fact]
    public void A_standings_block_keeps_each_row_to_itself()
    {
        // The label's colon and each row's numbers end the line: the first team is not read with the label, and a
        // row that lost its numbers ("Korvala United") is not run into the next row's name.
        var entities = Entities("SOCCER - FIRST DIVISION STANDINGS .\n\nVESTRAND 1996-11-30\n\n"
            + "Standings after Saturday 's matches ( played , won , drawn , lost , goals for , against , points ) :\n"
            + "Vestrand 15 11 2 2 30 12 35\nKorvala United\nTomas Hedlander\nPellham Athletic 15 6 4 5 20 20 22\n");
        Assert.NotNull(KindOf(entities, "Vestrand"));
        Assert.NotNull(KindOf(entities, "Korvala United"));
        Assert.NotNull(KindOf(entities, "Tomas Hedlander"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Pellham Athletic"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("United Tomas") || e.Name.Contains("Hedlander Pellham"));
    }

    [Fact]
    public void A_price_list_is_read_row_by_row()
    {
        // Joined to its label, the rows were prose ("… ( in crowns ) : Korvala Kraft 112.50 up 1.50 Pellham …"); alone,
        // each is a row of a table whose name opens it, a company. A row of a metals list names nothing.
        var entities = Entities("STOCKS - VESTRAND SHARES CLOSE MIXED .\n\nVESTRAND 1996-11-29\n\n"
            + "Closing prices of the most active shares on the Vestrand bourse on Friday ( in crowns ) :\n"
            + "Korvala Kraft 112.50 up 1.50\nPellham Brothers 45.10 down 0.20\nDunmore Holdings 12.75 up 0.25\n\n"
            + "Metals closed mixed on the Kellmoor Metal Exchange ( in dollars per tonne ) :\n"
            + "Copper 2,245.50 2,246.00\nAluminium 1,512.00 1,513.00\n");
        Assert.Equal(Kind.Organization, KindOf(entities, "Korvala Kraft"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Pellham Brothers"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Kellmoor Metal Exchange"));
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Copper") || e.Name.StartsWith("Aluminium"));
    }

    [Fact]
    public void Results_rows_after_a_wrapped_label_are_teams()
    {
        // The label is a long line of prose ending in a colon; the rows after it are results, each a unit of its own.
        var entities = Entities("ICE HOCKEY - LEAGUE RESULTS .\n\nTORONTO 1996-12-06\n\n"
            + "Results of league games on Thursday ( home team in CAPS ) :\nHALIFAX 4 Montreal 2\nColorado 3 CALGARY 1\n");
        Assert.Equal(Kind.Organization, KindOf(entities, "HALIFAX"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Montreal"));
    }

    [Fact]
    public void Hard_wrapped_prose_stays_one_sentence()
    {
        // Wrapped at about 80 columns: the lines are as wide as the text's widest, and the next word would not have
        // fitted, so the name that runs over the break ("Halvorsen / Utilities Group") is one name.
        var entities = Entities("BUSINESS - WATER UTILITY NAMES NEW CHAIRMAN .\n\nKELLMOOR 1996-11-30\n\n"
            + "The board of the regional water utility met on Friday and the chairman of Halvorsen\n"
            + "Utilities Group said the company would raise its rates next year , while Marta Velloso ,\n"
            + "a spokeswoman for the Dunmore Valley Growers Association , said farmers would\n"
            + "fight the increase in court .\n");
        Assert.Equal(Kind.Organization, KindOf(entities, "Halvorsen Utilities Group"));
        Assert.Null(KindOf(entities, "Halvorsen"));
        Assert.Equal(Kind.Person, KindOf(entities, "Marta Velloso"));
        Assert.Equal(Kind.Organization, KindOf(entities, "Dunmore Valley Growers Association"));
    }

    [Fact]
    public void A_line_of_prose_that_stops_mid_sentence_goes_on_in_unwrapped_text()
    {
        // The other paragraphs are single long lines, so the text has no wrap width; a line of prose that ends without
        // a full stop still runs on into the next, and a line that ends its sentence ends there.
        var entities = Entities("BUSINESS - UTILITY RAISES RATES .\n\nKELLMOOR 1996-11-30\n\n"
            + "The regional water utility said on Friday it would raise its rates by four percent next year , the first rise since 1991 , "
            + "after a dry summer cut its income and its costs rose .\n\n"
            + "A spokesman for the chairman of Halvorsen\nUtilities Group said the rise was needed .\n"
            + "Vestrand Council will meet on Monday .\n");
        Assert.Equal(Kind.Organization, KindOf(entities, "Halvorsen Utilities Group"));
        Assert.Null(KindOf(entities, "Halvorsen"));
        Assert.DoesNotContain(entities, e => e.Name.Contains("needed") || e.Name.Contains(". Vestrand"));
    }

    [Fact]
    public void A_speaker_after_results_rows_in_the_same_paragraph_is_found()
    {
        // The mentions found in the line units are moved back onto the whole paragraph, where the speaker is looked for.
        var (article, _) = ExtractionHelper.Extract("SOCCER - CUP RESULTS .\n\nBRAYFORD 1996-11-30\n\n"
            + "Brayford 2 Kellmoor 1\nOstervik 0 Nordby 3\n\"We deserved it ,\" said Nordby coach Halvar Rensfeldt .\n");
        Assert.Equal("Halvar Rensfeldt", article.SpeakerOf("We deserved it ,"));
    }
}
