using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Tags;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Ide;

/// <summary>
/// Completion inside the string of <c>Articles.Find("…")</c> and <c>Entities.Find("…")</c>: every article id with its
/// headline, every entity name and alias with its kind and article count. The editor filters the list as the key is
/// typed (the list's span is the string's text). Roslyn hosts load this from the package's analyzers folder.
/// </summary>
[ExportCompletionProvider(nameof(DatasetKeyCompletionProvider), LanguageNames.CSharp)]
public sealed class DatasetKeyCompletionProvider : CompletionProvider
{
    private const string DescriptionProperty = "Description";
    private static readonly ImmutableArray<string> ArticleTags = ImmutableArray.Create(WellKnownTags.Property);
    private static readonly ImmutableArray<string> EntityTags = ImmutableArray.Create(WellKnownTags.Field);

    /// <summary>Opens the list on the quote after <c>Find(</c> and on letters typed in that string; the text alone decides.</summary>
    public override bool ShouldTriggerCompletion(SourceText text, int caretPosition, CompletionTrigger trigger, OptionSet options)
    {
        if (trigger.Kind != CompletionTriggerKind.Insertion || !(trigger.Character == '"' || char.IsLetterOrDigit(trigger.Character)))
        {
            return false;
        }

        // Back to the opening quote on this line (the one just typed, or the one the typed letters follow), then
        // over an optional '@' and spaces to "Find(". A guess from the text alone; the list itself checks the symbol.
        var at = caretPosition - 1;
        while (at >= 0 && text[at] != '"' && text[at] != '\n')
        {
            at--;
        }

        if (at < 0 || text[at] != '"')
        {
            return false;
        }

        at--;
        if (at >= 0 && text[at] == '@')
        {
            at--;
        }

        while (at >= 0 && text[at] == ' ')
        {
            at--;
        }

        return at >= 4 && text.ToString(TextSpan.FromBounds(at - 4, at + 1)) == "Find(";
    }

    public override async Task ProvideCompletionsAsync(CompletionContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || FindKeySite.At(root, context.Position) is not { } site)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var info = model?.GetSymbolInfo(site.Invocation, context.CancellationToken);
        var method = info?.Symbol as IMethodSymbol ?? (info?.CandidateSymbols.Length == 1 ? info.Value.CandidateSymbols[0] as IMethodSymbol : null);
        if (method is null || KeysOfFind.Of(method) is not { } keys)
        {
            return;
        }

        context.CompletionListSpan = site.Content;
        context.IsExclusive = true;
        var tags = keys.IsEntities ? EntityTags : ArticleTags;
        foreach (var key in keys.Keys)
        {
            var description = key.AliasOf is null ? key.Description : key.Description + "; alias of " + key.AliasOf;
            context.AddItem(CompletionItem.Create(
                displayText: key.Text,
                properties: ImmutableDictionary<string, string>.Empty.Add(DescriptionProperty, description),
                tags: tags,
                rules: CompletionItemRules.Default,
                inlineDescription: key.AliasOf));
        }
    }

    public override Task<CompletionDescription?> GetDescriptionAsync(Document document, CompletionItem item, CancellationToken cancellationToken) =>
        Task.FromResult<CompletionDescription?>(item.Properties.TryGetValue(DescriptionProperty, out var description) ? CompletionDescription.FromText(description) : null);

    /// <summary>Replaces the string's text with the key, escaped for the kind of string, and closes the string if it was open.</summary>
    public override async Task<CompletionChange> GetChangeAsync(Document document, CompletionItem item, char? commitKey, CancellationToken cancellationToken)
    {
        // The item's span is the list's: the string's text, or up to the caret while the string is open.
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var site = root is null ? null : FindKeySite.At(root, item.Span.End);
        var text = site is null ? item.DisplayText : site.Escape(item.DisplayText) + (site.Terminated ? string.Empty : "\"");
        return CompletionChange.Create(new TextChange(item.Span, text), newPosition: item.Span.Start + text.Length + (site is { Terminated: true } ? 1 : 0));
    }
}
