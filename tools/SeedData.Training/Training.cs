using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// The <c>train</c> command: reads the training sets, holds back every tenth document of each set
/// (never trained on; its figures are printed), collects the recognizer's candidates with their gold
/// labels, fits the logistic regression and writes the model the generator embeds.
/// </summary>
internal static class Training
{
    /// <summary>
    /// The L2 penalty of <see cref="LogisticRegression"/>, chosen by the ten-fold cross-validation over wikigold
    /// (<c>crossval</c>) among 0.03, 0.1, 0.3, 1, 3, 10 and 30: 0.3 was best on all kinds and per/org/loc, and
    /// 0.1 to 10 were within 0.003 of each other (docs/extraction.md, "The kind model").
    /// </summary>
    public const double L2 = 0.3;

    /// <summary>Every feature seen is kept: the penalty, not a count, keeps the rare ones small.</summary>
    public const int MinimumFeatureCount = 1;

    /// <summary>L-BFGS stops well before this (some 200 to 300 iterations); it bounds the time if it did not.</summary>
    public const int Iterations = 1000;

    /// <summary>
    /// The Broad Twitter Corpus is read but not trained on: with it the model scored lower on news
    /// (GUM dev per/org/loc typed F1 0.718 against 0.730 without; docs/extraction.md).
    /// </summary>
    private static readonly string[] TrainedSets = { "wikigold", "gum" };

    public static int Run(string data, string output)
    {
        List<AnnotatedDocument> train, fold;
        try
        {
            (train, fold) = Load(data);
        }
        catch (DirectoryNotFoundException missing)
        {
            Console.Error.WriteLine(missing.Message);
            return 2;
        }

        var model = TrainModel(train, out var examples);
        File.WriteAllBytes(output, model);
        Console.WriteLine($"{train.Count} documents trained on, {fold.Count} held back; {examples.Count} candidates " +
            "(" + string.Join(", ", examples.GroupBy(e => e.Label).OrderBy(g => g.Key).Select(g => ClassName(g.Key) + " " + g.Count())) + ")");
        var read = KindModel.Read(new MemoryStream(model));
        Console.WriteLine($"Wrote {read.FeatureCount} features to {output} ({model.Length:N0} bytes).");
        foreach (var set in fold.GroupBy(d => d.Set))
        {
            Console.WriteLine($"held-back fold, {set.Key} ({set.Count()} documents), rules alone:\n" + FoldReport.Score(set, null));
            Console.WriteLine($"held-back fold, {set.Key}, with the model:\n" + FoldReport.Score(set, read));
        }

        return 0;
    }

    /// <summary>The documents to train on and the held-back fold: every tenth document of each trained set, in file order.</summary>
    public static (List<AnnotatedDocument> Train, List<AnnotatedDocument> Fold) Load(string data)
    {
        var train = new List<AnnotatedDocument>();
        var fold = new List<AnnotatedDocument>();
        foreach (var set in AnnotatedCorpus.Read(data).Where(d => TrainedSets.Contains(d.Set)).GroupBy(d => d.Set))
        {
            var i = 0;
            foreach (var document in set)
            {
                (i++ % 10 == 9 ? fold : train).Add(document);
            }
        }

        return (train, fold);
    }

    /// <summary>The model file for these documents: the same bytes every time for the same documents and code.</summary>
    public static byte[] TrainModel(List<AnnotatedDocument> train, out List<Example> examples)
    {
        examples = new List<Example>();
        foreach (var document in train)
        {
            CandidateSet.Collect(document, examples);
        }

        var rows = LogisticRegression.Train(examples, L2, MinimumFeatureCount, Iterations);
        using var stream = new MemoryStream();
        KindModel.Write(stream, rows);
        return stream.ToArray();
    }

    private static string ClassName(int label) => label == KindModel.NoEntity ? "none" : KindModel.KindOf(label).ToString();
}
