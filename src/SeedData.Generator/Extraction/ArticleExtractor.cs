using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Finds the quotes, their speakers and the entities of one parsed article.</summary>
internal static class ArticleExtractor
{
    public static SeedArticle Extract(SeedArticle article, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Filled in by the extraction work (issue 3); the pipeline shape is final.
        return article;
    }
}
