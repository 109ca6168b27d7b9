using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.EndToEnd;

/// <summary>The README's first command: the sample app over the repository's seeds/.</summary>
[Trait("Category", "EndToEnd")]
public class SampleTests
{
    [Fact]
    public void Sample_prints_the_original_article_with_its_parts()
    {
        var (exitCode, output) = DotNet.Run(Repository.Root, "run", "--project", "src/SeedData.Sample");

        Assert.True(exitCode == 0, output);
        Assert.Contains("US Secretary of State Blinken calls on China to distance itself from Russia", output);
        Assert.Contains("Kicker: G20 Foreign Ministers Meeting", output);
        Assert.Contains("Credit: © Stefani Reynolds/Pool AFP/AP/DPA", output);
        Assert.Contains("Source: site-3", output);
        Assert.Contains("Body: 7 paragraphs in 3 sections", output);
        Assert.Contains("## China strikes critical tones towards the USA", output);
        Assert.Matches(@"\d+ articles, \d+ entities in the corpus\.", output);
    }
}
