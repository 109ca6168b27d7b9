using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Quality;

/// <summary>
/// NewsScorer follows the official scorer (/work/shared/dev/score.py). A tiny gold + prediction pair written to a
/// temporary folder is scored and checked against figures worked out by hand from score.py's rules; when python3
/// and score.py are on the machine, score.py itself is run on the same folders and every count must agree.
/// </summary>
public sealed class NewsScorerTests : IDisposable
{
    private const double Tolerance = 1e-9;

    private readonly ITestOutputHelper _output;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seeddata-newsscorer-" + Guid.NewGuid().ToString("N"));

    public NewsScorerTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Tiny_case_scores_as_worked_out_by_hand()
    {
        var (gold, pred) = WriteTinyCase();
        var report = NewsScorer.ScoreFolders(gold, pred);

        Assert.Equal(2, report.QuoteDocuments);
        Assert.Equal(1, report.EntityDocuments);

        // Quotes, document 001: main gold G0 G1 G2 G3 G5, optional G4; predictions P0..P8 less P6 (no word token).
        // Matching pairs and overlaps: G1-P1 1.0 (same tokens once curly marks and case are gone), G3-P3 7/8 = 0.875,
        // G0-P7 11/14 (under 0.8, but P7's 11 tokens sit inside G0), G2-P2 7/10 (contained), G0-P0 7/14 (contained).
        // Best first: G1-P1, G3-P3, G0-P7, G2-P2; G0-P0 loses since G0 is taken. P8 "the town" (2 tokens) inside G3
        // is no match: shorter than 3 and not the whole of a quote of fewer than 3. P4 matches the optional G4: neutral.
        // Document 002 (no prediction file): one main gold quote missed, one optional.
        // tp = 4; pred = 8 - 1 neutral = 7 (P0 P5 P8 wrong); gold = 5 + 1 = 6.
        Assert.Equal(new NewsCounts(4, 7, 6), report.Quotes);
        Assert.Equal(1, report.NeutralPredictions);
        Assert.Equal(4.0 / 7, report.Quotes.Precision, Tolerance);
        Assert.Equal(4.0 / 6, report.Quotes.Recall, Tolerance);
        Assert.Equal(8.0 / 13, report.Quotes.F1, Tolerance);

        // Speakers: judged gold quotes are G0 (span), G1 (prev-source+coref), G5 (span); G2 is prev-source only, G3
        // has speaker_named false, 002's quote resolves to none. Matched and judged: G1 ("John Smith" vs "Smith's
        // spokesman": right, the possessive is dropped) and G0 ("Maria Lopez Jr." vs P7's "Tom Hardy": wrong).
        // End to end: tp 1, pred 7 - 2 matched to non-judged gold = 5, gold 3.
        Assert.Equal(2, report.SpeakersJudged);
        Assert.Equal(1, report.SpeakersCorrect);
        Assert.Equal(0.5, report.SpeakerAccuracy, Tolerance);
        Assert.Equal(new NewsCounts(1, 5, 3), report.SpeakersEndToEnd);
        Assert.Equal(0.25, report.SpeakersEndToEnd.F1, Tolerance);

        // Entities: gold set {maria lopez/Person (twice in the file), riverton council/Organization, riverton/Location,
        // olympics/Other, bridge party/Other, apple/Organization}, the empty Other dropped: 6. Predicted set {maria
        // lopez/P, lopez/P, riverton council/O (curly quotes stripped), riverton/O ('s dropped), olympics/Location,
        // bridge party/Other, stone age/Other, apple/O ("APPLE." as organisation)}, the blank name dropped: 8.
        Assert.Equal(new NewsCounts(4, 8, 6), report.Entities);
        Assert.Equal(8.0 / 14, report.Entities.F1, Tolerance);
        Assert.Equal(new NewsCounts(6, 8, 6), report.EntitiesNameOnly);
        Assert.Equal(12.0 / 14, report.EntitiesNameOnly.F1, Tolerance);

        // Core: gold without Other 4; predictions without Other and without "olympics" (a gold Other name) 5; tp 3.
        Assert.Equal(new NewsCounts(3, 5, 4), report.EntitiesCore);
        Assert.Equal(2.0 / 3, report.EntitiesCore.F1, Tolerance);

        Assert.Equal(new NewsCounts(1, 2, 1), report.EntitiesByKind["Person"]);
        Assert.Equal(new NewsCounts(2, 3, 2), report.EntitiesByKind["Organization"]);
        Assert.Equal(new NewsCounts(0, 1, 1), report.EntitiesByKind["Location"]);
        Assert.Equal(0.0, report.EntitiesByKind["Location"].F1, Tolerance);
        Assert.Equal(new NewsCounts(1, 2, 2), report.EntitiesByKind["Other"]);

        CompareWithScorePy(gold, pred, report, "tiny case");
    }

