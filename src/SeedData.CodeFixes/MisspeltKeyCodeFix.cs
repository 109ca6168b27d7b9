using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SeedData.CodeFixes;

/// <summary>SEED0401: replaces the unknown key with one of the suggested keys, one action per suggestion.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MisspeltKeyCodeFix))]
[Shared]
public sealed class MisspeltKeyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(KeyDiagnostics.UnknownKey);

    /// <summary>None: which key a misspelling meant is a choice for each one.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key)
            {
                continue;
            }

            for (var i = 0; diagnostic.Properties.TryGetValue(KeyDiagnostics.SuggestionProperty + i, out var suggestion) && suggestion is not null; i++)
            {
                var replacement = suggestion;
                context.RegisterCodeFix(
                    CodeAction.Create("Use '" + replacement + "'", cancellationToken => Replace(context.Document, key, replacement, cancellationToken), KeyDiagnostics.UnknownKey + ":" + replacement),
                    diagnostic);
            }
        }
    }

    /// <summary>The key expression (a literal, a constant's name or a constant interpolation) becomes the literal key.</summary>
    private static async Task<Document> Replace(Document document, ExpressionSyntax key, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(key);
        return document.WithSyntaxRoot(root!.ReplaceNode(key, literal));
    }
}
