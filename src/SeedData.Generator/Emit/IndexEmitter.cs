using System.Globalization;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>The corpus-wide part of <c>Articles</c>: <c>All</c> and <c>Find</c>.</summary>
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
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SeedData.Article> All { get; } =");
        writer.Line("    global::SeedData.Runtime.GeneratedCode.LazyList<global::SeedData.Article>(" + Number(index.Entries.Count) + ", static index => index switch");
        writer.Line("    {");
        for (var i = 0; i < index.Entries.Count; i++)
        {
            writer.Line("        " + Number(i) + " => " + index.Entries[i].MemberName + ",");
        }

        writer.Line("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        writer.Line("    });");
        writer.Line();

        writer.Line("/// <summary>The article whose seed file is named <paramref name=\"id\"/> (without extension), or <see langword=\"null\"/>.</summary>");
        writer.Line("/// <param name=\"id\">The seed's file name without its extension, matched exactly.</param>");
        writer.Open("public static global::SeedData.Article? Find(string id) => id switch");
        foreach (var entry in index.Entries)
        {
            writer.Line(Literal.String(entry.Id) + " => " + entry.MemberName + ",");
        }

        writer.Line("_ => null,");
        writer.Close(";");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
