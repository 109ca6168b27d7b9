using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Text;
using SeedData.CodeFixes;
using SeedData.Ide;
using SeedData.IdeTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.IdeTests;

/// <summary>
/// Keys inside <c>Articles.Find("…")</c> and <c>Entities.Find("…")</c> in the editor: completion from SeedData.Ide
/// (loaded by Roslyn's completion service from the assembly file), SEED0401/SEED0402 from the generator's analyzer
/// and their code fixes, and all of it following a seed renamed in the workspace.
/// </summary>
public sealed class FindKeyTests : IDisposable
{
    private readonly IdeWorkspace _workspace = new(Seeds.Corpus());
    private readonly ITestOutputHelper _output;

    public FindKeyTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Completion_inside_Articles_Find_lists_every_id_with_its_headline_and_nothing_else()
    {
        var position = _workspace.Code(InMethod("_ = Articles.Find(\"$$\");"));
        var (items, first) = await IdeWorkspace.TimeAsync(() => _workspace.CompleteAsync(position));
        var (_, second) = await IdeWorkspace.TimeAsync(() => _workspace.CompleteAsync(position));
        _output.WriteLine($"completion inside Find(\"\"): first {first.TotalMilliseconds:F0} ms, second {second.TotalMilliseconds:F0} ms");

        Assert.Equal(new[] { "marathon", "measles" }, items.Select(i => i.DisplayText).OrderBy(t => t, StringComparer.Ordinal));
        Assert.Equal(Seeds.MeaslesHeadline, await _workspace.CompletionDescriptionAsync(items.Single(i => i.DisplayText == "measles")));
        Assert.Equal(Seeds.MarathonHeadline, await _workspace.CompletionDescriptionAsync(items.Single(i => i.DisplayText == "marathon")));
    }

    [Fact]
    public async Task Completion_inside_Entities_Find_lists_names_and_aliases_with_kind_and_article_count()
    {
        var position = _workspace.Code(InMethod("_ = Entities.Find(\"$$\");"));
        var items = await _workspace.CompleteAsync(position);

        var kluge = items.Single(i => i.DisplayText == "Hans Kluge");
        Assert.Equal("Person, 1 article", await _workspace.CompletionDescriptionAsync(kluge));
        var alias = items.Single(i => i.DisplayText == "Kluge");
        Assert.Equal("Hans Kluge", alias.InlineDescription);
        Assert.Equal("Person, 1 article; alias of Hans Kluge", await _workspace.CompletionDescriptionAsync(alias));
        Assert.DoesNotContain(items, i => i.DisplayText == "measles");
    }

    [Fact]
    public async Task The_list_spans_the_typed_key_so_that_typing_filters_it()
    {
        var code = InMethod("_ = Articles.Find(\"mar$$\");");
        var position = _workspace.Code(code);
        var items = await _workspace.CompleteAsync(position);

        var span = items.Select(i => i.Span).Distinct().Single();
        Assert.Equal("mar", code.Replace("$$", string.Empty).Substring(span.Start, span.Length));
        var service = CompletionService.GetService(_workspace.CodeDocument)!;
        Assert.Equal(new[] { "marathon" }, service.FilterItems(_workspace.CodeDocument, items.ToImmutableArray(), "mar").Select(i => i.DisplayText));
    }

    [Theory]
    [InlineData("_ = Articles.Find(\"mar$$\");", "_ = Articles.Find(\"marathon\");")]
    [InlineData("_ = Articles.Find(\"$$\")?.Headline;", "_ = Articles.Find(\"marathon\")?.Headline;")]
    [InlineData("_ = Articles.Find(\"ma$$);", "_ = Articles.Find(\"marathon\");")]
    [InlineData("_ = Articles.Find(@\"$$\");", "_ = Articles.Find(@\"marathon\");")]
    public async Task Accepting_an_item_writes_the_key_and_the_code_compiles_clean(string typed, string accepted)
    {
        var position = _workspace.Code(InMethod(typed));
        var item = (await _workspace.CompleteAsync(position)).Single(i => i.DisplayText == "marathon");

        var (text, caret) = await _workspace.AcceptAsync(item);

        Assert.Equal(InMethod(accepted), text);
        Assert.Equal(text.IndexOf("marathon", StringComparison.Ordinal) + "marathon\"".Length, caret);
        _workspace.Code(text);
        Assert.Empty(await _workspace.ProblemsAsync());
        Assert.DoesNotContain(await _workspace.AnalyzerDiagnosticsAsync(), d => d.Severity != DiagnosticSeverity.Hidden);
    }

    [Fact]
    public async Task No_list_outside_a_generated_Find()
    {
        foreach (var code in new[] { "_ = System.IO.Path.Combine(\"$$\");", "_ = Articles.Find(\"measles\" + \"$$\");", "_ = Articles.$$Find(\"measles\");" })
        {
            var items = await _workspace.CompleteAsync(_workspace.Code(InMethod(code)));
            Assert.DoesNotContain(items, i => i.DisplayText == "measles");
        }
    }

