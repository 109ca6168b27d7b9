using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// A multiclass averaged perceptron (Collins 2002; Freund and Schapire 1999): for each example the
/// highest-scoring class is predicted (its score starting from the typing rules' vote, as at build time) and, when wrong, the true class's weights of its features go up
/// by one and the predicted class's down by one. The weights returned are the averages over every
/// step, which generalise far better than the last ones. Each epoch visits the examples in an order
/// of their own identities (<see cref="ExampleOrder"/>), so training twice gives the same weights to the
/// bit and a candidate gained or lost reorders nothing else. Several runs, each in its own order, are
/// averaged: one run's weights depend on the order enough to move the dev figures by ±0.01, the
/// average of several far less.
/// </summary>
internal static class Perceptron
{
    public static List<(ulong Feature, float[] Weights)> Train(List<Example> examples, int epochs, int minimumCount, int runs)
    {
        // Features seen fewer than minimumCount times are noise and size: left out of the model.
        var counts = new Dictionary<ulong, int>();
        foreach (var example in examples)
        {
            foreach (var feature in example.Features)
            {
                counts.TryGetValue(feature, out var count);
                counts[feature] = count + 1;
            }
        }

        var features = counts.Where(c => c.Value >= minimumCount).Select(c => c.Key).OrderBy(f => f).ToArray();
        var index = new Dictionary<ulong, int>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            index.Add(features[i], i);
        }

        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var sum = new double[features.Length * Classes];
        for (var run = 0; run < runs; run++)
        {
            var averaged = TrainOnce(examples, rows, features.Length, epochs, run);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += averaged[i];
            }
        }

        var model = new List<(ulong, float[])>(features.Length);
        for (var f = 0; f < features.Length; f++)
        {
            var row = new float[Classes];
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                row[c] = (float)Math.Round(sum[f * Classes + c] / runs, 4);
                any |= row[c] != 0;
            }

            if (any)
            {
                model.Add((features[f], row));
            }
        }

        return model;
    }

    private const int Classes = KindModel.Classes;

    /// <summary>One averaged perceptron over the examples in this run's orders (<see cref="ExampleOrder"/>): the averaged weights, feature by class.</summary>
    private static double[] TrainOnce(List<Example> examples, int[][] rows, int featureCount, int epochs, int run)
    {
        var weights = new double[featureCount * Classes];
        var totals = new double[featureCount * Classes];
        var stamps = new int[featureCount * Classes];
        var identities = examples.Select(e => e.Identity).ToArray();
        var order = new int[examples.Count];
        var keys = new ulong[examples.Count];
        var step = 0;
        var scores = new double[Classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            ExampleOrder.Sort(identities, run, epoch, order, keys);
            foreach (var e in order)
            {
                step++;
                Array.Clear(scores, 0, Classes);
                scores[examples[e].RuleClass] += examples[e].RuleVote;
                foreach (var f in rows[e])
                {
                    for (var c = 0; c < Classes; c++)
                    {
                        scores[c] += weights[f * Classes + c];
                    }
                }

                var predicted = 0;
                for (var c = 1; c < Classes; c++)
                {
                    if (scores[c] > scores[predicted])
                    {
                        predicted = c;
                    }
                }

                var gold = examples[e].Label;
                if (predicted == gold)
                {
                    continue;
                }

                foreach (var f in rows[e])
                {
                    Update(f * Classes + gold, +1);
                    Update(f * Classes + predicted, -1);
                }
            }
        }

        var averaged = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (totals[i] + (step - stamps[i]) * weights[i]) / step;
        }

        return averaged;

        // The running sum of each weight over all steps, brought up to date only when it changes.
        void Update(int i, double delta)
        {
            totals[i] += (step - stamps[i]) * weights[i];
            stamps[i] = step;
            weights[i] += delta;
        }
    }
}
