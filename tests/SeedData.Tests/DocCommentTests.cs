using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// The documentation the generated members carry, read back from the XML documentation file the
/// compiler writes (GenerateDocumentationFile), with warnings as errors. The models are built by hand
/// so that hostile text (markup, line breaks, bidi controls, very long paragraphs) reaches the emitters
/// whatever the extractor finds.
/// </summary>
public class DocCommentTests
{
    private const string Headline = "Court says <b>no</b> & \"yes\" to Q&A plan";
    private const string Kicker = "Law & order";
    private const string Subheadline = "A ruling with <consequences>";

    // 60 words of 9 characters: well over the 300-character limit, cut must fall on a space.
    private static readonly string Lead = string.Join(" ", Enumerable.Range(0, 60).Select(i => "word" + i.ToString("D4") + "x"));

    private static readonly SeedQuote[] Quotes =
    {
        Quote("We will appeal\nand we will win", 5, "Jane Doe"),
        Quote("Evil \u202Etext\u202C here", 6, null),
        Quote("Third <quote>", 7, "Jane Doe"),
        Quote("Fourth", 8, null),
        Quote("Fifth", 9, null),
    };

    private static SeedQuote Quote(string text, int line, string? speaker) =>
        new(text, new[] { new UnitSlice(0, 0, text.Length) }.ToEquatableArray(), line, speaker);

