using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Model;
using SeedData.Tool.Pipeline;

namespace SeedData.Tool.Export;

/// <summary>
/// The dataset a build makes of a folder, as the generated <c>Articles</c> and <c>Entities</c> expose
/// it: articles in corpus order with their fields, sections and quotes; entities merged across the
/// corpus, each quote's speaker and each article's entities being the merged entity (as
/// <c>Entities.Resolve</c> maps them at run time).
/// </summary>
internal sealed class Dataset
{
    private Dataset(IReadOnlyList<DataArticle> articles, IReadOnlyList<DataEntity> entities)
    {
        Articles = articles;
        Entities = entities;
    }

    public IReadOnlyList<DataArticle> Articles { get; }

    /// <summary>In the order of the generated <c>Entities.All</c> (by name).</summary>
    public IReadOnlyList<DataEntity> Entities { get; }

    public IEnumerable<DataQuote> Quotes => Articles.SelectMany(a => a.Quotes);

    public static Dataset From(CorpusRun run)
    {
        var entities = run.Entities.Entities.Select(e => new DataEntity(e)).ToList();
        var byLocalName = new Dictionary<(EntityKind, string), DataEntity>();
        var byOtherKindName = new Dictionary<string, DataEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Table.LocalNames)
            {
                byLocalName[(entity.Table.Kind, name)] = entity;
            }

            foreach (var name in entity.Table.OtherKindNames)
            {
                byOtherKindName[name] = entity;
            }
        }

        DataEntity? Resolve(SeedEntity local) =>
            byLocalName.TryGetValue((local.Kind, local.Name), out var entity) ? entity
            : byOtherKindName.TryGetValue(local.Name, out entity) ? entity
            : null;

        var articles = new List<DataArticle>(run.Articles.Count);
        foreach (var item in run.Articles)
        {
            var article = item.Article;
            var data = new DataArticle(
                item.Index,
                item.Entry.Id,
                item.Entry.MemberName,
                run.Relative(article.FilePath),
                article.Headline.Text,
                article.Kicker?.Text,
                article.Subheadline?.Text,
                article.Caption?.Text,
                article.Credit?.Text,
                article.Lead?.Text,
                article.Source?.Text,
                article.Sections.Select(s => new DataSection(s.Heading?.Text, s.Paragraphs.Select(p => p.Text).ToList())).ToList());
            for (var i = 0; i < article.Quotes.Count; i++)
            {
                data.Quotes.Add(new DataQuote(data, i, article.Quotes[i].Text, article.Quotes[i].Line));
            }

            foreach (var local in article.Entities)
            {
                if (Resolve(local) is { } entity && !data.Entities.Contains(entity))
                {
                    data.Entities.Add(entity);
                }
            }

            articles.Add(data);
        }

        foreach (var entity in entities)
        {
            entity.Articles.AddRange(entity.Table.Articles.Select(i => articles[i]));
            foreach (var reference in entity.Table.Quotes)
            {
                var quote = articles[reference.Article].Quotes[reference.Index];
                quote.Speaker = entity;
                entity.Quotes.Add(quote);
            }
        }

        return new Dataset(articles, entities);
    }
}

/// <summary>One article, with the fields of <c>SeedData.Article</c>.</summary>
/// <param name="Index">Its place in corpus order (<c>Articles.All</c>).</param>
/// <param name="Member">Its property on the generated <c>Articles</c> class.</param>
/// <param name="File">The seed file, relative to the seeds folder.</param>
internal sealed record DataArticle(
    int Index,
    string Id,
    string Member,
    string File,
    string Headline,
    string? Kicker,
    string? Subheadline,
    string? Caption,
    string? Credit,
    string? Lead,
    string? Source,
    IReadOnlyList<DataSection> Sections)
{
    public List<DataQuote> Quotes { get; } = new();

    /// <summary>The merged entities the article mentions, in the order the article names them.</summary>
    public List<DataEntity> Entities { get; } = new();
}

internal sealed record DataSection(string? Heading, IReadOnlyList<string> Paragraphs);

/// <summary>A quote; its speaker is set once the entity table is read.</summary>
internal sealed class DataQuote
{
    public DataQuote(DataArticle article, int index, string text, int line)
    {
        Article = article;
        Index = index;
        Text = text;
        Line = line;
    }

    public DataArticle Article { get; }

    /// <summary>Its index in the article's <c>Quotes</c>.</summary>
    public int Index { get; }

    public string Text { get; }

    /// <summary>The 1-based seed line of the opening mark.</summary>
    public int Line { get; }

    public DataEntity? Speaker { get; set; }
}

/// <summary>One merged entity, with the fields of <c>SeedData.Entity</c>.</summary>
internal sealed class DataEntity
{
    public DataEntity(TableEntity table) => Table = table;

    public TableEntity Table { get; }

    /// <summary>Its property on the generated <c>Entities</c> class: unique, so it is the entity's key in exports and the report.</summary>
    public string Key => Table.MemberName;

    public string Name => Table.Name;

    /// <summary>Person, Organization, Location or Other, as <c>SeedData.EntityKind</c>.</summary>
    public string Kind => Table.Kind.ToString();

    public IReadOnlyList<string> Aliases => Table.Aliases;

    public List<DataArticle> Articles { get; } = new();

    public List<DataQuote> Quotes { get; } = new();
}
