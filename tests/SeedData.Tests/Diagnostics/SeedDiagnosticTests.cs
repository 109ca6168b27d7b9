using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedData.Testing;
using Xunit;

namespace SeedData.Tests.Diagnostics;

/// <summary>One test per diagnostic: exact ID, severity, message, file, line, column and span length.</summary>
public class SeedDiagnosticTests
{
    private const string Good = "A quiet day at the harbour\n\nNothing happened on Tuesday, officials said.\n";

    [Fact]
    public void SEED0001_empty_seed_is_an_error_and_makes_no_article()
    {
        var harness = Run(SeedFile.Named("empty", " \n\t\n"), SeedFile.Named("good", Good));

        Expect(harness, "SEED0001", DiagnosticSeverity.Error, "Seed 'empty' is empty: add at least a headline line", "/project/seeds/empty.txt", 1, 1, 0);
        AssertArticles(harness, "good");
    }

    [Fact]
    public void SEED0002_headline_too_long_is_a_warning_on_the_headline()
    {
        var headline = string.Join(" ", Enumerable.Repeat("word", 50)); // 249 characters
        var harness = Run(SeedFile.Named("long", headline + "\n\nBody text.\n"));

        Expect(harness, "SEED0002", DiagnosticSeverity.Warning,
            "Headline of 'long' is 249 characters long; a headline is one line of at most 200 characters. Is a blank line missing after it?",
            "/project/seeds/long.txt", 1, 1, 249);
        AssertArticles(harness, "long");
    }

    [Fact]
    public void SEED0005_invalid_utf8_is_located_at_the_first_bad_byte()
    {
        // The compiler decodes additional files as UTF-8 with replacement characters.
        var bytes = Encoding.UTF8.GetBytes("Headline\n\nBad byte here: ")
            .Concat(new byte[] { 0xC3, 0x28 }) // a lead byte followed by an ASCII byte
            .Concat(Encoding.UTF8.GetBytes(" and "))
            .Concat(new byte[] { 0xFF }) // never valid in UTF-8
            .Concat(Encoding.UTF8.GetBytes(".\n"))
            .ToArray();
        var text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        var harness = Run(new SeedFile("/project/seeds/bad.txt", text));

        Expect(harness, "SEED0005", DiagnosticSeverity.Warning,
            "Seed 'bad' is not valid UTF-8 here (2 undecodable byte sequences in the file); save it as UTF-8",
            "/project/seeds/bad.txt", 3, 16, 1);
        AssertArticles(harness, "bad");
    }

    [Fact]
    public void SEED0006_control_character_is_reported_once_with_the_count()
    {
        var harness = Run(SeedFile.Named("bell", "Headline\n\nOne\u0007 two\u0007 three.\n"));

        Expect(harness, "SEED0006", DiagnosticSeverity.Warning, "Control character U+0007 in seed text (2 in the file); remove it", "/project/seeds/bell.txt", 3, 4, 1);
    }

    [Fact]
    public void SEED0007_bidi_control_is_reported_and_escaped_in_the_generated_code()
    {
        var harness = Run(SeedFile.Named("bidi", "Headline \u202Eevil\u202C\n\nBody.\n"));

        Expect(harness, "SEED0007", DiagnosticSeverity.Warning,
            "Bidirectional control character U+202E in seed text (2 in the file) can make text display differently from how it reads; remove it unless the text needs it",
            "/project/seeds/bidi.txt", 1, 10, 1);
        // The text is read from the embedded seed at run time; the generated code shows it only in docs, as a code point.
        var generated = string.Concat(harness.OutputCompilation!.SyntaxTrees.Select(t => t.ToString()));
        Assert.DoesNotContain('\u202E', generated);
        Assert.Contains("U+202E", generated);
    }

    [Fact]
    public void SEED0008_binary_content_is_an_error_and_skipped()
    {
        var harness = Run(SeedFile.Named("image", "PNG\0\0\0\0\0\0\0\0IHDR\0\0"), SeedFile.Named("good", Good));

        Expect(harness, "SEED0008", DiagnosticSeverity.Error, "Seed 'image' looks like binary content, not text (10 NUL characters): it was skipped", "/project/seeds/image.txt", 1, 1, 0);
        AssertArticles(harness, "good");
    }

