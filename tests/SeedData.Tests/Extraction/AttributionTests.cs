using System.Linq;
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
    [InlineData("Carter spoke first. The plan needs “a lawful source of income,” as Lopez put it.", "Maria Lopez")]
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

    /// <summary>The speaker of the last quote of an article made of a headline and the given paragraphs.</summary>
    private static string? LastSpeaker(string paragraphs)
    {
        var (article, _) = ExtractionHelper.Extract("Council votes on the harbour plan\n\n" + paragraphs);
        return article.Quotes[article.Quotes.Count - 1].Speaker;
    }

    [Theory]
    [InlineData("The plan was drafted by Tom Reyes last year.\n\n“It is a good day for the harbour,” said Maria Lopez.", "Maria Lopez")]
    [InlineData("Tom Reyes opposed the plan.\n\n“It is a good day for the harbour,” Rep. Maria Lopez (D-Ohio) said Friday.", "Maria Lopez")]
    [InlineData("Maria Lopez spoke after Tom Reyes.\n\n“It is a good day for the harbour,” Mr. Reyes said.", "Tom Reyes")]
    [InlineData("Tom Reyes voted against it.\n\n“Why is this plan still on the table?” Lopez demanded.\n\nMaria Lopez left early.", "Maria Lopez")]
    [InlineData("Tom Reyes said in the letter that the advert “plainly and wrongly” suggests that Northbank Capital backs the plan.", "Tom Reyes")]
    [InlineData("When Maria Lopez noted that Tom Reyes had not paid ― as the files showed ― Reyes boasted, “That makes me clever.”", "Tom Reyes")]
    [InlineData("The Harbour Party voted against it.\n\n“This is a waste of time,” said Del. Maria Lopez of the harbour district.", "Maria Lopez")]
    public void The_grammatical_speaker_wins_over_the_nearest_name(string paragraphs, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(paragraphs));

    [Theory]
    [InlineData("Tom Reyes said the plan would pass. He met John Carter on Monday.\n\n“We did it,” he said.", "Tom Reyes")]
    [InlineData("“The vote is close,” Tom Reyes said.\n\nThe plan was first put forward by John Carter in 2019.\n\n“We will win it,” he said.", "Tom Reyes")]
    [InlineData("Maria Lopez said the vote was close. According to Lopez, the harbour board was split because many members disagreed with Ana Silva’s proposal.\n\n“We will win it,” she said.", "Maria Lopez")]
    public void A_pronoun_goes_to_the_last_speaker_not_the_last_name(string paragraphs, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(paragraphs));

    [Theory]
    [InlineData("The New York Post reports that the mayor will “step down before the summer ends”.", "New York Post")]
    [InlineData("“The mayor will step down before the summer,” Reuters reported.", "Reuters")]
    [InlineData("“The mayor will step down before the summer,” the FBI said.", "Federal Bureau of Investigation")]
    [InlineData("The Harbour Authority released a statement on Monday. Tom Reyes was not mentioned in it.\n\n“The works will start in May,” it said.", "Harbour Authority")]
    [InlineData("Maria Lopez met the board of Northbank Capital.\n\n“We will not lend to the city,” the bank said.", "Northbank Capital")]
    [InlineData("The Harbour Authority runs the port. The United Nations brokered the deal.\n\nFees have fallen, the authority said in a statement. It said costs were now “lower than before the war”.", "Harbour Authority")]
    public void Organisations_speak(string paragraphs, string speaker) =>
        Assert.Contains(speaker, LastSpeaker(paragraphs) ?? "");

    [Theory]
    [InlineData("“Prices will rise,” said Ana Silva, chief strategist at Northbank Capital in Lisbon.", "Ana Silva")]
    [InlineData("“Prices will rise,” said Northbank Capital strategist Ana Silva.", "Ana Silva")]
    [InlineData("Ana Silva, chief strategist at Northbank Capital, which advises the city, said prices would “rise sharply this year”.", "Ana Silva")]
    [InlineData("“Prices will rise,” Ana Silva, the chief strategist at Northbank Capital, one of the banks that lend to the city, said on Monday.", "Ana Silva")]
    public void A_speaker_with_a_long_apposition_is_found(string paragraphs, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(paragraphs));

    [Theory]
    [InlineData("Maria Lopez spoke first.\n\n“Tom Reyes will never win this vote,” Ana Silva said.", "Ana Silva")]
    [InlineData("Maria Lopez spoke first.\n\nAna Silva said that “Tom Reyes has lost the vote” on Monday.", "Ana Silva")]
    [InlineData("Maria Lopez spoke first.\n\nAna Silva said during a rally that Tom Reyes once described the plan as “a gift to the harbour”.", "Ana Silva")]
    public void A_name_inside_the_quote_or_its_clause_is_not_the_speaker(string paragraphs, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(paragraphs));

    [Fact]
    public void A_quote_signed_under_it_with_a_dash_is_the_signers()
    {
        var (article, _) = ExtractionHelper.Extract("Readers on the harbour plan\n\n“The harbour needs this plan.” ― Ana Silva\n\n“It will cost too much.” ― Tom Reyes");
        Assert.Equal(new[] { "Ana Silva", "Tom Reyes" }, article.Quotes.Select(q => q.Speaker ?? ""));
    }

    [Fact]
    public void A_quote_without_a_cue_continues_the_last_person_who_spoke_not_a_place() =>
        Assert.Equal("Tom Reyes", LastSpeaker("Tom Reyes said on Monday that Norway claims to be neutral. In fact, the north supports the plan. “The harbour board is not neutral at all.”"));

    [Fact]
    public void A_transcript_label_opening_the_quote_is_the_speaker()
    {
        var (article, _) = ExtractionHelper.Extract("Harbour plan: the interview\n\nMaria Lopez spoke to Tom Reyes on Sunday.\n\n\"REYES: Will the plan pass? Ask the board about “value for money.”\"\n\n\"LOPEZ: The board will vote for it.\"");
        Assert.Equal(new[] { "REYES", "REYES", "LOPEZ" }, article.Quotes.Select(q => q.Speaker ?? ""));
    }

    [Theory]
    [InlineData("“The port must close,” Tom Reyes said on Monday.\n\nOn “Harbour Talk,” Rep. Maria Lopez (D-Ohio), who lost the primary to Reyes, named the costs as the reason to vote no. “The people here are tired of paying for it.”", "Maria Lopez")]
    [InlineData("“The port must be closed,” Tom Reyes said on Monday.\n\nHis former partner at Northbank Capital, Maria Lopez, called him a master of deals. “He always found the money.”", "Maria Lopez")]
    [InlineData("“The port must close,” Tom Reyes said on Monday. Maria Lopez left the room. “We will fight it in court.”", "Tom Reyes")]
    public void A_quote_without_a_cue_after_a_sentence_about_a_new_person_is_that_persons(string paragraphs, string speaker) =>
        Assert.Equal(speaker, LastSpeaker(paragraphs));

    [Theory]
    [InlineData("“The port must close,” Maria Lopez said.\n\nThe Harbour Times did a check on Tom Reyes’s claim that there have been “thousands of ships” in the port this year.", "Tom Reyes")]
    [InlineData("The Harbour Times then said that Tom Reyes’s claim about “thousands of ships” was true.", "Harbour Times")]
    public void A_quote_in_a_possessors_claim_is_the_possessors_unless_a_verb_of_saying_reports_it(string paragraphs, string speaker) =>
        Assert.Contains(speaker, LastSpeaker(paragraphs) ?? "");
}
