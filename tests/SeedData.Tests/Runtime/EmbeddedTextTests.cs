using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using SeedData.Tests.Robustness;
using Xunit;

namespace SeedData.Tests.Runtime;

/// <summary>
/// The article text is not in the generated code: the build embeds the seed file and the runtime slices
/// the fields out of it by the offsets the generator computed. Each field at run time must be exactly
/// the text the generator read, whatever the line breaks, the wrapping and the encoding of the file.
/// </summary>
public class EmbeddedTextTests
{
    // Hard-wrapped lines (joined with spaces), a quote that starts on one line and ends on the next, a
    // quote whose closing mark opens a line (the slice ends on a joining space), and a quote that runs
    // over two paragraphs (joined with a line feed).
    private const string Wrapped =
        "Council approves the new harbour plan\n\n" +
        "Local politics\n\n" +
        "The council voted on Monday. “We have waited\n   long enough for this,” said Mayor Ann Lee,\nwho chaired the meeting. “Now we build \n” she added.\n\n" +
        "Opponents were not convinced. “The plan costs too much.\n\n" +
        "“It helps too few people,” said Tom Hart of the Harbour Trust.\n\n" +
        "source site-7\n";

    public static TheoryData<string, byte[]> Files() => new()
    {
        { "utf8-lf", Encoding.UTF8.GetBytes(Wrapped) },
        { "utf8-bom-crlf", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Wrapped.Replace("\n", "\r\n"))).ToArray() },
        { "utf16le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Wrapped)).ToArray() },
        { "utf16be-bom-cr", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Wrapped.Replace("\n", "\r"))).ToArray() },

        // Not UTF-8: the compiler falls back to Windows-1252, and so must the runtime ("Café" stays "Café").
        { "windows-1252", Encoding.Latin1.GetBytes(Wrapped.Replace("council", "Café council").Replace('“', '"').Replace('”', '"')) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_field_at_run_time_is_the_text_the_generator_read(string name, byte[] bytes)
    {
        var seed = new SeedFile("/project/seeds/" + name + ".txt", CompilerText.FromBytes(bytes), bytes: bytes);
        var model = SeedReader.Read(name, seed.Path, seed.GetText()!.ToString(), new List<DiagnosticInfo>(), CancellationToken.None).Article!;
        Assert.NotEmpty(model.Quotes);

        var run = GeneratorRun.Of(new[] { seed });
        GeneratorRun.WithArticles(TextContract.AssertRunContract(run), articles =>
        {
            var article = Assert.Single(articles);
            Assert.Equal(model.Headline.Text, article.Headline);
            Assert.Equal(model.Kicker?.Text, article.Kicker);
            Assert.Equal(model.Subheadline?.Text, article.Subheadline);
            Assert.Equal(model.Lead?.Text, article.Lead);
            Assert.Equal(model.Caption?.Text, article.Caption);
            Assert.Equal(model.Credit?.Text, article.Credit);
            Assert.Equal("site-7", article.Source);
            Assert.Equal(model.Sections.Select(s => (s.Heading?.Text, string.Join("|", s.Paragraphs.Select(p => p.Text)))), article.Sections.Select(s => (s.Heading, string.Join("|", s.Paragraphs))));
            Assert.Equal(model.Quotes.Select(q => (q.Text, q.Line, q.Speaker)), article.Quotes.Select(q => (q.Text, q.Line, (string?)q.Speaker?.Name)));
        });
    }

    [Fact]
    public void The_quotes_of_the_wrapped_seed_are_the_ones_under_test()
    {
        var model = SeedReader.Read("wrapped", "/project/seeds/wrapped.txt", Wrapped, new List<DiagnosticInfo>(), CancellationToken.None).Article!;
        Assert.Contains(model.Quotes, q => q.Text == "We have waited long enough for this,");
        Assert.Contains(model.Quotes, q => q.Text == "Now we build ");
        Assert.Contains(model.Quotes, q => q.Text == "The plan costs too much.\nIt helps too few people,");
    }

    [Fact]
    public void A_seed_changed_after_the_build_fails_loudly_not_with_wrong_text()
    {
        var seed = SeedFile.Named("changed", Wrapped);
        var run = GeneratorRun.Of(new[] { seed });
        var image = TextContract.AssertRunContract(run);

        // Rebuild the image with a different resource under the same name, as a stale embed would be.
        using var stale = new MemoryStream();
        var emit = run.Harness.OutputCompilation!.Emit(stale, manifestResources: new[]
        {
            new Microsoft.CodeAnalysis.ResourceDescription("SeedData/changed.txt", () => new MemoryStream(Encoding.UTF8.GetBytes(Wrapped + "More.\n")), isPublic: true),
        });
        Assert.True(emit.Success);
        Assert.NotEmpty(image);
        GeneratorRun.WithArticles(stale.ToArray(), articles =>
        {
            var error = Assert.ThrowsAny<Exception>(() => articles[0]);
            Assert.Contains("rebuild the project", (error.InnerException ?? error).Message, StringComparison.Ordinal);
        });
    }
}
