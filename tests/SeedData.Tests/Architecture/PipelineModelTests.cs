using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Pipeline;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Architecture;

/// <summary>
/// What the pipeline caches must be plain equatable data. A symbol, a compilation, a syntax node or tree,
/// or a location held by a step's output keeps a whole compilation alive across runs and never compares
/// equal to the next run's, so every step after it runs again on every keystroke. Each named step's
/// outputs are walked field by field, and each field's declared type is checked as well as its value, so
/// that a null <c>Location?</c> is caught too.
/// </summary>
public class PipelineModelTests
{
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel) };

    [Fact]
    public void Every_named_step_runs_and_none_holds_a_compilation_object()
    {
        var run = RunEverything();
        var steps = run.Results[0].TrackedSteps;
        var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        var leaks = new List<string>();
        foreach (var name in names)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} did not run");
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), leaks);
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));
    }

    [Fact]
    public void The_walk_finds_a_location_however_deep_and_even_when_null()
    {
        var leaks = new List<string>();
        Walk(new Outer(new[] { new Inner(null) }), "test", new HashSet<object>(ReferenceEqualityComparer.Instance), leaks);
        Assert.Contains(leaks, l => l.Contains(nameof(Inner.Where), StringComparison.Ordinal));

        leaks.Clear();
        Walk(("a", Location.None), "test", new HashSet<object>(ReferenceEqualityComparer.Instance), leaks);
        Assert.NotEmpty(leaks);
    }

    /// <summary>Every kind of input: seeds, the gazetteer, a file in the seeds folder that is not a seed, C# code.</summary>
    private static GeneratorDriverRunResult RunEverything()
    {
        var unknown = new SeedFile("/project/seeds/notes.md", "not a seed", new Dictionary<string, string> { ["SeedDataRole"] = "Unknown" });
        var harness = new GeneratorHarness(
            GeneratorHarness.RepositorySeeds().Take(5).Append(GeneratorHarness.RepositoryGazetteer()).Append(unknown),
            userCode: "class A { }");
        return harness.Run();
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> leaks)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        if (IsForbidden(type))
        {
            leaks.Add($"{path}: {type.FullName}");
            return;
        }

        // An input the compiler hands in (an AdditionalText) is its own to keep; what SeedData builds is walked.
        // Delegates and reflection objects (a comparer's method, a type) are code, not data.
        if (value is AdditionalText or Delegate or MemberInfo || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", seen, leaks);
            }

            if (type.IsArray)
            {
                return;
            }
        }

        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldPath = path + "." + field.Name;
                if (IsForbidden(field.FieldType))
                {
                    leaks.Add($"{fieldPath}: declared {field.FieldType.FullName}");
                    continue;
                }

                if (field.FieldType.IsPointer)
                {
                    continue;
                }

                Walk(field.GetValue(value), fieldPath, seen, leaks);
            }
        }
    }

    /// <summary>A forbidden type, or a generic type or array of one (<c>ImmutableArray&lt;Location&gt;</c>).</summary>
    private static bool IsForbidden(Type type) =>
        Forbidden.Any(f => f.IsAssignableFrom(type))
        || (type.IsArray && IsForbidden(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(IsForbidden))
        || (Nullable.GetUnderlyingType(type) is { } underlying && IsForbidden(underlying));

    private sealed record Outer(Inner[] Items);

    private sealed record Inner(Location? Where);
}
