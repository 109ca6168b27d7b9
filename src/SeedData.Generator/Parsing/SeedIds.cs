using System;
using System.IO;
using System.Text;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Article ids and the resource names of embedded seeds (docs/naming.md, "Article ids").
/// </summary>
/// <remarks>
/// The package's build targets (buildTransitive/SeedData.targets) give every seed its id: the
/// <c>SeedDataId</c> item metadata when the project sets one, else the seed's path relative to the
/// seeds folder without extension, with <c>/</c> separators (<c>2023/001</c>), else (a seed outside the
/// folder) its file name without extension. They embed the seed as <c>SeedData/&lt;id&gt;&lt;extension&gt;</c>
/// and pass the id to the compiler as <c>_SeedDataId</c> between <c>&lt;</c> and <c>&gt;</c>. The marks are
/// there because the compiler cuts option values at <c>#</c> and <c>;</c> and trims white space: a value
/// that lost its closing mark was cut, and the generator says so (SEED0105) instead of reading a seed
/// it could not find at run time. The resource name is made from the id as it came, so that it is the
/// targets' one byte for byte; <c>Article.Id</c> is that id in NFC.
/// </remarks>
internal static class SeedIds
{
    public const string ResourcePrefix = "SeedData/";

    /// <summary>What a seed's id metadata says.</summary>
    /// <param name="Raw">The id as the targets computed it (or the file name without extension); null when the metadata was cut.</param>
    public readonly record struct SeedId(string? Raw, string Metadata)
    {
        public bool IsDamaged => Raw is null;
    }

    public static SeedId Read(string path, string? metadata)
    {
        if (metadata is null)
        {
            return new SeedId(Path.GetFileNameWithoutExtension(path), string.Empty);
        }

        if (metadata.Length >= 3 && metadata[0] == '<' && metadata[metadata.Length - 1] == '>')
        {
            return new SeedId(metadata.Substring(1, metadata.Length - 2), metadata);
        }

        return new SeedId(null, metadata);
    }

    /// <summary>The article id: the raw id in NFC, so that <c>Find</c> with what a person types matches (it normalises its argument too).</summary>
    public static string ArticleId(string raw)
    {
        try
        {
            return raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        }
        catch (Exception exception) when (exception is ArgumentException or PlatformNotSupportedException)
        {
            return raw;
        }
    }

    /// <summary>The manifest resource name the targets give the seed: <c>SeedData/</c>, the id and the file's extension.</summary>
    public static string ResourceName(string raw, string path) => ResourcePrefix + raw + Path.GetExtension(path);

    /// <summary>The resource name of a seed added without the targets' id (tests, tools): <c>SeedData/</c> and its file name.</summary>
    public static string ResourceName(string path) => ResourcePrefix + Path.GetFileName(path);
}
