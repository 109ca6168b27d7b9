using System;
using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;

namespace SeedData.Training;

/// <summary>
/// Multinomial logistic regression with an L2 penalty, fitted full-batch by L-BFGS (<see cref="Lbfgs"/>).
/// The objective is a sum over all examples, computed in list order on one thread, so the weights do
/// not depend on the order of the examples beyond the last bits of a floating-point sum, and training
/// twice gives the same weights to the bit. (The averaged perceptron it replaced moved GUM per/org/loc by
/// ±0.0015 when one example came or went; docs/extraction.md, "The model".)
/// </summary>
/// <remarks>
/// A candidate's score for class c is the sum of its features' weights for c plus, for the class the
/// typing rules vote for, <c>α × vote</c> (<see cref="KindModel.RuleVote"/>: weak 5, medium 10). The build
/// adds the vote itself, unscaled, so the weights written are the fitted ones divided by the fitted α:
/// every class's score is then 1/α times the fitted one, and the argmax is the same. α is learned, not
/// penalised: the data say how much a rule's vote is worth against the features, in the units the
/// build's strong votes (30) and the other rules' votes are written in.
/// </remarks>
internal static class LogisticRegression
{
    private const int Classes = KindModel.Classes;

    /// <summary>Fitted weights smaller than this (after the scaling to vote units) are left out: no class's score moves by a visible amount.</summary>
    private const float Prune = 0.0005f;

    public static List<(ulong Feature, float[] Weights)> Train(List<Example> examples, double l2, int minimumCount, int iterations)
    {
        var problem = Problem.Build(examples, minimumCount);
        var parameters = new double[problem.Features.Length * Classes + 1];

        // α starts at 1/10: a medium vote (10) is then worth one unit of log-odds before fitting.
        parameters[^1] = 0.1;
        Lbfgs.Minimize((x, gradient) => problem.Objective(x, gradient, l2), parameters, iterations);

        var alpha = parameters[^1];
        if (!(alpha > 0))
        {
            throw new InvalidOperationException($"The rule vote's fitted scale is {alpha}: the typing rules' votes would point the wrong way.");
        }

        var model = new List<(ulong, float[])>(problem.Features.Length);
        for (var f = 0; f < problem.Features.Length; f++)
        {
            var row = new float[Classes];
            var any = false;
            for (var c = 0; c < Classes; c++)
            {
                var weight = (float)Math.Round(parameters[f * Classes + c] / alpha, 4);
                row[c] = Math.Abs(weight) < Prune ? 0 : weight;
                any |= row[c] != 0;
            }

            if (any)
            {
                model.Add((problem.Features[f], row));
            }
        }

        return model;
    }

    /// <summary>The examples as sparse rows over the features kept, with each one's label and rule vote.</summary>
    internal sealed class Problem
    {
        private readonly int[][] _rows;
        private readonly int[] _labels;
        private readonly int[] _ruleClasses;
        private readonly double[] _votes;

        private Problem(ulong[] features, int[][] rows, int[] labels, int[] ruleClasses, double[] votes)
        {
            Features = features;
            _rows = rows;
            _labels = labels;
            _ruleClasses = ruleClasses;
            _votes = votes;
        }

        /// <summary>The feature hashes kept, ascending; feature i's weights are parameters [i × Classes, (i + 1) × Classes).</summary>
        public ulong[] Features { get; }

        public static Problem Build(List<Example> examples, int minimumCount)
        {
            // Features seen fewer than minimumCount times are left out of the model.
            var counts = new Dictionary<ulong, int>();
            foreach (var feature in examples.SelectMany(e => e.Features))
            {
                counts.TryGetValue(feature, out var count);
                counts[feature] = count + 1;
            }

            var features = counts.Where(c => c.Value >= minimumCount).Select(c => c.Key).OrderBy(f => f).ToArray();
            var index = new Dictionary<ulong, int>(features.Length);
            for (var i = 0; i < features.Length; i++)
            {
                index.Add(features[i], i);
            }

            // In the order of their identities, not of the list: the sums of the gradient then add the same numbers in
            // the same order however the candidates were gathered, and the weights are the same to the bit.
            examples = examples.OrderBy(e => e.Identity).ToList();

            // A feature listed twice counts twice, as it does when the build adds up its weights.
            var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
            return new Problem(features, rows, examples.Select(e => e.Label).ToArray(), examples.Select(e => e.RuleClass).ToArray(), examples.Select(e => (double)e.RuleVote).ToArray());
        }

        /// <summary>
        /// The penalised negative log-likelihood at <paramref name="x"/> (weights, then α), and its gradient
        /// into <paramref name="gradient"/>: Σ −log p(label) + l2/2 · |weights|².
        /// </summary>
        public double Objective(double[] x, double[] gradient, double l2)
        {
            var alpha = x[^1];
            var weights = x.Length - 1;
            var loss = 0.0;
            for (var i = 0; i < weights; i++)
            {
                loss += 0.5 * l2 * x[i] * x[i];
                gradient[i] = l2 * x[i];
            }

            gradient[^1] = 0;
            var scores = new double[Classes];
            for (var e = 0; e < _rows.Length; e++)
            {
                Array.Clear(scores, 0, Classes);
                scores[_ruleClasses[e]] += alpha * _votes[e];
                foreach (var f in _rows[e])
                {
                    for (var c = 0; c < Classes; c++)
                    {
                        scores[c] += x[f * Classes + c];
                    }
                }

                // log Σ exp, shifted by the largest score so that no exp overflows.
                var max = scores.Max();
                var sum = 0.0;
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] = Math.Exp(scores[c] - max);
                    sum += scores[c];
                }

                loss -= Math.Log(scores[_labels[e]] / sum);

                // scores become p(c) − [c = label]: the gradient of the loss by each class's score.
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] = scores[c] / sum - (c == _labels[e] ? 1 : 0);
                }

                foreach (var f in _rows[e])
                {
                    for (var c = 0; c < Classes; c++)
                    {
                        gradient[f * Classes + c] += scores[c];
                    }
                }

                gradient[^1] += _votes[e] * scores[_ruleClasses[e]];
            }

            return loss;
        }
    }
}
