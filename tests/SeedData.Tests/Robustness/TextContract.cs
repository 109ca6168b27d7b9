using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SeedData.Tests.Robustness;

/// <summary>
/// What the seed format promises for any text, written independently of the parser: the headline
/// is the first non-blank line, trimmed; every other non-white-space character is kept, in order,
/// except the documented removals (the <c>source</c> keyword of the trailer, boilerplate lines,
/// unpaired surrogates replaced by U+FFFD). And what generated code may contain.
/// </summary>
internal static class TextContract
{
    /// <summary>The documented boilerplate lines that the parser drops (docs/seed-format.md).</summary>
    public static readonly string[] BoilerplatePrefixes =
    {
        "Also read", "Read also", "Read more", "More on this", "Related:", "Related articles", "See also", "Advertisement", "Sign up for", "Subscribe to",
    };

    /// <summary>
    /// Characters that must never stand raw in generated C#: they end lines the compiler counts but a
    /// reader may not see (CR, NEL, LS, PS), reorder what a reader sees (the Trojan Source bidi set and
    /// the invisible direction marks), or are not text at all (C0, DEL, C1, BOM, unpaired surrogates).
    /// </summary>
    public static bool IsForbiddenInSource(char c) =>
        (c < ' ' && c != '\n')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
        || c is '\u2028' or '\u2029' or '\uFEFF'
        || char.IsSurrogate(c);

    /// <summary>The text fields in reading order (the order of the seed file).</summary>
    public static IEnumerable<string> Fields(Article article)
    {
        foreach (var field in new[] { article.Headline, article.Kicker, article.Subheadline, article.Caption, article.Credit, article.Lead })
        {
            if (field is not null)
            {
                yield return field;
            }
        }

        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                yield return section.Heading;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                yield return paragraph;
            }
        }
    }

    public static string RepairSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The non-blank lines of <paramref name="text"/>, trimmed, split where Roslyn's SourceText splits (what the IDE shows).</summary>
    public static List<string> NonBlankLines(string text) =>
        SourceText.From(text).Lines.Select(l => l.ToString().Trim()).Where(l => l.Length > 0).ToList();

    public static bool HasBoilerplate(IEnumerable<string> lines) =>
        lines.Any(l => BoilerplatePrefixes.Any(p => l.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Asserts that <paramref name="article"/> is a faithful reading of <paramref name="text"/> (already surrogate-repaired).</summary>
    public static void AssertFaithful(string text, Article article)
    {
        var lines = NonBlankLines(text);
        var boilerplate = HasBoilerplate(lines);
        if (!boilerplate)
        {
            Assert.Equal(lines[0], article.Headline);
        }

        var all = NonWhiteSpace(text);
        var kept = NonWhiteSpace(string.Concat(Fields(article)));
        if (article.Source is not null)
        {
            var trailer = "source" + NonWhiteSpace(article.Source);
            Assert.True(all.EndsWith(trailer, StringComparison.OrdinalIgnoreCase), "The source trailer is not the end of the seed");
            all = all.Substring(0, all.Length - trailer.Length);
        }

        if (boilerplate)
        {
            Assert.True(IsSubsequence(kept, all), "Text fields hold characters the seed does not have, or out of order");
        }
        else
        {
            Assert.Equal(all, kept);
        }
    }

    /// <summary>
    /// The contract every run must keep, whatever the seeds: no generator failure, no injected code,
    /// every diagnostic where Roslyn puts it, and generated code that compiles clean. Returns the
    /// compiled image, to load the dataset from.
    /// </summary>
    public static byte[] AssertRunContract(GeneratorRun run)
    {
        var failures = run.Failures().Select(GeneratorRun.Describe).ToList();
        Assert.True(failures.Count == 0, "The generator failed:\n" + string.Join("\n", failures));

        AssertNoInjection(run);

        var misplaced = run.MisplacedDiagnostics().ToList();
        Assert.True(misplaced.Count == 0, "Diagnostics out of place:\n" + string.Join("\n", misplaced));

        var (problems, image) = run.Compile();
        Assert.True(problems.Count == 0, "The generated code does not compile clean:\n" + string.Join("\n", problems.Take(20)));
        return image!;
    }

    /// <summary>
    /// Generated code holds data, never code from a seed: no raw forbidden character, no directive
    /// but <c>#nullable enable</c>/<c>disable</c> and the one <c>#pragma warning disable CS0436</c> (written by the generator), and no type but the ones SeedData declares.
    /// </summary>
    public static void AssertNoInjection(GeneratorRun run)
    {
        foreach (var (hint, source) in run.Sources)
        {
            var bad = source.IndexOf(source.FirstOrDefault(IsForbiddenInSource));
            Assert.True(source.All(c => !IsForbiddenInSource(c)), $"{hint} has raw U+{(bad >= 0 ? (int)source[bad] : 0):X4} at {bad}");

            var tree = CSharpSyntaxTree.ParseText(source, SeedData.Testing.ConsumerCompilation.ParseOptions);
            Assert.Empty(tree.GetDiagnostics());
            var root = tree.GetRoot();
            var directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => t.ToString().Trim()).ToList();
            Assert.All(directives, d => Assert.Contains(d, new[] { "#nullable enable", "#nullable disable", SeedData.Generator.Emit.SourceWriter.DisableImportedTypeConflict }));

            var types = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText);
            Assert.All(types, t => Assert.True(
                new[] { "Articles", "Entities", "__SeedArticleList", "__SeedArticleIds", "__SeedEntityTable", "__SeedEntityData" }.Contains(t)
                    || System.Text.RegularExpressions.Regex.IsMatch(t, "^__SeedArticles_[A-Z_]$"),
                t + " is not a type SeedData declares"));
        }
    }

    public static string NonWhiteSpace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsSubsequence(string part, string whole)
    {
        var j = 0;
        foreach (var c in whole)
        {
            if (j < part.Length && part[j] == c)
            {
                j++;
            }
        }

        return j == part.Length;
    }
}

/// <summary>Seed files read from bytes exactly as the compiler reads additional files.</summary>
internal static class CompilerText
{
    // The command-line compiler reads AdditionalFiles through EncodedStringText.Create: BOM detection
    // (UTF-8, UTF-16 LE/BE), otherwise UTF-8. Calling the compiler's own loader keeps the tests honest
    // about what a build hands the generator, including how invalid UTF-8 is decoded.
    private static readonly MethodInfo Create = typeof(SourceText).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
        .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .Single(m => m.Name == "Create" && m.GetParameters() is { Length: >= 2 } p && p[0].ParameterType == typeof(Stream) && p[1].ParameterType == typeof(Encoding));

    public static SourceText FromBytes(byte[] bytes)
    {
        var parameters = Create.GetParameters();
        var arguments = new object?[parameters.Length];
        arguments[0] = new MemoryStream(bytes);
        for (var i = 2; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : (parameters[i].ParameterType == typeof(SourceHashAlgorithm) ? SourceHashAlgorithm.Sha256 : null);
        }

        return (SourceText)Create.Invoke(null, arguments)!;
    }
}
