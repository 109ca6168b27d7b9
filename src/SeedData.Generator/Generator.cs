using Microsoft.CodeAnalysis;
using SeedData.Generator.Corpus;
using SeedData.Generator.Emit;
using SeedData.Generator.Extraction;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Generator;

/// <summary>
/// The pipeline, and only the pipeline. Each seed is read on its own into an equatable model; only
/// the article index and the entity table look across seeds. Source and diagnostics are separate
/// outputs, so a diagnostic never forces code to be regenerated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDataGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((input, _) => SettingsReader.Read(input))
            .WithTrackingName(TrackingNames.Settings);
        var generatorSettings = settings.Select((s, _) => s.Generator).WithTrackingName(TrackingNames.GeneratorSettings);
        var parseSettings = settings.Select((s, _) => s.Parse).WithTrackingName(TrackingNames.ParseSettings);
        var helpLinkBase = settings.Select((s, _) => s.HelpLinkBase).WithTrackingName(TrackingNames.HelpLinkBase);

        // The user gazetteer: equal to the last run's while its text is unchanged, so seeds stay cached.
        var gazetteer = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SettingsReader.IsGazetteer(pair.Left, pair.Right))
            .Select((pair, cancellationToken) => (pair.Left.Path, Text: pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.GazetteerFiles)
            .Collect()
            .Select((files, cancellationToken) => GazetteerReader.Read(files, cancellationToken))
            .WithTrackingName(TrackingNames.Gazetteer);
        var userGazetteer = gazetteer.Select((g, _) => g.Gazetteer).WithTrackingName(TrackingNames.UserGazetteer);

        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SettingsReader.IsSeed(pair.Left, pair.Right))
            .Select((pair, _) => (File: pair.Left, Options: SettingsReader.ReadFile(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.SeedFiles)
            .Combine(parseSettings)
            .Combine(userGazetteer)
            .Select((pair, cancellationToken) => SeedReader.Read(pair.Left.Left.File, pair.Left.Left.Options, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Seeds);

        var articles = seeds
            .Where(result => result.Article is not null)
            .Select((result, _) => result.Article!)
            .WithTrackingName(TrackingNames.Articles);

        var keys = seeds
            .Where(result => result.Key is not null)
            .Select((result, _) => result.Key!)
            .WithTrackingName(TrackingNames.Keys);

        // The index and its diagnostics are built together but flow apart: what depends on the index
        // (every article's name, the entity table) does not run again for a new diagnostic alone.
        var indexResult = keys
            .Collect()
            .Combine(generatorSettings)
            .Select((pair, _) => ArticleIndexBuilder.Build(pair.Left, pair.Right.Namespace, pair.Right.NameSource))
            .WithTrackingName(TrackingNames.IndexResult);
        var index = indexResult
            .Select((result, _) => result.Index)
            .WithTrackingName(TrackingNames.Index);

        var namedArticles = articles
            .Combine(index)
            .Select((pair, _) => pair.Right.EntryOf(pair.Left.FilePath) is { } entry ? new NamedArticle(pair.Left, entry.MemberName, pair.Right.Namespace, entry.FormerNames) : null)
            .WithTrackingName(TrackingNames.ArticleNames)
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
            .WithTrackingName(TrackingNames.UnknownFilePaths)
            .Collect()
            .Select((paths, _) => UnknownFiles.Report(paths))
            .WithTrackingName(TrackingNames.UnknownFiles);

        context.RegisterSourceOutput(settings.Select((s, _) => s.Diagnostics).WithTrackingName(TrackingNames.SettingsDiagnostics).Combine(helpLinkBase), DiagnosticReporting.Report);
        context.RegisterSourceOutput(unknownFiles.Combine(helpLinkBase), DiagnosticReporting.Report);
        context.RegisterSourceOutput(gazetteer.Select((g, _) => g.Diagnostics).WithTrackingName(TrackingNames.GazetteerDiagnostics).Combine(helpLinkBase), DiagnosticReporting.Report);
        context.RegisterSourceOutput(seeds.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.SeedDiagnostics).Combine(helpLinkBase), DiagnosticReporting.Report);
        context.RegisterSourceOutput(indexResult.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.IndexDiagnostics).Combine(helpLinkBase), DiagnosticReporting.Report);

        // The namespace of this project's dataset, or null when it generates none: code is only emitted when
        // the project's C# version can compile it (else SEED0303 says why), and only when the project has a
        // seed or asks for an empty dataset (SeedDataGenerateWhenEmpty). A project that receives SeedData
        // through a reference and has no seed (a test project) must not hide the referenced project's dataset
        // with an empty one of its own (docs/naming.md#several-projects). Decided from the seeds' cached
        // results and the settings, so it stays cached while neither changes.
        var hasSeeds = seeds.Collect().Select((all, _) => !all.IsEmpty).WithTrackingName(TrackingNames.HasSeeds);
        var dataset = hasSeeds
            .Combine(generatorSettings)
            .Select((pair, _) => pair.Right.CanEmit && (pair.Left || pair.Right.GenerateWhenEmpty) ? pair.Right.Namespace : null)
            .WithTrackingName(TrackingNames.Dataset);
        var canEmit = dataset.Select((@namespace, _) => @namespace is not null).WithTrackingName(TrackingNames.CanEmit);

        // A referenced project whose dataset this one can see (InternalsVisibleTo) in the same namespace: SEED0110.
        var referencedDatasets = context.CompilationProvider
            .Combine(dataset)
            .Select((pair, cancellationToken) => ReferencedDatasets.Find(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedDatasets);
        context.RegisterSourceOutput(referencedDatasets.Combine(helpLinkBase), DiagnosticReporting.Report);

        // Each article's members are made once; the files group them by letter (ArticleEmitter.LetterOf says why).
        var articleBuckets = namedArticles
            .Combine(helpLinkBase)
            .Select((pair, _) => ArticleEmitter.Member(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleMembers)
            .Collect()
            .SelectMany((members, _) => ArticleEmitter.Buckets(members))
            .WithTrackingName(TrackingNames.ArticleBuckets);
        context.RegisterSourceOutput(articleBuckets.Combine(canEmit), (output, p) => Add(output, p.Right, ArticleEmitter.HintName(p.Left), () => ArticleEmitter.Emit(p.Left)));
        context.RegisterSourceOutput(index.Combine(canEmit), (output, p) => Add(output, p.Right, IndexEmitter.HintName, () => IndexEmitter.Emit(p.Left)));
        context.RegisterSourceOutput(entityTable.Combine(canEmit), (output, p) => Add(output, p.Right, EntityTableEmitter.HintName, () => EntityTableEmitter.Emit(p.Left)));


        // The keys of Find("…"), which the analyzer and the editor's completion read instead of the seeds
        // (Emit/KeysEmitter.cs, docs/ide.md). Projections of the index and the entity table: a body edit leaves them equal.
        var articleKeys = namedArticles
            .Select((named, _) => ArticleKeyInfo.From(named))
            .Collect()
            .Select((all, _) => ArticleKeyInfo.InCorpusOrder(all))
            .WithTrackingName(TrackingNames.DatasetArticleKeys);
        var entityKeys = entityTable
            .Select((table, _) => EntityKeyInfo.From(table))
            .WithTrackingName(TrackingNames.DatasetEntityKeys);
        context.RegisterSourceOutput(articleKeys.Combine(dataset), (output, p) => Add(output, p.Right is not null, KeysEmitter.ArticlesHintName, () => KeysEmitter.EmitArticles(p.Right!, p.Left)));
        context.RegisterSourceOutput(entityKeys.Combine(dataset), (output, p) => Add(output, p.Right is not null, KeysEmitter.EntitiesHintName, () => KeysEmitter.EmitEntities(p.Right!, p.Left)));
    }

    private static void Add(SourceProductionContext context, bool canEmit, string hintName, System.Func<string> emit)
    {
        if (canEmit)
        {
            context.AddSource(hintName, emit());
        }
    }
}
