using System.Linq;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>Quotation styles, apostrophes, multi-paragraph quotes and unbalanced marks.</summary>
public class QuoteScannerTests
{
    private static string[] Quotes(string body) =>
        ExtractionHelper.Extract("Headline of the test article\n\n" + body).Article.Quotes.Select(q => q.Text).ToArray();

    [Theory]
    [InlineData("“We will win,” she said.", "We will win,")]
    [InlineData("\"We will win,\" she said.", "We will win,")]
    [InlineData("Sie sagte: „Wir gewinnen.“ Dann ging sie.", "Wir gewinnen.")]
    [InlineData("Il a dit: «Nous gagnerons» hier.", "Nous gagnerons")]
    [InlineData("Er sagte: »Wir gewinnen« gestern.", "Wir gewinnen")]
    [InlineData("She called it ‘a disgrace’ on Monday.", "a disgrace")]
    [InlineData("She called it 'a disgrace' on Monday.", "a disgrace")]
    [InlineData("Elle a dit: ‹non› hier.", "non")]
    public void Finds_every_quotation_style(string body, string quote) =>
        Assert.Equal(new[] { quote }, Quotes(body));

    [Fact]
    public void A_straight_mark_glued_to_a_comma_still_opens()
    {
        var (article, diagnostics) = ExtractionHelper.Extract("Headline of the test article\n\nWilkins said,\" he liked the flash\". Then she left.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("he liked the flash", quote.Text);
        Assert.Equal("he liked the flash", article.Units().ElementAt(quote.Unit).Text.Substring(quote.Offset, quote.Text.Length));
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id is "SEED0003" or "SEED0004");
    }

    [Fact]
    public void Single_quotes_nest_inside_double_quotes()
    {
        var quotes = Quotes("“He told me ‘never again’ and left,” she said.");
        Assert.Equal(new[] { "He told me ‘never again’ and left," }, quotes);
    }

