using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Training;
using Xunit;

namespace SeedData.Tests.Quality;

/// <summary>
/// The kind model's learner (tools/SeedData.Training, <see cref="LogisticRegression"/>): its gradient, its
/// optimiser, that what it writes scores as it was fitted, and that the order of the examples does not matter.
/// </summary>
public class LogisticRegressionTests
{
    private const int None = KindModel.NoEntity;
    private const int Person = 1;
    private const int Organization = 2;
    private const int Location = 3;
    private const int Other = 4;

    [Fact]
    public void The_gradient_matches_a_finite_difference()
    {
        var examples = new List<Example>
        {
            Example(Person, Person, 10, 1, 2),
            Example(Organization, Person, 5, 2, 3, 3),
            Example(None, Location, 10, 1, 3),
            Example(Other, Other, 0, 2),
        };
        var problem = LogisticRegression.Problem.Build(examples, 1);
        var random = new Random(7);
        var x = Enumerable.Range(0, problem.Features.Length * KindModel.Classes + 1).Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[x.Length];
        problem.Objective(x, gradient, 0.3);

        const double h = 1e-6;
        for (var i = 0; i < x.Length; i++)
        {
            var saved = x[i];
            x[i] = saved + h;
            var above = problem.Objective(x, new double[x.Length], 0.3);
            x[i] = saved - h;
            var below = problem.Objective(x, new double[x.Length], 0.3);
            x[i] = saved;
            Assert.True(Math.Abs((above - below) / (2 * h) - gradient[i]) < 1e-6, $"parameter {i}: finite difference {(above - below) / (2 * h)}, gradient {gradient[i]}");
        }
    }

    [Fact]
    public void Lbfgs_finds_the_minimum_of_a_quadratic()
    {
        // f(x) = Σ (i + 1)(x_i − i)², minimum at x_i = i.
        var x = new double[6];
        Lbfgs.Minimize((p, g) =>
        {
            var value = 0.0;
            for (var i = 0; i < p.Length; i++)
            {
                value += (i + 1) * (p[i] - i) * (p[i] - i);
                g[i] = 2 * (i + 1) * (p[i] - i);
            }

            return value;
        }, x, 200);

        Assert.All(x.Select((v, i) => Math.Abs(v - i)), d => Assert.True(d < 1e-4, string.Join(", ", x)));
    }

    [Fact]
    public void Separable_examples_are_learned_and_the_written_model_scores_as_fitted()
    {
        // Feature 10 + k marks class k; the rules vote (medium) for the right kind two times in three, else for
        // the next kind (and for Person when it is no entity), so the model has to overrule them.
        var examples = new List<Example>();
        for (var n = 0; n < 60; n++)
        {
            var label = n % KindModel.Classes;
            var rule = label == None ? Person : n % 3 == 0 ? label % Other + 1 : label;
            examples.Add(Example(label, rule, 10, n, (ulong)(10 + label), (ulong)(100 + n % 3)));
        }

        var model = Write(LogisticRegression.Train(examples, 0.1, 1, 500));
        foreach (var example in examples)
        {
            var scores = new float[KindModel.Classes];
            model.AddScores(example.Features.ToList(), scores);
            scores[example.RuleClass] += example.RuleVote;
            Assert.Equal(example.Label, Array.IndexOf(scores, scores.Max()));
        }
    }

    [Fact]
    public void The_order_of_the_examples_does_not_change_a_bit_of_the_model()
    {
        var random = new Random(3);
        var examples = Enumerable.Range(0, 300)
            .Select(n => Example(random.Next(KindModel.Classes), random.Next(1, KindModel.Classes), 5 * random.Next(3), n,
                (ulong)random.Next(1, 40), (ulong)random.Next(40, 80), (ulong)random.Next(1, 80)))
            .ToList();
        var reordered = examples.OrderBy(_ => random.Next()).ToList();

        Assert.Equal(Bytes(LogisticRegression.Train(examples, 0.3, 1, 500)), Bytes(LogisticRegression.Train(reordered, 0.3, 1, 500)));
    }

    private static Example Example(int label, int ruleClass, float vote, int identity, params ulong[] features) =>
        new(features, label, ruleClass, vote, (ulong)identity);

    private static byte[] Bytes(List<(ulong, float[])> rows)
    {
        using var stream = new MemoryStream();
        KindModel.Write(stream, rows);
        return stream.ToArray();
    }

    private static KindModel Write(List<(ulong, float[])> rows) => KindModel.Read(new MemoryStream(Bytes(rows)));
}
