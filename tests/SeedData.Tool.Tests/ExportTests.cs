using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using SeedData.Testing;
using SeedData.Tool.Tests.Infrastructure;
using Xunit;

namespace SeedData.Tool.Tests;

/// <summary><c>seeddata export</c>: the dataset the generated code exposes, as JSON, JSON Lines and JSON-LD.</summary>
[Collection(ToolCollection.Name)]
public sealed class ExportTests
{
    private readonly SeedFolders _folders;

    public ExportTests(SeedFolders folders) => _folders = folders;

    [Fact]
    public void Json_export_round_trips_the_generated_articles_and_entities()
    {
        var (articles, entities) = Generated(SeedDataTool.RepositorySeeds);
        Assert.NotEmpty(articles);

        var path = Path.Combine(_folders.Root, "repo.json");
        var result = SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds, "--format", "json", "-o", path);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var exported = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(articles.Select(a => a.Id), exported.Select(a => a.GetProperty("id").GetString()));

        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var data = exported[i];
            Assert.Equal(article.Headline, data.GetProperty("headline").GetString());
            Assert.Equal(article.Kicker, data.GetProperty("kicker").GetString());
            Assert.Equal(article.Subheadline, data.GetProperty("subheadline").GetString());
            Assert.Equal(article.Lead, data.GetProperty("lead").GetString());
            Assert.Equal(article.Caption, data.GetProperty("caption").GetString());
            Assert.Equal(article.Credit, data.GetProperty("credit").GetString());
            Assert.Equal(article.Source, data.GetProperty("source").GetString());

            var sections = data.GetProperty("sections").EnumerateArray().ToList();
            Assert.Equal(article.Sections.Count, sections.Count);
            for (var s = 0; s < sections.Count; s++)
            {
                Assert.Equal(article.Sections[s].Heading, sections[s].GetProperty("heading").GetString());
                Assert.Equal(article.Sections[s].Paragraphs, sections[s].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList());
            }

            var quotes = data.GetProperty("quotes").EnumerateArray().ToList();
            Assert.Equal(article.Quotes.Count, quotes.Count);
            for (var q = 0; q < quotes.Count; q++)
            {
                Assert.Equal(article.Quotes[q].Text, quotes[q].GetProperty("text").GetString());
                Assert.Equal(article.Quotes[q].Line, quotes[q].GetProperty("line").GetInt32());
                Assert.Equal(article.Quotes[q].Speaker?.Name, quotes[q].GetProperty("speaker").GetString());
                Assert.Equal(article.Quotes[q].Speaker?.Kind.ToString(), quotes[q].GetProperty("speakerKind").GetString());
            }

