using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Tests.Extraction;

/// <summary>Runs the per-seed step (parse and extract) on a text, as the generator does.</summary>
internal static class ExtractionHelper
{
    public static (SeedArticle Article, List<DiagnosticInfo> Diagnostics) Extract(string text, string id = "test")
    {
        var diagnostics = new List<DiagnosticInfo>();
        var result = SeedReader.Read(id, "/project/seeds/" + id + ".txt", text, diagnostics, CancellationToken.None);
        return (result.Article!, diagnostics);
    }

    /// <summary>The entities the per-seed step finds in <paramref name="text"/>.</summary>
    public static SeedEntity[] Entities(string text) => Extract(text).Article.Entities.ToArray();

    /// <summary>The kind of the entity named <paramref name="surface"/> or with it among its aliases, or null.</summary>
    public static SeedData.Generator.Model.EntityKind? KindOf(SeedEntity[] entities, string surface) =>
        entities.FirstOrDefault(e => e.Name == surface || e.Aliases.Contains(surface))?.Kind;

    public static SeedEntity? Entity(this SeedArticle article, string name) =>
        article.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    public static string? SpeakerOf(this SeedArticle article, string quoteText) =>
        article.Quotes.FirstOrDefault(q => q.Text == quoteText)?.Speaker;
}
