using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedData.Corpus;
using SeedData.Generator;

namespace SeedData.Benchmarks.Infrastructure;

/// <summary>
/// A seed file as the compiler hands it to the generator: read from disk on first use, then kept.
/// Each cold run gets new instances, so it reads the files again, as a fresh build does.
/// </summary>
public sealed class FileSeed : AdditionalText
{
    private SourceText? _text;

    public FileSeed(string path) => Path = path;

    public FileSeed(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        if (_text is null)
        {
            using var stream = File.OpenRead(Path);
            _text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: false);
        }

        return _text;
    }
}

/// <summary>Synthesised seeds on disk and a consumer compilation to run the generator against.</summary>
public sealed class SeedCorpus
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(SeedData.Article).Assembly.Location))
        .ToImmutableArray();

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

    /// <summary>New <see cref="FileSeed"/>s that read the files again.</summary>
    public ImmutableArray<AdditionalText> FreshTexts() => Paths.Select(p => (AdditionalText)new FileSeed(p)).ToImmutableArray();

    public static CSharpCompilation Compilation(string userCode = "public static class UserCode { }", OptimizationLevel optimization = OptimizationLevel.Debug) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, path: "/project/UserCode.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: optimization, deterministic: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>A driver as the compiler creates it: no step tracking (that is for tests), seeds marked SeedDataRole=Seed.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            new[] { new SeedDataGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            SeedOptions.Instance,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

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

    private sealed class SeedOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly SeedOptions Instance = new();

        private static readonly Options Seed = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedDataRole"] = "Seed" });
        private static readonly Options None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Seed;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
