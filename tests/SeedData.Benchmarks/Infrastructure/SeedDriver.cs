using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Corpus;
using SeedData.Testing;

namespace SeedData.Benchmarks.Infrastructure;

/// <summary>Synthesised seeds on disk and a consumer compilation to run the generator against.</summary>
public sealed class SeedCorpus
{
    /// <summary>Doc comments parsed but not checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = ConsumerCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

    private SeedCorpus(string folder, string[] paths, long bytes)
    {
        Folder = folder;
        Paths = paths;
        Bytes = bytes;
    }

    public string Folder { get; }

    public string[] Paths { get; }

    /// <summary>UTF-8 bytes of seed text on disk.</summary>
    public long Bytes { get; }

    /// <summary>The seed files as the package's build targets embed them, for the generated code to read.</summary>
    public System.Collections.Generic.IEnumerable<ResourceDescription> Resources() =>
        Paths.Select(path => new ResourceDescription(SeedData.Generator.Parsing.SeedIds.ResourceName(path), () => File.OpenRead(path), isPublic: true));

    /// <summary>Writes (once per machine and size) articles 0 to <paramref name="count"/> - 1 under the temp folder.</summary>
    public static SeedCorpus Synthesise(int count)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "seeddata-bench", "seeds-" + CorpusSynthesizer.DefaultSeed + "-" + count);
        var marker = System.IO.Path.Combine(folder, ".complete");
        if (!File.Exists(marker))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            CorpusSynthesizer.WriteTo(folder, count);
            File.WriteAllText(marker, "");
        }

        var paths = Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        return new SeedCorpus(folder, paths, paths.Sum(p => new FileInfo(p).Length));
    }

    /// <summary>New <see cref="SeedFile"/>s that read the files again.</summary>
    public ImmutableArray<AdditionalText> FreshTexts() => Paths.Select(p => (AdditionalText)SeedFile.OnDisk(p)).ToImmutableArray();

    public static CSharpCompilation Compilation(string userCode = "public static class UserCode { }", OptimizationLevel optimization = OptimizationLevel.Debug) =>
        ConsumerCompilation.Create(userCode, "/project/UserCode.cs", parseOptions: ParseOptions, optimization: optimization);

    /// <summary>A driver as the compiler creates it: no step tracking (that is for tests), seeds marked SeedDataRole=Seed.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts) => GeneratorHarness.Driver(texts, ParseOptions);

    /// <summary>What the baseline does with a text: split it into words (and count them, so the work is not dropped).</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        foreach (var word in text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            words += word.Length > 0 ? 1 : 0;
        }

        return words;
    }

    private static readonly char[] WordSeparators = { ' ', '\n', '\r', '\t' };
}
