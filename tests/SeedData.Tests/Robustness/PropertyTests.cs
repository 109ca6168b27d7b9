using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.Tests.Robustness;

/// <summary>
/// Random seeds, structure-aware and raw Unicode, against the generator's contract: it never throws,
/// the generated code compiles clean, every text field is the seed's own text, and the output is the
/// same bytes whatever the run, the file order or the culture.
/// </summary>
/// <remarks>
/// Cases are compiled in batches (one compilation holds <see cref="BatchSize"/> seeds), which is what
/// keeps a run of hundreds of cases within seconds. <c>SEEDDATA_PROPERTY_CASES</c> sets the number of
/// cases per test (default <see cref="DefaultCases"/>), <c>SEEDDATA_PROPERTY_BATCH</c> the batch size and
/// <c>SEEDDATA_PROPERTY_SEED</c> replays a CsCheck seed printed by a failure (<c>SEEDDATA_PROPERTY_PROGRESS</c>
/// names a file that gets one line per batch, for long runs).
/// </remarks>
public class PropertyTests
{
    public const int DefaultCases = 200;

    private static readonly CultureInfo[] Cultures =
    {
        CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.GetCultureInfo("fi-FI"), CultureInfo.InvariantCulture,
    };

    private readonly ITestOutputHelper _output;

    public PropertyTests(ITestOutputHelper output) => _output = output;

    private static int Cases => ReadSetting("SEEDDATA_PROPERTY_CASES", DefaultCases);

    private static int BatchSize => ReadSetting("SEEDDATA_PROPERTY_BATCH", 25);

    private static string? ReplaySeed => Environment.GetEnvironmentVariable("SEEDDATA_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    [Fact]
    public void Structured_seeds_round_trip_compile_and_are_deterministic()
    {
        var batches = Run(SeedGenerators.Structured, seed => seed.Text, CheckStructured, seed => seed.Folder);
        _output.WriteLine($"{batches * BatchSize} structure-aware cases in {batches} batches");
    }

    [Fact]
    public void Raw_unicode_seeds_never_break_the_build_and_keep_every_character()
    {
        var batches = Run(SeedGenerators.Raw, seed => seed.Text, (seed, article, run, path) => CheckRaw(seed.Text, article, run, path));
        _output.WriteLine($"{batches * BatchSize} raw Unicode cases in {batches} batches");
    }

    /// <summary>
    /// Found by the structure-aware property: a name that articles typed two ways ("İstanbul" as a place
    /// and as an organisation) was merged into two entities of one kind, and Entities.Resolve listed it
    /// twice in one switch (CS0152). Replays that CsCheck case.
    /// </summary>
    [Fact]
    public void Regression_a_name_typed_two_ways_never_repeats_a_case_label()
    {
        SeedGenerators.Structured.Array[25].Sample(batch => CheckBatch(batch, seed => seed.Text, CheckStructured, seed => seed.Folder), seed: "8kQ1Xe3-WA51", iter: 1, threads: 1);
    }

    private static int Run<T>(Gen<T> generator, Func<T, string> text, Action<T, Article?, GeneratorRun, string> check, Func<T, string>? folder = null)
    {
        var batches = Math.Max(1, (Cases + BatchSize - 1) / BatchSize);
        generator.Array[BatchSize].Sample(batch => CheckBatch(batch, text, check, folder), seed: ReplaySeed, iter: batches, threads: ReplaySeed is null ? -1 : 1);
        return batches;
    }

    /// <summary>The properties every batch must have, whatever kind of seed it holds.</summary>
    private static void CheckBatch<T>(T[] batch, Func<T, string> text, Action<T, Article?, GeneratorRun, string> check, Func<T, string>? folder = null)
    {
        var files = batch.Select((seed, i) => SeedFile.Named(Id(i, folder?.Invoke(seed) ?? string.Empty), text(seed))).ToList();
        var run = GeneratorRun.Of(files);

        var image = TextContract.AssertRunContract(run);

        GeneratorRun.WithArticles(image, articles =>
        {
            var byId = articles.ToDictionary(a => a.Id);
            for (var i = 0; i < batch.Length; i++)
            {
                try
                {
                    check(batch[i], byId.GetValueOrDefault(Path(files[i])), run, files[i].Path);
                }
                catch (Exception exception) when (exception is not CaseException)
                {
                    throw new CaseException(files[i].Path + " = " + batch[i] + "\n" + exception.Message, exception);
                }
            }
        });

        CheckDeterminism(run, files);

        // Long runs (100,000 cases) report progress to a file named by SEEDDATA_PROPERTY_PROGRESS.
        if (Environment.GetEnvironmentVariable("SEEDDATA_PROPERTY_PROGRESS") is { Length: > 0 } progress)
        {
            lock (ProgressLock)
            {
                System.IO.File.AppendAllText(progress, $"{DateTime.UtcNow:HH:mm:ss} {typeof(T).Name}: batch of {batch.Length} passed\n");
            }
        }
    }

    private static readonly object ProgressLock = new();

    /// <summary>Identical bytes on a second run of the same driver, on a fresh run with the files in another order, and under other cultures.</summary>
    private static void CheckDeterminism(GeneratorRun run, List<SeedFile> files)
    {
        var expected = run.Fingerprint();

        var again = GeneratorHarness.Sources(run.Harness.Run());
        Assert.Equal(run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), again.OrderBy(s => s.Key, StringComparer.Ordinal));

        // Reversed, then the halves swapped: every pair of files changes order at least once.
        var shuffled = files.AsEnumerable().Reverse().ToList();
        shuffled = shuffled.Skip(shuffled.Count / 2).Concat(shuffled.Take(shuffled.Count / 2)).ToList();
        Assert.Equal(expected, GeneratorRun.Of(shuffled).Fingerprint());

        foreach (var culture in Cultures)
        {
            Assert.Equal(expected, GeneratorRun.Under(culture, files).Fingerprint());
        }
    }

