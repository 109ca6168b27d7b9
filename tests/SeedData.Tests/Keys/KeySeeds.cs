using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedData.Generator.Analyzers;
using SeedData.Testing;

namespace SeedData.Tests.Keys;

/// <summary>Two seeds whose ids, members and entities the key tests name, and a run of generator plus analyzer over them.</summary>
internal static class KeySeeds
{
    public const string BudgetId = "004_germany-budget-row";
    public const string BudgetMember = "GermanysCoalitionRowOverBudgetDeepens";
    public const string BlinkenId = "2024/blinken";
    public const string BlinkenMember = "USSecretaryOfStateBlinkenCallsOnChina";

    public static SeedFile[] Corpus() => new[]
    {
        SeedFile.Named(BudgetId, "Germany's coalition row over budget deepens\n\nFinance minister Christian Lindner rejected new borrowing on Monday. “We will not break the debt brake,” Lindner said in Berlin.\n"),
        SeedFile.Named(BlinkenId, "US Secretary of State Blinken calls on China\n\nAntony Blinken met Chinese officials in Beijing on Friday. “We have made our concerns clear,” Blinken told reporters.\n"),
    };

    /// <summary>Generates the dataset for <paramref name="seeds"/>, compiles <paramref name="code"/> with it and runs the analyzer.</summary>
    /// <returns>The compiler's errors and warnings (generated code included), and the analyzer's diagnostics of every severity.</returns>
    /// <param name="analyzer">The analyzer to run; by default as the compiler loads it.</param>
    public static async Task<(IReadOnlyList<Diagnostic> Compiler, IReadOnlyList<Diagnostic> Analyzer)> AnalyzeAsync(string code, IEnumerable<SeedFile>? seeds = null, IReadOnlyDictionary<string, string>? properties = null, DatasetKeyAnalyzer? analyzer = null)
    {
        var harness = new GeneratorHarness(seeds ?? Corpus(), properties, code, trackSteps: false);
        harness.Run();
        var compiler = harness.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var diagnostics = await harness.OutputCompilation!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer ?? new DatasetKeyAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return (compiler, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList());
    }

    /// <summary>The text a diagnostic points at in <paramref name="code"/>.</summary>
    public static string At(Diagnostic diagnostic, string code) => code.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
