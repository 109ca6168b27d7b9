using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>The corpus-wide part of <c>Articles</c>: <c>All</c> and <c>Find</c>.</summary>
/// <remarks>
/// The ids are data (UTF-8 text and integer tables in one attribute, <see cref="PackedTables"/>) and <c>Find</c> is a binary search at run
/// time: a switch with an arm per article costs the compiler time that grows faster than the corpus
/// (docs/performance.md). Nothing here is per article but data: each article is found by its letter
/// file's slots and its position there (<see cref="ArticleEmitter"/>), where a delegate per article cost
/// the compiler about 2 s at 10,000 articles.
/// </remarks>
internal static class IndexEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(ArticleIndex index)
    {
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
        writer.Line();

        // The letter files in the order ArticleEmitter emits them, and each article's file and position there.
        var files = ArticleEmitter.Files(index.Entries.Select(e => e.MemberName));
        writer.Open("private static class __SeedArticleList");
        writer.Line("internal static readonly global::SeedData.Runtime.ArticleList Value = new(new __SeedArticleIds(), new global::SeedData.Runtime.ArticleSlots[]");
        writer.Line("{");
        foreach (var letter in files.Letters)
        {
            writer.Line("    " + ArticleEmitter.HolderName(letter) + ".Slots,");
        }

        writer.Line("});");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();

        var ids = new Utf8Pool();
        var spans = index.Entries.Select(e => ids.Add(e.Id)).ToList();
        var byId = Enumerable.Range(0, spans.Count).OrderBy(i => index.Entries[i].Id, Utf8Pool.ByteOrder).ThenBy(i => i);
        var tables = new PackedTables();
        tables.Add("Ids", ids.Text);
        tables.AddInts("IdSpans", spans.SelectMany(s => new[] { s.Start, s.Length }).ToList());
        tables.AddInts("ById", byId.SelectMany(i => new[] { spans[i].Start, spans[i].Length, i }).ToList());
        tables.AddInts("Places", files.Places);
        tables.WriteClass(writer, "__SeedArticleIds", "global::SeedData.Runtime.ArticleListData");
        return writer.ToString();
    }
}
