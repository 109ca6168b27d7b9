using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// Reads a seed file that the package's build targets embedded in the assembly, decoded the way the
/// compiler decoded it for the generator, so that the generator's character offsets hold.
/// </summary>
internal static class SeedResource
{
    /// <summary>What the generator reports when the compiler read the seed as UTF-8 (the usual case).</summary>
    public const int Utf8CodePage = 65001;

    public static string Read(Assembly assembly, string name, int codePage, int length)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(
            $"SeedData: the seed resource '{name}' is not in {assembly.GetName().Name}. The SeedData package's build targets embed every seed " +
            $"(AdditionalFiles with SeedDataRole=\"Seed\"); a project that bypasses them must add <EmbeddedResource Include=\"...\" LogicalName=\"{name}\" />.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);

        var encoding = Encoding(codePage);
        var preamble = encoding.Preamble;
        var skip = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        var text = encoding.GetString(bytes, skip, bytes.Length - skip);
        if (text.Length != length)
        {
            throw new InvalidDataException(
                $"SeedData: the seed resource '{name}' decodes to {text.Length} characters, but the generator read {length}. " +
                "The assembly was built from a different version of the seed; rebuild the project.");
        }

        return text;
    }

    // The compiler falls back to Windows-1252 for a seed that is not valid UTF-8; .NET has that code
    // page only through the code-pages provider.
    private static Encoding Encoding(int codePage) => codePage == Utf8CodePage
        ? System.Text.Encoding.UTF8
        : CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? System.Text.Encoding.GetEncoding(codePage);
}
