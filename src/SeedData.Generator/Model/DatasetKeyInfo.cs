using System.Collections.Immutable;
using System.Linq;

namespace SeedData.Generator.Model;

/// <summary>The keys of one article: its id, member name and headline (Emit/KeysEmitter.cs writes them).</summary>
internal sealed record ArticleKeyInfo(string FilePath, string Id, string Member, string Headline)
{
    public static ArticleKeyInfo From(NamedArticle named) =>
        new(named.Article.FilePath, named.Article.Id, named.MemberName, named.Article.Headline.Text);

    /// <summary>By file path (ordinal), the corpus order, whatever order the compiler passed the seeds in.</summary>
    public static EquatableArray<ArticleKeyInfo> InCorpusOrder(ImmutableArray<ArticleKeyInfo> keys) =>
        keys.OrderBy(k => k.FilePath, System.StringComparer.Ordinal).ToEquatableArray();
}

/// <summary>The keys of one entity: its name and aliases, member name, kind and article count.</summary>
internal sealed record EntityKeyInfo(string Name, string Member, EntityKind Kind, int Articles, EquatableArray<string> Aliases)
{
    public static EquatableArray<EntityKeyInfo> From(EntityTable table) =>
        table.Entities.Select(e => new EntityKeyInfo(e.Name, e.MemberName, e.Kind, e.Articles.Count, e.Aliases)).ToEquatableArray();
}
