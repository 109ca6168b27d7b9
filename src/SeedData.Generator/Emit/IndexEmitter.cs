using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>The corpus-wide part of <c>Articles</c>: <c>All</c> and <c>Find</c>.</summary>
/// <remarks>
/// The ids are data (one UTF-8 literal and integer tables) and <c>Find</c> is a binary search at run
/// time: a switch with an arm per article costs the compiler time that grows faster than the corpus
/// (docs/performance.md). The only code per article is the delegate that returns its property.
/// </remarks>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(ArticleIndex index)
    {
        var articles = "global::" + index.Namespace + ".Articles";
        var writer = new SourceWriter().Header();
        writer.Open("namespace " + index.Namespace);
        writer.Line("/// <summary>The articles of this project's seeds, one property per seed, built at compile time.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedData\", null)]");
        writer.Open("internal static partial class Articles");
        writer.Line("/// <summary>Every article, in seed-file order (by path). Reading an item builds only that article.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SeedData.Article> All => __SeedArticleList.Value;");
        writer.Line();
        writer.Line("/// <summary>The article whose id is <paramref name=\"id\"/>, or <see langword=\"null\"/>.</summary>");
        writer.Line("/// <param name=\"id\">The seed's path in the seeds folder without extension (<c>2023/001</c>).</param>");
        writer.Line("public static global::SeedData.Article? Find(string id) => __SeedArticleList.Value.Find(id);");
        writer.Close();
        writer.Close();
        writer.Line();

        // Nullable analysis is off for the delegates: with it on, the compiler's time for one array of
        // N lambdas grows faster than N (10,000 articles: 17.5 s of binding, 0.7 s without). They
        // return non-null properties, so there is nothing to check.
        writer.Line("#nullable disable");
        writer.Line("/// <summary>The list behind <see cref=\"" + articles + ".All\"/>, built on first use.</summary>");
        writer.Open("file static class __SeedArticleList");
        writer.Line("internal static readonly global::SeedData.Runtime.ArticleList Value = new(new __SeedArticleIds(), new global::System.Func<global::SeedData.Article>[]");
        writer.Line("{");
        foreach (var entry in index.Entries)
        {
            writer.Line("    static () => " + articles + "." + entry.MemberName + ",");
        }

        writer.Line("});");
        writer.Close();
        writer.Line("#nullable enable");
        writer.Line();

        var ids = new Utf8Pool();
        var spans = index.Entries.Select(e => ids.Add(e.Id)).ToList();
        var byId = Enumerable.Range(0, spans.Count).OrderBy(i => index.Entries[i].Id, Utf8Pool.ByteOrder).ThenBy(i => i);
        writer.Open("file sealed class __SeedArticleIds : global::SeedData.Runtime.ArticleListData");
        var literal = writer.Start().Append("public override global::System.ReadOnlySpan<byte> Ids => ");
        Literal.AppendUtf8(literal, ids.Text);
        literal.Append(';');
        writer.End();
        writer.Line();
        WritePacked(writer, "IdSpans", spans.SelectMany(s => new[] { s.Start, s.Length }).ToList());
        writer.Line();
        WritePacked(writer, "ById", byId.SelectMany(i => new[] { spans[i].Start, spans[i].Length, i }).ToList());
        writer.Close();
        return writer.ToString();
    }

    /// <summary>An integer table as a packed UTF-8 literal: binding and emitting one literal costs the compiler far less than an array initialiser.</summary>
    internal static void WritePacked(SourceWriter writer, string property, IReadOnlyCollection<int> values)
    {
        var line = writer.Start().Append("public override global::System.ReadOnlySpan<byte> ").Append(property).Append(" => ");
        Literal.AppendUtf8(line, PackedData.Ints(values));
        line.Append(';');
        writer.End();
    }
}
