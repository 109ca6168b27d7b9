using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// The <c>train</c> command: reads the training sets, holds back every tenth document of each set
/// (never trained on; its figures are printed), collects the recognizer's candidates with their gold
/// labels, trains the averaged perceptron and writes the model the generator embeds.
/// </summary>
internal static class Training
{
    public const int Epochs = 10;
    public const int MinimumFeatureCount = 2;

    private static readonly string[] TrainedSets = { "wikigold", "gum" };

    public static int Run(string data, string output)
    {
        List<AnnotatedDocument> documents;
        try
        {
            documents = AnnotatedCorpus.Read(data);
        }
        catch (DirectoryNotFoundException missing)
        {
            Console.Error.WriteLine(missing.Message);
            return 2;
        }

        // The Broad Twitter Corpus is read but not trained on: with it the model scored lower on news
        // (GUM dev per/org/loc typed F1 0.718 against 0.730 without; docs/extraction.md).
        documents = documents.Where(d => TrainedSets.Contains(d.Set)).ToList();

        var (train, fold) = Split(documents);
        var examples = new List<Example>();
        foreach (var document in train)
        {
            CandidateSet.Collect(document, examples);
        }

        Console.WriteLine($"{train.Count} documents to train on, {fold.Count} held back; {examples.Count} candidates " +
            "(" + string.Join(", ", examples.GroupBy(e => e.Label).OrderBy(g => g.Key).Select(g => ClassName(g.Key) + " " + g.Count())) + ")");
        var rows = Perceptron.Train(examples, Epochs, MinimumFeatureCount);
        using (var file = File.Create(output))
        {
            KindModel.Write(file, rows);
        }

        Console.WriteLine($"Wrote {rows.Count} features to {output} ({new FileInfo(output).Length:N0} bytes).");
        KindModel model;
        using (var file = File.OpenRead(output))
        {
            model = KindModel.Read(file);
        }

        foreach (var set in fold.GroupBy(d => d.Set))
        {
            Console.WriteLine($"held-back fold, {set.Key} ({set.Count()} documents), rules alone:\n" + FoldReport.Score(set, null));
            Console.WriteLine($"held-back fold, {set.Key}, with the model:\n" + FoldReport.Score(set, model));
        }

        return 0;
    }

    /// <summary>Every tenth document of each set, in file order, is the held-back fold.</summary>
    public static (List<AnnotatedDocument> Train, List<AnnotatedDocument> Fold) Split(List<AnnotatedDocument> documents)
    {
        var train = new List<AnnotatedDocument>();
        var fold = new List<AnnotatedDocument>();
        foreach (var set in documents.GroupBy(d => d.Set))
        {
            var i = 0;
            foreach (var document in set)
            {
                (i++ % 10 == 9 ? fold : train).Add(document);
            }
        }

        return (train, fold);
    }

    private static string ClassName(int label) => label == KindModel.NoEntity ? "none" : KindModel.KindOf(label).ToString();
}
