using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests;

/// <summary>
/// Seeds kept like a real archive (issue 12): ids are paths relative to the seeds folder, and member
/// names are what a person types (docs/naming.md).
/// </summary>
public class ArchiveTests
{
    private const string Body = "\n\nThe first paragraph of the article says what happened.\n";

    [Fact]
    public void Two_year_folders_with_the_same_file_names_build_and_Find_returns_each()
    {
        var harness = new GeneratorHarness(new[]
        {
            SeedFile.Named("2023/001", "Harbour reopens after the winter storms" + Body),
            SeedFile.Named("2024/001", "Harbour closes for the summer works" + Body),
            SeedFile.Named("000_top", "A seed directly in the folder keeps its id" + Body),
        });
        harness.Run();

        Assert.Empty(harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        WithArticles(harness, type =>
        {
            var all = (IReadOnlyList<Article>)type.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(new[] { "000_top", "2023/001", "2024/001" }, all.Select(a => a.Id));

            var find = type.GetMethod("Find")!;
            Assert.Equal("Harbour reopens after the winter storms", ((Article)find.Invoke(null, new object[] { "2023/001" })!).Headline);
            Assert.Equal("Harbour closes for the summer works", ((Article)find.Invoke(null, new object[] { "2024/001" })!).Headline);
            Assert.Equal("000_top", ((Article)find.Invoke(null, new object[] { "000_top" })!).Id);
            Assert.Null(find.Invoke(null, new object[] { "001" }));
            Assert.Same(all[1], type.GetProperty("HarbourReopensAfterTheWinterStorms")!.GetValue(null));
        });
    }

    [Fact]
    public void Quotes_and_entities_carry_the_folder_id()
    {
        var harness = new GeneratorHarness(new[]
        {
            SeedFile.Named("2023/001", "Mayor opens the bridge\n\n“It is a great day,” said Mayor Anna Berg on Tuesday.\n"),
            SeedFile.Named("2024/001", "Bridge closes again\n\n“We will fix it,” said Mayor Anna Berg on Friday.\n"),
        });
        harness.Run();

        WithArticles(harness, type =>
        {
            var all = (IReadOnlyList<Article>)type.GetProperty("All")!.GetValue(null)!;
            Assert.Equal("2023/001", all[0].Quotes.Single().ArticleId);
            Assert.Equal("2024/001", all[1].Quotes.Single().ArticleId);
            var speaker = all[0].Quotes.Single().Speaker!;
            Assert.Equal(new[] { "2023/001", "2024/001" }, speaker.ArticleIds);
        });
    }

    [Fact]
    public void A_decomposed_id_is_found_with_what_a_person_types()
    {
        var harness = new GeneratorHarness(new[] { SeedFile.Named("cafe\u0301s/zu\u0308rich", "Café owners protest" + Body) });
        harness.Run();

        WithArticles(harness, type =>
        {
            var find = type.GetMethod("Find")!;
            var article = (Article)find.Invoke(null, new object[] { "cafés/zürich" })!;
            Assert.Equal("cafés/zürich", article.Id);
            Assert.Same(article, find.Invoke(null, new object[] { "cafe\u0301s/zu\u0308rich" }));
        });
    }

    [Theory]
    [InlineData("Cafe\u0301 owners protest in Zu\u0308rich", "CaféOwnersProtestInZürich")]
    [InlineData("Café owners protest in Zürich", "CaféOwnersProtestInZürich")]
    [InlineData("Families rally for rights \u2764\uFE0F", "FamiliesRallyForRights")]
    [InlineData("\U0001F469\u200D\U0001F469\u200D\U0001F467 Families rally for rights", "FamiliesRallyForRights")]
    [InlineData("Fami\u200Blies ra\u200Clly for\u00AD rights\uFEFF", "FamiliesRallyForRights")]
    [InlineData("Families\uFE0F rally\U000E0100 for\u2060 rights", "FamiliesRallyForRights")]
    [InlineData("\u0301Families rally for rights", "FamiliesRallyForRights")]
    [InlineData("\u2066Families\u2069 rally for \u202Erights\u202C", "FamiliesRallyForRights")]
    public void Member_names_are_what_a_person_types(string headline, string expected)
    {
        var harness = GeneratorHarness.RunOnce(SeedFile.Named("a", headline + Body));

        var members = harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains(expected, members);
        Assert.Empty(harness.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void No_invisible_code_point_reaches_a_member_name()
    {
        var invisible = new[] { 0x00AD, 0x034F, 0x061C, 0x115F, 0x17B4, 0x180B, 0x200B, 0x200C, 0x200D, 0x200E, 0x2060, 0x2064, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFFA0, 0xE0001, 0xE0100, 0xE01EF };
        var seeds = invisible.Select((c, i) => SeedFile.Named("s" + i, "Word" + char.ConvertFromUtf32(c) + "word and " + char.ConvertFromUtf32(c) + "more" + Body)).ToArray();
        var harness = GeneratorHarness.RunOnce(seeds);

        var members = harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.GetMembers().OfType<IPropertySymbol>().Select(m => m.Name).ToList();
        Assert.Equal(invisible.Length, members.Count(m => m.StartsWith("Wordword", StringComparison.Ordinal)));
        foreach (var member in members)
        {
            Assert.All(member.EnumerateRunes(), r => Assert.False(SeedData.Generator.Naming.Identifiers.IsInvisible(r.Value), member + " holds U+" + r.Value.ToString("X4")));
        }
    }

    [Fact]
    public void File_name_naming_uses_the_whole_id()
    {
        var harness = new GeneratorHarness(
            new[] { SeedFile.Named("2023/who-measles", "x" + Body), SeedFile.Named("2024/who-measles", "y" + Body) },
            new Dictionary<string, string> { ["SeedDataNameSource"] = "FileName" });
        harness.Run();

        var members = harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains("_2023WhoMeasles", members);
        Assert.Contains("_2024WhoMeasles", members);
        Assert.Empty(harness.GeneratorDiagnostics);
    }

    private static void WithArticles(GeneratorHarness harness, Action<Type> inspect)
    {
        using var image = new MemoryStream();
        var emit = harness.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("SeedData.Archive", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
            inspect(assembly.GetType("SeedData.Articles", throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
