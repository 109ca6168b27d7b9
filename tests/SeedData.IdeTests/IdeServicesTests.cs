using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.QuickInfo;
using SeedData.IdeTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedData.IdeTests;

/// <summary>
/// What a user sees in the editor, asked from Roslyn's own IDE services (the ones Visual Studio,
/// VS Code's C# extension and csharp-ls host): completion, QuickInfo and go-to-definition over the
/// generated members, and both following a seed edit without a build.
/// </summary>
public sealed class IdeServicesTests : IDisposable
{
    private readonly IdeWorkspace _workspace = new(Seeds.Corpus());
    private readonly ITestOutputHelper _output;

    public IdeServicesTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Completion_after_Articles_lists_every_article_by_name()
    {
        var position = _workspace.Code(InMethod("_ = Articles.$$"));
        var (items, first) = await IdeWorkspace.TimeAsync(() => _workspace.CompleteAsync(position));
        var (_, second) = await IdeWorkspace.TimeAsync(() => _workspace.CompleteAsync(position));
        _output.WriteLine($"completion after Articles.: first {first.TotalMilliseconds:F0} ms, second {second.TotalMilliseconds:F0} ms");

        var names = items.Select(i => i.DisplayText).ToList();
        Assert.Contains(Seeds.MeaslesMember, names);
        Assert.Contains(Seeds.MarathonMember, names);
        Assert.Contains("All", names);
        Assert.Contains("Find", names);
    }