    [Fact]
    public void SEED0009_seed_over_the_configured_limit_is_an_error_and_skipped()
    {
        var harness = new GeneratorHarness(new[] { SeedFile.Named("big", Good), SeedFile.Named("small", "Short\n") }, new Dictionary<string, string> { ["SeedDataMaxSeedLength"] = "20" });
        harness.Run();

        Expect(harness, "SEED0009", DiagnosticSeverity.Error,
            $"Seed 'big' has {Good.Length} characters, over the limit of 20 set by SeedDataMaxSeedLength: it was skipped", "/project/seeds/big.txt", 1, 1, 0);
        AssertArticles(harness, "small");
    }

    [Fact]
    public void SEED0010_unpaired_surrogate_is_replaced_and_reported()
    {
        var harness = Run(SeedFile.Named("surrogate", "Headline\n\nBroken \uD800 pair.\n"));

        Expect(harness, "SEED0010", DiagnosticSeverity.Warning,
            "Unpaired surrogate U+D800 in seed text (1 in the file) cannot be stored and was replaced by U+FFFD", "/project/seeds/surrogate.txt", 3, 8, 1);
        AssertArticles(harness, "surrogate");
    }

    [Fact]
    public void SEED0012_headline_without_words_warns_and_the_name_comes_from_the_file()
    {
        var harness = Run(SeedFile.Named("2024-ferry", "* * *\n\nFerries ran again on Saturday.\n"));

        Expect(harness, "SEED0012", DiagnosticSeverity.Warning, "The headline of '2024-ferry' has no letters or digits; the first line of a seed is its headline", "/project/seeds/2024-ferry.txt", 1, 1, 5);
        Assert.Contains("_2024Ferry", harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.GetMembers().Select(m => m.Name));
    }

    [Fact]
    public void A_bad_seed_leaves_the_generated_code_of_the_other_seeds_byte_for_byte_intact()
    {
        var good = SeedFile.Named("good", Good);
        var alone = GeneratorHarness.Sources(new GeneratorHarness(new[] { good }).Run());
        var withBadSeeds = GeneratorHarness.Sources(new GeneratorHarness(new[]
        {
            good,
            SeedFile.Named("empty", ""),
            SeedFile.Named("binary", "\0\0\0\0\0\0\0\0\0"),
            new ThrowingSeed("/project/seeds/broken.txt"),
        }).Run());

        var article = Assert.Single(alone, s => s.Key.StartsWith("Articles.") && s.Key != "Articles.g.cs");
        Assert.Equal(article.Value, withBadSeeds[article.Key]);
        Assert.Equal(alone["Articles.g.cs"], withBadSeeds["Articles.g.cs"]);
    }

    [Fact]
    public void SEED0101_same_member_name_warns_at_both_headlines_and_names_stay_deterministic()
    {
        var harness = Run(SeedFile.Named("b", "Same headline\n\nB.\n"), SeedFile.Named("a", "Same headline\n\nA.\n"));

        var diagnostic = Expect(harness, "SEED0101", DiagnosticSeverity.Warning,
            "Seeds 'a' and 'b' both make the member name Articles.SameHeadline; 'b' is named Articles.SameHeadline2. Edit one headline to tell them apart.",
            "/project/seeds/b.txt", 1, 1, 13);
        Assert.Equal("/project/seeds/a.txt", diagnostic.AdditionalLocations.Single().GetLineSpan().Path);
        var members = harness.OutputCompilation!.GetTypeByMetadataName("SeedData.Articles")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains("SameHeadline", members);
        Assert.Contains("SameHeadline2", members);
    }

    [Fact]
    public void SEED0102_ids_that_differ_only_in_case_are_an_error_and_the_second_is_skipped()
    {
        var harness = Run(new SeedFile("/project/seeds/2024/note.txt", "First headline\n\nA.\n"), new SeedFile("/project/seeds/2024/Note.txt", "Second headline\n\nB.\n"));

        var diagnostic = Expect(harness, "SEED0102", DiagnosticSeverity.Error,
            "Seed id '2024/note' is already the id of '/project/seeds/2024/Note.txt' (ids are compared ignoring case); '/project/seeds/2024/note.txt' was skipped. Give one of them another id with <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />, or rename or move one file.",
            "/project/seeds/2024/note.txt", 1, 1, 0);
        Assert.Equal("/project/seeds/2024/Note.txt", diagnostic.AdditionalLocations.Single().GetLineSpan().Path);
        AssertArticles(harness, "2024/Note");
    }

