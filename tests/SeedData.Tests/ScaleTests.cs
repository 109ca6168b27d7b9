using System;
using System.IO;
using System.Linq;
using SeedData.Corpus;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// SCALE TEST (slow: one real `dotnet build` of a consumer). With quotes and entities extracted, a
/// 1,000-article consumer build costs about 58 s of CPU time (docs/performance.md), so this one costs
/// about three times that in CPU time, spread over the cores the compiler gets. Filter it in or out with
/// <c>dotnet test --filter Category=Scale</c> / <c>--filter Category!=Scale</c>.
/// Text baked into ordinary string literals stops compiling at about 8 million UTF-16 characters per
/// assembly (CS8103). 3,000 synthesised articles are well past that, so this build only passes
/// because article text is emitted as UTF-8 literals (docs/performance.md).
/// </summary>
[Trait("Category", "Scale")]
public class ScaleTests
{
    private const int ArticleCount = 3_000;

    /// <summary>The #US heap holds 2^24 bytes: at two bytes a character, about 8.4 million characters in all.</summary>
    private const long UserStringLimitInCharacters = (1L << 24) / 2;

    [Fact]
    public void Consumer_with_3000_synthesised_articles_builds_without_CS8103_and_runs()
    {
        var root = Path.Combine(Path.GetTempPath(), "seeddata-scale-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = Path.Combine(root, "seeds");
            CorpusSynthesizer.WriteTo(seeds, ArticleCount);
            var characters = Directory.GetFiles(seeds).Sum(f => (long)File.ReadAllText(f).Length);
            Assert.True(characters > UserStringLimitInCharacters, $"only {characters} characters: the corpus no longer tests the string limit");

            var app = Path.Combine(root, "app");
            ConsumerProjects.WriteSeedDataApp(app, seeds);

            // Minutes of CPU time on a shared machine: allowed more than the default five minutes.
            var build = DotNet.Run(TimeSpan.FromMinutes(20), app, "build", "-c", "Debug", "-p:UseSharedCompilation=false");
            Assert.DoesNotContain("CS8103", build.Output);
            Assert.True(build.ExitCode == 0, build.Output);

            var run = DotNet.Run(app, Path.Combine(app, "bin", "Debug", "net10.0", "SeedApp.dll"));
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("articles: " + ArticleCount, run.Output);
            Assert.Contains("last: " + CorpusSynthesizer.Article(ArticleCount - 1).Text.Split('\n')[0], run.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not a test failure.
            }
        }
    }
}
