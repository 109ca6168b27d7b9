using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Pipeline;

namespace SeedData.Training;

/// <summary>
/// Runs the generator's own per-seed step over a folder of plain-text articles and writes one
/// <c>NAME.json</c> per article in the shape ../shared/dev/score.py reads:
/// <c>{"quotes":[{"text","speaker"}],"entities":[{"name","kind"}]}</c>. Every name of an entity that the
/// article uses is written as a name of its own, since the gold lists each surface form an article uses;
/// a canonical name the article never writes ("United States" for an article that says "U.S.") is the
/// knowledge base's, not the article's, and is left out.
/// </summary>
internal static class Predictions
{
    public static int Write(string articles, string output)
    {
        if (!Directory.Exists(articles))
        {
            Console.Error.WriteLine("No folder " + articles + ": nothing to predict.");
            return 2;
        }

        Directory.CreateDirectory(output);
        var count = 0;
        foreach (var path in Directory.GetFiles(articles, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var result = SeedReader.Read(id, path, text, new List<DiagnosticInfo>(), CancellationToken.None);
            var article = result.Article;
            var prediction = new
            {
                quotes = article is null ? [] : article.Quotes.Select(q => new { text = q.Text, speaker = q.Speaker ?? string.Empty }).ToArray(),
                entities = article is null ? [] : article.Entities
                    .SelectMany(e => e.Aliases.Prepend(e.Name)
                        .Where(name => text.Contains(name, StringComparison.Ordinal))
                        .Select(name => new { name, kind = e.Kind.ToString() }))
                    .ToArray(),
            };
            File.WriteAllText(Path.Combine(output, id + ".json"), JsonSerializer.Serialize(prediction, Json));
            count++;
        }

        Console.WriteLine("Wrote " + count + " predictions to " + output);
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