    [Fact]
    public async Task Completion_description_of_an_article_is_its_headline()
    {
        var position = _workspace.Code(InMethod("_ = Articles.$$"));
        var item = (await _workspace.CompleteAsync(position)).Single(i => i.DisplayText == Seeds.MarathonMember);

        var description = await _workspace.CompletionDescriptionAsync(item);
        Assert.Contains(Seeds.MarathonHeadline, description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_on_an_article_shows_headline_as_summary_and_lead_in_remarks()
    {
        var position = _workspace.Code(InMethod("_ = Articles.Who$$WarnsOfSharpRiseInMeaslesCases;"));
        var (sections, elapsed) = await IdeWorkspace.TimeAsync(() => _workspace.QuickInfoAsync(position));
        _output.WriteLine($"QuickInfo on an article: {elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(Seeds.MeaslesHeadline, sections[QuickInfoSectionKinds.DocumentationComments]);
        Assert.Contains(Seeds.MeaslesLead, sections[QuickInfoSectionKinds.RemarksDocumentationComments], StringComparison.Ordinal);
        Assert.DoesNotContain(Seeds.MarathonHeadline, string.Join("\n", sections.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickInfo_on_an_article_lists_its_quotes_with_speakers()
    {
        var position = _workspace.Code(InMethod("_ = Articles.Who$$WarnsOfSharpRiseInMeaslesCases;"));
        var remarks = (await _workspace.QuickInfoAsync(position))[QuickInfoSectionKinds.RemarksDocumentationComments];

        Assert.Contains("“" + Seeds.KlugeQuote + "” — Hans Kluge", remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_after_Entities_lists_the_speakers()
    {
        var position = _workspace.Code(InMethod("_ = Entities.$$"));
        var names = (await _workspace.CompleteAsync(position)).Select(i => i.DisplayText).ToList();

        Assert.Contains(Seeds.KlugeMember, names);
        Assert.Contains("All", names);
        Assert.Contains("Find", names);
    }

    [Fact]
    public async Task QuickInfo_on_an_entity_shows_kind_and_first_quote()
    {
        var position = _workspace.Code(InMethod("_ = Entities.Hans$$Kluge;"));
        var sections = await _workspace.QuickInfoAsync(position);

        Assert.Equal("Hans Kluge (person)", sections[QuickInfoSectionKinds.DocumentationComments]);
        var remarks = sections[QuickInfoSectionKinds.RemarksDocumentationComments];
        Assert.Contains("“" + Seeds.KlugeQuote + "” — Hans Kluge", remarks, StringComparison.Ordinal);
        Assert.Contains(Seeds.MeaslesMember, remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_headline_updates_completion_and_QuickInfo_without_a_build()
    {
        var code = InMethod("_ = Articles.$$");
        Assert.Contains(Seeds.MarathonMember, (await _workspace.CompleteAsync(_workspace.Code(code))).Select(i => i.DisplayText));

        const string NewHeadline = "Tokyo marathon cancelled over storm warning";
        const string NewMember = "TokyoMarathonCancelledOverStormWarning";
        _workspace.EditSeed(Seeds.Marathon, Seeds.MarathonText(NewHeadline));

        var (items, elapsed) = await IdeWorkspace.TimeAsync(() => _workspace.CompleteAsync(_workspace.Code(code)));
        _output.WriteLine($"completion after a seed edit: {elapsed.TotalMilliseconds:F0} ms");
        var names = items.Select(i => i.DisplayText).ToList();
        Assert.Contains(NewMember, names);
        Assert.DoesNotContain(Seeds.MarathonMember, names);

        var sections = await _workspace.QuickInfoAsync(_workspace.Code(InMethod("_ = Articles.Tokyo$$MarathonCancelledOverStormWarning;")));
        Assert.Equal(NewHeadline, sections[QuickInfoSectionKinds.DocumentationComments]);
        Assert.DoesNotContain(Seeds.MarathonHeadline, string.Join("\n", sections.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pinned_name_stays_in_completion_when_the_headline_changes_and_the_old_name_warns()
    {
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Seeds.Marathon] = new Dictionary<string, string> { ["SeedDataName"] = "TokyoMarathon", ["SeedDataFormerNames"] = Seeds.MarathonMember },
        };
        using var workspace = new IdeWorkspace(Seeds.Corpus(), metadata);
        var code = InMethod("_ = Articles.$$");
        Assert.Contains("TokyoMarathon", (await workspace.CompleteAsync(workspace.Code(code))).Select(i => i.DisplayText));

        workspace.EditSeed(Seeds.Marathon, Seeds.MarathonText("Tokyo marathon cancelled over storm warning"));
        Assert.Contains("TokyoMarathon", (await workspace.CompleteAsync(workspace.Code(code))).Select(i => i.DisplayText));

        workspace.Code(InMethod("_ = Articles." + Seeds.MarathonMember + ";"));
        var problem = Assert.Single(await workspace.ProblemsAsync());
        Assert.Equal("SEED0023", problem.Id);
        Assert.Contains("Articles.TokyoMarathon", problem.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_lead_updates_QuickInfo_of_the_same_member()
    {
        var code = InMethod("_ = Articles.Who$$WarnsOfSharpRiseInMeaslesCases;");
        Assert.Contains(Seeds.MeaslesLead, (await _workspace.QuickInfoAsync(_workspace.Code(code)))[QuickInfoSectionKinds.RemarksDocumentationComments]);

        const string NewLead = "Measles cases in Europe fell sharply this spring, the agency said.";
        _workspace.EditSeed(Seeds.Measles, Seeds.MeaslesText().Replace(Seeds.MeaslesLead, NewLead));

        var remarks = (await _workspace.QuickInfoAsync(_workspace.Code(code)))[QuickInfoSectionKinds.RemarksDocumentationComments];
        Assert.Contains(NewLead, remarks, StringComparison.Ordinal);
        Assert.DoesNotContain(Seeds.MeaslesLead, remarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Go_to_definition_of_an_article_lands_on_the_member_in_its_generated_file()
    {
        var position = _workspace.Code(InMethod("_ = Articles.Tokyo$$MarathonDrawsRecordField;"));
        var (document, location) = await _workspace.DefinitionAsync(position);

        var generated = Assert.IsType<SourceGeneratedDocument>(document);
        // Articles are generated in files by the first letter of their names (docs/performance.md).
        Assert.Equal("Articles." + Seeds.MarathonMember[..1] + ".g.cs", generated.HintName);
        var text = await generated.GetTextAsync();
        Assert.Equal(Seeds.MarathonMember, text.ToString(location.SourceSpan));
    }

    [Fact]
    public async Task The_project_compiles_clean_in_the_workspace()
    {
        _workspace.Code(InMethod("_ = Articles." + Seeds.MeaslesMember + ".Headline.Length + Articles.All.Count + Entities.All.Count;"));
        var problems = await _workspace.ProblemsAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string InMethod(string statement) =>
        "using SeedData;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n        " + statement + "\n    }\n}\n";
}
