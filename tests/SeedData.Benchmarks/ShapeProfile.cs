using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SeedData.Benchmarks.Infrastructure;

namespace SeedData.Benchmarks;

/// <summary>
/// What a change to the generated code's shape would save the compiler, before building it: the
/// generator runs once, then each variant of its output (a text edit of the generated files) is parsed,
/// bound and emitted as `dotnet build -c Release` does (doc comments not parsed without a documentation
/// file, optimised, a portable PDB with the generated files embedded, the seeds as resources). CPU time of
/// this process per phase; the variants run in turn, three rounds, and the median is printed.
/// </summary>
public static class ShapeProfile
{
    private static readonly CSharpParseOptions BuildParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Dictionary<string, Func<string, string, string>> Variants = new()
    {
        ["as generated"] = (_, text) => text,
        ["no <remarks> on articles"] = (hint, text) => IsArticle(hint) ? Regex.Replace(text, @"\s*/// <remarks>[\s\S]*?/// </remarks>", string.Empty) : text,
        ["no doc comments"] = (_, text) => Regex.Replace(text, @"^\s*///.*\n", string.Empty, RegexOptions.Multiline),
        ["nullable annotations only"] = (_, text) => text.Replace("#nullable enable", "#nullable enable annotations", StringComparison.Ordinal),
        ["no All lambdas"] = (hint, text) => hint == "Articles.g.cs" ? Regex.Replace(text, @"static \(\) => [^\n]*,\n", string.Empty) : text,
        ["file-scoped namespace in article files"] = (hint, text) => IsArticle(hint) ? FileScopedNamespace(text) : text,
        ["no corpus int tables"] = (hint, text) => IsArticle(hint) ? text : Regex.Replace(text, @"new int\[\]\s*\{[^}]*\}", "new int[] { 0 }"),
    };

    public static void Run(int count, IReadOnlyList<string> only)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var run = SeedCorpus.Driver(corpus.FreshTexts()).RunGenerators(SeedCorpus.Compilation()).GetRunResult();
        var sources = run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        var variants = Variants.Where(v => only.Count == 0 || v.Key == "as generated" || only.Any(o => v.Key.Contains(o, StringComparison.Ordinal))).ToList();
        var times = variants.ToDictionary(v => v.Key, _ => new List<(double Parse, double Bind, double Emit, long Bytes)>());

        // A first compile warms up the compiler's code, so that the first variant is not charged for JIT.
        Compile(corpus, sources);
        for (var round = 0; round < 3; round++)
        {
            foreach (var (name, edit) in variants)
            {
                times[name].Add(Compile(corpus, sources.Select(s => (s.HintName, edit(s.HintName, s.Text))).ToList()));
            }
        }

        Console.WriteLine($"N = {count:N0}: CPU seconds of parse / bind / emit (median of 3), generated C# MB");
        Console.WriteLine("| variant | parse | bind | emit | total | C# |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, list) in times)
        {
            double Median(Func<(double Parse, double Bind, double Emit, long Bytes), double> f) => list.Select(f).OrderBy(x => x).ElementAt(list.Count / 2);
            Console.WriteLine($"| {name} | {Median(t => t.Parse):0.00} | {Median(t => t.Bind):0.00} | {Median(t => t.Emit):0.00} | {Median(t => t.Parse + t.Bind + t.Emit):0.00} | {list[0].Bytes / 1e6:0.0} |");
        }
    }

    /// <summary>The text with <c>namespace X { … }</c> as <c>namespace X;</c>: every line inside four spaces shorter.</summary>
    private static string FileScopedNamespace(string text)
    {
        var match = Regex.Match(text, @"^namespace ([\w.]+)\n\{\n", RegexOptions.Multiline);
        if (!match.Success)
        {
            return text;
        }

        var body = text.Substring(match.Index + match.Length).TrimEnd();
        body = body.Substring(0, body.Length - 1); // the namespace's closing brace
        return text.Substring(0, match.Index) + "namespace " + match.Groups[1].Value + ";\n\n" + Regex.Replace(body, "^    ", string.Empty, RegexOptions.Multiline);
    }

    private static bool IsArticle(string hint) => hint.StartsWith("Articles.", StringComparison.Ordinal) && hint != "Articles.g.cs";

    private static (double Parse, double Bind, double Emit, long Bytes) Compile(SeedCorpus corpus, List<(string HintName, string Text)> sources)
    {
        GC.Collect();
        var cpu = Cpu();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8, SourceHashAlgorithm.Sha256), BuildParseOptions, "/generated/" + s.HintName)).ToList();
        var user = CSharpSyntaxTree.ParseText(SourceText.From("public static class UserCode { }", Encoding.UTF8), BuildParseOptions, "/project/UserCode.cs");
        var compilation = SeedCorpus.Compilation(optimization: OptimizationLevel.Release).RemoveAllSyntaxTrees().AddSyntaxTrees(trees.Prepend(user));
        foreach (var tree in compilation.SyntaxTrees)
        {
            tree.GetRoot();
        }

        var parse = Cpu() - cpu;
        cpu = Cpu();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var bind = Cpu() - cpu;
        if (errors > 0)
        {
            throw new InvalidOperationException(string.Join("\n", compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        cpu = Cpu();
        using var image = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(
            image,
            pdb,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb),
            embeddedTexts: trees.Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText())),
            manifestResources: corpus.Resources());
        var emit = Cpu() - cpu;
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return (parse, bind, emit, sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text)));
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
