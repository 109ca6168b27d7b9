using System.Globalization;
using System.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// Writes the <c>[DatasetKeys]</c> attribute of <c>Articles</c> and of <c>Entities</c>, each in a file of its own
/// (the format is described on <see cref="DatasetKeys"/>). The analyzer and the editor's completion read these, so
/// what they check and offer is exactly what was generated.
/// </summary>
internal static class KeysEmitter
{
    public const string ArticlesHintName = "SeedDataKeys.Articles.g.cs";
    public const string EntitiesHintName = "SeedDataKeys.Entities.g.cs";

    public static string EmitArticles(string @namespace, EquatableArray<ArticleKeyInfo> articles) => Emit(@namespace, "Articles", ArticlesKeys(articles));

    public static string EmitEntities(string @namespace, EquatableArray<EntityKeyInfo> entities) => Emit(@namespace, "Entities", EntitiesKeys(entities));

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
