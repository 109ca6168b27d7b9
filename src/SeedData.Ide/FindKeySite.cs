using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Ide;

/// <summary>
/// The string a caret is in, when that string is the only argument of a call named <c>Find</c>: where its text
/// lies and how it is written. Syntax only; whether <c>Find</c> is a generated one is the semantic model's answer.
/// </summary>
internal sealed class FindKeySite
{
    private FindKeySite(InvocationExpressionSyntax invocation, TextSpan content, bool verbatim, bool terminated)
    {
        Invocation = invocation;
        Content = content;
        Verbatim = verbatim;
        Terminated = terminated;
    }

    public InvocationExpressionSyntax Invocation { get; }

    /// <summary>The text between the quotes; while the closing quote is missing, the text from the opening quote to the caret.</summary>
    public TextSpan Content { get; }

    /// <summary>An <c>@"…"</c> string, where a quote is written twice and a backslash is itself.</summary>
    public bool Verbatim { get; }

    /// <summary>False while the closing quote is not typed yet.</summary>
    public bool Terminated { get; }

    public static FindKeySite? At(SyntaxNode root, int position)
    {
        var token = root.FindToken(position);
        if (!token.IsKind(SyntaxKind.StringLiteralToken)
            || token.Parent is not LiteralExpressionSyntax { Parent: ArgumentSyntax { NameColon: null or { Name.Identifier.ValueText: "id" or "nameOrAlias" } } argument }
            || argument.Parent is not ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation }
            || !IsNamedFind(invocation.Expression))
        {
            return null;
        }

        var text = token.Text;
        var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
        var open = verbatim ? 2 : 1;
        var terminated = text.Length > open && text[text.Length - 1] == '"' && !token.ContainsDiagnostics;
        var start = token.SpanStart + open;
        var end = terminated ? token.Span.End - 1 : position;
        return position >= start && position <= end ? new FindKeySite(invocation, TextSpan.FromBounds(start, end), verbatim, terminated) : null;
    }

    private static bool IsNamedFind(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == "Find",
        IdentifierNameSyntax name => name.Identifier.ValueText == "Find",
        _ => false,
    };

    /// <summary>How <paramref name="key"/> is written inside this string.</summary>
    public string Escape(string key)
    {
        if (Verbatim)
        {
            return key.Replace("\"", "\"\"");
        }

        var literal = SyntaxFactory.Literal(key).Text;
        return literal.Substring(1, literal.Length - 2);
    }
}
