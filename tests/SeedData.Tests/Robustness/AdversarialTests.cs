using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedData.Testing;
using SeedData.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Robustness;

/// <summary>
/// One seed per known attack on a text-to-code generator (Adversarial/*.txt, the huge ones built
/// here), each with its expected outcome. Every seed must also meet the common contract: no generator
/// failure, code that compiles clean, diagnostics where Roslyn puts the position, no raw dangerous
/// character nor any directive or type in the output that SeedData did not write, and the dataset's
/// text equal to the seed's.
/// </summary>
/// <remarks>
/// Quote diagnostics (SEED0003, SEED0004, SEED0011) are left out of the expected sets on purpose:
/// which marks pair up is the extractor's business; these tests hold the contract around it.
/// </remarks>
public class AdversarialTests
{
    private static readonly string[] QuoteDiagnostics = { "SEED0003", "SEED0004", "SEED0011" };

    private readonly ITestOutputHelper _output;

    public AdversarialTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string, string> Corpus => new()
    {
        // file, expected headline, expected diagnostics (comma-separated, sorted; empty = clean)
        { "inject-string-literals.txt", "He said \"stop\" \\ and \"\"\" left @\" behind", "" },
        { "inject-braces-and-comments.txt", "} class Evil { */ /* </summary> <!-- headline", "" },
        { "inject-preprocessor.txt", "#error injected from a headline", "" },
        { "bidi-controls.txt", "Bidi \u202A LRE \u202B RLE \u202C PDF \u202D LRO \u202E RLO in a headline", "SEED0007" },
        { "trojan-source.txt", "Access granted \u202E }\u2066if (isAdmin)\u2069 \u2066 begin admins only", "SEED0007" },
        { "controls-c0-c1.txt", "Controls \u0001\u0002\u001B[31m in a headline", "SEED0006" },
        { "unicode-line-separators.txt", "Headline before a line separator", "" },
        { "bom-in-the-middle.txt", "A headline with a \uFEFF BOM inside", "" },
        { "invalid-utf8.txt", "Café in Zürich \uFFFD reopens", "SEED0005" },
        { "utf16le-bom.txt", "UTF-16 LE headline café 北京", "" },
        { "utf16be-bom.txt", "UTF-16 BE headline café 北京", "" },
        { "mixed-line-endings.txt", "Mixed line endings headline", "" },
        { "headline-keyword.txt", "class", "" },
        { "headline-contextual-keywords.txt", "var async await record nameof", "" },
        { "headline-digits.txt", "2024 budget: 42 billion", "" },
        { "headline-punctuation.txt", "!!! ??? ... — «» “” ***", "SEED0012" },
        { "headline-chinese.txt", "中国人民银行宣布降息", "" },
        { "headline-arabic.txt", "القاهرة تعلن خطة جديدة للمياه", "" },
        { "headline-cyrillic.txt", "Москва объявила новые меры", "" },
        { "heading-before-lead.txt", "Storm closes schools", "" },
        { "with space.txt", "File name with a space", "" },
        { "dots.in.the.name.txt", "File name with dots", "" },
        { "ünïcødé-名前.txt", "File name in Unicode", "" },
        { "123-leading-digits.txt", "File name with leading digits", "" },
        { "web-names-and-hashtags.txt", "Sites and hashtags name things", "" },
        { "boilerplate-only.txt", "", "SEED0001" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Corpus_seed_meets_the_contract(string file, string headline, string diagnostics)
    {
        var seed = Load(file);
        var (run, articles) = RunAndLoad(seed);

        Assert.Equal(diagnostics, Ids(run));
        var id = Path.GetFileNameWithoutExtension(file);
        if (headline.Length == 0)
        {
            Assert.Empty(articles);
            return;
        }

        var article = Assert.Single(articles);
        Assert.Equal(id, article.Id);
        Assert.Equal(headline, article.Headline);
        TextContract.AssertFaithful(TextContract.RepairSurrogates(seed.GetText()!.ToString()), article);
    }

    [Fact]
    public void Bidi_controls_never_appear_raw_in_generated_code_and_show_as_code_points_in_docs()
    {
        var (run, articles) = RunAndLoad(Load("trojan-source.txt"));
        var source = run.Sources.Single(s => s.Key.StartsWith("Articles.", StringComparison.Ordinal) && s.Key != "Articles.g.cs").Value;

        // The article keeps its text (read from the embedded seed); the code shows it only in docs.
        Assert.Contains('\u202E', articles.Single().Headline);
        Assert.Contains("U+202E", source);
        Assert.DoesNotContain('\u202E', source);
        Assert.DoesNotContain('\u2066', source);
    }

    [Fact]
    public void Injection_payloads_arrive_as_text_not_code()
    {
        var (_, literals) = RunAndLoad(Load("inject-string-literals.txt"));
        var (_, comments) = RunAndLoad(Load("inject-braces-and-comments.txt"));
        var (_, directives) = RunAndLoad(Load("inject-preprocessor.txt"));
        var text = string.Join(" ", literals.Concat(comments).Concat(directives).SelectMany(TextContract.Fields));

        Assert.Contains("The payload was \"; System.Environment.Exit(1); var s = @\" and then \\\" and \\\\ and \"\"\" raw \"\"\" and $\"{System.Environment.UserName}\" ended it.", text);
        Assert.Contains("Escapes that must stay text: \\u0022 \\U00000022 \\x22 \\n \\0 \\t and a lone backslash at the end \\", text);
        Assert.Contains("Comment breakers */ then /* and // and /// <summary>evil</summary> and <!-- hidden --> and ]]> and <![CDATA[ x ]]> stay text.", text);
        Assert.Contains("#line 1 \"evil.cs\" #pragma warning disable #nullable disable #if false #define EVIL #region r", text);
        Assert.Contains("A paragraph ending in a directive-looking line. #endif", text);
    }

    [Fact]
    public void Unicode_line_separators_end_lines_as_in_roslyn()
    {
        var (run, articles) = RunAndLoad(Load("unicode-line-separators.txt"));
        var article = Assert.Single(articles);

        var body = TextContract.Fields(article).Skip(1).ToList();
        Assert.Equal(
            new[] { "Second line of the first block", "A paragraph after two paragraph separators.", "Another paragraph after two next-line characters." },
            body);
        Assert.Empty(run.MisplacedDiagnostics());
    }

    [Fact]
    public void Mixed_line_endings_make_the_same_blocks_as_plain_newlines()
    {
        var (_, mixed) = RunAndLoad(Load("mixed-line-endings.txt"));
        var plain = SeedFile.Named("mixed-line-endings", Encoding.UTF8.GetString(File.ReadAllBytes(CorpusPath("mixed-line-endings.txt"))).Replace("\r\n", "\n").Replace('\r', '\n'));
        var (_, expected) = RunAndLoad(plain);

        Assert.Equal(TextContract.Fields(expected.Single()), TextContract.Fields(mixed.Single()));
        Assert.Equal(
            "First paragraph, line one line two line three Second paragraph after CR LF CR. Third paragraph after CR CRLF.",
            string.Join(" ", TextContract.Fields(mixed.Single()).Skip(1)));
    }

    [Fact]
    public void Odd_file_names_keep_their_id_and_are_found_by_it()
    {
        var files = new[] { "with space.txt", "dots.in.the.name.txt", "ünïcødé-名前.txt", "123-leading-digits.txt", "headline-punctuation.txt", "headline-keyword.txt" };
        var (run, articles) = RunAndLoad(files.Select(Load).ToArray());

        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).OrderBy(i => i, StringComparer.Ordinal), articles.Select(a => a.Id).OrderBy(i => i, StringComparer.Ordinal));
        GeneratorRun.WithArticles(TextContract.AssertRunContract(run), loaded =>
        {
            // Articles.Find is a binary search over the ids' UTF-8 bytes: odd names must sort and match there too.
            var list = Assert.IsType<SeedData.Runtime.ArticleList>(loaded);
            foreach (var file in files)
            {
                Assert.Equal(Path.GetFileNameWithoutExtension(file), list.Find(Path.GetFileNameWithoutExtension(file))?.Id);
            }

            Assert.Null(list.Find("with-space"));
        });
    }

