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

    public static SeedEntity? Entity(this SeedArticle article, string name) =>
        article.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));

    public static string? SpeakerOf(this SeedArticle article, string quoteText) =>
        article.Quotes.FirstOrDefault(q => q.Text == quoteText)?.Speaker;
}
