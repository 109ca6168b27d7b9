using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;
using SeedData.Generator.Pipeline;

namespace SeedData.Tool.Pipeline;

/// <summary>What the tool reads: the seeds folder, the gazetteer, and the MSBuild properties a project would set.</summary>
/// <param name="Folder">The seeds folder (SeedDataFolder).</param>
/// <param name="Gazetteer">The user gazetteer, or null for <c>gazetteer.txt</c> in the folder when it exists (SeedDataGazetteer).</param>
/// <param name="Properties">SeedDataNamespace, SeedDataMaxSeedLength, SeedDataNameSource, as a project would set them.</param>
internal sealed record CorpusInput(string Folder, string? Gazetteer, IReadOnlyDictionary<string, string> Properties);

/// <summary>One article the build would emit, in corpus order.</summary>
internal sealed record CorpusArticle(int Index, SeedArticle Article, ArticleIndexEntry Entry);

/// <summary>
/// The generator's pipeline (src/SeedData.Generator/Generator.cs) run once over a folder, step for step
/// with the same code: the files the package's props make AdditionalFiles (seeds, the gazetteer, the
/// other files of the folder), <see cref="SettingsReader"/>, <see cref="GazetteerReader"/>,
/// <see cref="SeedReader"/> per seed, <see cref="ArticleIndexBuilder"/>, <see cref="EntityTableBuilder"/>
/// and <see cref="UnknownFiles"/>. Seeds are read in parallel; every result is put in corpus order.
/// </summary>
internal sealed class CorpusRun
{
    public const string GazetteerFileName = "gazetteer.txt";

    private CorpusRun(string folder, int seedCount, IReadOnlyList<CorpusArticle> articles, EntityTable entities, IReadOnlyList<Diagnostic> diagnostics, string helpLinkBase)
    {
        HelpLinkBase = helpLinkBase;
        Folder = folder;
        SeedCount = seedCount;
        Articles = articles;
        Entities = entities;
        Diagnostics = diagnostics;
    }

    /// <summary>The seeds folder, full path, without a trailing separator.</summary>
    public string Folder { get; }

    /// <summary>How many seed files were read (articles and skipped seeds).</summary>
    public int SeedCount { get; }

    public IReadOnlyList<CorpusArticle> Articles { get; }

    public EntityTable Entities { get; }

    /// <summary>
    /// The page diagnostics link to: SeedDataHelpLinkBase when given (<c>--property</c>), else the copy of
    /// docs/diagnostics.md installed with the tool, as a package's build links to the copy in the package.
    /// </summary>
    public string HelpLinkBase { get; }