    [Fact]
    public void Documentation_file_is_clean_with_warnings_as_errors()
    {
        var (diagnostics, _, _) = Compile();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Article_summary_is_the_headline_escaped()
    {
        var member = Member(Compile().Docs, "P:SeedData.Articles.CourtRuling");
        Assert.Equal(Headline, member.Element("summary")!.Value.Trim());
    }

    [Fact]
    public void Article_remarks_show_kicker_subheadline_lead_and_counts()
    {
        var remarks = Member(Compile().Docs, "P:SeedData.Articles.CourtRuling").Element("remarks")!;
        var paragraphs = remarks.Elements("para").Select(p => Normalize(p.Value)).ToList();

        Assert.Equal(Kicker, remarks.Elements("para").First().Element("b")!.Value);
        Assert.Equal(Subheadline, remarks.Descendants("i").Single().Value);
        Assert.Contains("5 quotes, 1 entity. Seed court-ruling, source example.org.", paragraphs);
    }

    [Fact]
    public void Long_lead_is_cut_on_a_word_boundary_with_an_ellipsis()
    {
        var remarks = Member(Compile().Docs, "P:SeedData.Articles.CourtRuling").Element("remarks")!;
        var lead = remarks.Elements("para").Select(p => Normalize(p.Value)).Single(p => p.StartsWith("word0000x", StringComparison.Ordinal));

        Assert.EndsWith(" …", lead, StringComparison.Ordinal);
        Assert.True(lead.Length <= XmlDoc.MaxLength, lead.Length.ToString());
        var kept = lead.Substring(0, lead.Length - 2);
        Assert.StartsWith(kept, Lead, StringComparison.Ordinal);
        Assert.Equal(' ', Lead[kept.Length]);
    }

    [Fact]
    public void Article_lists_its_first_quotes_with_speakers_and_counts_the_rest()
    {
        var items = Member(Compile().Docs, "P:SeedData.Articles.CourtRuling").Descendants("item").Select(i => Normalize(i.Value)).ToList();

        Assert.Equal(
            new[]
            {
                "“We will appeal and we will win” — Jane Doe",
                "“Evil U+202EtextU+202C here”",
                "“Third <quote>” — Jane Doe",
                "… and 2 more.",
            },
            items);
    }

    [Fact]
    public void No_control_character_reaches_the_generated_source()
    {
        var (_, sources, _) = Compile();
        foreach (var source in sources)
        {
            Assert.DoesNotContain('\u202E', source);
            Assert.DoesNotContain('\u202C', source);
        }
    }

    [Fact]
    public void Entity_docs_show_kind_aliases_counts_and_first_quote_linking_its_article()
    {
        var member = Member(Compile().Docs, "P:SeedData.Entities.JaneDoe");
        var remarks = member.Element("remarks")!;
        var paragraphs = remarks.Elements("para").ToList();

        Assert.Equal("Jane Doe (person)", member.Element("summary")!.Value.Trim());
        Assert.Equal("Also called: Doe, J. Doe.", Normalize(paragraphs[0].Value));
        Assert.Equal("Mentioned in 2 articles; quoted 2 times.", Normalize(paragraphs[1].Value));
        Assert.Equal("P:SeedData.Articles.CourtRuling", paragraphs[2].Element("see")!.Attribute("cref")!.Value);
        Assert.EndsWith("“We will appeal and we will win” — Jane Doe", Normalize(paragraphs[2].Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_doc_lines_are_wrapped()
    {
        var (_, sources, _) = Compile();
        var docLines = sources.SelectMany(s => s.Split('\n')).Select(l => l.TrimStart()).Where(l => l.StartsWith("///", StringComparison.Ordinal)).ToList();
        Assert.Contains(docLines, l => l.StartsWith("/// word0000x", StringComparison.Ordinal));
        Assert.All(docLines, l => Assert.True(l.Length <= 4 + XmlDoc.LineWidth + 40, l));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 12, "one two …")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefgh …")]
    public void Cut_keeps_words_whole_and_stays_within_the_limit(string text, int max, string expected)
    {
        var cut = XmlDoc.Cut(text, max);
        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Cut_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 20));
        foreach (var max in Enumerable.Range(4, 20))
        {
            var cut = XmlDoc.Cut(text, max);
            var kept = cut.Substring(0, cut.Length - XmlDoc.Ellipsis.Length);
            Assert.False(char.IsHighSurrogate(kept[^1]), $"max {max}: {cut}");
        }
    }

    private static string Normalize(string value) => string.Join(" ", value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static XElement Member(XDocument docs, string id) =>
        docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id)
        ?? throw new InvalidOperationException(id + " not documented; members: " + string.Join(", ", docs.Descendants("member").Select(m => (string?)m.Attribute("name"))));

    private static SeedText Text(string value) => new(value, new[] { new LineStart(0, 1, 1, 0) }.ToEquatableArray());

    /// <summary>Emits two articles and the entity table, compiles them, and returns the diagnostics, the sources and the XML docs.</summary>
    private static (List<Diagnostic> Diagnostics, List<string> Sources, XDocument Docs) Compile()
    {
        var jane = new SeedEntity("Jane Doe", SeedData.Generator.Model.EntityKind.Person, new[] { "Doe" }.ToEquatableArray());
        var ruling = new SeedArticle(
            "court-ruling", "/p/seeds/court-ruling.txt", Text(Headline), Text(Kicker), Text(Subheadline), null, null, Text(Lead), Text("example.org"),
            EquatableArray<SeedSection>.Empty, Quotes.ToEquatableArray(), new[] { jane }.ToEquatableArray());
        var other = new SeedArticle(
            "other", "/p/seeds/other.txt", Text("Other"), null, null, null, null, null, null,
            EquatableArray<SeedSection>.Empty, EquatableArray<SeedQuote>.Empty, new[] { jane }.ToEquatableArray());

        var index = new ArticleIndex(
            "SeedData",
            new[] { new ArticleIndexEntry("court-ruling", ruling.FilePath, "CourtRuling"), new ArticleIndexEntry("other", other.FilePath, "Other") }.ToEquatableArray());
        var table = new EntityTable("SeedData", new[]
        {
            new TableEntity(
                "Jane Doe", SeedData.Generator.Model.EntityKind.Person, "JaneDoe", new[] { "Doe", "J. Doe" }.ToEquatableArray(), new[] { 0, 1 }.ToEquatableArray(),
                new[] { "Jane Doe" }.ToEquatableArray(),
                new[] { new QuoteReference("CourtRuling", 0, 0, Quotes[0].Text), new QuoteReference("CourtRuling", 0, 2, Quotes[2].Text) }.ToEquatableArray()),
        }.ToEquatableArray());

        var members = new[] { ArticleEmitter.Member(new NamedArticle(ruling, "CourtRuling", "SeedData")), ArticleEmitter.Member(new NamedArticle(other, "Other", "SeedData")) };
        var sources = ArticleEmitter.Buckets(members).Select(ArticleEmitter.Emit).ToList();
        sources.Add(IndexEmitter.Emit(index));
        sources.Add(EntityTableEmitter.Emit(table));

        var compilation = CSharpCompilation.Create(
            "Docs",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ConsumerCompilation.ParseOptions, path: "/g/" + i + ".g.cs")),
            ConsumerCompilation.References,
            ConsumerCompilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: xml);
        xml.Position = 0;
        var diagnostics = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (diagnostics, sources, diagnostics.Count == 0 ? XDocument.Load(xml) : new XDocument());
    }
}
