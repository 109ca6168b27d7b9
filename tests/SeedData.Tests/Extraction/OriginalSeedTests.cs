using System.Linq;
using SeedData.Generator.Model;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>The "done means" of issue 3 on the original seed (seeds/000_e95d443ff1a0138e.txt).</summary>
public class OriginalSeedTests
{
    private static readonly SeedArticle Article = ExtractionHelper.Extract(
        GeneratorHarness.RepositorySeeds().First(s => s.Path.EndsWith("000_e95d443ff1a0138e.txt")).GetText()!.ToString(),
        "000_e95d443ff1a0138e").Article;

    [Fact]
    public void All_eleven_direct_quotations_are_found()
    {
        string[] expected =
        {
            "The People’s Republic of China still stands by Russia",
            "The People’s Republic of China still stands by Russia,",
            "The People’s Republic of China still stands by Russia.",
            "that this is truly a moment when we all need to stand up, as one G20 country after another has done, to condemn the aggression.",
            "deep exchange of views",
            "normal exchange",
            "mutual respect",
            "open and constructive",
            "Despite the complexity of our relationship,",
            "useful, open and constructive.",
            "deep concern",
        };

        Assert.Equal(expected, Article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void The_conveyed_quote_is_Blinkens()
    {
        var quote = Article.Quotes.Single(q => q.Text.StartsWith("that this is truly a moment"));
        Assert.Equal("Antony Blinken", quote.Speaker);
    }

    [Theory]
    [InlineData("normal exchange")]
    [InlineData("mutual respect")]
    public void The_partial_quotes_after_Wang_stressed_are_Wangs(string text) =>
        Assert.Equal("Wang Yi", Article.SpeakerOf(text));

    [Theory]
    [InlineData("Blinken", "Person")]
    [InlineData("Wang Yi", "Person")]
    [InlineData("Donald Trump", "Person")]
    [InlineData("G20", "Organization")]
    [InlineData("CCTV", "Organization")]
    [InlineData("China", "Location")]
    [InlineData("Russia", "Location")]
    [InlineData("Ukraine", "Location")]
    [InlineData("United States", "Location")]
    [InlineData("Taiwan", "Location")]
    [InlineData("Hong Kong", "Location")]
    [InlineData("Indonesia", "Location")]
    [InlineData("Bali", "Location")]
    [InlineData("Germany", "Location")]
    [InlineData("Saudi Arabia", "Location")]
    public void The_listed_entities_are_found_with_their_kinds(string name, string kind)
    {
        var entity = Article.Entity(name);
        Assert.NotNull(entity);
        Assert.Equal(kind, entity!.Kind.ToString());
    }

    [Fact]
    public void Surname_and_full_name_are_one_person()
    {
        var blinken = Article.Entity("Blinken")!;
        Assert.Equal("Antony Blinken", blinken.Name);
        Assert.Equal("Wang Yi", Article.Entity("Wang")!.Name);
        Assert.Equal("United States", Article.Entity("USA")!.Name);
        Assert.Equal("United States", Article.Entity("US")!.Name);
    }

    [Theory]
    [InlineData("Secretary of State")]
    [InlineData("US Secretary of State")]
    [InlineData("Also")]
    [InlineData("Despite")]
    public void Roles_and_sentence_openers_are_not_entities(string name) =>
        Assert.Null(Article.Entity(name));

    [Fact]
    public void Every_quote_has_a_speaker_from_the_articles_entities()
    {
        var names = Article.Entities.Select(e => e.Name).ToHashSet();
        Assert.All(Article.Quotes, q => Assert.Contains(q.Speaker!, names));
    }
}
