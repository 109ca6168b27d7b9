using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// One generated file per article: the documented <c>Articles.Name</c> property and a file-local
/// class that builds the article on first access from its embedded seed file and its layout.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(NamedArticle named) => "Articles." + named.MemberName + ".g.cs";

    /// <param name="helpLinkBase">SeedDataHelpLinkBase: where the former names' <c>[Obsolete]</c> links to (<see cref="HelpLinks"/>).</param>
    public static string Emit(NamedArticle named, string? helpLinkBase = null)
    {
        var article = named.Article;
        var builder = BuilderName(named);
        var writer = new SourceWriter().Header();

        writer.Open("namespace " + named.Namespace);
        writer.Open("internal static partial class Articles");
        WriteDocs(writer, named);
        writer.Line("public static global::SeedData.Article " + named.MemberName + " => " + builder + ".Value;");
        foreach (var former in named.FormerNames)
        {
            WriteFormerName(writer, named, former, helpLinkBase);
        }

        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("/// <summary>Builds <see cref=\"global::" + named.Namespace + ".Articles." + named.MemberName + "\"/> on first access.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedData\", null)]");
        writer.Open("file static class " + builder);
        writer.Line("internal static readonly global::SeedData.Article Value;");
        writer.Line();
        writer.Line("// An explicit static constructor makes the article load exactly on first access, never before.");
        writer.Line("static " + builder + "() => Value = Create();");
        writer.Line();
        writer.Line("// The text is the seed file itself, embedded by the package's build targets; this file holds only where each field lies in it.");
        writer.Line("private static global::SeedData.Article Create() => global::SeedData.Runtime.GeneratedCode.Article(");
        var layout = ArticleLayout.Of(article);
        writer.Line("    typeof(" + builder + ").Assembly,");
        writer.Line("    " + Literal.String(article.File.ResourceName ?? Parsing.SeedIds.ResourceName(article.FilePath)) + ",");
        writer.Line("    " + Number(article.File.CodePage) + ",");
        writer.Line("    " + Number(article.File.Length) + ",");
        writer.Line("    " + Literal.String(article.Id) + ",");
        writer.Line("    new string[] { " + string.Join(", ", layout.EntityNames.Select(Literal.String)) + " },");
        writer.Line("    new int[]");
        writer.Line("    {");
        var next = 0;
        foreach (var end in layout.GroupEnds)
        {
            var line = writer.Start().Append("        ");
            for (; next < end; next++)
            {
                line.Append(layout.Values[next].ToString(CultureInfo.InvariantCulture)).Append(next + 1 < end ? ", " : ",");
            }

            writer.End();
        }

        writer.Line("    },");
        writer.Line("    global::" + named.Namespace + ".Entities.Resolve);");
        writer.Close();
        return writer.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>
    /// The file-local class that builds the article. Its name is unique although no other file can see
    /// it: the compiler looks a file-local type up among every type of that name in the namespace, so
    /// classes all named alike cost time that grows with the square of their number (4,000 of them took
    /// 108 s to bind and emit, against 4.5 s with unique names; docs/performance.md).
    /// </summary>
    public static string BuilderName(NamedArticle named) => "__SeedArticle_" + named.MemberName;

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
            summary.Append(", source ").Append(XmlDoc.Text(article.Source.Text));
        }

        XmlDoc.Write(writer, "<para>", summary.Append('.').ToString(), "</para>");
        writer.Line("/// </remarks>");
    }

    /// <summary>
    /// An old member name kept so that code written against it still compiles, with a warning that
    /// names the new member (docs/naming.md, "Former names").
    /// </summary>
    private static void WriteFormerName(SourceWriter writer, NamedArticle named, string former, string? helpLinkBase)
    {
        var current = "global::" + named.Namespace + ".Articles." + named.MemberName;
        writer.Line();
        writer.Line("/// <summary>Former name of <see cref=\"" + current + "\"/>; use that instead.</summary>");
        var used = DiagnosticDescriptors.FormerNameUsed;
        var message = string.Format(CultureInfo.InvariantCulture, used.MessageFormat, former, named.MemberName, named.Article.Id);

        // The attribute is compiled into the project's assembly: a link into the package folder is a path
        // on this machine, so only a published address (http or https) is written there.
        var link = HelpLinks.For(helpLinkBase, used.Id);
        var url = link.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase)
            ? ", UrlFormat = " + Literal.String(link)
            : string.Empty;
        writer.Line("[global::System.Obsolete(" + Literal.String(message) + ", DiagnosticId = " + Literal.String(used.Id) + url + ")]");
        writer.Line("public static global::SeedData.Article " + former + " => " + named.MemberName + ";");
    }

    /// <summary>
    /// A quote for documentation: “text” — speaker (already escaped). The comma that news style puts
    /// inside the closing mark (“…,” she said) belongs to the sentence, not the quote, so it is not shown.
    /// </summary>
    internal static string QuoteDoc(string text, string? speaker) =>
        "“" + XmlDoc.Text(text.TrimEnd(',', ' '), XmlDoc.MaxQuoteLength) + "”" + (speaker is null ? string.Empty : " — " + XmlDoc.Text(speaker));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string singular, string? plural = null) =>
        Number(count) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
