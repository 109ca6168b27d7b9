using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;

namespace SeedData.Generator.Keys;

/// <summary>What the keys of one article are: its id, member name and headline.</summary>
internal sealed record ArticleKeyInfo(string FilePath, string Id, string Member, string Headline)
{
    public static ArticleKeyInfo From(NamedArticle named) =>
        new(named.Article.FilePath, named.Article.Id, named.MemberName, named.Article.Headline.Text);
}

/// <summary>What the keys of one entity are: its name and aliases, member name, kind and article count.</summary>
internal sealed record EntityKeyInfo(string Name, string Member, EntityKind Kind, int Articles, EquatableArray<string> Aliases)
{
    public static EquatableArray<EntityKeyInfo> From(EntityTable table) =>
        table.Entities.Select(e => new EntityKeyInfo(e.Name, e.MemberName, e.Kind, e.Articles.Count, e.Aliases)).ToEquatableArray();
}

/// <summary>
/// Writes the <c>[DatasetKeys]</c> attribute of <c>Articles</c> and of <c>Entities</c>, each in a file of its own
/// (the format is described on <see cref="DatasetKeys"/>). The analyzer and the editor's completion read these, so
/// what they check and offer is exactly what was generated. Its own outputs, fed by projections of the index and
/// the entity table: editing a seed's body leaves the keys equal and these files cached.
/// </summary>
internal static class KeysEmitter
{
    public const string ArticlesHintName = "SeedDataKeys.Articles.g.cs";
    public const string EntitiesHintName = "SeedDataKeys.Entities.g.cs";

    /// <summary>Adds the two outputs to the pipeline.</summary>
    /// <param name="dataset">The namespace of this project's dataset, or null when it generates none.</param>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<NamedArticle> namedArticles,
        IncrementalValueProvider<EntityTable> entityTable,
        IncrementalValueProvider<string?> dataset)
    {
        var articles = namedArticles
            .Select((named, _) => ArticleKeyInfo.From(named))
            .Collect()
            .Select((keys, _) => keys.OrderBy(k => k.FilePath, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.ArticleKeys);
        var entities = entityTable
            .Select((table, _) => EntityKeyInfo.From(table))
            .WithTrackingName(TrackingNames.EntityKeys);

        context.RegisterSourceOutput(articles.Combine(dataset), (output, pair) =>
        {
            if (pair.Right is { } @namespace)
            {
                output.AddSource(ArticlesHintName, Emit(@namespace, "Articles", ArticlesKeys(pair.Left)));
            }
        });
        context.RegisterSourceOutput(entities.Combine(dataset), (output, pair) =>
        {
            if (pair.Right is { } @namespace)
            {
                output.AddSource(EntitiesHintName, Emit(@namespace, "Entities", EntitiesKeys(pair.Left)));
            }
        });
    }

    public static string ArticlesKeys(EquatableArray<ArticleKeyInfo> articles)
    {
        var keys = new StringBuilder();
        Field(keys, DatasetKeys.ArticlesFormat);
        foreach (var article in articles)
        {
            Field(keys, article.Id);
            Field(keys, article.Member);
            Field(keys, article.Headline);
        }

        return keys.ToString();
    }

    public static string EntitiesKeys(EquatableArray<EntityKeyInfo> entities)
    {
        var keys = new StringBuilder();
        Field(keys, DatasetKeys.EntitiesFormat);
        foreach (var entity in entities)
        {
            Field(keys, entity.Name);
            Field(keys, entity.Member);
            Field(keys, entity.Kind.ToString());
            Field(keys, entity.Articles.ToString(CultureInfo.InvariantCulture));
            Field(keys, entity.Aliases.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var alias in entity.Aliases)
            {
                Field(keys, alias);
            }
        }

        return keys.ToString();
    }

    private static string Emit(string @namespace, string className, string keys)
    {
        var writer = new SourceWriter().Header();
        writer.Open("namespace " + @namespace);
        writer.Line("[global::SeedData.Runtime.DatasetKeys(" + Literal.String(keys) + ")]");
        writer.Open("internal static partial class " + className);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void Field(StringBuilder keys, string text) =>
        keys.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
}
