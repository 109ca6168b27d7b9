using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// A multiclass averaged perceptron (Collins 2002; Freund and Schapire 1999): for each example the
/// highest-scoring class is predicted and, when wrong, the true class's weights of its features go up
/// by one and the predicted class's down by one. The weights returned are the averages over every
/// step, which generalise far better than the last ones. Examples are visited in an order shuffled by
/// a fixed-seed generator, so training twice gives the same weights to the bit.
/// </summary>
internal static class Perceptron
{
    public static List<(ulong Feature, float[] Weights)> Train(List<Example> examples, int epochs, int minimumCount)
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

        const int Classes = KindModel.Classes;
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var weights = new double[features.Length * Classes];
        var totals = new double[features.Length * Classes];
        var stamps = new int[features.Length * Classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new XorShift(0x5EEDDA7AUL);
        var step = 0;
        var scores = new double[Classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                step++;
                Array.Clear(scores, 0, Classes);
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

        var model = new List<(ulong, float[])>(features.Length);
        for (var f = 0; f < features.Length; f++)
        {
            var row = new float[Classes];
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                var i = f * Classes + c;
                var average = (totals[i] + (step - stamps[i]) * weights[i]) / step;
                row[c] = (float)Math.Round(average, 4);
                any |= row[c] != 0;
            }

            if (any)
            {
                model.Add((features[f], row));
            }
        }

        return model;

        // The running sum of each weight over all steps, brought up to date only when it changes.
        void Update(int i, double delta)
        {
            totals[i] += (step - stamps[i]) * weights[i];
            stamps[i] = step;
            weights[i] += delta;
        }
    }

    /// <summary>Marsaglia's xorshift64: a fixed sequence for a fixed seed on every machine and runtime.</summary>
    private sealed class XorShift
    {
        private ulong _state;

        public XorShift(ulong seed) => _state = seed;

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (items[i], items[j]) = (items[j], items[i]);
            }
        }

        private ulong Next()
        {
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            return _state;
        }
    }
}