    /// <summary>Regression: a seed made only of boilerplate lines threw (SEED9999) instead of reporting an empty seed.</summary>
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Read more\n\nsource example.com")]
    [InlineData("See also\n\n\nSubscribe to our newsletter\n")]
    public void Seed_of_only_boilerplate_is_reported_empty(string text)
    {
        var (run, articles) = RunAndLoad(SeedFile.Named("only-boilerplate", text));

        Assert.Empty(articles);
        Assert.Equal("SEED0001", Ids(run));
    }

    /// <summary>
    /// Regression (raw-Unicode property test): headlines named "XY" and "Xy" made hint names that differ only
    /// in case, which Roslyn rejects (CS8785, no output at all). Article files are now named by the upper-case
    /// first letter, so both members share one file.
    /// </summary>
    [Fact]
    public void Member_names_differing_only_in_case_are_both_generated()
    {
        var (run, articles) = RunAndLoad(SeedFile.Named("upper", "XY\n\nOne.\n"), SeedFile.Named("mixed", "Xy\n\nTwo.\n"));

        Assert.Equal(2, articles.Count);
        Assert.Equal(2, GeneratedArticles.Members(run.Sources).Distinct().Count());
        Assert.Equal(run.Sources.Count, run.Sources.Keys.Select(k => k.ToUpperInvariant()).Distinct().Count());
    }

