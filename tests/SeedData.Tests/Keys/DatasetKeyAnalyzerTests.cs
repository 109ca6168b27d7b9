using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Analyzers;
using SeedData.Generator.Emit;
using SeedData.Testing;
using Xunit;
using static SeedData.Tests.Keys.KeySeeds;

namespace SeedData.Tests.Keys;

/// <summary>SEED0401 and SEED0402: constant keys given to the generated Find methods, checked against the generated keys.</summary>
public class DatasetKeyAnalyzerTests
{
    private static string Program(string body) => "using SeedData;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n" + body + "\n    }\n}\n";

    private static Diagnostic Single(System.Collections.Generic.IReadOnlyList<Diagnostic> diagnostics, string id) => Assert.Single(diagnostics, d => d.Id == id);

    [Fact]
    public async Task An_unknown_id_in_a_literal_warns_at_the_literal_with_the_closest_id()
    {
        var code = Program("        _ = Articles.Find(\"004_germany-budget-rwo\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        var warning = Single(analyzer, "SEED0401");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("\"004_germany-budget-rwo\"", At(warning, code));
        Assert.Equal("/project/Program.cs", warning.Location.SourceTree!.FilePath);
        Assert.Equal("No seed '004_germany-budget-rwo' in this project, so Find returns null; did you mean '004_germany-budget-row'?", warning.GetMessage());
        Assert.Equal(BudgetId, warning.Properties["Suggestion0"]);
        Assert.False(warning.Properties.ContainsKey("Suggestion1"));
    }

