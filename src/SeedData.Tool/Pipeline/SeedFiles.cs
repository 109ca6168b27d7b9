using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SeedData.Tool.Pipeline;

/// <summary>A file of the seeds folder as the compiler hands it to the generator: an AdditionalFiles item with its metadata.</summary>
internal sealed class FolderFile : AdditionalText
{
    private SourceText? _text;

    public FolderFile(string path, IReadOnlyDictionary<string, string> metadata)
    {
        Path = path;
        Metadata = metadata;
    }

    public override string Path { get; }

    /// <summary>The item metadata (SeedDataRole, ...) as the package's props and targets give it, without the build_metadata prefix.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text ??= CompilerTextReader.Read(Path);
}

/// <summary>
/// Reads a file the way the .NET SDK's compiler reads additional files: a byte order mark picks UTF-8 or
/// UTF-16; without one the file is UTF-8, and bytes that are not UTF-8 become U+FFFD (which the
/// generator reports as SEED0005). The compiler's Windows-1252 fallback needs code pages that the
/// SDK's compiler does not register; tests/SeedData.Tool.Tests/EndToEnd/RealBuildTests.cs checks
/// these cases against a real build.
/// </summary>
internal static class CompilerTextReader
{
    public static SourceText Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Encoding encoding = Encoding.UTF8;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = Encoding.Unicode;
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = Encoding.BigEndianUnicode;
        }

        // SourceText.From(bytes) strips the byte order mark of the encoding it is given.
        return SourceText.From(bytes, bytes.Length, encoding, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
    }
}

/// <summary>MSBuild properties and item metadata as analyzer config options, as the compiler passes them.</summary>
internal sealed class FolderOptionsProvider : AnalyzerConfigOptionsProvider
{
    public FolderOptionsProvider(IReadOnlyDictionary<string, string> properties)
    {
        var global = new Dictionary<string, string>();
        foreach (var property in properties)
        {
            global["build_property." + property.Key] = property.Value;
        }

        GlobalOptions = new Options(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (textFile is not FolderFile file)
        {
            return Options.Empty;
        }

        var values = new Dictionary<string, string>();
        foreach (var item in file.Metadata)
        {
            values["build_metadata.AdditionalFiles." + item.Key] = item.Value;
        }

        return new Options(values);
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
