using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>The generated <c>Entities</c> class: one property per entity, <c>All</c>, <c>Find</c> and <c>Resolve</c>, over the table as data.</summary>
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
        for (var i = 0; i < table.Entities.Count; i++)
        {
            var entity = table.Entities[i];
            WriteDocs(writer, table.Namespace, entity);
            writer.Line("public static global::SeedData.Entity " + entity.MemberName + " => __SeedEntityTable.Value[" + Number(i) + "];");
            writer.Line();
        }

        writer.Line("/// <summary>Every entity, sorted by name.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SeedData.Entity> All => __SeedEntityTable.Value;");
        writer.Line();
        writer.Line("/// <summary>The entity with this name or alias (ignoring case), or <see langword=\"null\"/>.</summary>");
        writer.Line("/// <param name=\"nameOrAlias\">A canonical name or an alias, such as \"Antony Blinken\" or \"Blinken\".</param>");
        writer.Line("public static global::SeedData.Entity? Find(string nameOrAlias) => __SeedEntityTable.Value.Find(nameOrAlias);");
        writer.Line();
        writer.Line("/// <summary>Maps the name an article used for an entity to the merged entity. Called by the generated articles.</summary>");
        writer.Line("/// <param name=\"name\">The entity's name in the article.</param>");
        writer.Line("/// <param name=\"kind\">The entity's kind in the article.</param>");
        writer.Line("internal static global::SeedData.Entity Resolve(string name, global::SeedData.EntityKind kind) => __SeedEntityTable.Value.Resolve(name, kind);");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>The table behind <see cref=\"global::" + table.Namespace + ".Entities\"/>, built on first use; each entity is built when first read.</summary>");
        writer.Open("file static class __SeedEntityTable");
        writer.Line("internal static readonly global::SeedData.Runtime.EntityTable Value = new(new __SeedEntityData(), static () => global::" + table.Namespace + ".Articles.All);");
        writer.Close();
        writer.Line();
        WriteData(writer, table);
        return writer.ToString();
    }

    /// <summary>
    /// The table as data, in the format <c>SeedData.Runtime.EntityTableData</c> documents: compiling
    /// literals costs the compiler little, where a switch over every name costs time that grows faster
    /// than the corpus (docs/performance.md).
    /// </summary>
    private static void WriteData(SourceWriter writer, EntityTable table)
    {
        var names = new Utf8Pool();
        var records = new List<int[]>();
        var lookup = new List<(string Name, int Kind, int Entity)>();
        var exact = new HashSet<(string, int)>();
        var anyKind = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < table.Entities.Count; i++)
        {
            var entity = table.Entities[i];
            var record = new List<int>();
            Add(record, names.Add(entity.Name));
            record.Add((int)entity.Kind);
            record.Add(entity.Aliases.Count);
            foreach (var alias in entity.Aliases)
            {
                Add(record, names.Add(alias));
            }

            record.Add(entity.Articles.Count);
            record.AddRange(entity.Articles);
            record.Add(entity.Quotes.Count);
            foreach (var quote in entity.Quotes)
            {
                record.Add(quote.Article);
                record.Add(quote.Index);
            }

            records.Add(record.ToArray());

            // The first entity in table order keeps a name that two would claim.
            lookup.AddRange(entity.LocalNames.Where(n => exact.Add((n, (int)entity.Kind))).Select(n => (n, (int)entity.Kind, i)));
            lookup.AddRange(entity.OtherKindNames.Where(anyKind.Add).Select(n => (n, -1, i)));
        }

        var sorted = lookup.OrderBy(l => l.Name, Utf8Pool.ByteOrder).ThenBy(l => l.Kind).ToList();
        var lookupSpans = sorted.Select(l => names.Add(l.Name)).ToList();

        // The count, where each record starts, then the records.
        var entities = new List<int> { records.Count };
        var position = 1 + records.Count;
        foreach (var record in records)
        {
            entities.Add(position);
            position += record.Length;
        }

        entities.AddRange(records.SelectMany(r => r));
        var tables = new PackedTables();
        tables.Add("Names", names.Text);
        tables.AddInts("Entities", entities);
        tables.AddInts("Lookup", sorted.SelectMany((l, i) => new[] { lookupSpans[i].Start, lookupSpans[i].Length, l.Kind, l.Entity }).ToList());
        tables.WriteClass(writer, "__SeedEntityData", "global::SeedData.Runtime.EntityTableData");
    }

    private static void Add(List<int> record, (int Start, int Length) span)
    {
        record.Add(span.Start);
        record.Add(span.Length);
    }

    private static void WriteDocs(SourceWriter writer, string @namespace, TableEntity entity)
    {
        XmlDoc.Write(writer, "<summary>", XmlDoc.Text(entity.Name) + " (" + KindWord(entity.Kind) + ")", "</summary>");
        writer.Line("/// <remarks>");
        if (entity.Aliases.Count > 0)
        {
            XmlDoc.Write(writer, "<para>Also called: ", XmlDoc.Text(string.Join(", ", entity.Aliases)) + ".", "</para>");
        }

        writer.Line("/// <para>Mentioned in " + Count(entity.Articles.Count, "article") + "; quoted " + Count(entity.Quotes.Count, "time") + ".</para>");

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
