using System;
using System.Collections.Generic;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SeedData.Generator.Extraction;
using SeedData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Quality;

/// <summary>
/// Scores the extraction against the gold annotations (Gold/dev, Gold/seeds) and fails when a figure
/// drops below its floor. The floors sit just under the measured values (docs/extraction.md), so
/// quality can only ratchet up: raise them when the figures improve.
/// </summary>
public class QualityTests
{
    private readonly ITestOutputHelper _output;

    public QualityTests(ITestOutputHelper output) => _output = output;

    public static string GoldFolder => Path.Combine(AppContext.BaseDirectory, "Gold");

    [Fact]
    public void Dev_set_meets_the_quality_floors()
    {
        var report = GoldScorer.Score(DevArticles());
        Print("dev set", report);

        // Measured 2026-11-28: quotes 1.000, speakers 1.000, typed 0.924, name-only 0.978.
        // Measured 2026-11-30 (extraction v2, 4b159f7): quotes 1.000, speakers 0.994, typed 0.934, name-only 0.968.
        // Measured 2026-11-30 (quotes2 branch): quotes 0.994 (P 1.000, R 0.989): this gold counts the two headline quotes
        // that repeat a body quote, now reported once, in the body (docs/extraction.md).
        Assert.True(report.Quotes.F1 >= 0.99, report.ToString());
        Assert.True(report.SpeakerAccuracy >= 0.98, report.ToString());
        // Measured 2026-11-30 (ner branch): typed 0.902, name-only 0.932. Nationality and group adjectives outside a
        // name ("Afghan officials") are now Other entities, as CoNLL-style annotation counts them (59 of 60 in
        // wikigold; the goal is such news); this set's gold, written before, does not list them (~40 predictions).
        // 0.906 at 9dbb6d3 (session 12).
        Assert.True(report.EntitiesTyped.F1 >= 0.900, report.ToString());
        // 0.968 since extraction v2 (2026-11-30): peoples named by a plural ("Nigerians", "Egyptians") are now
        // Other entities, as news annotation counts them (GUM, CoNLL); this set's gold, written before, does not list
        // them, nor the adjectives (above).
        Assert.True(report.EntitiesNameOnly.F1 >= 0.925, report.ToString());
    }

    [Fact]
    public void Repository_seeds_meet_the_quality_floors()
    {
        Print("repository seeds without the gazetteer", GoldScorer.Score(SeedArticles()));
        var gazetteer = GazetteerReader.Read(
            ImmutableArray.Create(("/project/seeds/gazetteer.txt", GeneratorHarness.RepositoryGazetteer().GetText()!.ToString())),
            CancellationToken.None).Gazetteer;
        var report = GoldScorer.Score(SeedArticles(), gazetteer: gazetteer);
        Print("repository seeds with seeds/gazetteer.txt", report);

        // Measured 2026-11-28 (with the gazetteer): quotes 1.000, speakers 0.987, typed 0.996.
        // Measured 2026-11-30 (extraction v2, 4b159f7): quotes 1.000, speakers 0.987, typed 0.988.
        Assert.True(report.Quotes.F1 >= 0.99, report.ToString());
        Assert.True(report.SpeakerAccuracy >= 0.97, report.ToString());
        // Measured 2026-11-30 (ner branch): typed 0.933; nationality adjectives are now Other entities (see the dev set).
        Assert.True(report.EntitiesTyped.F1 >= 0.925, report.ToString());
    }

