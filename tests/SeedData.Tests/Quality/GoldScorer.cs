using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Tests.Quality;

/// <summary>A gold annotation: the quotes (with speakers, when annotated) and entities of one article.</summary>
public sealed record GoldQuote(string Text, string? Speaker);

public sealed record GoldEntity(string Name, string Kind, IReadOnlyList<string> Aliases);

public sealed record GoldArticle(string Id, string Text, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<GoldEntity> Entities)
{
    /// <summary>Reads the JSON format of tests/SeedData.Tests/Gold (and of the GUM dev set, whose quotes have no speakers).</summary>
    public static GoldArticle Load(string id, string textPath, string jsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        var quotes = new List<GoldQuote>();
        if (root.TryGetProperty("quotes", out var quoteArray))
        {
            foreach (var quote in quoteArray.EnumerateArray())
            {
                var speaker = quote.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                quotes.Add(new GoldQuote(quote.GetProperty("text").GetString()!, speaker));
            }
        }

        var entities = new List<GoldEntity>();
        if (root.TryGetProperty("entities", out var entityArray))
        {
            foreach (var entity in entityArray.EnumerateArray())
            {
                var aliases = entity.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();
                entities.Add(new GoldEntity(entity.GetProperty("name").GetString()!, entity.GetProperty("kind").GetString()!, aliases));
            }
        }

        return new GoldArticle(id, File.ReadAllText(textPath), quotes, entities);
    }
}

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({TruePositives}/{Predicted} predicted, {Gold} gold)";
}

/// <summary>The figures of one set of articles.</summary>
internal sealed class QualityReport
{
    public Score Quotes { get; set; }

    public int SpeakersCorrect { get; set; }

    public int SpeakersScored { get; set; }

    public double SpeakerAccuracy => SpeakersScored == 0 ? 1 : (double)SpeakersCorrect / SpeakersScored;

    public Score EntitiesTyped { get; set; }

    public Score EntitiesNameOnly { get; set; }

    public StringBuilder Details { get; } = new();

    public override string ToString() =>
        $"quotes: {Quotes}\nspeaker accuracy on matched quotes: {SpeakerAccuracy:0.000} ({SpeakersCorrect}/{SpeakersScored})\n" +
        $"entities typed: {EntitiesTyped}\nentities name-only: {EntitiesNameOnly}";
}

/// <summary>
/// Scores the extraction against gold annotations. Quotes match on exact text (as a multiset);
/// a matched quote's speaker is right when the predicted entity's name or one of its aliases equals
/// the gold speaker or one of the gold speaker's aliases; entities match one-to-one when their
/// name sets (name plus aliases) share a member, with the same kind for the typed score.
/// </summary>
internal static class GoldScorer
{
    /// <param name="articles">The gold articles.</param>
    /// <param name="oneEntityPerName">
    /// Score every name of a predicted entity as an entity of its own: for gold sets such as GUM that
    /// list each distinct name ("Donald Trump", "Trump") separately instead of merging aliases.
    /// </param>
    /// <param name="gazetteer">The user gazetteer to extract with, if any.</param>
    public static QualityReport Score(IEnumerable<GoldArticle> articles, bool oneEntityPerName = false, Gazetteer? gazetteer = null)
    {
        var report = new QualityReport();
        foreach (var gold in articles)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var result = SeedReader.Read(gold.Id, "/gold/" + gold.Id + ".txt", gold.Text, diagnostics, CancellationToken.None, gazetteer);
            var article = result.Article;
            var quotes = article?.Quotes.ToList() ?? new List<SeedQuote>();
            var entities = article?.Entities.ToList() ?? new List<SeedEntity>();
            if (oneEntityPerName)
            {
                entities = entities.SelectMany(e => e.Aliases.Append(e.Name).Select(n => new SeedEntity(n, e.Kind, EquatableArray<string>.Empty))).ToList();
            }
            Score(report, gold, quotes, entities);
        }

