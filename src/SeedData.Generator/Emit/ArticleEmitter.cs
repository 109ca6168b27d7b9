using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// The documented <c>Articles.Name</c> property of every article, in files by the first letter of the name.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>
    /// The file of the articles whose member names start with this letter (<c>Articles.B.g.cs</c>), or
    /// <c>Articles._.g.cs</c> for other first characters.
    /// </summary>
    public static string HintName(ArticleBucket bucket) => "Articles." + bucket.Letter + ".g.cs";

    /// <summary>
    /// Which file an article's members go in: articles are grouped by the first letter of their member
    /// names, so <c>Articles</c> has a few dozen partial declarations whatever the corpus. With one file per
    /// article the compiler's analyzer pass asked every file for the declared <c>Articles</c> and got all N
    /// declarations back each time: time that grows with the square of the corpus (docs/performance.md).
    /// A seed added or edited changes its letter's file only.
    /// </summary>
    public static string LetterOf(string memberName) =>
        memberName[0] is var c && c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? char.ToUpperInvariant(c).ToString() : "_";

    /// <summary>
    /// The articles' members in buckets by letter, the buckets in letter order and each bucket's members by
    /// name: the same files whatever order the compiler hands the seeds over in.
    /// </summary>
    public static IEnumerable<ArticleBucket> Buckets(IEnumerable<ArticleMember> members) =>
        members
            .GroupBy(m => (m.Namespace, m.Letter))
            .OrderBy(g => g.Key.Letter, System.StringComparer.Ordinal)
            .Select(g => new ArticleBucket(g.Key.Namespace, g.Key.Letter, g.OrderBy(m => m.Name, System.StringComparer.Ordinal).ToEquatableArray()));

    /// <summary>
    /// The letter files that <paramref name="memberNames"/> make, in the order <see cref="Buckets"/> gives
    /// them, and per member in the given order two integers: its file's index among them and its position
    /// in the file (what <c>Articles.All</c> reads each article by).
    /// </summary>
    public static (IReadOnlyList<string> Letters, IReadOnlyList<int> Places) Files(IEnumerable<string> memberNames)
    {
        var names = memberNames.ToList();
        var letters = names.Select(LetterOf).Distinct().OrderBy(l => l, System.StringComparer.Ordinal).ToList();
        var fileOf = letters.Select((letter, i) => (letter, i)).ToDictionary(p => p.letter, p => p.i, System.StringComparer.Ordinal);
        var position = names
            .GroupBy(LetterOf)
            .SelectMany(g => g.OrderBy(n => n, System.StringComparer.Ordinal).Select((name, i) => (name, i)))
            .ToDictionary(p => p.name, p => p.i, System.StringComparer.Ordinal);
        return (letters, names.SelectMany(n => new[] { fileOf[LetterOf(n)], position[n] }).ToList());
    }

    /// <summary>
    /// One file of article members: <c>partial class Articles</c> around the members of one bucket, each
    /// property reading its article by its position in the file from the file's <c>ArticleSlots</c>, and the
    /// class holding those slots, with the file's layouts in one attribute string.
    /// </summary>
    public static string Emit(ArticleBucket bucket)
    {
        var holder = HolderName(bucket.Letter);
        var writer = new SourceWriter().Header();
        writer.Open("namespace " + bucket.Namespace);
        writer.Open("internal static partial class Articles");
        var layouts = new PackedData();
        for (var i = 0; i < bucket.Members.Count; i++)
        {
            var member = bucket.Members[i];
            writer.Text(member.Docs);
            writer.Line("public static global::SeedData.Article " + member.Name + " => " + holder + ".Slots[" + i.ToString(CultureInfo.InvariantCulture) + "];");
            writer.Text(member.FormerNames);
            writer.Line();
            layouts.String(member.Layout);
        }

        // The layouts are an attribute's string, which the assembly keeps in its blob heap: a "…"u8 literal
        // per article cost the compiler about 4 s per 6 MB of layouts, and string literals would fill the
        // 16 MB user-string heap at about 13,000 articles (docs/performance.md).
        writer.Start().Append("[global::SeedData.Runtime.ArticleLayouts(").Append(Literal.String(layouts.Text)).Append(")]");
        writer.End();
        writer.Open("private static class " + holder);
        writer.Line("internal static readonly global::SeedData.Runtime.ArticleSlots Slots = new(typeof(" + holder + "), "
            + bucket.Members.Count.ToString(CultureInfo.InvariantCulture) + ", global::" + bucket.Namespace + ".Entities.Resolve);");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>The private class of <c>Articles</c> that holds one file's slots and layouts (<c>__SeedArticles_B</c>).</summary>
    public static string HolderName(string letter) => "__SeedArticles_" + letter;

    /// <summary>
    /// An article's members, apart from the property's position in its file: the documentation that
    /// IntelliSense shows, the packed layout from which the runtime builds the article on first access (its
    /// embedded seed file and where each field lies in it), and any former names. Made once per article, so
    /// an edit to one seed re-emits only its letter's file.
    /// </summary>
    /// <param name="helpLinkBase">SeedDataHelpLinkBase: where the former names' <c>[Obsolete]</c> links to (<see cref="HelpLinks"/>).</param>
    public static ArticleMember Member(NamedArticle named, string? helpLinkBase = null)
    {
        var docs = new SourceWriter(indent: 2);
        WriteDocs(docs, named);
        var formerNames = new SourceWriter(indent: 2);
        foreach (var former in named.FormerNames)
        {
            WriteFormerName(formerNames, named, former, helpLinkBase);
        }

        return new ArticleMember(named.Namespace, LetterOf(named.MemberName), named.MemberName, docs.ToString(), ArticleLayout.Of(named.Article), formerNames.ToString());
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

/// <summary>
/// An article's members, and the bucket they go in: its documentation and former names as C# text (indented for the
/// class body), and its packed layout, unescaped (<see cref="ArticleLayout"/>).
/// </summary>
internal sealed record ArticleMember(string Namespace, string Letter, string Name, string Docs, string Layout, string FormerNames);

/// <summary>The members of the articles whose names start with <paramref name="Letter"/>, by name.</summary>
internal sealed record ArticleBucket(string Namespace, string Letter, EquatableArray<ArticleMember> Members);
