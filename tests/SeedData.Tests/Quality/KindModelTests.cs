using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Training;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Quality;

/// <summary>
/// The entity-kind model: the file format, the embedded model, training that reproduces it byte for
/// byte, and its figures on the held-back fold of the training data (docs/extraction.md).
/// </summary>
public class KindModelTests
{
    private const string TrainVariable = "SEEDDATA_TRAIN";
    private const string TrainDefault = "/work/shared/train/ner";

    /// <summary>
    /// Held-back wikigold fold (14 documents, 149 names), per/org/loc typed F1 with the model. Measured
    /// 2026-11-30 between 0.712 and 0.744 over the day's retrainings (rules alone 0.64-0.65): on a fold this
    /// small one retraining moves it by about 0.02, so the floor sits under the range. 0.730 on the ner branch
    /// (names scored as the article writes them, no canonical name); the ten-fold `crossval` is the steadier figure.
    /// On the ner2 branch (five averaged perceptrons, new segmentation rules) the fold gives 0.710 while the ten-fold
    /// cross-validation over all of wikigold rose from 0.675 to 0.691: the floor sits under the fold's range again.
    /// </summary>
    private const double WikigoldFoldCoreFloor = 0.70;

    private readonly ITestOutputHelper _output;

    public KindModelTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_model_file_round_trips_and_a_foreign_file_is_refused()
    {
        var rows = new List<(ulong, float[])> { (3UL, new[] { 0f, 1.5f, -2f, 0.25f, 0f }), (17UL, new[] { 1f, 0f, 0f, 0f, -1f }) };
        using var stream = new MemoryStream();
        KindModel.Write(stream, rows);
        var model = KindModel.Read(new MemoryStream(stream.ToArray()));

        var scores = new float[KindModel.Classes];
        model.AddScores(new List<ulong> { 3, 17, 99 }, scores);
        Assert.Equal(new[] { 1f, 1.5f, -2f, 0.25f, -1f }, scores);
        Assert.Throws<InvalidDataException>(() => KindModel.Read(new MemoryStream(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })));
    }

    [Fact]
    public void The_generator_embeds_a_trained_model()
    {
        Assert.True(KindModel.Instance.FeatureCount > 1000, KindModel.Instance.FeatureCount + " features");
    }

    [FactWhenFolderExists(TrainVariable, TrainDefault)]
    public void Training_twice_gives_the_embedded_model_byte_for_byte()
    {
        var (train, _) = Training.Training.Load(FactWhenFolderExistsAttribute.Resolve(TrainVariable, TrainDefault));
        var first = Training.Training.TrainModel(train, out _);
        var second = Training.Training.TrainModel(train, out _);
        Assert.Equal(first, second);

        // A change to the features or the rules they read needs a retrained model (docs/extraction.md has the command).
        Assert.True(first.SequenceEqual(EmbeddedModel()), "The embedded entity-kinds.bin is not what training gives today: retrain it.");
    }

    [FactWhenFolderExists(TrainVariable, TrainDefault)]
    public void Held_back_fold_figures()
    {
        var (_, fold) = Training.Training.Load(FactWhenFolderExistsAttribute.Resolve(TrainVariable, TrainDefault));
        foreach (var set in fold.GroupBy(d => d.Set))
        {
            var rules = FoldReport.Score(set, null);
            var model = FoldReport.Score(set, KindModel.Instance);
            _output.WriteLine($"held-back fold, {set.Key} ({set.Count()} documents)\nrules alone:\n{rules}\nwith the model:\n{model}\n");
            if (set.Key == "wikigold")
            {
                Assert.True(model.Core >= WikigoldFoldCoreFloor, model.ToString());
            }
        }
    }

    private static byte[] EmbeddedModel()
    {
        using var stream = typeof(KindModel).Assembly.GetManifestResourceStream("SeedData.Models.entity-kinds.bin")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
