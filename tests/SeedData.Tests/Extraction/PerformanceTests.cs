using System;
using System.Diagnostics;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Extraction;

/// <summary>Extraction is linear: a 1 MB article and a 100,000-character paragraph of unbalanced marks finish quickly.</summary>
public class PerformanceTests
{
    /// <summary>Generous for a shared CI machine; a quadratic scan takes minutes on these inputs.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;

    public PerformanceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_one_megabyte_article_is_extracted_quickly()
    {
        var text = new StringBuilder("Big article headline for the benchmark\n\n");
        var i = 0;
        while (text.Length < 1_000_000)
        {
            text.Append("Minister Anna Berg of Norway met Chancellor Olaf Brandt in Berlin on Monday. “We agreed on paragraph ")
                .Append(i++)
                .Append(",” Berg said. She added that the “talks were useful” and Brandt’s party, the Union of Farmers (UOF), agreed.\n\n");
        }

        var watch = Stopwatch.StartNew();
        var (article, _) = ExtractionHelper.Extract(text.ToString());
        watch.Stop();
        _output.WriteLine($"1 MB article: {text.Length:N0} characters, {article.Quotes.Count:N0} quotes, {article.Entities.Count} entities in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(2 * i, article.Quotes.Count);
        Assert.True(watch.Elapsed < Limit, watch.Elapsed.ToString());
    }

    [Fact]
    public void A_run_on_paragraph_of_names_quotes_and_pronouns_is_extracted_quickly()
    {
        // No sentence ends at all: every quote's left context and every pronoun look-up is bounded.
        var paragraph = new StringBuilder();
        var i = 0;
        while (paragraph.Length < 100_000)
        {
            paragraph.Append("Anna Berg").Append(i % 7).Append(" met the minister and “we agree” she said, and the party said “fine” while he noted ");
            i++;
        }

        var watch = Stopwatch.StartNew();
        var (article, _) = ExtractionHelper.Extract("Headline of the run-on test\n\n" + paragraph);
        watch.Stop();
        _output.WriteLine($"100,000-character run-on paragraph: {article.Quotes.Count:N0} quotes, {article.Entities.Count} entities in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(2 * i, article.Quotes.Count);
        Assert.True(watch.Elapsed < Limit, watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("”")]
    [InlineData("'")]
    [InlineData("«")]
    public void A_long_paragraph_of_unbalanced_marks_is_extracted_quickly(string mark)
    {
        var paragraph = new StringBuilder();
        while (paragraph.Length < 100_000)
        {
            paragraph.Append(mark).Append("Word Name ").Append(mark).Append(mark).Append(" said Someone Else ");
        }

        var watch = Stopwatch.StartNew();
        var (article, diagnostics) = ExtractionHelper.Extract("Headline of the unbalanced test\n\n" + paragraph + "\n\nA last “closed for good” paragraph.");
        watch.Stop();
        _output.WriteLine($"100,000-character paragraph of {mark}: {article.Quotes.Count:N0} quotes, {diagnostics.Count:N0} diagnostics in {watch.ElapsedMilliseconds} ms");
        Assert.Contains(article.Quotes, q => q.Text == "closed for good");
        Assert.True(watch.Elapsed < Limit, watch.Elapsed.ToString());
    }
}
