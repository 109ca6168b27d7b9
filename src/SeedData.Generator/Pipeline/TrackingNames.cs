namespace SeedData.Generator.Pipeline;

/// <summary>
/// Names of the pipeline steps (Generator.cs names every one), so tests can assert which steps re-ran
/// after an edit and which models flow through the pipeline.
/// </summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string GeneratorSettings = nameof(GeneratorSettings);
    public const string ParseSettings = nameof(ParseSettings);
    public const string HelpLinkBase = nameof(HelpLinkBase);
    public const string SettingsDiagnostics = nameof(SettingsDiagnostics);
    public const string GazetteerFiles = nameof(GazetteerFiles);
    public const string Gazetteer = nameof(Gazetteer);
    public const string UserGazetteer = nameof(UserGazetteer);
    public const string GazetteerDiagnostics = nameof(GazetteerDiagnostics);
    public const string SeedFiles = nameof(SeedFiles);
    public const string Seeds = nameof(Seeds);
    public const string SeedDiagnostics = nameof(SeedDiagnostics);
    public const string Articles = nameof(Articles);
    public const string Keys = nameof(Keys);
    public const string IndexResult = nameof(IndexResult);
    public const string Index = nameof(Index);
    public const string IndexDiagnostics = nameof(IndexDiagnostics);
    public const string ArticleNames = nameof(ArticleNames);
    public const string NamedArticles = nameof(NamedArticles);
    public const string ArticleMembers = nameof(ArticleMembers);
    public const string ArticleBuckets = nameof(ArticleBuckets);
    public const string ArticleEntities = nameof(ArticleEntities);
    public const string EntityTable = nameof(EntityTable);
    public const string UnknownFilePaths = nameof(UnknownFilePaths);
    public const string UnknownFiles = nameof(UnknownFiles);
    public const string HasSeeds = nameof(HasSeeds);
    public const string Dataset = nameof(Dataset);
    public const string CanEmit = nameof(CanEmit);
    public const string ReferencedDatasets = nameof(ReferencedDatasets);
    public const string DatasetArticleKeys = nameof(DatasetArticleKeys);
    public const string DatasetEntityKeys = nameof(DatasetEntityKeys);
}
