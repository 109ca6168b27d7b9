using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// The IDE re-runs the generator on every keystroke. These lock in that unchanged inputs are cached,
/// that a .cs edit touches no seed step, and that a seed edit re-reads that seed alone.
/// </summary>
public class IncrementalityTests
{
    private static readonly string[] SeedSteps = { TrackingNames.Seeds, TrackingNames.Articles, TrackingNames.NamedArticles, TrackingNames.ArticleEntities };

    private static readonly string[] CorpusSteps = { TrackingNames.Settings, TrackingNames.Index, TrackingNames.EntityTable };

    [Fact]
    public void Second_run_with_no_change_is_entirely_cached()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds());
        harness.Run();
        var second = harness.Run();

        foreach (var (step, reason) in Reasons(second))
        {
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}");
        }

        Assert.All(second.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_code_reruns_no_seed_step()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds(), userCode: "class A { }");
        harness.Run();
        harness.EditCode("/project/Program.cs", "class A { int x; }");
        var second = harness.Run();

        var reasons = Reasons(second).ToList();
        Assert.Contains(reasons, r => r.Step == TrackingNames.Seeds);
        foreach (var (step, reason) in reasons.Where(r => SeedSteps.Contains(r.Step) || CorpusSteps.Contains(r.Step)))
        {
            Assert.True(reason == IncrementalStepRunReason.Cached, $"{step} was {reason}");
        }

        Assert.All(second.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_seed_body_rereads_only_that_seed_and_regenerates_only_its_file()
    {
        var harness = new GeneratorHarness(GeneratorHarness.RepositorySeeds());
        var first = harness.Run();
        var edited = harness.Seeds[1];
        var before = GeneratorHarness.Sources(first);

        harness.EditSeed(edited.Path, edited.GetText().ToString().Replace(" said ", " stated "));
        var second = harness.Run();

        var seedReasons = second.Results[0].TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, seedReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(harness.Seeds.Count - 1, seedReasons.Count(r => r == IncrementalStepRunReason.Cached));

        foreach (var step in new[] { TrackingNames.Articles, TrackingNames.NamedArticles, TrackingNames.ArticleEntities })
        {
            var stepReasons = second.Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.True(stepReasons.Count(r => r != IncrementalStepRunReason.Cached) <= 1, step + ": " + string.Join(", ", stepReasons));
        }

        // The index is built again (the seed's content hash changed) into an equal result, so the step
        // that hands the index on does not even run.
        var indexResult = second.Results[0].TrackedSteps[TrackingNames.IndexResult].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, indexResult.Reason);
        var index = second.Results[0].TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Cached, index.Reason);

        var after = GeneratorHarness.Sources(second);
        var changed = after.Where(s => before[s.Key] != s.Value).Select(s => s.Key).ToList();
        Assert.Contains(changed, c => c.StartsWith("Articles.") && c != "Articles.g.cs");
        Assert.DoesNotContain("Articles.g.cs", changed);
        Assert.True(changed.Count <= 2, string.Join(", ", changed)); // the article, and the entity table if its entities changed
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriverRunResult result) =>
        result.Results[0].TrackedSteps
            .Where(step => typeof(TrackingNames).GetFields().Any(f => (string)f.GetValue(null)! == step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(o => (step.Key, o.Reason))));
}