        return report;
    }

    private static void Score(QualityReport report, GoldArticle gold, List<SeedQuote> quotes, List<SeedEntity> entities)
    {
        var details = report.Details;
        details.AppendLine("== " + gold.Id);

        // Quotes: pair equal texts in order.
        var unmatched = quotes.ToList();
        var tp = 0;
        foreach (var goldQuote in gold.Quotes)
        {
            var index = unmatched.FindIndex(q => q.Text == goldQuote.Text);
            if (index < 0)
            {
                details.AppendLine("  quote missed: «" + goldQuote.Text + "»");
                continue;
            }

            var predicted = unmatched[index];
            unmatched.RemoveAt(index);
            tp++;
            if (goldQuote.Speaker is null)
            {
                // Unannotated (GUM): list the prediction for a reader to judge.
                details.AppendLine("  quote speaker (not annotated): «" + Short(goldQuote.Text) + "» → " + (predicted.Speaker ?? "none"));
                continue;
            }

            report.SpeakersScored++;
            var goldNames = GoldNames(gold, goldQuote.Speaker);
            var predictedNames = predicted.Speaker is null ? new HashSet<string>() : PredictedNames(entities, predicted.Speaker);
            if (predictedNames.Overlaps(goldNames))
            {
                report.SpeakersCorrect++;
            }
            else
            {
                details.AppendLine("  speaker wrong: «" + Short(goldQuote.Text) + "» gold " + goldQuote.Speaker + ", got " + (predicted.Speaker ?? "none"));
            }
        }

        foreach (var extra in unmatched)
        {
            details.AppendLine("  quote extra: «" + extra.Text + "»");
        }

        report.Quotes += new Score(tp, quotes.Count, gold.Quotes.Count);
        report.EntitiesTyped += MatchEntities(gold, entities, typed: true, details);
        report.EntitiesNameOnly += MatchEntities(gold, entities, typed: false, null);
    }

    private static Score MatchEntities(GoldArticle gold, List<SeedEntity> entities, bool typed, StringBuilder? details)
    {
        var remaining = entities.ToList();
        var tp = 0;
        foreach (var goldEntity in gold.Entities)
        {
            var names = new HashSet<string>(goldEntity.Aliases.Append(goldEntity.Name).Select(Normalize));
            var index = remaining.FindIndex(e => (!typed || e.Kind.ToString() == goldEntity.Kind) && e.Aliases.Append(e.Name).Select(Normalize).Any(names.Contains));
            if (index >= 0)
            {
                remaining.RemoveAt(index);
                tp++;
            }
            else if (details is not null)
            {
                var wrongKind = entities.FirstOrDefault(e => e.Aliases.Append(e.Name).Select(Normalize).Any(names.Contains));
                details.AppendLine("  entity missed: " + goldEntity.Kind + " " + goldEntity.Name + (wrongKind is null ? string.Empty : " (found as " + wrongKind.Kind + ")"));
            }
        }

        if (details is not null)
        {
            foreach (var extra in remaining)
            {
                details.AppendLine("  entity extra: " + extra.Kind + " " + extra.Name + (extra.Aliases.Count > 0 ? " [" + string.Join(", ", extra.Aliases) + "]" : string.Empty));
            }
        }

        return new Score(tp, entities.Count, gold.Entities.Count);
    }

    private static HashSet<string> GoldNames(GoldArticle gold, string speaker)
    {
        var names = new HashSet<string> { Normalize(speaker) };
        foreach (var entity in gold.Entities)
        {
            if (entity.Name == speaker || entity.Aliases.Contains(speaker))
            {
                names.Add(Normalize(entity.Name));
                names.UnionWith(entity.Aliases.Select(Normalize));
            }
        }

        return names;
    }

    private static HashSet<string> PredictedNames(List<SeedEntity> entities, string speaker)
    {
        var names = new HashSet<string> { Normalize(speaker) };
        foreach (var entity in entities.Where(e => e.Name == speaker))
        {
            names.UnionWith(entity.Aliases.Select(Normalize));
        }

        return names;
    }

    /// <summary>Both apostrophes count as one, so "People's" in a gold file matches "People’s".</summary>
    private static string Normalize(string name) => name.Replace('’', '\'');

    private static string Short(string text) => text.Length > 50 ? text.Substring(0, 50) + "…" : text;
}