            var keys = data.GetProperty("entities").EnumerateArray().Select(e => e.GetString()!).ToList();
            var names = keys.Select(k => json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("key").GetString() == k).GetProperty("name").GetString()).ToList();
            Assert.Equal(article.Entities.Select(e => e.Name).Distinct(), names);
        }

        var exportedEntities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(entities.Select(e => (e.Name, e.Kind.ToString())), exportedEntities.Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!)));
        for (var i = 0; i < entities.Count; i++)
        {
            Assert.Equal(entities[i].Aliases, exportedEntities[i].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList());
            Assert.Equal(entities[i].ArticleIds, exportedEntities[i].GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()!).ToList());
            Assert.Equal(entities[i].Quotes.Select(q => (q.ArticleId, q.Text)), exportedEntities[i].GetProperty("quotes").EnumerateArray().Select(q => (q.GetProperty("articleId").GetString()!, q.GetProperty("text").GetString()!)));
        }
    }

    [Fact]
    public void Ids_are_paths_in_the_seeds_folder()
    {
        var result = SeedDataTool.Run(_folders.Root, "export", "bad");
        Assert.Equal(0, result.ExitCode);
        var ids = JsonDocument.Parse(result.Output).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("2023/001", ids);
        Assert.Contains("2024/001", ids);
        Assert.Contains("b-unclosed", ids);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("jsonld")]
    public void Export_is_byte_identical_on_rerun(string format)
    {
        var first = SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds, "--format", format);
        var second = SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds, "--format", format);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.NotEmpty(first.Output);
        Assert.Equal(first.Output, second.Output);
        Assert.DoesNotContain(SeedDataTool.RepositorySeeds, first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_hold_one_article_or_entity_each()
    {
        var json = JsonDocument.Parse(SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds).Output);
        var result = SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds, "--format", "jsonl");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(json.RootElement.GetProperty("articles").GetArrayLength(), lines.Count(l => l.GetProperty("type").GetString() == "article"));
        Assert.Equal(json.RootElement.GetProperty("entities").GetArrayLength(), lines.Count(l => l.GetProperty("type").GetString() == "entity"));
    }

    [Fact]
    public void Json_ld_is_one_schema_org_graph()
    {
        var json = JsonDocument.Parse(SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds).Output).RootElement;
        var result = SeedDataTool.Run(_folders.Root, "export", SeedDataTool.RepositorySeeds, "--format", "jsonld");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("https://schema.org/", root.GetProperty("@context").GetProperty("@vocab").GetString());
        var graph = root.GetProperty("@graph").EnumerateArray().ToList();
        var byId = graph.ToDictionary(n => n.GetProperty("@id").GetString()!);
        Assert.Equal(graph.Count, byId.Count);
        Assert.All(byId.Keys, id => Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id));

        string Type(JsonElement node) => node.GetProperty("@type").GetString()!;
        var articles = graph.Where(n => Type(n) == "NewsArticle").ToList();
        var quotes = graph.Where(n => Type(n) == "Quotation").ToList();
        var entities = graph.Where(n => Type(n) is "Person" or "Organization" or "Place" or "Thing").ToList();
        Assert.Equal(graph.Count, articles.Count + quotes.Count + entities.Count);

        var exportedArticles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(exportedArticles.Select(a => a.GetProperty("headline").GetString()), articles.Select(a => a.GetProperty("headline").GetString()));
        var exportedQuotes = exportedArticles.SelectMany(a => a.GetProperty("quotes").EnumerateArray()).ToList();
        Assert.Equal(exportedQuotes.Select(q => q.GetProperty("text").GetString()), quotes.Select(q => q.GetProperty("text").GetString()));
        Assert.Contains(entities, e => Type(e) == "Person");
        Assert.Contains(entities, e => Type(e) == "Organization");
        Assert.Contains(entities, e => Type(e) == "Place");

        for (var i = 0; i < quotes.Count; i++)
        {
            Assert.Equal("NewsArticle", Type(byId[quotes[i].GetProperty("isPartOf").GetProperty("@id").GetString()!]));
            var speaker = exportedQuotes[i].GetProperty("speaker").GetString();
            if (speaker is null)
            {
                Assert.False(quotes[i].TryGetProperty("spokenByCharacter", out _));
                continue;
            }

            var spokenBy = byId[quotes[i].GetProperty("spokenByCharacter").GetProperty("@id").GetString()!];
            Assert.Equal(speaker, spokenBy.GetProperty("name").GetString());
            Assert.Equal(quotes[i].GetProperty("spokenByCharacter").GetProperty("@id").GetString(), quotes[i].GetProperty("creator").GetProperty("@id").GetString());
        }

        Assert.All(articles, a => Assert.All(a.GetProperty("mentions").EnumerateArray(), m => Assert.Contains(Type(byId[m.GetProperty("@id").GetString()!]), new[] { "Person", "Organization", "Place", "Thing" })));
        Assert.Contains(articles, a => a.GetProperty("mentions").GetArrayLength() > 0);
    }

    /// <summary>Articles.All and Entities.All of the code the generator makes for <paramref name="folder"/>, compiled and run.</summary>
    private static (IReadOnlyList<SeedData.Article> Articles, IReadOnlyList<SeedData.Entity> Entities) Generated(string folder)
    {
        var harness = new GeneratorHarness(SeedFolders.AsAdditionalFiles(folder), trackSteps: false);
        harness.Run();
        using var image = new MemoryStream();
        var emitted = harness.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        var articles = (IReadOnlyList<SeedData.Article>)assembly.GetType("SeedData.Articles")!.GetProperty("All", Static)!.GetValue(null)!;
        var entities = (IReadOnlyList<SeedData.Entity>)assembly.GetType("SeedData.Entities")!.GetProperty("All", Static)!.GetValue(null)!;
        return (articles, entities);
    }
}
