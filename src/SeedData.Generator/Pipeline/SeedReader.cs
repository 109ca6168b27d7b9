using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction;
using SeedData.Generator.Model;
using SeedData.Generator.Naming;
using SeedData.Generator.Parsing;

namespace SeedData.Generator.Pipeline;

/// <summary>The first pipeline step: one seed file in, one equatable <see cref="SeedResult"/> out.</summary>
internal static class SeedReader
{
    public static SeedResult Read(AdditionalText file, SeedFileOptions options, ParseSettings settings, Gazetteer? gazetteer, CancellationToken cancellationToken)
    {
        var id = SeedIds.Read(file.Path, options.Id);
        if (id.IsDamaged)
        {
            return Result(null, null, new List<DiagnosticInfo>
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.IdCut, SeedSpan.FileStart(file.Path), Path.GetFileNameWithoutExtension(file.Path), id.Metadata),
            });
        }

        var result = Read(file, SeedIds.ArticleId(id.Raw!), options.Id is null ? SeedIds.ResourceName(file.Path) : SeedIds.ResourceName(id.Raw!, file.Path), settings, gazetteer, cancellationToken);
        if (options == SeedFileOptions.Default)
        {
            return result;
        }

        return result with
        {
            // Errors stay: a seed that cannot become an article must say so even when opted out.
            Diagnostics = result.Diagnostics
                .Where(d => d.Descriptor.Severity == Severity.Error || !options.NoWarn.Contains(d.Descriptor.Id))
                .ToEquatableArray(),

            // Pinned and former names are checked against the whole corpus (keywords, reserved names, clashes) by the index.
            Key = result.Key is null ? null : result.Key with { PinnedName = options.Name, FormerNames = options.FormerNames },
        };
    }

    private static SeedResult Read(AdditionalText file, string id, string resourceName, ParseSettings settings, Gazetteer? gazetteer, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var source = file.GetText(cancellationToken);
            if (source is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptySeed, SeedSpan.FileStart(path), id));
                return Result(null, null, diagnostics);
            }

            if (source.Length > settings.MaxSeedLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SeedTooLarge,
                    SeedSpan.FileStart(path),
                    id,
                    source.Length.ToString(CultureInfo.InvariantCulture),
                    settings.MaxSeedLength.ToString(CultureInfo.InvariantCulture)));
                return Result(null, null, diagnostics);
            }

            // The runtime decodes the embedded file with the code page the compiler used, so that the
            // offsets computed here hold (an in-memory text has no encoding: it is UTF-8 when embedded).
            var codePage = source.Encoding?.CodePage ?? SeedFileText.Utf8CodePage;
            return Read(id, path, source.ToString(), diagnostics, cancellationToken, gazetteer, codePage, resourceName);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The last resort: one seed that breaks the generator must not take the others down, nor
            // surface as a bare CS8785.
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                SeedSpan.FileStart(path),
                id,
                exception.GetType().Name + ": " + exception.Message));
            return Result(null, null, diagnostics);
        }
    }

    /// <summary>Reads a seed from its text; the part of <see cref="Read(AdditionalText, SeedFileOptions, ParseSettings, Gazetteer, CancellationToken)"/> that tests and benchmarks call directly.</summary>
    /// <param name="resourceName">The seed's manifest resource name; by default <c>SeedData/</c> and its file name.</param>
    public static SeedResult Read(string id, string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, Gazetteer? gazetteer = null, int codePage = SeedFileText.Utf8CodePage, string? resourceName = null)
    {
        var checkedText = ContentCheck.Check(id, path, text, diagnostics);
        if (checkedText is null)
        {
            return Result(null, null, diagnostics);
        }

        var article = SeedParser.Parse(id, path, checkedText, diagnostics, cancellationToken);
        if (article is null)
        {
            return Result(null, null, diagnostics);
        }

        article = ArticleExtractor.Extract(article, gazetteer, diagnostics, cancellationToken) with { File = new SeedFileText(text.Length, codePage, resourceName ?? SeedIds.ResourceName(path)) };
        var key = new SeedKey(
            id,
            path,
            Identifiers.PascalCase(article.Headline.Text),
            Hash(text),
            SeedSpan.Of(path, article.Headline));
        return Result(article, key, diagnostics);
    }

    private static SeedResult Result(SeedArticle? article, SeedKey? key, List<DiagnosticInfo> diagnostics) =>
        new(article, key, diagnostics.ToEquatableArray());

    /// <summary>
    /// FNV-1a over the UTF-16 code units taken four at a time (one 64-bit step for four characters, so
    /// the chain of dependent multiplications is a quarter as long): stable across runs and machines, unlike
    /// string.GetHashCode. It only tells identical seeds apart, so its value is nowhere stored.
    /// </summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            var block = text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48);
            hash = unchecked((hash ^ block) * 1099511628211UL);

            // A multiplication carries low bits up, never high bits down: fold the high half in so that
            // the fourth character of a block reaches every bit of the hash.
            hash ^= hash >> 32;
        }

        for (; i < text.Length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 1099511628211UL);
        }

        return hash;
    }
}