    /// <summary>Regression: a heading right after the header moved the next paragraph above it, as the lead.</summary>
    [Fact]
    public void Heading_before_the_first_paragraph_keeps_reading_order()
    {
        var (_, articles) = RunAndLoad(Load("heading-before-lead.txt"));
        var article = articles.Single();

        Assert.Equal("Children walk home in the rain.", article.Caption);
        Assert.Equal("© Agency Photo", article.Credit);
        Assert.Null(article.Lead);
        var section = Assert.Single(article.Sections);
        Assert.Equal("What happened", section.Heading);
        Assert.Equal(new[] { "Schools closed on Monday.", "They reopen on Friday." }, section.Paragraphs);
    }

    [Fact]
    public void Ten_megabyte_seed_compiles_and_round_trips()
    {
        var text = LargeSeeds.Normal(10 * 1024 * 1024, "Ten megabytes of news");
        var (run, articles) = RunAndLoad(SeedFile.Named("ten-megabytes", text));

        Assert.Equal(string.Empty, Ids(run));
        TextContract.AssertFaithful(text, articles.Single());
    }

    [Fact]
    public void One_megabyte_single_line_is_a_long_headline_not_a_failure()
    {
        var text = LargeSeeds.SingleLine(1024 * 1024);
        var (run, articles) = RunAndLoad(SeedFile.Named("one-megabyte-line", text));

        Assert.Equal("SEED0002", Ids(run));
        Assert.Equal(text, articles.Single().Headline);
    }

    [Theory]
    [InlineData(100_000, true)]
    [InlineData(50_000, false)]
    public void Many_quotation_marks_compile_round_trip_and_stay_located(int marks, bool balanced)
    {
        var text = balanced ? LargeSeeds.BalancedQuotes(marks) : LargeSeeds.UnbalancedOpeningMarks(marks);
        var (run, articles) = RunAndLoad(SeedFile.Named("quotes", text));

        Assert.Equal(string.Empty, Ids(run));
        TextContract.AssertFaithful(text, articles.Single());
        _output.WriteLine($"{marks} marks: {run.GeneratorDiagnostics.Count()} diagnostics, {articles.Single().Quotes.Count} quotes");
    }

    [Fact]
    public void Same_headline_in_fifty_files_makes_fifty_members_and_says_so()
    {
        var seeds = Enumerable.Range(1, 50).Select(i => SeedFile.Named($"same-{i:D2}", $"Central bank holds rates\n\nStory number {i}.\n")).ToArray();
        var (run, articles) = RunAndLoad(seeds);

        Assert.Equal(50, articles.Count);
        Assert.All(articles, a => Assert.Equal("Central bank holds rates", a.Headline));
        Assert.Equal(49, run.GeneratorDiagnostics.Count(d => d.Id == "SEED0101"));
        Assert.Equal(50, GeneratedArticles.Members(run.Sources).Distinct().Count());
    }

    /// <summary>
    /// 10,000 seeds: the generator's part (every seed read, named and indexed, no failure, no
    /// injection, generated code that parses) always runs. Compiling 10,000 generated files costs
    /// minutes on a small machine (about 20 ms per article, linear), so the full compile and load
    /// runs when <c>SEEDDATA_HEAVY_TESTS=1</c>.
    /// </summary>
    [Fact]
    public void Ten_thousand_seeds_in_one_folder()
    {
        const int count = 10_000;
        var seeds = Enumerable.Range(0, count)
            .Select(i => SeedFile.Named($"seed-{i:D5}", $"Headline {i} about {LargeSeeds.Word(i)}\n\nParagraph {i}: the council met on Tuesday.\n"))
            .ToArray();

        if (Environment.GetEnvironmentVariable("SEEDDATA_HEAVY_TESTS") == "1")
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (_, articles) = RunAndLoad(seeds);
            Assert.Equal(count, articles.Count);
            Assert.Equal("Headline 9999 about " + LargeSeeds.Word(9999), articles[9999].Headline);
            _output.WriteLine($"{count} seeds generated, compiled and loaded in {watch.Elapsed.TotalSeconds:F1} s");
            return;
        }

