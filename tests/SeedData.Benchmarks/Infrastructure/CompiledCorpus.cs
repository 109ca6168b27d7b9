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
    private const string HolderPrefix = "__SeedArticles_";

    private CompiledCorpus(Assembly assembly, IReadOnlyList<Article> all, Dictionary<string, Func<Article>> builders, Action emptyAll, List<Func<Article>> readers, long seedBytes)
    {
        Assembly = assembly;
        All = all;
        Builders = builders;
        EmptyAll = emptyAll;
        Readers = readers;
        SeedBytes = seedBytes;
    }

    public Assembly Assembly { get; }

    /// <summary>The generated <c>Articles.All</c> (nothing read from it yet).</summary>
    public IReadOnlyList<Article> All { get; }

    /// <summary>
    /// Each article's first access by id: empties its slot and its file's decoded layouts (in the
    /// <c>ArticleSlots</c> of the private class <c>Articles.__SeedArticles_B</c> that the property reads) and
    /// reads the slot, so that it loads the layouts and builds the article again.
    /// </summary>
    public Dictionary<string, Func<Article>> Builders { get; }

    /// <summary>Empties every slot and every file's decoded layouts: the state before the first enumeration of <c>All</c>.</summary>
    public Action EmptyAll { get; }

    /// <summary>Each article's read through its slot, as its property reads it (built only when its slot is empty).</summary>
    public IReadOnlyList<Func<Article>> Readers { get; }

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
        var articleSlots = typeof(SeedData.Runtime.ArticleSlots);
        var built = articleSlots.GetField("_articles", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var layouts = articleSlots.GetField("_layouts", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var readers = new List<Func<Article>>();
        var empty = new List<Action>();
        foreach (var holder in articles.GetNestedTypes(BindingFlags.NonPublic).Where(t => t.Name.StartsWith(HolderPrefix, StringComparison.Ordinal)))
        {
            var slots = (SeedData.Runtime.ArticleSlots)holder.GetField("Slots", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            var slotArray = (Article?[])built.GetValue(slots)!;
            empty.Add(() =>
            {
                Array.Clear(slotArray);
                layouts.SetValue(slots, null);
            });
            for (var i = 0; i < slotArray.Length; i++)
            {
                var index = i;
                Article Create()
                {
                    slotArray[index] = null;
                    layouts.SetValue(slots, null);
                    return slots[index];
                }

                builders.Add(Create().Id, Create);
                readers.Add(() => slots[index]);
            }
        }

        return new CompiledCorpus(assembly, all, builders, () => empty.ForEach(e => e()), readers, corpus.Bytes);
    }
}
