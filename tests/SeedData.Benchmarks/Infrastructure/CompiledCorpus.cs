using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SeedData.Benchmarks.Infrastructure;

/// <summary>
/// A synthesised corpus compiled the way a consumer's build compiles it (the generator, then an
/// optimised emit), loaded into this process. Compiling here rather than checking in a generated
/// project keeps the benchmark a function of the current generator and of N, with nothing to regenerate.
/// </summary>
public sealed class CompiledCorpus
{
    private const string SlotPrefix = "__SeedArticle_";

    private CompiledCorpus(Assembly assembly, IReadOnlyList<Article> all, Dictionary<string, Func<Article>> builders, long seedBytes)
    {
        Assembly = assembly;
        All = all;
        Builders = builders;
        SeedBytes = seedBytes;
    }

    public Assembly Assembly { get; }

    /// <summary>The generated <c>Articles.All</c> (nothing read from it yet).</summary>
    public IReadOnlyList<Article> All { get; }

    /// <summary>
    /// Each article's first access by id: empties the generated property's slot (the private field
    /// <c>Articles.__SeedArticle_Name</c>) and reads the property, so that it builds the article again.
    /// </summary>
    public Dictionary<string, Func<Article>> Builders { get; }

    public long SeedBytes { get; }

    public static CompiledCorpus Build(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var compilation = SeedCorpus.Compilation(optimization: OptimizationLevel.Release).WithAssemblyName("SyntheticCorpus" + count);
        SeedCorpus.Driver(corpus.FreshTexts()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        using var image = new MemoryStream();
        var result = output.Emit(image, manifestResources: corpus.Resources());
        if (!result.Success)
        {
            throw new InvalidOperationException("The synthesised corpus does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        var assembly = Assembly.Load(image.ToArray());
        var articles = assembly.GetTypes().Single(t => t.Name == "Articles" && t.GetProperty("All") is not null);
        var all = (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;

        var builders = new Dictionary<string, Func<Article>>(StringComparer.Ordinal);
        foreach (var slot in articles.GetFields(BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.Name.StartsWith(SlotPrefix, StringComparison.Ordinal)))
        {
            var property = articles.GetProperty(slot.Name.Substring(SlotPrefix.Length))!;
            Article Create()
            {
                slot.SetValue(null, null);
                return (Article)property.GetValue(null)!;
            }

            builders.Add(Create().Id, Create);
        }

        return new CompiledCorpus(assembly, all, builders, corpus.Bytes);
    }
}
