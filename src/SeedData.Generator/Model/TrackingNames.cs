namespace SeedData.Generator.Model;

/// <summary>Names of the pipeline steps, so tests can assert which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string Seeds = nameof(Seeds);
    public const string Gazetteer = nameof(Gazetteer);
    public const string Articles = nameof(Articles);
    public const string Index = nameof(Index);
    public const string NamedArticles = nameof(NamedArticles);
    public const string ArticleEntities = nameof(ArticleEntities);
    public const string EntityTable = nameof(EntityTable);
    public const string Dataset = nameof(Dataset);
    public const string ReferencedDatasets = nameof(ReferencedDatasets);
    public const string ArticleKeys = nameof(ArticleKeys);
    public const string EntityKeys = nameof(EntityKeys);
}
