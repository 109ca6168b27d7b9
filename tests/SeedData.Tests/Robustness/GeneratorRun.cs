using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedData.Testing;

namespace SeedData.Tests.Robustness;

/// <summary>
/// One generator run over a set of seeds, with everything the robustness properties look at: the
/// generated sources, the generator's diagnostics, and (on demand) the compiled, loaded dataset.
/// </summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(GeneratorHarness harness, IReadOnlyDictionary<string, string> sources)
    {
        Harness = harness;
        Sources = sources;
    }

    public GeneratorHarness Harness { get; }

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    public IEnumerable<Diagnostic> GeneratorDiagnostics => Harness.GeneratorDiagnostics;

    public static GeneratorRun Of(IEnumerable<SeedFile> seeds)
    {
        var harness = new GeneratorHarness(seeds);
        var result = harness.Run();
        return new GeneratorRun(harness, GeneratorHarness.Sources(result));
    }

    /// <summary>
    /// Runs the generator under <paramref name="culture"/> (current and UI culture), as a build on a
    /// machine set to that language would.
    /// </summary>
    public static GeneratorRun Under(CultureInfo culture, IEnumerable<SeedFile> seeds)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Of(seeds);
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>
    /// Everything a build observes, as one string: each generated file byte for byte, then each
    /// diagnostic with its ID, exact location and arguments. Two runs are deterministic when these are equal.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var (hint, source) in Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append("== ").Append(hint).Append('\n').Append(source).Append('\n');
        }

        foreach (var line in GeneratorDiagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Id + " " + span.Path + " " + diagnostic.Location.SourceSpan + " " + span.Span + " "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    /// <summary>Generator failures: an exception the generator let out (CS8785) or caught as a last resort (SEED9999).</summary>
    public IEnumerable<Diagnostic> Failures() =>
        GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "SEED9999" or "AD0001");

    /// <summary>
    /// Compiles the consumer with the generated code to an in-memory assembly. Returns the compiler's
    /// diagnostics (warnings are errors in the harness, as in a project with TreatWarningsAsErrors).
    /// </summary>
    public (IReadOnlyList<Diagnostic> Diagnostics, byte[]? Image) Compile()
    {
        using var image = new MemoryStream();
        var emit = Harness.Emit(image);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (problems, emit.Success ? image.ToArray() : null);
    }

    /// <summary>
    /// Loads the compiled dataset in a collectible context and hands <c>Articles.All</c> to
    /// <paramref name="inspect"/>. The SeedData runtime resolves from the test's own context, so the
    /// records are the real <see cref="Article"/> type.
    /// </summary>
    public static void WithArticles(byte[] image, Action<IReadOnlyList<Article>> inspect)
    {
        var context = new AssemblyLoadContext("SeedData.Robustness", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            var articles = assembly.GetType("SeedData.Articles", throwOnError: true)!
                .GetProperty("All", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
                .GetValue(null);
            inspect((IReadOnlyList<Article>)articles!);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Every diagnostic the generator put in a seed must point into that seed, and its line and column
    /// must be the ones Roslyn's own <see cref="SourceText"/> gives for its position, so that the error
    /// list, the squiggle and the message agree.
    /// </summary>
    public IEnumerable<string> MisplacedDiagnostics()
    {
        var texts = Harness.Seeds.ToDictionary(s => s.Path, s => s.GetText()!);
        foreach (var diagnostic in GeneratorDiagnostics.Where(d => d.Location.Kind == LocationKind.ExternalFile))
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            if (!texts.TryGetValue(path, out var text))
            {
                yield return "unknown file: " + Describe(diagnostic);
                continue;
            }

            var span = diagnostic.Location.SourceSpan;
            if (span.End > text.Length)
            {
                yield return "span past the end (" + text.Length + "): " + Describe(diagnostic);
                continue;
            }

            var expected = text.Lines.GetLinePosition(span.Start);
            var actual = diagnostic.Location.GetLineSpan().StartLinePosition;
            if (expected != actual)
            {
                yield return "position " + actual + " but Roslyn says " + expected + ": " + Describe(diagnostic);
            }
        }
    }
}
