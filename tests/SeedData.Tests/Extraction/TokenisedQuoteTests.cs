using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>
/// Quotes and speakers in tokenised wire copy, which puts spaces around every punctuation mark, straight
/// quote marks included (<c>" We kept it tight , " Maddox said .</c>). All names invented.
/// </summary>
public class TokenisedQuoteTests
{
    private const string Headline = "CRICKET - WESTBURY HOLD ON FOR DRAW .\n\nLONDON 1996-08-30\n\n";

    private const string Setup = Headline + "Westbury spinner Alan Maddox took five wickets as Kenwick captain Peter Drubb watched on Friday .\n\n";

    private static SeedData.Generator.Model.SeedArticle Article(string body)
    {
        var (article, diagnostics) = ExtractionHelper.Extract(body);
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.Id is "SEED0003" or "SEED0004");
        return article;
    }

    [Fact]
    public void A_tokenised_quote_is_the_words_between_its_marks()
    {
        var article = Article(Setup + "\" We kept it tight and the batsmen got tired , \" Maddox said .");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We kept it tight and the batsmen got tired ,", quote.Text);
        Assert.Equal(quote.Text, article.Units().ElementAt(quote.Unit).Text.Substring(quote.Offset, quote.Text.Length));
        Assert.Equal("Alan Maddox", quote.Speaker);
    }

    [Theory]
    [InlineData("\" We kept it tight , \" Maddox told reporters .", "Alan Maddox")]
    [InlineData("\" We kept it tight , \" Drubb told Reuters in Kenwick .", "Peter Drubb")]
    [InlineData("\" We kept it tight , \" said Maddox , chief bowling coach at Westbury in Dorset .", "Alan Maddox")]
    [InlineData("\" We kept it tight , \" Maddox , who played his first game , said .", "Alan Maddox")]
    [InlineData("Drubb said : \" We kept it tight . \"", "Peter Drubb")]
    [InlineData("Kenwick captain Peter Drubb told reporters : \" We kept it tight . \"", "Peter Drubb")]
    [InlineData("Maddox said the side was \" very tired \" after the tea break .", "Alan Maddox")]
    public void The_speaker_is_found_around_a_tokenised_quote(string paragraph, string speaker)
    {
        var article = Article(Setup + paragraph);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Two_tokenised_quotes_in_one_paragraph_are_two()
    {
        var article = Article(Setup + "\" We kept it tight , \" Maddox said . \" The batsmen got tired . \"");
        Assert.Equal(new[] { "We kept it tight ,", "The batsmen got tired ." }, article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal("Alan Maddox", q.Speaker));
    }

    [Fact]
    public void A_quote_split_by_its_cue_is_two_quotes_of_one_speaker()
    {
        var article = Article(Setup + "\" We need to do better , \" Drubb said , \" and we will . \"");
        Assert.Equal(new[] { "We need to do better ,", "and we will ." }, article.Quotes.Select(q => q.Text));
        Assert.All(article.Quotes, q => Assert.Equal("Peter Drubb", q.Speaker));
    }

    [Fact]
    public void A_tokenised_quote_goes_on_in_the_next_paragraph()
    {
        var article = Article(Setup + "Drubb , who batted for three hours , said : \" It was not our best day .\n\n\" We will come back next week , \" he said .");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("It was not our best day .\nWe will come back next week ,", quote.Text);
        Assert.Equal("Peter Drubb", quote.Speaker);
    }

    [Fact]
    public void Two_apostrophes_written_tokenised_are_a_double_mark()
    {
        var article = Article(Setup + "Drubb said '' we kept it tight , '' and left .");
        Assert.Equal("we kept it tight ,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void Tokenised_apostrophes_are_not_marks()
    {
        var article = Article(Setup + "\" The Men 's side won at St James ' Park in the ' 90s , \" Maddox said .");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The Men 's side won at St James ' Park in the ' 90s ,", quote.Text);
        Assert.Equal("Alan Maddox", quote.Speaker);
    }

    [Fact]
    public void A_tokenised_clitic_does_not_open_a_single_quote()
    {
        // Without the clitic rule, 's opened a single quote and the double quote after it nested inside it, unseen.
        var article = Article(Setup + "Westbury 's bowlers were tired . \"We kept it tight,\" Maddox said .");
        Assert.Equal("We kept it tight,", Assert.Single(article.Quotes).Text);
    }

    [Fact]
    public void A_tokenised_single_quote_inside_a_quote_stays_inside_it()
    {
        var article = Article(Setup + "\" The pitch was ' very slow ' all day , \" Maddox said .");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The pitch was ' very slow ' all day ,", quote.Text);
        Assert.Equal("Alan Maddox", quote.Speaker);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("''")]
    public void A_long_paragraph_of_tokenised_marks_is_extracted_quickly(string mark)
    {
        var paragraph = new StringBuilder();
        while (paragraph.Length < 100_000)
        {
            paragraph.Append(mark).Append(" Word Name , ").Append(mark).Append(" said Someone Else . ");
        }

        var watch = Stopwatch.StartNew();
        var (article, _) = ExtractionHelper.Extract(Headline + paragraph + "\n\nA last \" closed for good \" paragraph .");
        watch.Stop();
        Assert.Contains(article.Quotes, q => q.Text == "closed for good");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_lone_spaced_mark_in_a_table_opens_nothing()
    {
        var article = Article(Headline + "Westbury 6 \" rain total Monday , Kenwick 4 .");
        Assert.Empty(article.Quotes);
    }
}