        var run = GeneratorRun.Of(seeds);
        Assert.Empty(run.Failures());
        Assert.Equal(string.Empty, Ids(run));
        TextContract.AssertNoInjection(run);
        Assert.Equal(count, GeneratedArticles.Members(run.Sources).Distinct().Count());
        // Every article has a slot in its letter file, and the index holds data only, no code per article.
        var slots = run.Sources.Where(s => s.Key.StartsWith("Articles.", StringComparison.Ordinal) && s.Key != "Articles.g.cs")
            .Sum(s => int.Parse(System.Text.RegularExpressions.Regex.Match(s.Value, @"ArticleSlots Slots = new\(typeof\(__SeedArticles_\w+\), (\d+),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(count, slots);
        var index = run.Sources["Articles.g.cs"];
        Assert.DoesNotContain("static () =>", index);
        Assert.Contains("seed-09999", index);
    }

    /// <summary>Runs the common contract on <paramref name="seeds"/> and returns the run and the loaded articles.</summary>
    private static (GeneratorRun Run, List<Article> Articles) RunAndLoad(params SeedFile[] seeds)
    {
        var run = GeneratorRun.Of(seeds);
        var image = TextContract.AssertRunContract(run);

        var articles = new List<Article>();
        GeneratorRun.WithArticles(image, loaded => articles.AddRange(loaded));
        return (run, articles);
    }

    /// <summary>The generator's diagnostic IDs, distinct and sorted, quote diagnostics aside.</summary>
    private static string Ids(GeneratorRun run) =>
        string.Join(",", run.GeneratorDiagnostics.Select(d => d.Id).Where(i => !QuoteDiagnostics.Contains(i)).Distinct().OrderBy(i => i, StringComparer.Ordinal));

    private static string CorpusPath(string file) => Path.Combine(AppContext.BaseDirectory, "Robustness", "Adversarial", file);

    /// <summary>A corpus seed as a build hands it to the generator: the bytes decoded by the compiler's own loader.</summary>
    private static SeedFile Load(string file) =>
        new("/project/seeds/" + file, CompilerText.FromBytes(File.ReadAllBytes(CorpusPath(file))), bytes: File.ReadAllBytes(CorpusPath(file)));
}

/// <summary>The seeds too large to check in, built the same way on every run.</summary>
internal static class LargeSeeds
{
    private static readonly string[] Words =
    {
        "council", "minister", "harbour", "election", "budget", "river", "festival", "court", "railway", "hospital",
        "Zürich", "São Paulo", "北京", "القاهرة", "Москва",
    };

    public static string Word(int i) => Words[i % Words.Length];

    /// <summary>Ordinary news text: a headline, then paragraphs of sentences with quotes and names, about <paramref name="size"/> characters.</summary>
    public static string Normal(int size, string headline)
    {
        var text = new StringBuilder(size + 200).Append(headline).Append("\n\n");
        for (var i = 0; text.Length < size; i++)
        {
            text.Append("The ").Append(Word(i)).Append(" said on Tuesday that the ").Append(Word(i + 3))
                .Append(" would reopen. “We will not back down,” said Maria Silva, head of the ").Append(Word(i + 7)).Append(". ");
            if (i % 6 == 5)
            {
                text.Append("\n\n");
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>One line and nothing else.</summary>
    public static string SingleLine(int size)
    {
        var text = new StringBuilder(size);
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(Word(i)).Append(' ');
        }

        return text.ToString(0, size - 1) + "x";
    }

    /// <summary><paramref name="marks"/> quotation marks in pairs, in paragraphs of 100 quotes.</summary>
    public static string BalancedQuotes(int marks)
    {
        var text = new StringBuilder("Quotes everywhere\n\n");
        for (var i = 0; i < marks / 2; i++)
        {
            text.Append(i % 2 == 0 ? "“" : "\"").Append(Word(i)).Append(i % 2 == 0 ? "”" : "\"").Append(i % 100 == 99 ? " said X.\n\n" : " ");
        }

        return text.ToString();
    }

    /// <summary><paramref name="marks"/> opening marks that are never closed, in paragraphs of 1,000.</summary>
    public static string UnbalancedOpeningMarks(int marks)
    {
        var text = new StringBuilder("Never closed\n\n");
        for (var i = 0; i < marks; i++)
        {
            text.Append(i % 3 == 0 ? "“" : i % 3 == 1 ? "«" : "„").Append(Word(i)).Append(i % 1000 == 999 ? ".\n\n" : " ");
        }

        return text.ToString();
    }
}
