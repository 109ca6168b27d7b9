using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedData.Generator.Corpus;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Emit;
using SeedData.Generator.Model;
using SeedData.Generator.Pipeline;

namespace SeedData.Fuzz;

/// <summary>
/// One fuzz input through the whole per-seed path of the generator: decode as the compiler does,
/// check, parse, extract, name, emit. Any exception is a finding, and so is any broken invariant,
/// which is thrown as <see cref="InvariantException"/> so that the fuzzer records the input as a crash.
/// </summary>
internal static class FuzzTarget
{
    private const string Path = "/fuzz/seeds/fuzz.txt";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly string[] BoilerplatePrefixes =
    {
        "Also read", "Read also", "Read more", "More on this", "Related:", "Related articles", "See also", "Advertisement", "Sign up for", "Subscribe to",
    };

    public static void Check(byte[] bytes)
    {
        var text = Decode(bytes);
        var diagnostics = new List<DiagnosticInfo>();
        var result = SeedReader.Read("fuzz", Path, text, diagnostics, CancellationToken.None);

        foreach (var diagnostic in result.Diagnostics)
        {
            Require(diagnostic.Descriptor.Id != "SEED9999", "internal error diagnostic");
            if (diagnostic.Where is { } where)
            {
                Require(where.Start >= 0 && where.Length >= 0 && where.Start + where.Length <= text.Length, "diagnostic span outside the seed: " + where);
                Require(where.Line >= 1 && where.Column >= 1, "diagnostic line or column below 1: " + where);
            }
        }

        if (result.Article is not { } article)
        {
            return;
        }

        foreach (var unit in article.Units())
        {
            Require(unit.Text.Length > 0, "empty text unit");
            Require(!char.IsWhiteSpace(unit.Text[0]) && !char.IsWhiteSpace(unit.Text[unit.Text.Length - 1]), "untrimmed text unit");
        }

        CheckCharactersKept(text, article);

        var index = ArticleIndexBuilder.Build(ImmutableArray.Create(result.Key!), "SeedData").Index;
        var named = new NamedArticle(article, index.Entries[0].MemberName, index.Namespace);
        var table = EntityTableBuilder.Build(ImmutableArray.Create(ArticleEntities.From(article)), index);
        CheckSource(ArticleEmitter.Emit(ArticleEmitter.Buckets(new[] { ArticleEmitter.Member(named) }).Single()));
        CheckSource(IndexEmitter.Emit(index));
        CheckSource(EntityTableEmitter.Emit(table));
    }

    /// <summary>What a build does with an additional file: a BOM picks UTF-8 or UTF-16; otherwise UTF-8, invalid bytes as U+FFFD.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Utf8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Every non-white-space character of the seed is in the article, in order, unless a documented removal applies.</summary>
    private static void CheckCharactersKept(string text, SeedArticle article)
    {
        var lines = text.Split('\n', '\r', '\u0085', '\u2028', '\u2029').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Any(l => BoilerplatePrefixes.Any(p => l.StartsWith(p, StringComparison.OrdinalIgnoreCase))))
        {
            return;
        }

        Require(article.Headline.Text == RepairSurrogates(lines[0]), "headline is not the first non-blank line");
        var all = NonWhiteSpace(RepairSurrogates(text));
        var kept = NonWhiteSpace(string.Concat(article.Units().Select(u => u.Text)));
        if (article.Source is not null)
        {
            var trailer = "source" + NonWhiteSpace(article.Source.Text);
            Require(all.EndsWith(trailer, StringComparison.OrdinalIgnoreCase), "source trailer is not the end of the seed");
            all = all.Substring(0, all.Length - trailer.Length);
        }

        Require(all == kept, "text units lost or changed characters");
    }

    /// <summary>Generated source parses without error and holds no raw line-breaking, bidi or control character.</summary>
    private static void CheckSource(string source)
    {
        foreach (var c in source)
        {
            var forbidden = (c < ' ' && c != '\n')
                || c is >= '\u007F' and <= '\u009F'
                || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029' or '\uFEFF'
                || char.IsSurrogate(c);
            Require(!forbidden, "raw U+" + ((int)c).ToString("X4") + " in generated source");
        }

        var errors = CSharpSyntaxTree.ParseText(source, ParseOptions).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, "generated source does not parse: " + string.Join("; ", errors.Take(3)));
    }

    private static string RepairSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static string NonWhiteSpace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}

/// <summary>A broken promise of the generator, found by the fuzzer.</summary>
internal sealed class InvariantException : Exception
{
    public InvariantException(string message)
        : base(message)
    {
    }
}