    private static void CheckStructured(StructuredSeed seed, Article? article, GeneratorRun run, string path)
    {
        Assert.NotNull(article);
        Assert.Equal(seed.Headline, article.Headline);
        Assert.Equal(seed.Source, article.Source);

        // What the parser calls each block (kicker, lead, heading, ...) is its own business; the text
        // of each block, and their order, are not.
        var body = TextContract.Fields(article).Skip(1).ToList();
        Assert.Equal(string.Join(" ", seed.Blocks), string.Join(" ", body));
        foreach (var field in TextContract.Fields(article).Skip(1).Where(f => f != article.Kicker && f != article.Subheadline))
        {
            Assert.Contains(field, seed.Blocks);
        }

        CheckQuotes(article, seed.Text);
    }

    /// <summary>
    /// Raw text has no structure to predict, so the check is on what the format promises for any
    /// text: the headline is the first non-blank line, trimmed; every other non-white-space character
    /// is kept, in order, except the documented removals (the <c>source</c> keyword of the trailer,
    /// boilerplate lines, unpaired surrogates replaced by U+FFFD); and binary or empty seeds are
    /// reported, not emitted.
    /// </summary>
    private static void CheckRaw(string text, Article? article, GeneratorRun run, string path)
    {
        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == path).Select(d => d.Id).ToList();
        var repaired = TextContract.RepairSurrogates(text);

        var nul = text.Count(c => c == '\0');
        if (nul > 0 && (nul >= 8 || nul * 100 >= text.Length))
        {
            Assert.Null(article);
            Assert.Contains("SEED0008", diagnostics);
            return;
        }

        var lines = TextContract.NonBlankLines(repaired);
        if (lines.Count == 0 || (TextContract.HasBoilerplate(lines) && article is null))
        {
            Assert.Null(article);
            Assert.Contains("SEED0001", diagnostics);
            return;
        }

        Assert.NotNull(article);
        TextContract.AssertFaithful(repaired, article);
        CheckQuotes(article, repaired);
    }

    /// <summary>Whatever the extraction finds, a quote is text of the article, on a line of the seed.</summary>
    private static void CheckQuotes(Article article, string text)
    {
        var fields = TextContract.Fields(article).ToList();
        var lineCount = SourceText.From(text).Lines.Count;
        foreach (var quote in article.Quotes)
        {
            Assert.InRange(quote.Line, 1, lineCount);
            Assert.Equal(article.Id, quote.ArticleId);
            foreach (var part in quote.Text.Split('\n'))
            {
                Assert.True(fields.Any(f => f.Contains(part, StringComparison.Ordinal)), "Quote text not in the article: " + part);
            }
        }
    }

    /// <summary>
    /// The id of case <paramref name="i"/>: in its folder, with file names repeated across folders
    /// (case_0 to case_4, as archives by date repeat 001.txt) and unique ids all the same.
    /// </summary>
    private static string Id(int i, string folder)
    {
        var name = i < 5 && folder.Length == 0 ? "case_" + i.ToString("D4", CultureInfo.InvariantCulture) : "case_" + (i % 5).ToString(CultureInfo.InvariantCulture);
        var batchFolder = i < 5 ? string.Empty : "v" + (i / 5).ToString(CultureInfo.InvariantCulture) + "/";
        return (folder.Length == 0 ? string.Empty : folder + "/") + batchFolder + name;
    }

    /// <summary>The article id of a seed: its path under the seeds folder, without extension, in NFC.</summary>
    private static string Path(SeedFile file)
    {
        var relative = file.Path.Substring(SeedFile.SeedsFolder.Length);
        return relative.Substring(0, relative.Length - System.IO.Path.GetExtension(relative).Length).Normalize(NormalizationForm.FormC);
    }

    /// <summary>A failed property with the seed that broke it, escaped, so that it can be pasted into a regression test.</summary>
    private sealed class CaseException : Exception
    {
        public CaseException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    private static int ReadSetting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
