using System.IO;
using System.Text;
using SeedData.Generator.Text;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Article ids and the resource names of embedded seeds (docs/naming.md, "Article ids").
/// </summary>
/// <remarks>
/// The package's build targets (buildTransitive/SeedData.targets) give every seed its id: the
/// <c>SeedDataId</c> item metadata when the project sets one, else the seed's path relative to the
/// seeds folder without extension, with <c>/</c> separators (<c>2023/001</c>), else (a seed outside the
/// folder) its file name without extension. They embed the seed as <c>SeedData/&lt;id&gt;&lt;extension&gt;</c>
/// and pass the id to the compiler as <c>_SeedDataId</c>: between <c>&lt;</c> and <c>&gt;</c>, with <c>~</c>,
/// <c>#</c> and <c>;</c> written <c>~~</c>, <c>~h</c> and <c>~s</c>. The compiler reads options from an
/// editorconfig file, where <c>#</c> and <c>;</c> start a comment, white space around a value is trimmed
/// and a line break ends it: a value that lost its closing mark was cut (a line break in the path), and
/// the generator says so (SEED0105) instead of reading a seed it could not find at run time. The
/// resource name is made from the id as the targets wrote it, so that it is theirs byte for byte;
/// <c>Article.Id</c> is that id in NFC.
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
            return new SeedId(Decode(metadata, 1, metadata.Length - 2), metadata);
        }

        return new SeedId(null, metadata);
    }

    /// <summary>Undoes the targets' <c>~~</c>, <c>~h</c>, <c>~s</c>; null when the text is not what they write.</summary>
    private static string? Decode(string text, int start, int length)
    {
        if (text.IndexOf('~', start, length) < 0)
        {
            return text.Substring(start, length);
        }

        var decoded = new StringBuilder(length);
        for (var i = start; i < start + length; i++)
        {
            if (text[i] != '~')
            {
                decoded.Append(text[i]);
                continue;
            }

            if (++i >= start + length)
            {
                return null;
            }

            switch (text[i])
            {
                case '~': decoded.Append('~'); break;
                case 'h': decoded.Append('#'); break;
                case 's': decoded.Append(';'); break;
                default: return null;
            }
        }

        return decoded.ToString();
    }

    /// <summary>What the targets write for <paramref name="id"/> (for tests and tools that stand in for them).</summary>
    public static string Encode(string id) => "<" + id.Replace("~", "~~").Replace("#", "~h").Replace(";", "~s") + ">";

    /// <summary>The article id: the raw id in NFC, so that <c>Find</c> with what a person types matches (it normalises its argument too).</summary>
    public static string ArticleId(string raw) => Nfc.Normalize(raw);

    /// <summary>The manifest resource name the targets give the seed: <c>SeedData/</c>, the id and the file's extension.</summary>
    public static string ResourceName(string raw, string path) => ResourcePrefix + raw + Path.GetExtension(path);

    /// <summary>The resource name of a seed added without the targets' id (tests, tools): <c>SeedData/</c> and its file name.</summary>
    public static string ResourceName(string path) => ResourcePrefix + Path.GetFileName(path);
}
