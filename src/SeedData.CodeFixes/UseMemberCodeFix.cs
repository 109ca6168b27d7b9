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

/// <summary>
/// SEED0402: <c>Articles.Find("id")</c> becomes <c>Articles.Member</c> (and the same for entities), keeping how the
/// class was named (<c>Articles</c>, <c>SeedData.Articles</c>, or nothing under <c>using static</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseMemberCodeFix))]
[Shared]
public sealed class UseMemberCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(KeyDiagnostics.KeyHasMember);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation
                && diagnostic.Properties.TryGetValue(KeyDiagnostics.MemberProperty, out var member) && member is not null
                && MemberAccess(invocation, member) is { } replacement)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use " + member, cancellationToken => Replace(context.Document, invocation, replacement, cancellationToken), KeyDiagnostics.KeyHasMember),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax? MemberAccess(InvocationExpressionSyntax invocation, string member) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(member)),
        SimpleNameSyntax => SyntaxFactory.IdentifierName(member),
        _ => null,
    };

    private static async Task<Document> Replace(Document document, InvocationExpressionSyntax invocation, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation)));
    }
}
