using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// The <c>crossval</c> command: ten-fold cross-validation over the wikigold documents (CoNLL-style
/// annotation, the closest licensed stand-in for newswire), each fold scored by a model trained on the
/// other nine and on the GUM interviews. The held-back fold of <c>train</c> is 14 documents and moves by
/// ±0.02 with each retraining; the ten folds together score every wikigold name once, which is what
/// a change to the rules or the features is judged by. Nothing is written.
/// </summary>
internal static class CrossValidation
{
    private const int Folds = 10;

    public static int Run(string data, string? errors = null)
    {
        List<AnnotatedDocument> documents;
        try
        {
            documents = AnnotatedCorpus.Read(data).Where(d => d.Set is "wikigold" or "gum").ToList();
        }
        catch (DirectoryNotFoundException missing)
        {
            Console.Error.WriteLine(missing.Message);
            return 2;
        }

        var wikigold = documents.Where(d => d.Set == "wikigold").ToList();
        var others = documents.Where(d => d.Set != "wikigold").ToList();
        var scored = new List<(IEnumerable<AnnotatedDocument> Documents, KindModel Model)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = others.Concat(wikigold.Where((_, i) => i % Folds != fold)).ToList();
            var model = KindModel.Read(new MemoryStream(Training.TrainModel(train, out _)));
            scored.Add((wikigold.Where((_, i) => i % Folds == fold).ToList(), model));
        }

        Console.WriteLine($"wikigold, {Folds}-fold cross-validation ({wikigold.Count} documents), rules alone:\n" + FoldReport.Score(scored.Select(s => (s.Documents, (KindModel?)null))));
        Console.WriteLine("with the model of the other folds:\n" + FoldReport.Score(scored.Select(s => (s.Documents, (KindModel?)s.Model)), errors));
        return 0;
    }
}