    [Fact]
    public void SEED0102_seeds_outside_the_folder_with_one_file_name_clash_and_SeedDataId_is_the_way_out()
    {
        // Outside the seeds folder a seed's id is its file name: two such "note.txt" share it.
        var outside = new Dictionary<string, string> { ["SeedDataRole"] = "Seed", ["_SeedDataId"] = "<note>" };
        var harness = Run(new SeedFile("/shared/a/note.txt", "First headline\n\nA.\n", outside), new SeedFile("/shared/b/note.txt", "Second headline\n\nB.\n", outside));
        Expect(harness, "SEED0102", DiagnosticSeverity.Error,
            "Seed id 'note' is already the id of '/shared/a/note.txt' (ids are compared ignoring case); '/shared/b/note.txt' was skipped. Give one of them another id with <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />, or rename or move one file.",
            "/shared/b/note.txt", 1, 1, 0);

        // What the targets pass on when the project sets SeedDataId="b/note" on the second.
        var pinned = new Dictionary<string, string> { ["SeedDataRole"] = "Seed", ["_SeedDataId"] = "<b/note>" };
        harness = Run(new SeedFile("/shared/a/note.txt", "First headline\n\nA.\n", outside), new SeedFile("/shared/b/note.txt", "Second headline\n\nB.\n", pinned));
        Assert.Empty(harness.GeneratorDiagnostics);
        AssertArticles(harness, "b/note", "note");
    }

    [Fact]
    public void SEED0105_an_id_the_compiler_cut_at_a_line_break_is_an_error_and_the_seed_is_skipped()
    {
        // A file name with a line break: the compiler's options end at the end of the line.
        var cut = new Dictionary<string, string> { ["SeedDataRole"] = "Seed", ["_SeedDataId"] = "<2024/line" };
        var harness = Run(new SeedFile("/project/seeds/2024/line\nbreak.txt", Good, cut), SeedFile.Named("good", "Another headline\n\nBody.\n"));

        Expect(harness, "SEED0105", DiagnosticSeverity.Error,
            "The id of seed 'line\nbreak' reached the generator as '<2024/line', cut short (compiler options end at a line break), so the seed was skipped. Rename the file or folder, or give the seed an id on one line: <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />.",
            "/project/seeds/2024/line\nbreak.txt", 1, 1, 0);
        AssertArticles(harness, "good");
    }

    [Fact]
    public void Ids_with_a_hash_or_a_semicolon_reach_the_generator_whole()
    {
        var harness = Run(SeedFile.Named("2024/c#x", Good), SeedFile.Named("a;b~c", "Another headline\n\nBody.\n"));

        Assert.Empty(harness.GeneratorDiagnostics);
        AssertArticles(harness, "2024/c#x", "a;b~c");
    }

    [Fact]
    public void SEED0103_identical_text_warns_on_the_later_seed()
    {
        var harness = Run(SeedFile.Named("one", Good), SeedFile.Named("two", Good));

        Expect(harness, "SEED0103", DiagnosticSeverity.Warning, "Seed 'two' has the same text as 'one'; remove one of them", "/project/seeds/two.txt", 1, 1, 0);
    }

    [Fact]
    public void SEED0104_files_in_the_seeds_folder_that_are_not_seeds_are_reported_once()
    {
        var unknown = new Dictionary<string, string> { ["SeedDataRole"] = "Unknown" };
        var harness = Run(
            SeedFile.Named("good", Good),
            new SeedFile("/project/seeds/notes.md", "# notes", unknown),
            new SeedFile("/project/seeds/.DS_Store", "x", unknown));

        Expect(harness, "SEED0104", DiagnosticSeverity.Warning,
            "2 file(s) in the seeds folder are not seeds and were ignored: .DS_Store, notes.md. Give seeds the .txt extension, or move other files out of the folder.",
            "/project/seeds/.DS_Store", 1, 1, 0);
        AssertArticles(harness, "good");
    }

