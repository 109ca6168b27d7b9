using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Parsing;

/// <summary>The layout rules of docs/seed-format.md, one shape at a time.</summary>
public class SeedParserTests
{
    [Fact]
    public void Original_seed_has_every_part_and_seven_body_paragraphs_in_three_sections()
    {
        var seed = GeneratorHarness.RepositorySeeds().Single(s => s.Path.EndsWith("000_e95d443ff1a0138e.txt"));
        var article = Parse(seed.GetText().ToString());

        Assert.Equal("US Secretary of State Blinken calls on China to distance itself from Russia", article.Headline.Text);
        Assert.Equal("G20 Foreign Ministers Meeting", article.Kicker?.Text);
        Assert.StartsWith("US Secretary of State Blinken accuses Beijing of lying:", article.Subheadline?.Text);
        Assert.StartsWith("US Secretary of State Antony Blinken (r) shakes hands", article.Caption?.Text);
        Assert.Equal("© Stefani Reynolds/Pool AFP/AP/DPA", article.Credit?.Text);
        Assert.StartsWith("US Secretary of State Antony Blinken has urged China", article.Lead?.Text);
        Assert.Equal("site-3", article.Source?.Text);
        Assert.Equal(new string?[] { null, "China strikes critical tones towards the USA", "Blinken emphasizes “open and constructive” discussions" }, article.Sections.Select(s => s.Heading?.Text));
        Assert.Equal(new[] { 2, 3, 2 }, article.Sections.Select(s => s.Paragraphs.Count));
        Assert.DoesNotContain(article.Units(), u => u.Text.StartsWith("Also read"));
        Assert.Equal(10, article.Lead!.Line);
    }

    [Fact]
    public void Headline_and_lead_only_leaves_the_other_parts_empty()
    {
        var article = Parse("Storm closes ports\n\nAll ports on the coast closed on Monday as a storm approached.\n");

        Assert.Equal("Storm closes ports", article.Headline.Text);
        Assert.Null(article.Kicker);
        Assert.Null(article.Subheadline);
        Assert.Null(article.Caption);
        Assert.Null(article.Credit);
        Assert.Null(article.Source);
        Assert.Equal("All ports on the coast closed on Monday as a storm approached.", article.Lead?.Text);
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void A_headline_alone_is_an_article()
    {
        var article = Parse("Just a headline");

        Assert.Equal("Just a headline", article.Headline.Text);
        Assert.Null(article.Lead);
        Assert.Empty(article.Sections);
    }

    [Fact]
    public void Lines_of_one_block_are_trimmed_and_joined_with_single_spaces_and_keep_their_positions()
    {
        var article = Parse("Headline\n\n  First line of the lead,\n\tsecond line of it.  \n");

        Assert.Equal("First line of the lead, second line of it.", article.Lead!.Text);
        var second = article.Lead.Locate(article.Lead.Text.IndexOf("second"));
        Assert.Equal((4, 2), (second.Line, second.Column));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Every_line_end_the_compiler_knows_separates_lines(string newline)
    {
        var article = Parse("Headline" + newline + newline + "Lead." + newline + newline + "Second paragraph." + newline);

        Assert.Equal("Headline", article.Headline.Text);
        Assert.Equal("Lead.", article.Lead?.Text);
        Assert.Equal(3, article.Lead!.Line);
        Assert.Equal("Second paragraph.", Assert.Single(Assert.Single(article.Sections).Paragraphs).Text);
    }

    [Fact]
    public void Lines_under_the_headline_in_its_block_are_read_as_the_next_block()
    {
        var article = Parse("Headline\nKicker line\nA subheadline that explains more.\n\nA photo of the port.\n\n© Photo Agency\n\nLead.\n");

        Assert.Equal("Headline", article.Headline.Text);
        Assert.Equal("Kicker line", article.Kicker?.Text);
        Assert.Equal("A subheadline that explains more.", article.Subheadline?.Text);
        Assert.Equal("A photo of the port.", article.Caption?.Text);
        Assert.Equal("© Photo Agency", article.Credit?.Text);
        Assert.Equal("Lead.", article.Lead?.Text);
    }

    [Fact]
    public void Without_a_credit_a_short_first_line_is_a_kicker()
    {
        var article = Parse("Ports close\n\nWeather\n\nAll ports closed on Monday.\n\nMore text follows here.\n");

        Assert.Equal("Weather", article.Kicker?.Text);
        Assert.Null(article.Caption);
        Assert.Equal("All ports closed on Monday.", article.Lead?.Text);
    }

    [Fact]
    public void A_heading_like_last_line_stays_a_paragraph()
    {
        var article = Parse("Ports close\n\nAll ports closed on Monday.\n\nSecond paragraph.\n\nReporting by Ana Ruiz\n");

        var section = Assert.Single(article.Sections);
        Assert.Null(section.Heading);
        Assert.Equal(new[] { "Second paragraph.", "Reporting by Ana Ruiz" }, section.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("China strikes critical tones towards the USA", true)]
    [InlineData("Blinken emphasizes “open and constructive” discussions", true)]
    [InlineData("He said this.", false)]
    [InlineData("What happens next?", false)]
    [InlineData("“We are ready.”", false)]
    [InlineData("1234", false)]
    [InlineData("© Agency", false)]
    public void Headings_are_short_lines_without_closing_punctuation(string line, bool expected)
    {
        Assert.Equal(expected, SeedParser.IsHeadingLike(line));
    }

    [Fact]
    public void Source_trailer_needs_exactly_one_word()
    {
        Assert.Equal("site-9", Parse("Headline\n\nLead.\n\nsource site-9\n").Source?.Text);
        var sentence = Parse("Headline\n\nLead.\n\nSource of the river is in the mountains\n");
        Assert.Null(sentence.Source);
        Assert.Equal("Source of the river is in the mountains", Assert.Single(Assert.Single(sentence.Sections).Paragraphs).Text);
    }

    private static SeedArticle Parse(string text)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var article = SeedParser.Parse("test", "/project/seeds/test.txt", text, diagnostics, CancellationToken.None);
        Assert.NotNull(article);
        return article!;
    }
}