    /// <summary>
    /// Invented 1990s wire copy (Gold/wire): tokenised text, capitals headlines, datelines, results tables and
    /// standings, markets and politics, with invented people, companies and clubs beside real places and
    /// bodies. Its gold was written by hand, CoNLL-style, before the extractor was run on it.
    /// </summary>
    [Fact]
    public void Wire_set_meets_the_quality_floors()
    {
        var report = GoldScorer.Score(WireArticles());
        Print("wire set", report);

        // Measured 2026-12-01 (main at 70287b6, wiregold branch): typed 0.837 (P 0.828 R 0.847), name-only 0.966
        // (P 0.955 R 0.977). Most typed misses are teams named by their place (counties, national sides, NHL cities:
        // found as Location) and sponsors and banks found as Person; docs/extraction.md lists the classes.
        // 0.857 (P 0.847 R 0.867) once eight national sides in prose were retyped Location, the wikigold convention.
        // Main at fd48afc (names, positions, clubs and fusion branches): typed 0.946 (P 0.938 R 0.954), name-only 0.980.
        // The clubs and fusion rules were written beside this set's errors, so it guards them; it no longer measures.
        // Main at 9dbb6d3 (session 12: rows one to a line, places, companies, logistic-regression model): typed 0.963
        // (P 0.955 R 0.971), name-only 0.989; Lithuania and Macedonia in a standings block retyped Location (national sides).
        // Main at 5a00b93 (session 13: acronyms, press, teams, wire4 and sports4 classes): typed 0.970 (P 0.960 R 0.980), name-only 0.990.
        // Session 14 (main 14b64b5 and lead5): the same typed figure; its gains were on new probes kept out of the repository.
        Assert.True(report.EntitiesTyped.F1 >= 0.965, report.ToString());
        Assert.True(report.EntitiesNameOnly.F1 >= 0.985, report.ToString());
        // Quotes 0/15 at that commit: wire copy's tokenised straight quotes (`" We will win , " he said .`, a space
        // inside each mark) were not read. 15/15 with their speakers 15/15 once they were (wirequotes branch).
        Assert.True(report.Quotes.F1 >= 0.95, report.ToString());
        Assert.True(report.SpeakerAccuracy >= 0.9, report.ToString());
    }

    /// <summary>
    /// Real Wikinews articles from the GUM corpus (entities and quotes, no speakers), measured only
    /// when the folder exists on this machine: set SEEDDATA_GUM to it, or have /work/shared/dev/gum.
    /// The data is never copied into the repository.
    /// </summary>
    [Fact]
    public void Gum_news_figures_when_available()
    {
        var folder = Environment.GetEnvironmentVariable("SEEDDATA_GUM") ?? "/work/shared/dev/gum";
        if (!Directory.Exists(folder))
        {
            _output.WriteLine("GUM folder " + folder + " is absent: nothing measured (set SEEDDATA_GUM to measure).");
            return;
        }

        var articles = Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .Where(json => File.Exists(Path.ChangeExtension(json, ".txt")))
            .Select(json => GoldArticle.Load(Path.GetFileNameWithoutExtension(json), Path.ChangeExtension(json, ".txt"), json));
        Print("GUM news (" + folder + "), one entity per name as GUM lists them", GoldScorer.Score(articles.ToList(), oneEntityPerName: true));
    }

    public static IEnumerable<GoldArticle> DevArticles() =>
        Directory.GetFiles(Path.Combine(GoldFolder, "dev"), "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(json => GoldArticle.Load(Path.GetFileNameWithoutExtension(json), Path.ChangeExtension(json, ".txt"), json));

    public static IEnumerable<GoldArticle> WireArticles() =>
        Directory.GetFiles(Path.Combine(GoldFolder, "wire"), "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(json => GoldArticle.Load(Path.GetFileNameWithoutExtension(json), Path.ChangeExtension(json, ".txt"), json));

    public static IEnumerable<GoldArticle> SeedArticles() =>
        Directory.GetFiles(Path.Combine(GoldFolder, "seeds"), "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(json => GoldArticle.Load(
                Path.GetFileNameWithoutExtension(json),
                Path.Combine(AppContext.BaseDirectory, "RepoSeeds", Path.GetFileNameWithoutExtension(json) + ".txt"),
                json));

    private void Print(string title, QualityReport report)
    {
        _output.WriteLine(title + "\n" + report);
        if (Environment.GetEnvironmentVariable("SEEDDATA_QUALITY_DETAILS") == "1")
        {
            _output.WriteLine(report.Details.ToString());
        }
    }
}