    /// <summary>The copy of docs/diagnostics.md beside the tool (SeedData.Tool.csproj copies it there).</summary>
    public static string InstalledDiagnosticsPage => new Uri(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics.md")).AbsoluteUri;

    /// <summary>Every diagnostic the generator reports for these files, at its default severity, in file, line and column order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static CorpusRun Run(CorpusInput input, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timings = new List<(string Step, TimeSpan Time)>();
        void Lap(string step)
        {
            timings.Add((step, clock.Elapsed));
            clock.Restart();
        }

        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input.Folder));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The seeds folder '" + input.Folder + "' does not exist.");
        }

        string? gazetteerPath = null;
        if (input.Gazetteer is not null)
        {
            gazetteerPath = Path.GetFullPath(input.Gazetteer);
            if (!File.Exists(gazetteerPath))
            {
                throw new FileNotFoundException("The gazetteer '" + input.Gazetteer + "' does not exist.", input.Gazetteer);
            }
        }
        else if (File.Exists(Path.Combine(folder, GazetteerFileName)))
        {
            gazetteerPath = Path.Combine(folder, GazetteerFileName);
        }

        // As buildTransitive/SeedData.props: the gazetteer, the seeds (**/*.txt but the gazetteer), and every other file of the folder.
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var files = new List<FolderFile>();
        if (gazetteerPath is not null)
        {
            files.Add(new FolderFile(gazetteerPath, Role("Gazetteer")));
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (gazetteerPath is not null && string.Equals(path, gazetteerPath, comparison))
            {
                continue;
            }

            files.Add(new FolderFile(path, SeedMetadata(folder, path, path.EndsWith(".txt", comparison) ? "Seed" : "Unknown")));
        }

        Lap("list files");
        var options = new FolderOptionsProvider(input.Properties);
        var diagnostics = new List<DiagnosticInfo>();

        var settings = SettingsReader.Read((options, new CSharpParseOptions(LanguageVersion.Latest)));
        diagnostics.AddRange(settings.Diagnostics);

        diagnostics.AddRange(UnknownFiles.Report(files.Where(f => SettingsReader.IsUnknown(f, options)).Select(f => f.Path).ToImmutableArray()));

        var gazetteer = GazetteerReader.Read(
            files.Where(f => SettingsReader.IsGazetteer(f, options)).Select(f => (f.Path, Text: f.GetText(cancellationToken)?.ToString() ?? string.Empty)).ToImmutableArray(),
            cancellationToken);
        diagnostics.AddRange(gazetteer.Diagnostics);

        Lap("settings, unknown files, gazetteer");
        var seeds = files.Where(f => SettingsReader.IsSeed(f, options)).ToList();
        var results = new SeedResult[seeds.Count];
        var done = 0;
        Parallel.For(0, seeds.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var fileOptions = SettingsReader.ReadFile(seeds[i], options);
            results[i] = SeedReader.Read(seeds[i], fileOptions, settings.Parse, gazetteer.Gazetteer, cancellationToken);
            progress?.Invoke(Interlocked.Increment(ref done), seeds.Count);
        });

        Lap("per-seed step (read, check, parse, extract), " + Environment.ProcessorCount + " cores");
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        var indexResult = ArticleIndexBuilder.Build(
            results.Where(r => r.Key is not null).Select(r => r.Key!).ToImmutableArray(),
            settings.Generator.Namespace,
            settings.Generator.NameSource);
        diagnostics.AddRange(indexResult.Diagnostics);
        var index = indexResult.Index;

        var byPath = new Dictionary<string, SeedArticle>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Article is { } article)
            {
                byPath[article.FilePath] = article;
            }
        }

        var articles = new List<CorpusArticle>(index.Entries.Count);
        foreach (var entry in index.Entries)
        {
            if (byPath.TryGetValue(entry.FilePath, out var article))
            {
                articles.Add(new CorpusArticle(articles.Count, article, entry));
            }
        }

        Lap("article index");
        var entities = EntityTableBuilder.Build(
            results.Where(r => r.Article is not null).Select(r => ArticleEntities.From(r.Article!)).ToImmutableArray(),
            index);
        Lap("entity table");

        var helpLinkBase = string.IsNullOrWhiteSpace(settings.HelpLinkBase) ? InstalledDiagnosticsPage : settings.HelpLinkBase!;
        var reported = diagnostics
            .Select(d => d.ToDiagnostic(helpLinkBase))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToList();
        Lap("diagnostics");
        if (Environment.GetEnvironmentVariable("SEEDDATA_TIMING") == "1")
        {
            foreach (var (step, time) in timings)
            {
                Console.Error.WriteLine("seeddata timing: " + step + ": " + time.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
            }
        }

        return new CorpusRun(folder, seeds.Count, articles, entities, reported, helpLinkBase);
    }

    /// <summary>The path of <paramref name="path"/> relative to the seeds folder, with '/' separators.</summary>
    public string Relative(string path) => Path.GetRelativePath(Folder, path).Replace('\\', '/');

    private static Dictionary<string, string> Role(string role) => new() { ["SeedDataRole"] = role };

    /// <summary>
    /// The metadata the package's props and targets give a file of the seeds folder: its role and, for a
    /// seed, its id (docs/naming.md, "Article ids"): the path relative to the folder without extension,
    /// with '/' separators (<c>2023/001</c>), written as the targets write it (<see cref="SeedIds.Encode"/>).
    /// </summary>
    private static Dictionary<string, string> SeedMetadata(string folder, string path, string role)
    {
        var metadata = Role(role);
        if (role == "Seed")
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            metadata[IdMetadata] = SeedIds.Encode(relative.Substring(0, relative.Length - Path.GetExtension(relative).Length));
        }

        return metadata;
    }

    /// <summary><see cref="SettingsReader.IdMetadata"/> without the prefix the options provider adds.</summary>
    private static readonly string IdMetadata = SettingsReader.IdMetadata.Substring(SettingsReader.IdMetadata.LastIndexOf('.') + 1);
}