    [Theory]
    [InlineData("SeedDataNamespace", "My.Bad Namespace", "SEED0301", "The MSBuild property SeedDataNamespace 'My.Bad Namespace' is not a valid C# namespace; 'SeedData' is used instead")]
    [InlineData("SeedDataNamespace", "My.class", "SEED0301", "The MSBuild property SeedDataNamespace 'My.class' is not a valid C# namespace; 'SeedData' is used instead")]
    [InlineData("SeedDataMaxSeedLength", "-5", "SEED0302", "The MSBuild property SeedDataMaxSeedLength '-5' is not a positive whole number; 16777216 is used instead")]
    public void SEED030x_invalid_configuration_is_a_warning_and_the_default_is_used(string property, string value, string id, string message)
    {
        var harness = new GeneratorHarness(new[] { SeedFile.Named("good", Good) }, new Dictionary<string, string> { [property] = value });
        harness.Run();

        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, diagnostic.Location);
        AssertArticles(harness, "good");
    }

    [Fact]
    public void SEED0303_a_csharp_version_below_11_reports_one_error_and_generates_nothing()
    {
        var harness = new GeneratorHarness(new[] { SeedFile.Named("good", Good) }, parseOptions: ConsumerCompilation.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp10));
        var result = harness.Run();

        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("SEED0303", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("SeedData's generated code needs C# 11 or newer, and this project uses C# 10.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void SEED9999_an_internal_failure_names_the_seed_and_the_other_seeds_still_generate()
    {
        var harness = Run(new ThrowingSeed("/project/seeds/broken.txt"), SeedFile.Named("good", Good));

        Expect(harness, "SEED9999", DiagnosticSeverity.Error,
            "SeedData failed on 'broken': IOException: disk on fire. The seed was skipped. Please report this with the seed attached.",
            "/project/seeds/broken.txt", 1, 1, 0);
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id == "CS8785");
        AssertArticles(harness, "good");
    }

    [Fact]
    public void Cancellation_is_honoured_and_not_reported_as_a_failure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var big = string.Concat(Enumerable.Repeat("A paragraph of text.\n\n", 5000));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SeedData.Generator.Pipeline.SeedReader.Read("big", "/project/seeds/big.txt", "Headline\n\n" + big, new List<SeedData.Generator.Diagnostics.DiagnosticInfo>(), cancelled.Token));
    }

    [Fact]
    public void Item_metadata_SeedDataNoWarn_silences_warnings_for_that_seed_only_but_never_errors()
    {
        var noWarn = new Dictionary<string, string> { ["SeedDataRole"] = "Seed", ["SeedDataNoWarn"] = "seed0006; SEED0001" };
        var harness = Run(
            new SeedFile("/project/seeds/odd.txt", "Headline\n\nOne\u0007 two.\n", noWarn),
            new SeedFile("/project/seeds/empty.txt", "", noWarn),
            SeedFile.Named("other", "Headline two\n\nThree\u0007 four.\n"));

        Assert.Equal(new[] { ("SEED0001", "/project/seeds/empty.txt"), ("SEED0006", "/project/seeds/other.txt") },
            harness.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path)).OrderBy(x => x.Id));
    }

    private static GeneratorHarness Run(params SeedFile[] seeds)
    {
        var harness = new GeneratorHarness(seeds);
        harness.Run();
        return harness;
    }

    private static Diagnostic Expect(GeneratorHarness harness, string id, DiagnosticSeverity severity, string message, string path, int line, int column, int length)
    {
        var diagnostic = Assert.Single(harness.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(length, diagnostic.Location.SourceSpan.Length);
        Assert.Equal(span.StartLinePosition.Character + length, span.EndLinePosition.Character);
        Assert.StartsWith("https://", diagnostic.Descriptor.HelpLinkUri);

        // Whatever the seed, the generated code itself stays clean.
        Assert.Empty(harness.OutputCompilation!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return diagnostic;
    }

    /// <summary>The generated code, compiled and run, has exactly these articles.</summary>
    private static void AssertArticles(GeneratorHarness harness, params string[] ids)
    {
        using var image = new System.IO.MemoryStream();
        Assert.True(harness.Emit(image).Success);
        Robustness.GeneratorRun.WithArticles(image.ToArray(), articles =>
        {
            Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), articles.Select(a => a.Id).OrderBy(i => i, System.StringComparer.Ordinal));
        });
    }

    private sealed class ThrowingSeed : SeedFile
    {
        public ThrowingSeed(string path)
            : base(path, string.Empty)
        {
        }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
