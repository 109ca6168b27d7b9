using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>The cue patterns around a quote, pronouns and role nouns.</summary>
public class AttributionTests
{
    private const string Setup = "Talks resume in Geneva\n\nForeign Minister Maria Lopez of Chile met Health Secretary John Carter of the Acme Party on Friday.\n\n";

    [Theory]
    [InlineData("“We agreed,” said Carter.", "John Carter")]
    [InlineData("“We agreed,” Carter said.", "John Carter")]
    [InlineData("Lopez said: “We agreed.”", "Maria Lopez")]
    [InlineData("“We agreed,” Lopez told reporters.", "Maria Lopez")]
    [InlineData("Carter, a former banker, said “we agreed” on most points.", "John Carter")]
    [InlineData("According to Lopez, the sides “agreed on most points”.", "Maria Lopez")]
    [InlineData("Lopez said that the sides had “agreed on most points”.", "Maria Lopez")]
    [InlineData("Carter then left. “We agreed,” he said.", "John Carter")]
    [InlineData("Lopez then left. “We agreed,” she said.", "Maria Lopez")]
    [InlineData("“We agreed,” the minister said.", "Maria Lopez")]
    [InlineData("“We agreed,” the party said.", "Acme Party")]
    [InlineData("Lopez spoke first. “We agreed,” she said. “It took long.”", "Maria Lopez")]
    public void Finds_the_speaker(string paragraph, string speaker)
    {
        var (article, _) = ExtractionHelper.Extract(Setup + paragraph);
        var last = article.Quotes[article.Quotes.Count - 1];
        Assert.Equal(speaker, last.Speaker);
    }

    [Fact]
    public void A_quote_without_any_cue_or_previous_speaker_has_none()
    {
        var (article, _) = ExtractionHelper.Extract("Storm hits the coast\n\nThe storm hit on Monday.\n\n“Nobody was ready.”");
        Assert.Null(Assert.Single(article.Quotes).Speaker);
    }
}
