using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Pipeline;

namespace SeedData.Generator.Analyzers;

/// <summary>
/// Checks the constant keys passed to a generated <c>Articles.Find</c> or <c>Entities.Find</c> against the keys the
/// generator emitted for them (<c>[DatasetKeys]</c>, see <see cref="Emit.KeysEmitter"/>): an unknown key is SEED0401 with
/// the closest keys; a known one is SEED0402 (hidden), which offers the member instead. A key that is not a
/// compile-time constant is not checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DatasetKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The attribute the generator puts on <c>Articles</c> and <c>Entities</c>, in the runtime library.</summary>
    public const string AttributeName = "SeedData.Runtime.DatasetKeysAttribute";

    /// <summary>SEED0401's properties <c>Suggestion0</c>, <c>Suggestion1</c>, … hold the suggested keys, closest first.</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>SEED0402's property holding the member name the key leads to.</summary>
    public const string MemberProperty = "Member";

    private readonly Func<string, DatasetKeys?> _parse;

    /// <summary>The analyzer as the compiler loads it.</summary>
    public DatasetKeyAnalyzer()
        : this(DatasetKeys.Parse)
    {
    }

    /// <summary>For tests: <paramref name="parse"/> reads a <c>[DatasetKeys]</c> string, so that they can count the reads.</summary>
    internal DatasetKeyAnalyzer(Func<string, DatasetKeys?> parse) => _parse = parse;

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownKey.ToDescriptor(null), DiagnosticDescriptors.KeyHasMember.ToDescriptor(null));

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // A project that does not reference SeedData's runtime library has no dataset to check.
            if (start.Compilation.GetTypeByMetadataName(AttributeName) is { } attribute)
            {
                var keys = new KeysPerType(attribute, _parse);
                start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(SettingsReader.HelpLinkBaseProperty, out var helpLinkBase);
                start.RegisterOperationAction(operation => Analyze(operation, keys, helpLinkBase), OperationKind.Invocation);
            }
        });
    }

    /// <param name="helpLinkBase">SeedDataHelpLinkBase, for the help links (<see cref="HelpLinks"/>).</param>
    private static void Analyze(OperationAnalysisContext context, KeysPerType keysPerType, string? helpLinkBase)
    {
        // Cheapest test first, and the keys last: a [DatasetKeys] string is about 125 bytes per article
        // (1.25 MB at 10,000), so it is read only for a Find call whose argument is a constant string, which is
        // the only kind this checks (0.9 s of a 10,000-article build when every Find call read it).
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Find" || !method.IsStatic || invocation.Arguments.Length != 1
            || invocation.Arguments[0].Value is not { ConstantValue: { HasValue: true, Value: string text } } argument
            || method.ContainingType is not { Name: "Articles" or "Entities" } type
            || keysPerType.Get(type) is not { } keys)
        {
            return;
        }

        if (keys.Find(text) is { } key)
        {
            if (!type.GetMembers(key.Member).IsEmpty)
            {
                var member = ImmutableDictionary<string, string?>.Empty.Add(MemberProperty, key.Member);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KeyHasMember.ToDescriptor(helpLinkBase), invocation.Syntax.GetLocation(), member, type.Name, text, key.Member));
            }

            return;
        }

        var suggestions = KeySuggestions.For(text, keys);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < suggestions.Count; i++)
        {
            properties.Add(SuggestionProperty + i, suggestions[i]);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnknownKey.ToDescriptor(helpLinkBase), argument.Syntax.GetLocation(), properties.ToImmutable(), keys.Noun, text, DidYouMean(suggestions)));
    }

    /// <summary>"; did you mean 'a'?", "; did you mean 'a' or 'b'?", or nothing.</summary>
    private static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Select(s => "'" + s + "'").ToList();
        var last = quoted[quoted.Count - 1];
        return "; did you mean " + (quoted.Count == 1 ? last : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + last) + "?";
    }

    /// <summary>
    /// The keys of each generated class in one compilation, read from its attribute when a constant key is first
    /// checked against it, and then kept for the compilation. <see cref="Lazy{T}"/>: calls analysed at the same
    /// time on other threads wait for the one read instead of each parsing the string.
    /// </summary>
    private sealed class KeysPerType
    {
        private readonly INamedTypeSymbol _attribute;
        private readonly Func<string, DatasetKeys?> _parse;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<DatasetKeys?>> _keys = new(SymbolEqualityComparer.Default);

        public KeysPerType(INamedTypeSymbol attribute, Func<string, DatasetKeys?> parse)
        {
            _attribute = attribute;
            _parse = parse;
        }

        public DatasetKeys? Get(INamedTypeSymbol type) => _keys.GetOrAdd(type, t => new Lazy<DatasetKeys?>(() => Read(t))).Value;

        private DatasetKeys? Read(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string keys)
                {
                    return _parse(keys);
                }
            }

            return null;
        }
    }
}
