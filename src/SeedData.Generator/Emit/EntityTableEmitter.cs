using System.Globalization;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>The generated <c>Entities</c> class: one property per entity, <c>All</c>, <c>Find</c> and <c>Resolve</c>.</summary>
internal static class EntityTableEmitter
{
    public const string HintName = "Entities.g.cs";

    public static string Emit(EntityTable table)
    {
        var writer = new SourceWriter().Header();
        writer.Open("namespace " + table.Namespace);
        writer.Line("/// <summary>The people, organisations and places the seeds mention, merged across their names.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedData\", null)]");
        writer.Open("internal static partial class Entities");

        writer.Line("private static readonly global::SeedData.Entity[] s_all =");
        writer.Line("{");
        foreach (var entity in table.Entities)
        {
            var aliases = string.Join(", ", entity.Aliases.Select(Literal.String));
            var articles = string.Join(", ", entity.ArticleIds.Select(Literal.String));
            var quotes = string.Join(", ", entity.Quotes.Select(q => "global::" + table.Namespace + ".Articles." + q.ArticleMember + ".Quotes[" + Number(q.Index) + "]"));
            writer.Line("    global::SeedData.Runtime.GeneratedCode.Entity(");
            writer.Line("        " + Literal.String(entity.Name) + ",");
            writer.Line("        global::SeedData.EntityKind." + entity.Kind + ",");
            writer.Line("        new string[] { " + aliases + " },");
            writer.Line("        new string[] { " + articles + " },");
            writer.Line("        static () => new global::SeedData.Quote[] { " + quotes + " }),");
        }

        writer.Line("};");
        writer.Line();

        for (var i = 0; i < table.Entities.Count; i++)
        {
            var entity = table.Entities[i];
            WriteDocs(writer, table.Namespace, entity);
            writer.Line("public static global::SeedData.Entity " + entity.MemberName + " => s_all[" + Number(i) + "];");
            writer.Line();
        }

        writer.Line("/// <summary>Every entity, sorted by name.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SeedData.Entity> All => s_all;");
        writer.Line();

        writer.Line("/// <summary>The entity with this name or alias (ignoring case), or <see langword=\"null\"/>.</summary>");
        writer.Line("/// <param name=\"nameOrAlias\">A canonical name or an alias, such as \"Antony Blinken\" or \"Blinken\".</param>");
        writer.Open("public static global::SeedData.Entity? Find(string nameOrAlias)");
        writer.Line("return s_byName.Value.TryGetValue(nameOrAlias, out var entity) ? entity : null;");
        writer.Close();
        writer.Line();

        writer.Line("private static readonly global::System.Lazy<global::System.Collections.Generic.Dictionary<string, global::SeedData.Entity>> s_byName = new(static () =>");
        writer.Line("{");
        writer.Line("    var byName = new global::System.Collections.Generic.Dictionary<string, global::SeedData.Entity>(global::System.StringComparer.OrdinalIgnoreCase);");
        writer.Line("    foreach (var entity in s_all)");
        writer.Line("    {");
        writer.Line("        byName.TryAdd(entity.Name, entity);");
        writer.Line("    }");
        writer.Line();
        writer.Line("    // Names first, so that an alias never hides another entity's own name.");
        writer.Line("    foreach (var entity in s_all)");
        writer.Line("    {");
        writer.Line("        foreach (var alias in entity.Aliases)");
        writer.Line("        {");
        writer.Line("            byName.TryAdd(alias, entity);");
        writer.Line("        }");
        writer.Line("    }");
        writer.Line();
        writer.Line("    return byName;");
        writer.Line("});");
        writer.Line();

        writer.Line("/// <summary>Maps the name an article used for an entity to the merged entity. Called by the generated articles.</summary>");
        writer.Line("/// <param name=\"name\">The entity's name in the article.</param>");
        writer.Line("/// <param name=\"kind\">The entity's kind in the article.</param>");
        writer.Open("internal static global::SeedData.Entity Resolve(string name, global::SeedData.EntityKind kind)");
        foreach (var byKind in table.Entities.Select((e, i) => (Entity: e, Index: i)).GroupBy(x => x.Entity.Kind).OrderBy(g => g.Key))
        {
            writer.Open("if (kind == global::SeedData.EntityKind." + byKind.Key + ")");
            writer.Open("switch (name)");

            // A repeated case label would not compile; the table should never repeat one, and this
            // keeps the generated code valid even if it did (the first entity, in table order, wins).
            var labels = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (var (entity, index) in byKind)
            {
                foreach (var local in entity.LocalNames.Where(labels.Add))
                {
                    writer.Line("case " + Literal.String(local) + ": return s_all[" + Number(index) + "];");
                }
            }

            writer.Close();
            writer.Close();
            writer.Line();
        }

        // A name an article typed differently from the merged entity ("Blinken said" read as an
        // organisation where no full name was at hand, folded into the person Antony Blinken).
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        var crossKind = table.Entities.Select((e, i) => (Entity: e, Index: i)).SelectMany(x => x.Entity.OtherKindNames.Select(n => (Name: n, x.Index))).Where(x => seen.Add(x.Name)).ToList();
        if (crossKind.Count > 0)
        {
            writer.Open("switch (name)");
            foreach (var (name, index) in crossKind)
            {
                writer.Line("case " + Literal.String(name) + ": return s_all[" + Number(index) + "];");
            }

            writer.Close();
            writer.Line();
        }

        writer.Line("// Only reached if an article and the table come from different builds.");
        writer.Line("return new global::SeedData.Entity(name, kind, global::System.Array.Empty<string>());");
        writer.Close();

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteDocs(SourceWriter writer, string @namespace, TableEntity entity)
    {
        XmlDoc.Write(writer, "<summary>", XmlDoc.Text(entity.Name) + " (" + KindWord(entity.Kind) + ")", "</summary>");
        writer.Line("/// <remarks>");
        if (entity.Aliases.Count > 0)
        {
            XmlDoc.Write(writer, "<para>Also called: ", XmlDoc.Text(string.Join(", ", entity.Aliases)) + ".", "</para>");
        }

        writer.Line("/// <para>Mentioned in " + Count(entity.ArticleIds.Count, "article") + "; quoted " + Count(entity.Quotes.Count, "time") + ".</para>");

        // Quotes are list items, not members: the speaker's docs show the first one and link its article.
        if (entity.Quotes.Count > 0)
        {
            var first = entity.Quotes[0];
            var article = "<see cref=\"global::" + @namespace + ".Articles." + first.ArticleMember + "\"/>";
            XmlDoc.Write(writer, "<para>", "First quote, in " + article + ": " + ArticleEmitter.QuoteDoc(first.Text, entity.Name), "</para>");
        }

        writer.Line("/// </remarks>");
    }

    private static string KindWord(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Location => "place",
        _ => "other",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string singular) => Number(count) + " " + (count == 1 ? singular : singular + "s");
}