    [Theory]
    [InlineData("_ = Articles.Find(\"", '"', true)]
    [InlineData("_ = Articles.Find(@\"", '"', true)]
    [InlineData("_ = Entities.Find(\"Kl", 'l', true)]
    [InlineData("_ = System.Console.WriteLine(\"", '"', false)]
    [InlineData("_ = Articles.Find(", '(', false)]
    public void The_list_opens_on_the_quote_after_Find_and_on_letters_in_its_string(string typed, char character, bool opens)
    {
        var text = SourceText.From(typed);
        Assert.Equal(opens, new DatasetKeyCompletionProvider().ShouldTriggerCompletion(text, typed.Length, CompletionTrigger.CreateInsertionTrigger(character), null!));
    }

    [Fact]
    public async Task A_renamed_seed_updates_the_list_and_turns_its_old_id_into_SEED0401()
    {
        var code = InMethod("_ = Articles.Find(\"marathon\");");
        _workspace.Code(code);
        Assert.Equal(new[] { "SEED0402" }, (await _workspace.AnalyzerDiagnosticsAsync()).Select(d => d.Id));

        _workspace.RenameSeed(Seeds.Marathon, "tokyo-marathon.txt");
        var position = _workspace.Code(InMethod("_ = Articles.Find(\"marathon$$\");"));

        var ids = (await _workspace.CompleteAsync(position)).Select(i => i.DisplayText).ToList();
        Assert.Contains("tokyo-marathon", ids);
        Assert.DoesNotContain("marathon", ids);
        var warning = Assert.Single(await _workspace.AnalyzerDiagnosticsAsync());
        Assert.Equal(("SEED0401", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("No seed 'marathon' in this project, so Find returns null", warning.GetMessage());
    }

    [Theory]
    [InlineData("_ = Articles.Find(\"measels\");", "_ = Articles.Find(\"measles\");")]
    [InlineData("_ = Articles.Find(Key);", "_ = Articles.Find(\"measles\");")]
    [InlineData("_ = Entities.Find(\"Kluge \");", "_ = Entities.Find(\"Kluge\");")]
    public async Task The_fix_for_an_unknown_key_writes_the_suggestion(string statement, string fixedStatement)
    {
        var code = InMethod(statement, "private const string Key = \"measels\";");
        _workspace.Code(code);
        var warning = Assert.Single(await _workspace.AnalyzerDiagnosticsAsync(), d => d.Id == "SEED0401");

        var fixedCode = await FixAsync(new MisspeltKeyCodeFix(), warning, warning.Properties["Suggestion0"]!);

        Assert.Equal(InMethod(fixedStatement, "private const string Key = \"measels\";"), fixedCode);
        _workspace.Code(fixedCode);
        Assert.DoesNotContain(await _workspace.AnalyzerDiagnosticsAsync(), d => d.Id == "SEED0401");
    }

    [Theory]
    [InlineData("_ = Articles.Find(\"measles\")?.Headline;", "_ = Articles." + Seeds.MeaslesMember + "?.Headline;")]
    [InlineData("_ = SeedData.Articles.Find(\"marathon\")!.Id;", "_ = SeedData.Articles." + Seeds.MarathonMember + "!.Id;")]
    [InlineData("_ = Entities.Find(\"kluge\");", "_ = Entities." + Seeds.KlugeMember + ";")]
    public async Task The_fix_for_a_known_key_uses_the_member_and_the_code_compiles_clean(string statement, string fixedStatement)
    {
        _workspace.Code(InMethod(statement));
        var hint = Assert.Single(await _workspace.AnalyzerDiagnosticsAsync());
        Assert.Equal(("SEED0402", DiagnosticSeverity.Hidden), (hint.Id, hint.Severity));

        var fixedCode = await FixAsync(new UseMemberCodeFix(), hint, string.Empty);

        Assert.Equal(InMethod(fixedStatement), fixedCode);
        _workspace.Code(fixedCode);
        Assert.Empty(await _workspace.ProblemsAsync());
    }

    [Fact]
    public void The_fixes_read_the_ids_and_properties_the_analyzer_writes()
    {
        var analyzer = new SeedData.Generator.Analyzers.DatasetKeyAnalyzer();
        Assert.Equal(analyzer.SupportedDiagnostics.Select(d => d.Id), new MisspeltKeyCodeFix().FixableDiagnosticIds.Concat(new UseMemberCodeFix().FixableDiagnosticIds));
        Assert.Equal(SeedData.Generator.Analyzers.DatasetKeyAnalyzer.SuggestionProperty, "Suggestion");
        Assert.Equal(SeedData.Generator.Analyzers.DatasetKeyAnalyzer.MemberProperty, "Member");
    }

    /// <summary>Applies the fix whose title names <paramref name="titlePart"/> and returns the code file's new text.</summary>
    private async Task<string> FixAsync(CodeFixProvider provider, Diagnostic diagnostic, string titlePart)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(_workspace.CodeDocument, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        var action = actions.First(a => a.Title.Contains(titlePart, StringComparison.Ordinal));
        var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var document = operation.ChangedSolution.GetDocument(_workspace.CodeDocument.Id)!;
        return (await document.GetTextAsync()).ToString();
    }

    private static string InMethod(string statement, string member = "") =>
        "using SeedData;\n\ninternal static class Program\n{\n    " + member + "\n\n    private static void Main()\n    {\n        " + statement + "\n    }\n}\n";
}
