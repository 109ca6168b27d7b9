using Microsoft.CodeAnalysis;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using SeedData.Generator.Parsing;

namespace SeedData.Generator;

/// <summary>
/// The pipeline, and only the pipeline. Each seed is read on its own into an equatable model; only
/// the article index and the entity table look across seeds. Source and diagnostics are separate
/// outputs, so a diagnostic never forces code to be regenerated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDataGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(SettingsReader.Read)
            .WithTrackingName(TrackingNames.Settings);
        var generatorSettings = settings.Select((s, _) => s.Generator);

        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SettingsReader.IsSeed(pair.Left, pair.Right))
            .Select((pair, _) => (File: pair.Left, Options: SettingsReader.ReadFile(pair.Left, pair.Right)))
            .Combine(settings.Select((s, _) => s.Parse))
            .Select((pair, cancellationToken) => SeedReader.Read(pair.Left.File, pair.Left.Options, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Seeds);

        var articles = seeds
            .Where(result => result.Article is not null)
            .Select((result, _) => result.Article!)
            .WithTrackingName(TrackingNames.Articles);

        var index = seeds
            .Where(result => result.Key is not null)
            .Select((result, _) => result.Key!)
            .Collect()
            .Combine(generatorSettings)
            .Select((pair, _) => ArticleIndexBuilder.Build(pair.Left, pair.Right.Namespace, pair.Right.NameSource))
            .WithTrackingName(TrackingNames.Index);

        var namedArticles = articles
            .Combine(index)
            .Select((pair, _) => pair.Right.EntryOf(pair.Left.FilePath) is { } entry ? new NamedArticle(pair.Left, entry.MemberName, pair.Right.Namespace, entry.FormerNames) : null)
            .Where(named => named is not null)
            .Select((named, _) => named!)
            .WithTrackingName(TrackingNames.NamedArticles);

        var entityTable = articles
            .Select((article, _) => ArticleEntities.From(article))
            .WithTrackingName(TrackingNames.ArticleEntities)
            .Collect()
            .Combine(index)
            .Select((pair, _) => EntityTableBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EntityTable);

        var unknownFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SettingsReader.IsUnknown(pair.Left, pair.Right))
            .Select((pair, _) => pair.Left.Path)
            .Collect()
            .Select((paths, _) => UnknownFiles.Report(paths));

        context.RegisterSourceOutput(settings.Select((s, _) => s.Diagnostics), Report);
        context.RegisterSourceOutput(unknownFiles, Report);
        context.RegisterSourceOutput(seeds.Select((result, _) => result.Diagnostics), Report);
        context.RegisterSourceOutput(index.Select((i, _) => i.Diagnostics), Report);

        // Code is only emitted when the project's C# version can compile it (else SEED0303 says why).
        var canEmit = settings.Select((s, _) => s.Generator.CanEmit);
        var indexWithoutDiagnostics = index.Select((i, _) => i with { Diagnostics = EquatableArray<DiagnosticInfo>.Empty });
        context.RegisterSourceOutput(namedArticles.Combine(canEmit), (output, p) => Add(output, p.Right, ArticleEmitter.HintName(p.Left), () => ArticleEmitter.Emit(p.Left)));
        context.RegisterSourceOutput(indexWithoutDiagnostics.Combine(canEmit), (output, p) => Add(output, p.Right, IndexEmitter.HintName, () => IndexEmitter.Emit(p.Left)));
        context.RegisterSourceOutput(entityTable.Combine(canEmit), (output, p) => Add(output, p.Right, EntityTableEmitter.HintName, () => EntityTableEmitter.Emit(p.Left)));
    }

    private static void Add(SourceProductionContext context, bool canEmit, string hintName, System.Func<string> emit)
    {
        if (canEmit)
        {
            context.AddSource(hintName, emit());
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
