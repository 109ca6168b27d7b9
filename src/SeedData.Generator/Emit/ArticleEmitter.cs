using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// One generated file per article: the documented <c>Articles.Name</c> property and a file-local
/// class that builds the article from its UTF-8 text block on first access.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(NamedArticle named) => "Articles." + named.MemberName + ".g.cs";

    public static string Emit(NamedArticle named)
    {
        var article = named.Article;
        var pool = new Utf8Pool();
        var units = article.Units().Select(u => pool.AddUnit(u.Text)).ToList();
        var writer = new SourceWriter().Header();

        writer.Open("namespace " + named.Namespace);
        writer.Open("internal static partial class Articles");
        WriteDocs(writer, named);
        writer.Line("public static global::SeedData.Article " + named.MemberName + " => __SeedArticle.Value;");
        foreach (var former in named.FormerNames)
        {
            WriteFormerName(writer, named, former);
        }

        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>Builds <see cref=\"global::" + named.Namespace + ".Articles." + named.MemberName + "\"/> on first access.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedData\", null)]");
        writer.Open("file static class __SeedArticle");
        writer.Line("internal static readonly global::SeedData.Article Value;");
        writer.Line();
        writer.Line("// An explicit static constructor makes the article load exactly on first access, never before.");
        writer.Line("static __SeedArticle() => Value = Create();");
        writer.Line();

        // Write the body first: slicing quotes may append text to the pool.
        var body = new SourceWriter();
        WriteCreate(body, named, pool, units);

        var utf8 = writer.Start().Append("private static global::System.ReadOnlySpan<byte> Utf8 => ");
        Literal.AppendUtf8(utf8, pool.Text);
        utf8.Append(';');
        writer.End();
        writer.Line();
        writer.Line("private static string T(int start, int length) => global::SeedData.Runtime.GeneratedCode.Text(Utf8, start, length);");
        writer.Line();
        foreach (var line in body.ToString().TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0)
            {
                writer.Line(line);
            }
            else
            {
                writer.Line();
            }
        }

        writer.Close();
        return writer.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteCreate(SourceWriter writer, NamedArticle named, Utf8Pool pool, List<int> units)
    {
        var article = named.Article;
        var unit = 0;
        string Next() => Text(pool.Whole(units[unit++]));
        string Optional(SeedText? text) => text is null ? "null" : Next();

        // Short helpers keep the per-quote and per-entity code small: generated C# is parsed on every
        // build, and at thousands of seeds its size is most of the build's cost (docs/performance.md).
        writer.Line("private const string Id = " + Literal.String(article.Id) + ";");
        writer.Line();
        writer.Open("private static global::SeedData.Article Create()");
        writer.Line("return new global::SeedData.Article(");
        writer.Line("    Id: Id,");
        writer.Line("    Headline: " + Next() + ",");
        writer.Line("    Kicker: " + Optional(article.Kicker) + ",");
        writer.Line("    Subheadline: " + Optional(article.Subheadline) + ",");
        var caption = Optional(article.Caption);
        var credit = Optional(article.Credit);
        writer.Line("    Lead: " + Optional(article.Lead) + ",");
        writer.Line("    Caption: " + caption + ",");
        writer.Line("    Credit: " + credit + ",");
        writer.Line("    Source: " + (article.Source is null ? "null" : Text(pool.Add(article.Source))) + ",");

        writer.Line("    Sections: new global::SeedData.Section[]");
        writer.Line("    {");
        foreach (var section in article.Sections)
        {
            var heading = section.Heading is null ? "null" : Next();
            var paragraphs = string.Join(", ", section.Paragraphs.Select(_ => Next()));
            writer.Line("        new global::SeedData.Section(" + heading + ", new string[] { " + paragraphs + " }),");
        }

        writer.Line("    },");
        writer.Line("    Quotes: new global::SeedData.Quote[]");
        writer.Line("    {");
        var kinds = article.Entities.ToDictionary(e => e.Name, e => e.Kind);
        foreach (var quote in article.Quotes)
        {
            var text = quote.Offset >= 0
                ? pool.Slice(units[quote.Unit], quote.Offset, quote.Text.Length)
                : pool.Add(quote.Text);
            var speaker = quote.Speaker is not null && kinds.TryGetValue(quote.Speaker, out var kind)
                ? Resolve(quote.Speaker, kind)
                : "null";
            writer.Line("        Quote(" + Number(text.Start) + ", " + Number(text.Length) + ", " + speaker + ", " + Number(quote.Line) + "),");
        }

        writer.Line("    },");
        writer.Line("    Entities: new global::SeedData.Entity[]");
        writer.Line("    {");
        foreach (var entity in article.Entities)
        {
            writer.Line("        " + Resolve(entity.Name, entity.Kind) + ",");
        }

        writer.Line("    });");
        writer.Close();

        if (article.Quotes.Count > 0)
        {
            writer.Line();
            writer.Line("private static global::SeedData.Quote Quote(int start, int length, global::SeedData.Entity? speaker, int line) => new(T(start, length), speaker, Id, line);");
        }

        foreach (var kind in article.Entities.Select(e => e.Kind).Distinct().OrderBy(k => k))
        {
            writer.Line();
            writer.Line("private static global::SeedData.Entity " + kind + "(string name) => global::" + named.Namespace + ".Entities.Resolve(name, global::SeedData.EntityKind." + kind + ");");
        }
    }

    /// <summary>How many of an article's quotes its documentation lists; the rest are counted.</summary>
    private const int DocumentedQuotes = 3;

    private static void WriteDocs(SourceWriter writer, NamedArticle named)
    {
        var article = named.Article;
        XmlDoc.Write(writer, "<summary>", XmlDoc.Text(article.Headline.Text), "</summary>");
        writer.Line("/// <remarks>");
        if (article.Kicker is not null)
        {
            XmlDoc.Write(writer, "<para><b>", XmlDoc.Text(article.Kicker.Text), "</b></para>");
        }

        if (article.Subheadline is not null)
        {
            XmlDoc.Write(writer, "<para><i>", XmlDoc.Text(article.Subheadline.Text), "</i></para>");
        }

        if (article.Lead is not null)
        {
            XmlDoc.Write(writer, "<para>", XmlDoc.Text(article.Lead.Text), "</para>");
        }

        // Quotes are list items, not members, so the article's docs are where they show on hover.
        // Speakers are plain names: a cref to Entities.X would tie this file to the corpus-wide table.
        if (article.Quotes.Count > 0)
        {
            writer.Line("/// <para>Quotes (<see cref=\"global::SeedData.Article.Quotes\"/>):</para>");
            writer.Line("/// <list type=\"bullet\">");
            for (var i = 0; i < article.Quotes.Count && i < DocumentedQuotes; i++)
            {
                XmlDoc.Write(writer, "<item><description>", QuoteDoc(article.Quotes[i].Text, article.Quotes[i].Speaker), "</description></item>");
            }

            if (article.Quotes.Count > DocumentedQuotes)
            {
                writer.Line("/// <item><description>… and " + Number(article.Quotes.Count - DocumentedQuotes) + " more.</description></item>");
            }

            writer.Line("/// </list>");
        }

        var summary = new StringBuilder();
        summary.Append(Count(article.Quotes.Count, "quote")).Append(", ").Append(Count(article.Entities.Count, "entity", "entities"));
        summary.Append(". Seed <c>").Append(XmlDoc.Text(article.Id)).Append("</c>");
        if (article.Source is not null)
        {
            summary.Append(", source ").Append(XmlDoc.Text(article.Source));
        }

        XmlDoc.Write(writer, "<para>", summary.Append('.').ToString(), "</para>");
        writer.Line("/// </remarks>");
    }

    /// <summary>
    /// An old member name kept so that code written against it still compiles, with a warning that
    /// names the new member (docs/naming.md, "Former names").
    /// </summary>
    private static void WriteFormerName(SourceWriter writer, NamedArticle named, string former)
    {
        var current = "global::" + named.Namespace + ".Articles." + named.MemberName;
        writer.Line();
        writer.Line("/// <summary>Former name of <see cref=\"" + current + "\"/>; use that instead.</summary>");
        var message = "Articles." + former + " is now Articles." + named.MemberName + " (seed '" + named.Article.Id + "' was renamed).";
        writer.Line("[global::System.Obsolete(" + Literal.String(message) + ", DiagnosticId = \"" + FormerNameDiagnosticId + "\", UrlFormat = \"" + FormerNameHelp + "\")]");
        writer.Line("public static global::SeedData.Article " + former + " => " + named.MemberName + ";");
    }

    /// <summary>The compiler reports uses of a former name under this id, so a project can tune it alone.</summary>
    public const string FormerNameDiagnosticId = "SEED0023";

    private const string FormerNameHelp = "https://github.com/seeddata/seeddata/blob/main/docs/naming.md#former-names";

    /// <summary>
    /// A quote for documentation: “text” — speaker (already escaped). The comma that news style puts
    /// inside the closing mark (“…,” she said) belongs to the sentence, not the quote, so it is not shown.
    /// </summary>
    internal static string QuoteDoc(string text, string? speaker) =>
        "“" + XmlDoc.Text(text.TrimEnd(',', ' '), XmlDoc.MaxQuoteLength) + "”" + (speaker is null ? string.Empty : " — " + XmlDoc.Text(speaker));

    /// <summary>A call to the file's helper for <paramref name="kind"/>, which resolves the name in the entity table.</summary>
    private static string Resolve(string name, EntityKind kind) => kind + "(" + Literal.String(name) + ")";

    private static string Text((int Start, int Length) slice) => "T(" + Number(slice.Start) + ", " + Number(slice.Length) + ")";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