    [Theory]
    [InlineData("The People’s Republic and the workers’ union don’t agree, O’Brien said of the '90s and the ’80s.")]
    [InlineData("It's the country's rock 'n' roll, said the boys' coach.")]
    public void Apostrophes_are_not_quotes(string body)
    {
        var (article, diagnostics) = ExtractionHelper.Extract("Headline of the test article\n\n" + body);
        Assert.Empty(article.Quotes);
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id is "SEED0003" or "SEED0004");
    }

    [Fact]
    public void A_quote_continues_over_paragraphs_that_open_with_a_mark()
    {
        var (article, _) = ExtractionHelper.Extract("Headline of the test article\n\nShe said: “First part.\n\n“Second part.\n\n“Third part,” she added.\n\nAfter.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("First part.\nSecond part.\nThird part,", quote.Text);
        Assert.Equal(-1, quote.Offset);
        Assert.Equal(3, quote.Line);
    }

    [Fact]
    public void An_unclosed_mark_closes_at_the_end_of_its_paragraph_and_is_reported_where_it_opened()
    {
        var (article, diagnostics) = ExtractionHelper.Extract("Headline of the test article\n\nHe said “this never ends.\n\nNext paragraph with “a whole quote” here.");
        Assert.Equal(new[] { "this never ends.", "a whole quote" }, article.Quotes.Select(q => q.Text));
        var unclosed = Assert.Single(diagnostics, d => d.Descriptor.Id == "SEED0003");
        Assert.Equal(3, unclosed.Where!.Line);
        Assert.Equal(9, unclosed.Where.Column);
        Assert.Equal(1, unclosed.Where.Length);
    }

    [Fact]
    public void A_closing_mark_without_an_opening_one_is_reported()
    {
        var (article, diagnostics) = ExtractionHelper.Extract("Headline of the test article\n\nThis ends” here, and “this one is” fine.");
        Assert.Equal(new[] { "this one is" }, article.Quotes.Select(q => q.Text));
        var unopened = Assert.Single(diagnostics, d => d.Descriptor.Id == "SEED0004");
        Assert.Equal(10, unopened.Where!.Column);
    }

    [Fact]
    public void Quotes_in_the_headline_and_headings_are_found_with_their_units()
    {
        var (article, _) = ExtractionHelper.Extract("Minister: “We will not resign”\n\nThe minister spoke on Monday.\n\nReaction to “the plan is wrong”\n\nCritics said it was wrong.");
        Assert.Equal(new[] { ("We will not resign", 0, 11), ("the plan is wrong", 2, 13) }, article.Quotes.Select(q => (q.Text, q.Unit, q.Offset)));
    }

    [Fact]
    public void Quote_offsets_and_lines_point_into_the_unit()
    {
        var (article, _) = ExtractionHelper.Extract("Headline of the test article\n\nFirst paragraph.\n\nShe said “yes” twice.");
        var quote = Assert.Single(article.Quotes);
        var units = article.Units().ToList();
        Assert.Equal("yes", units[quote.Unit].Text.Substring(quote.Offset, 3));
        Assert.Equal(5, quote.Line);
    }

    [Fact]
    public void A_quote_without_a_speaker_is_reported_as_information()
    {
        var (_, diagnostics) = ExtractionHelper.Extract("Headline of the test article\n\n“Nobody knows.”");
        Assert.Contains(diagnostics, d => d.Descriptor.Id == "SEED0011");
    }

    [Theory]
    [InlineData("Her memoir “A Long Road Home” sold well in the spring.")]
    [InlineData("Doctors mocked his “miracle” diet in the spring.")]
    [InlineData("The shop sold “organic” bread and “fresh” eggs every day.")]
    [InlineData("“Budget talks collapse in the capital” — Daily Ledger, May 2, 2024")]
    [InlineData("The mayor spoke on the radio show “Morning in the Harbour.”")]
    [InlineData("The money went into a separate “holding fund.”")]
    [InlineData("Voters heard it again.\n\n“Nothing Left to Lose.”\n\nThe campaign went on.")]
    [InlineData("Ana Silva's commentary, \"Tell the harbour your story,\" is very thoughtful.")]
    [InlineData("He read an essay titled “What the town owes its workers” to the council.")]
    public void Titles_cited_titles_and_scare_quotes_are_not_quotes(string body) =>
        Assert.Empty(Quotes(body));

    [Theory]
    [InlineData("“No,” she said.", "No,")]
    [InlineData("She waved at the crowd. “The Mayor. Our Mayor.”", "The Mayor. Our Mayor.")]
    [InlineData("Ana Silva called the plan “a disaster” on Monday.", "a disaster")]
    [InlineData("Ana Silva spoke first. The plan was “a disaster” for the town.", "a disaster")]
    [InlineData("“We will rebuild the bridge.” ― Ana Silva", "We will rebuild the bridge.")]
    [InlineData("“Keep Moving Forward,” the mayor said.", "Keep Moving Forward,")]
    public void Short_and_signed_quotes_with_a_cue_stay_quotes(string body, string quote) =>
        Assert.Equal(new[] { quote }, Quotes(body));

    [Fact]
    public void A_quote_nested_three_deep_keeps_the_outer_quote_and_its_speaker()
    {
        var (article, diagnostics) = ExtractionHelper.Extract(
            "Headline of the test article\n\n“He told me ‘she said “they left” yesterday’ and walked off,” said Ana Silva.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("He told me ‘she said “they left” yesterday’ and walked off,", quote.Text);
        Assert.Equal("Ana Silva", quote.Speaker);
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id is "SEED0003" or "SEED0004");
    }

    [Fact]
    public void A_double_quote_inside_a_double_quote_nests_when_both_close()
    {
        var quotes = Quotes("“As a nurse I would rather live in what he calls “chaos” than stay silent.” ― Ana Silva\n\n“We left,” he said. “Then we came back.”");
        Assert.Equal(new[] { "As a nurse I would rather live in what he calls “chaos” than stay silent.", "We left,", "Then we came back." }, quotes);
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_closing_mark_opens_a_quote()
    {
        var quotes = Quotes("Tom Reyes spoke after the vote.\n\n” … and that is why we stayed,” he said.");
        Assert.Equal(new[] { " … and that is why we stayed," }, quotes);
    }

    [Theory]
    [InlineData("\"We agreed,\"said Ana Silva. \"It took long.\"")]
    [InlineData("“We agreed,”said Ana Silva. “It took long.”")]
    [InlineData("“We agreed,“ said Ana Silva. “It took long.”")]
    [InlineData("\"We agreed,\" said Ana Silva. \"It took long.\"")]
    public void A_quote_and_the_name_after_it_stay_apart(string body)
    {
        var (article, _) = ExtractionHelper.Extract("Headline of the test article\n\n" + body);
        Assert.Equal(new[] { ("We agreed,", "Ana Silva"), ("It took long.", "Ana Silva") }, article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
    }

    [Fact]
    public void An_unclosed_quote_ends_where_the_next_quote_opens()
    {
        // Two paragraphs on consecutive lines are one unit: the first quote was never closed.
        var (article, diagnostics) = ExtractionHelper.Extract(
            "Headline of the test article\n\n“It is a warning,” Ana Silva said. “We have waited for years and nothing came of it.\n“I have been thinking about it all week,” added Tom Reyes.");
        Assert.Equal(
            new[] { ("It is a warning,", "Ana Silva"), ("We have waited for years and nothing came of it.", "Ana Silva"), ("I have been thinking about it all week,", "Tom Reyes") },
            article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
        Assert.Single(diagnostics, d => d.Descriptor.Id == "SEED0003");
    }

    [Theory]
    [InlineData("\"I read them the question: “Do you trust the plan?” Most said no,\" said Ana Silva.", "I read them the question: “Do you trust the plan?” Most said no,")]
    [InlineData("“I read them the question: \"Do you trust the plan?\" Most said no,” said Ana Silva.", "I read them the question: \"Do you trust the plan?\" Most said no,")]
    public void A_quote_inside_a_quote_of_the_other_family_is_a_quote_of_its_own_and_the_outer_speakers(string body, string outer)
    {
        var (article, _) = ExtractionHelper.Extract("Headline of the test article\n\nAna Silva ran the survey.\n\n" + body);
        Assert.Equal(new[] { (outer, "Ana Silva"), ("Do you trust the plan?", "Ana Silva") }, article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
    }

    [Fact]
    public void A_headline_quote_that_the_body_repeats_is_reported_once_in_the_body()
    {
        var (article, _) = ExtractionHelper.Extract(
            "Mayor calls the bridge plan ‘A Disaster’\n\nMayor Ana Silva called the bridge plan “a disaster” on Monday.\n\n“We will not build it,” she said.");
        Assert.Equal(new[] { ("a disaster", "Ana Silva"), ("We will not build it,", "Ana Silva") }, article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
        Assert.All(article.Quotes, q => Assert.NotEqual(0, q.Unit));
    }

    [Theory]
    [InlineData("Doctors say he kept promoting “quack” medical cures, the report said.")]
    [InlineData("Critics said the girls were granted \"parole\" status on arrival.")]
    public void A_word_in_quotation_marks_before_the_noun_it_modifies_is_no_quote(string body) =>
        Assert.Empty(Quotes(body));

    [Theory]
    [InlineData("She said “yes” twice on Monday.", "yes")]
    [InlineData("He called it “absolutely right” when asked.", "absolutely right")]
    [InlineData("The minister expressed “deep concern” at the vote.", "deep concern")]
    [InlineData("He vowed to sweep away what he called the ‘blockers’ holding up new homes.", "blockers")]
    [InlineData("She said she wanted a “fresh start” soon after the vote.", "fresh start")]
    public void A_short_quote_that_ends_its_phrase_stays_a_quote(string body, string quote) =>
        Assert.Equal(new[] { quote }, Quotes(body));

    [Theory]
    [InlineData("Twenty years ago the paper hailed him as “The Comeback Kid” for his work.", "The Comeback Kid")]
    [InlineData("The bill, known as the “Harbour Safety and Renewal Act” was passed in May.", "Harbour Safety and Renewal Act")]
    public void A_name_given_after_as_is_a_quote(string body, string quote) =>
        Assert.Equal(new[] { quote }, Quotes(body));

    [Fact]
    public void A_name_after_as_that_modifies_a_noun_is_no_quote() =>
        Assert.Empty(Quotes("The seats, commonly known as “Harbour District Council” seats, went to the opposition."));

    [Fact]
    public void Two_apostrophes_write_a_double_mark()
    {
        var (article, diagnostics) = ExtractionHelper.Extract(
            "Headline of the test article\n\n''It's anti-reform,'' said Tom Reyes, whose group's view is known. ''It adds complexity.\n\n''And it will not last,'' he added.");
        Assert.Equal(
            new[] { ("It's anti-reform,", "Tom Reyes"), ("It adds complexity.\nAnd it will not last,", "Tom Reyes") },
            article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id is "SEED0003" or "SEED0004");
    }

    [Fact]
    public void A_teaser_without_a_speaker_is_reported_once_where_its_speaker_is_named()
    {
        var (article, _) = ExtractionHelper.Extract(
            "Harbour plan faces the vote\n\nTalk compared to 'changing the rules' at half time.\n\nAna Silva, the mayor, compared the board to a team that is \"changing the rules\" at half time.");
        Assert.Equal(new[] { ("changing the rules", "Ana Silva") }, article.Quotes.Select(q => (q.Text, q.Speaker ?? "")));
    }
}
