using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Testing;

/// <summary>
/// A file as the compiler hands it to the generator: an AdditionalFiles item with the metadata the package's
/// build targets give it (by default SeedDataRole=Seed). Its text is in memory, or read from disk at first use.
/// </summary>
public class SeedFile : AdditionalText
{
    /// <summary>The seeds folder of the in-memory project, as the package's targets see it (SeedDataFolder).</summary>
    public const string SeedsFolder = "/project/seeds/";

    private readonly byte[]? _bytes;
    private SourceText? _text;

    public SeedFile(string path, string text, IReadOnlyDictionary<string, string>? metadata = null)
        : this(path, SourceText.From(text, Encoding.UTF8), metadata)
    {
    }

    /// <param name="bytes">The file's bytes when <paramref name="text"/> was decoded from them; otherwise the text is encoded with its own encoding (UTF-8 when it has none).</param>
    public SeedFile(string path, SourceText text, IReadOnlyDictionary<string, string>? metadata = null, byte[]? bytes = null)
        : this(path, metadata)
    {
        _text = text;
        _bytes = bytes;
    }

    private SeedFile(string path, IReadOnlyDictionary<string, string>? metadata)
    {
        Path = path;
        Metadata = metadata ?? DefaultMetadata(path);
    }

    public override string Path { get; }

    /// <summary>The item metadata (SeedDataRole, _SeedDataId, ...) without the build_metadata prefix.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public bool IsSeed => Metadata.TryGetValue("SeedDataRole", out var role) && role == "Seed";

    /// <summary>The manifest resource name the package's targets embed this seed under (SeedData/, its id, its extension).</summary>
    public string ResourceName =>
        Metadata.TryGetValue("_SeedDataId", out var id) && SeedData.Generator.Parsing.SeedIds.Read(Path, id).Raw is { } raw
            ? SeedData.Generator.Parsing.SeedIds.ResourceName(raw, Path)
            : SeedData.Generator.Parsing.SeedIds.ResourceName(Path);

    /// <summary>A seed under <see cref="SeedsFolder"/> named <paramref name="id"/>.txt (<paramref name="id"/> may hold folders: <c>2023/001</c>).</summary>
    public static SeedFile Named(string id, string text) => new(SeedsFolder + id + ".txt", text);

    /// <summary>
    /// A file on disk, read (as UTF-8) when the generator first asks for its text: a new instance reads the
    /// file again, as a fresh build does.
    /// </summary>
    public static SeedFile OnDisk(string path, IReadOnlyDictionary<string, string>? metadata = null) => new(path, metadata);

    /// <summary>
    /// What the package's build targets give a seed under <paramref name="seedsFolder"/> (default
    /// <see cref="SeedsFolder"/>): the role, and its id (the path relative to the folder, '/'-separated,
    /// without extension) as <c>_SeedDataId</c>. A file outside the folder gets the role only.
    /// </summary>
    public static Dictionary<string, string> DefaultMetadata(string path, string seedsFolder = SeedsFolder)
    {
        var metadata = new Dictionary<string, string> { ["SeedDataRole"] = "Seed" };
        var folder = seedsFolder.EndsWith('/') || seedsFolder.EndsWith(System.IO.Path.DirectorySeparatorChar) ? seedsFolder : seedsFolder + System.IO.Path.DirectorySeparatorChar;
        if (path.StartsWith(folder, StringComparison.Ordinal))
        {
            var relative = path.Substring(folder.Length).Replace('\\', '/');
            metadata["_SeedDataId"] = SeedData.Generator.Parsing.SeedIds.Encode(relative.Substring(0, relative.Length - System.IO.Path.GetExtension(relative).Length));
        }

        return metadata;
    }

    public override SourceText GetText(CancellationToken cancellationToken = default) => Text();

    /// <summary>The file as it is on disk: what the package's build targets embed for the runtime to read.</summary>
    public byte[] FileBytes()
    {
        if (_bytes is not null)
        {
            return _bytes;
        }

        var text = Text();
        var encoding = text.Encoding ?? Encoding.UTF8;
        return encoding.GetPreamble().Concat(encoding.GetBytes(text.ToString())).ToArray();
    }

    // Not GetText: a test's subclass may make the generator's read fail, while the build still embeds the file.
    private SourceText Text()
    {
        if (_text is null)
        {
            using var stream = File.OpenRead(Path);
            _text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: false);
        }

        return _text;
    }
}