    [Fact]
    public void Rules_on_single_strings()
    {
        Assert.Equal(new[] { "don't", "stop", "ever", "strasse" }, NewsScorer.QuoteTokens("Don\u2019t STOP\u2014ever, Stra\u00dfe"));
        Assert.Equal(new[] { "rock'n'roll", "o" }, NewsScorer.QuoteTokens("rock'n'roll o'"));
        Assert.True(NewsScorer.SpeakerMatch("Martin Luther King Jr.", "King"));
        Assert.True(NewsScorer.SpeakerMatch("Clinton", "Hillary Clinton"));
        Assert.True(NewsScorer.SpeakerMatch("Trump's campaign", "Donald Trump"));
        Assert.True(NewsScorer.SpeakerMatch("Hillary Clinton", "Hillary"));
        Assert.False(NewsScorer.SpeakerMatch("Hillary Clinton", "Bill"));
        Assert.False(NewsScorer.SpeakerMatch("Hillary Clinton", string.Empty));
        Assert.Equal("new york times", NewsScorer.NormName("  \u201cNew\tYork  Times\u201d. "));
        Assert.Equal("obama", NewsScorer.NormName("Obama's"));
        Assert.Equal("Location", NewsScorer.NormKind(" GPE "));
        Assert.Equal("Event", NewsScorer.NormKind(" Event "));
        Assert.Equal("Other", NewsScorer.NormKind(null));

        // Characters .NET's normaliser refuses and Python keeps: a lone surrogate and U+FFFE split nothing.
        Assert.Equal(new[] { "ab", "cd" }, NewsScorer.QuoteTokens("\uFF41b\uFFFE\uD800cd"));
    }

    /// <summary>
    /// The generator's predictions for the real dev sets, written in score.py's format and scored both ways: every
    /// count must agree. Runs only where the data, python3 and score.py are.
    /// </summary>
    [FactWhenFolderExists(NewsQualityTests.GumVariable, NewsQualityTests.GumDefault)]
    public void Gum_figures_equal_score_py()
    {
        var folder = FactWhenFolderExistsAttribute.Resolve(NewsQualityTests.GumVariable, NewsQualityTests.GumDefault);
        CompareOnRealSet(folder, folder, "GUM");
    }

    [FactWhenFolderExists(NewsQualityTests.PolnearVariable, NewsQualityTests.PolnearDefault)]
    public void Polnear_figures_equal_score_py()
    {
        var folder = FactWhenFolderExistsAttribute.Resolve(NewsQualityTests.PolnearVariable, NewsQualityTests.PolnearDefault);
        CompareOnRealSet(Path.Combine(folder, "gold"), Path.Combine(folder, "articles"), "PolNeAR dev");
    }

    private void CompareOnRealSet(string gold, string articles, string name)
    {
        var pred = Path.Combine(_folder, "pred");
        Directory.CreateDirectory(pred);
        foreach (var path in Directory.GetFiles(articles, "*.txt"))
        {
            var prediction = NewsPrediction.Extract(path);
            var json = new
            {
                quotes = prediction.Quotes.Select(q => new { text = q.Text, speaker = q.Speaker }).ToArray(),
                entities = prediction.Entities.Select(e => new { name = e.Name, kind = e.Kind }).ToArray(),
            };
            File.WriteAllText(Path.Combine(pred, Path.GetFileNameWithoutExtension(path) + ".json"), JsonSerializer.Serialize(json));
        }

        var fromFiles = NewsScorer.ScoreFolders(gold, pred);
        var direct = NewsScorer.ScoreExtraction(gold, articles);
        Assert.Equal(direct.Quotes, fromFiles.Quotes);
        Assert.Equal(direct.Entities, fromFiles.Entities);
        Assert.Equal(direct.SpeakersCorrect, fromFiles.SpeakersCorrect);
        CompareWithScorePy(gold, pred, fromFiles, name);
    }

    private void CompareWithScorePy(string gold, string pred, NewsReport report, string name)
    {
        var scorer = Environment.GetEnvironmentVariable("SEEDDATA_SCORER") is { Length: > 0 } set ? set : "/work/shared/dev/score.py";
        if (!File.Exists(scorer))
        {
            _output.WriteLine("score.py not found at " + scorer + " (set SEEDDATA_SCORER): the " + name + " figures were checked by hand only, NOT against score.py.");
            return;
        }

        var output = Path.Combine(_folder, "score.json");
        ProcessResult score;
        try
        {
            score = ChildProcess.Run("python3", _folder, new[] { scorer, "--gold", gold, "--pred", pred, "--json", output }, TimeSpan.FromMinutes(2));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            _output.WriteLine("python3 could not be started (" + e.Message + "): the " + name + " figures were NOT compared with score.py.");
            return;
        }

        Assert.True(score.ExitCode == 0, "score.py failed: " + score.StandardError);
        _output.WriteLine("score.py on " + name + ":\n" + score.StandardOutput);

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(root.GetProperty("documents").GetProperty("quotes").GetInt32(), report.QuoteDocuments);
        Assert.Equal(root.GetProperty("documents").GetProperty("entities").GetInt32(), report.EntityDocuments);
        AssertCounts(root.GetProperty("quotes"), report.Quotes, "quotes");
        Assert.Equal(root.GetProperty("quotes").GetProperty("neutral_predictions").GetInt32(), report.NeutralPredictions);
        var attribution = root.GetProperty("attribution");
        Assert.Equal(attribution.GetProperty("matched_judged").GetInt32(), report.SpeakersJudged);
        Assert.Equal(attribution.GetProperty("accuracy_on_matched").GetDouble(), Math.Round(report.SpeakerAccuracy, 4), 1e-12);
        AssertCounts(attribution.GetProperty("end_to_end"), report.SpeakersEndToEnd, "speakers end to end");
        AssertCounts(root.GetProperty("entities"), report.Entities, "entities");
        AssertCounts(root.GetProperty("entities_name_only"), report.EntitiesNameOnly, "entities name-only");
        AssertCounts(root.GetProperty("entities_core"), report.EntitiesCore, "entities per/org/loc");
        var byKind = root.GetProperty("entities_by_kind").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(byKind.Keys.OrderBy(k => k, StringComparer.Ordinal), report.EntitiesByKind.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (kind, counts) in byKind)
        {
            AssertCounts(counts, report.EntitiesByKind[kind], kind);
        }

        _output.WriteLine(name + ": every count equals score.py's.");
    }

