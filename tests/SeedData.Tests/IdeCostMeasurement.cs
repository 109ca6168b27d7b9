using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests;

/// <summary>Runs only with SEEDDATA_MEASURE=1: measurements are too slow and too noisy for the unit suite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MeasurementFactAttribute : FactAttribute
{
    public const string Variable = "SEEDDATA_MEASURE";

    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = "A measurement, not a test: set " + Variable + "=1 to run it.";
        }
    }
}

/// <summary>
/// What one keystroke-and-save in a seed costs the IDE with a large corpus: the generator driver's
/// second run after one seed of 1,000 changed. Synthetic seeds of realistic shape (headline, lead,
/// quotes, several paragraphs).
/// </summary>
public class IdeCostMeasurement
{
    private const int SeedCount = 1000;

    private readonly ITestOutputHelper _output;

    public IdeCostMeasurement(ITestOutputHelper output) => _output = output;

    [MeasurementFact]
    public void Single_seed_edit_in_a_corpus_of_1000()
    {
        Measure(trackSteps: true);
        Measure(trackSteps: false);
    }

    private void Measure(bool trackSteps)
    {
        var harness = new GeneratorHarness(Synthesise(SeedCount), userCode: "class A { }", trackSteps: trackSteps);
        var cold = Stopwatch.StartNew();
        harness.Run();
        cold.Stop();

        var bodyEdits = new List<double>();
        var headlineEdits = new List<double>();
        var codeEdits = new List<double>();
        for (var round = 0; round < 10; round++)
        {
            var seed = harness.Seeds[(round * 97) % SeedCount];
            var text = seed.GetText().ToString();

            harness.EditSeed(seed.Path, text.Replace("the council said", "the council said again"));
            bodyEdits.Add(Time(harness, out var bodyRun));
            if (trackSteps)
            {
                AssertOneSeedReread(bodyRun);
            }

            harness.EditSeed(seed.Path, "Edited " + text);
            headlineEdits.Add(Time(harness, out _));

            harness.EditCode("/project/Program.cs", "class A { int x" + round.ToString(CultureInfo.InvariantCulture) + "; }");
            codeEdits.Add(Time(harness, out _));
        }

        _output.WriteLine(trackSteps ? "With step tracking (as the tests run):" : "Without step tracking (as the IDE runs):");
        _output.WriteLine($"{SeedCount} seeds: first run {cold.Elapsed.TotalMilliseconds:F0} ms");
        _output.WriteLine($"body edit of one seed:     median {Median(bodyEdits):F1} ms, max {bodyEdits.Max():F1} ms");
        _output.WriteLine($"headline edit (rename):    median {Median(headlineEdits):F1} ms, max {headlineEdits.Max():F1} ms");
        _output.WriteLine($".cs edit:                  median {Median(codeEdits):F1} ms, max {codeEdits.Max():F1} ms");
    }

    /// <summary>Seeds of a typical article's shape, each different so no two share a name or a text.</summary>
    internal static IEnumerable<SeedFile> Synthesise(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            var text = $"City council {n} approves new budget for schools and parks\n\n"
                + "Local news\n\n"
                + $"The council of district {n} approved a budget of {i * 3 + 100} million on Monday after a long debate, the council said.\n\n"
                + $"“We have found a balance between schools and parks,” said Mayor Anna Berg{n}, who led the talks.\n\n"
                + string.Concat(Enumerable.Range(0, 8).Select(p => $"Paragraph {p} of article {n} describes the plan in more detail, with figures for each school and each park in the district, and what residents said at the hearing.\n\n"))
                + "“It is not enough,” said opposition leader Karl Olsen.\n";
            yield return SeedFile.Named("seed-" + n, text);
        }
    }

    private static double Time(GeneratorHarness harness, out GeneratorDriverRunResult result)
    {
        var watch = Stopwatch.StartNew();
        result = harness.RunGeneratorsOnly();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void AssertOneSeedReread(GeneratorDriverRunResult result)
    {
        var reasons = result.Results[0].TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