    [Fact]
    public async Task A_known_id_does_not_warn_and_offers_its_member()
    {
        var code = Program("        _ = Articles.Find(\"" + BudgetId + "\");\n        _ = SeedData.Articles.Find(\"" + BlinkenId + "\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        Assert.DoesNotContain(analyzer, d => d.Id == "SEED0401");
        Assert.All(analyzer, d => Assert.Equal(("SEED0402", DiagnosticSeverity.Hidden), (d.Id, d.Severity)));
        Assert.Equal(new[] { BudgetMember, BlinkenMember }, analyzer.Select(d => d.Properties["Member"]));
        Assert.Equal("Articles.Find(\"" + BudgetId + "\")", At(analyzer[0], code));
        Assert.Equal($"Articles.Find(\"{BudgetId}\") is always Articles.{BudgetMember}, which cannot be null and is checked by the compiler", analyzer[0].GetMessage());
    }

    [Fact]
    public async Task A_const_and_a_constant_interpolation_are_checked_where_they_are_passed()
    {
        var code = "using SeedData;\n\ninternal static class Program\n{\n    private const string Year = \"2024\";\n    private const string Budget = \"004_germany-budget-rwo\";\n\n"
            + "    private static void Main()\n    {\n        _ = Articles.Find(Budget);\n        _ = Articles.Find($\"{Year}/blinkne\");\n        _ = Articles.Find($\"{Year}/blinken\");\n    }\n}\n";
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        var warnings = analyzer.Where(d => d.Id == "SEED0401").ToList();
        Assert.Equal(new[] { "Budget", "$\"{Year}/blinkne\"" }, warnings.Select(w => At(w, code)));
        Assert.Equal(new[] { BudgetId, BlinkenId }, warnings.Select(w => w.Properties["Suggestion0"]));
        Assert.Equal(BlinkenMember, Single(analyzer, "SEED0402").Properties["Member"]);
    }

    [Fact]
    public async Task A_key_that_is_not_a_constant_is_not_checked()
    {
        var code = Program("        var id = \"004_germany-budget-rwo\";\n        _ = Articles.Find(id);\n        _ = Entities.Find(id + \"x\");\n        _ = Articles.Find(null!);");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task The_keys_are_read_only_for_a_constant_key_and_once_per_class()
    {
        var reads = new System.Collections.Concurrent.ConcurrentQueue<string>();
        DatasetKeyAnalyzer Counting() => new(data =>
        {
            var keys = DatasetKeys.Parse(data);
            reads.Enqueue(keys is null ? "unreadable" : keys.IsEntities ? "Entities" : "Articles");
            return keys;
        });

        var variables = Program("        var id = \"x\";\n        _ = Articles.Find(id);\n        _ = Entities.Find(id);\n        _ = Articles.Find(id + \"y\");");
        var (_, none) = await AnalyzeAsync(variables, analyzer: Counting());
        Assert.Empty(none);
        Assert.Empty(reads);

        var constants = Program("        _ = Articles.Find(\"" + BudgetId + "\");\n        _ = Articles.Find(\"" + BlinkenId + "\");\n        _ = Articles.Find(\"nothing\");\n        _ = Entities.Find(\"Blinken\");\n        _ = Entities.Find(\"Lindner\");");
        var (_, checkedKeys) = await AnalyzeAsync(constants, analyzer: Counting());
        Assert.Equal(5, checkedKeys.Count);
        Assert.Equal(new[] { "Articles", "Entities" }, reads.OrderBy(r => r, System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_entity_warns_with_the_closest_name_or_alias()
    {
        var code = Program("        _ = Entities.Find(\"Blinkne\");\n        _ = Entities.Find(\"Antony Blinkin\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        Assert.Equal(
            new[]
            {
                "No entity or alias 'Blinkne' in this project, so Find returns null; did you mean 'Blinken'?",
                "No entity or alias 'Antony Blinkin' in this project, so Find returns null; did you mean 'Antony Blinken'?",
            },
            analyzer.Where(d => d.Id == "SEED0401").Select(d => d.GetMessage()));
    }

    [Fact]
    public async Task An_alias_is_a_key_of_its_entity()
    {
        var code = Program("        _ = Entities.Find(\"Blinken\");\n        _ = Entities.Find(\"Antony Blinken\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        Assert.All(analyzer, d => Assert.Equal("SEED0402", d.Id));
        Assert.Equal(new[] { "AntonyBlinken", "AntonyBlinken" }, analyzer.Select(d => d.Properties["Member"]));
    }

    [Fact]
    public async Task Case_matters_for_article_ids_as_in_Find_and_not_for_entity_names()
    {
        var code = Program("        _ = Articles.Find(\"004_Germany-Budget-Row\");\n        _ = Entities.Find(\"ANTONY BLINKEN\");\n        _ = Entities.Find(\"blinken\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        var warning = Single(analyzer, "SEED0401");
        Assert.Equal("\"004_Germany-Budget-Row\"", At(warning, code));
        Assert.Equal(BudgetId, warning.Properties["Suggestion0"]);
        Assert.Equal(2, analyzer.Count(d => d.Id == "SEED0402"));
    }

    [Fact]
    public async Task Nothing_close_means_no_suggestion()
    {
        var code = Program("        _ = Articles.Find(\"weather/2031-monsoon\");\n        _ = Entities.Find(\"Zq\");");
        var (compiler, analyzer) = await AnalyzeAsync(code);

        Assert.Empty(compiler);
        Assert.Equal(
            new[]
            {
                "No seed 'weather/2031-monsoon' in this project, so Find returns null",
                "No entity or alias 'Zq' in this project, so Find returns null",
            },
            analyzer.Select(d => d.GetMessage()));
        Assert.All(analyzer, d => Assert.Empty(d.Properties));
    }

    [Fact]
    public async Task A_project_with_no_seeds_has_nothing_to_check_against_and_no_warning()
    {
        // No dataset is generated; a class of the user's that happens to be called Articles is not SeedData's.
        var code = "internal static class Articles { public static string? Find(string id) => null; }\n"
            + "internal static class Program { private static void Main() => _ = Articles.Find(\"nothing\"); }\n";
        var (compiler, analyzer) = await AnalyzeAsync(code, new SeedFile[0]);

        Assert.Empty(compiler);
        Assert.Empty(analyzer);
    }

    [Fact]
    public async Task An_empty_dataset_knows_no_key()
    {
        var code = Program("        _ = Articles.Find(\"004_germany-budget-row\");");
        var (compiler, analyzer) = await AnalyzeAsync(code, new SeedFile[0], new System.Collections.Generic.Dictionary<string, string> { ["SeedDataGenerateWhenEmpty"] = "true" });

        Assert.Empty(compiler);
        Assert.Equal("No seed '004_germany-budget-row' in this project, so Find returns null", Single(analyzer, "SEED0401").GetMessage());
    }

    [Fact]
    public async Task A_decomposed_id_is_found_as_Find_finds_it_after_NFC()
    {
        var seeds = new[] { SeedFile.Named("café", "Café owners protest\n\nOwners marched on Monday.\n") };
        var code = Program("        _ = Articles.Find(\"cafe\\u0301\");\n        _ = Articles.Find(\"cafe\");");
        var (compiler, analyzer) = await AnalyzeAsync(code, seeds);

        Assert.Empty(compiler);
        Assert.Equal(new[] { "SEED0402", "SEED0401" }, analyzer.Select(d => d.Id));
        Assert.Equal("café", analyzer[1].Properties["Suggestion0"]);
    }
}
