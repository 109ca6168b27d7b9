using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SeedData.Benchmarks.Infrastructure;

namespace SeedData.Benchmarks;

/// <summary>
/// Run time, at 1,000 articles: SeedData against what users do today, the same corpus as an embedded
/// JSON resource read with System.Text.Json's source-generated serializer. The JSON is the articles'
/// own fields (headline to entities, speakers by name) serialised from the generated articles, so both
/// sides hold the same data. Goal: first access to one article ≥ 10× faster.
/// </summary>
[Config(typeof(ShortRunConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private CompiledCorpus _corpus = null!;
    private byte[] _json = null!;
    private string _id = null!;
    private int _index;

    [Params(1_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CompiledCorpus.Build(N);
        SeedBytes.Record(typeof(RuntimeBenchmarks), N, _corpus.SeedBytes);
        var articles = _corpus.Builders.Values.Select(create => ArticleJson.From(create())).OrderBy(a => a.Id, System.StringComparer.Ordinal).ToList();
        _json = JsonSerializer.SerializeToUtf8Bytes(articles, CorpusJsonContext.Default.ListArticleJson);
        _index = N / 2;
        _id = articles[_index].Id;
    }

    /// <summary>The JSON app's first access: open the resource, deserialise the corpus, take one article.</summary>
    [Benchmark(Baseline = true, Description = "JSON resource (STJ source-gen)")]
    [BenchmarkCategory("first access to one article")]
    public ArticleJson JsonFirstAccess()
    {
        using var resource = new MemoryStream(_json, writable: false);
        return JsonSerializer.Deserialize(resource, CorpusJsonContext.Default.ListArticleJson)![_index];
    }

    /// <summary>SeedData's first access: build that one article from its UTF-8 block.</summary>
    [Benchmark(Description = "SeedData")]
    [BenchmarkCategory("first access to one article")]
    public Article SeedFirstAccess() => _corpus.Builders[_id]();

    [Benchmark(Baseline = true, Description = "JSON resource (STJ source-gen)")]
    [BenchmarkCategory("first enumeration of All")]
    public int JsonEnumerateAll()
    {
        using var resource = new MemoryStream(_json, writable: false);
        var total = 0;
        foreach (var article in JsonSerializer.Deserialize(resource, CorpusJsonContext.Default.ListArticleJson)!)
        {
            total += article.Headline.Length + article.Quotes.Count;
        }

        return total;
    }

    /// <summary>Every article built once, as the first enumeration of <c>Articles.All</c> does.</summary>
    [Benchmark(Description = "SeedData")]
    [BenchmarkCategory("first enumeration of All")]
    public int SeedEnumerateAll()
    {
        _corpus.EmptyAll();
        var total = 0;
        foreach (var read in _corpus.Readers)
        {
            var article = read();
            total += article.Headline.Length + article.Quotes.Count;
        }

        return total;
    }
}

/// <summary>The JSON app's article: the same fields as <see cref="Article"/>, speakers and entities by name.</summary>
public sealed record ArticleJson(
    string Id,
    string Headline,
    string? Kicker,
    string? Subheadline,
    string? Lead,
    string? Caption,
    string? Credit,
    string? Source,
    List<SectionJson> Sections,
    List<QuoteJson> Quotes,
    List<EntityJson> Entities)
{
    public static ArticleJson From(Article article) => new(
        article.Id,
        article.Headline,
        article.Kicker,
        article.Subheadline,
        article.Lead,
        article.Caption,
        article.Credit,
        article.Source,
        article.Sections.Select(s => new SectionJson(s.Heading, s.Paragraphs.ToList())).ToList(),
        article.Quotes.Select(q => new QuoteJson(q.Text, q.Speaker?.Name, q.Line)).ToList(),
        article.Entities.Select(e => new EntityJson(e.Name, e.Kind.ToString())).ToList());
}

public sealed record SectionJson(string? Heading, List<string> Paragraphs);

public sealed record QuoteJson(string Text, string? Speaker, int Line);

public sealed record EntityJson(string Name, string Kind);

[JsonSerializable(typeof(List<ArticleJson>))]
public sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