    private static void AssertCounts(JsonElement python, NewsCounts counts, string what)
    {
        var expected = new NewsCounts(python.GetProperty("tp").GetInt32(), python.GetProperty("pred").GetInt32(), python.GetProperty("gold").GetInt32());
        Assert.True(expected == counts, what + ": score.py " + expected + ", NewsScorer " + counts);
        foreach (var (key, value) in new[] { ("precision", counts.Precision), ("recall", counts.Recall), ("f1", counts.F1) })
        {
            // score.py rounds to 4 places; the counts above are the exact check.
            Assert.True(Math.Abs(python.GetProperty(key).GetDouble() - value) <= 0.00005 + 1e-12, what + " " + key);
        }
    }

    private (string Gold, string Pred) WriteTinyCase()
    {
        var gold = Path.Combine(_folder, "gold");
        var pred = Path.Combine(_folder, "pred");
        Directory.CreateDirectory(gold);
        Directory.CreateDirectory(pred);
        File.WriteAllText(Path.Combine(gold, "001.json"), """
            {"quotes": [
              {"text": "We will build the bridge next year, and it will be finished on time.", "speaker": "Maria Lopez Jr.", "speaker_resolution": "span"},
              {"text": "The council's plan doesn't work.", "speaker": "John Smith", "speaker_resolution": "prev-source+coref"},
              {"text": "Nobody asked us about the new road through the park.", "speaker": "Ann Lee", "speaker_resolution": "prev-source"},
              {"text": "It is a disaster for the town.", "speaker": "Bob Stone", "speaker_resolution": "span", "speaker_named": false},
              {"text": "scare quote", "optional": true},
              {"text": "We cannot afford another delay this winter.", "speaker": "Tom Hardy", "speaker_resolution": "span"}],
             "entities": [
              {"name": "Maria Lopez", "kind": "Person"}, {"name": "Maria  Lopez", "kind": "PER"},
              {"name": "Riverton Council", "kind": "Organization"}, {"name": "Riverton", "kind": "GPE"},
              {"name": "Olympics", "kind": "Other"}, {"name": "Bridge Party", "kind": "misc"},
              {"name": "Apple", "kind": "Organization"}, {"name": "", "kind": "Other"}]}
            """);
        File.WriteAllText(Path.Combine(pred, "001.json"), """
            {"quotes": [
              {"text": "\u201cWe will build the bridge next year,\u201d", "speaker": "Lopez"},
              {"text": "THE COUNCIL\u2019S PLAN DOESN\u2019T WORK", "speaker": "Smith's spokesman"},
              {"text": "Nobody asked us about the new road", "speaker": "Ann Lee"},
              {"text": "It is a disaster for the whole town.", "speaker": "Stone"},
              {"text": "scare quote", "speaker": ""},
              {"text": "Prices will rise.", "speaker": "Tom Hardy"},
              {"text": "\u2026", "speaker": "x"},
              {"text": "the bridge next year, and it will be finished on time", "speaker": "Tom Hardy"},
              {"text": "the town", "speaker": "Bob Stone"}],
             "entities": [
              {"name": "Maria Lopez", "kind": "Person"}, {"name": "Lopez", "kind": "Person"},
              {"name": "\u201cRiverton Council\u201d", "kind": "Organization"}, {"name": "Riverton's", "kind": "Organization"},
              {"name": "Olympics", "kind": "Location"}, {"name": "Bridge Party", "kind": "Other"},
              {"name": "Stone Age", "kind": "Other"}, {"name": "  ", "kind": "Person"},
              {"name": "APPLE.", "kind": "organisation"}]}
            """);
        File.WriteAllText(Path.Combine(gold, "002.json"), """
            {"tasks": ["quotes"], "quotes": [
              {"text": "Short and sweet.", "speaker": "Kim", "speaker_resolution": "none"},
              {"text": "yes", "optional": true}]}
            """);
        return (gold, pred);
    }
}
