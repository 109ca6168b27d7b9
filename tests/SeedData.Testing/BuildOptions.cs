using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedData.Testing;

/// <summary>
/// MSBuild properties and item metadata as the compiler passes them to the generator: each property as
/// <c>build_property.Name</c>, each <see cref="SeedFile"/>'s metadata as <c>build_metadata.AdditionalFiles.Name</c>.
/// </summary>
public sealed class BuildOptions : AnalyzerConfigOptionsProvider
{
    public BuildOptions(IReadOnlyDictionary<string, string>? properties = null)
    {
        GlobalOptions = new Options((properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    // Made once per file: benchmarks run the generator over thousands of seeds and should not time this.
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is SeedFile seed
            ? _files.GetValue(seed, s => new Options(s.Metadata.ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value)))
            : Options.Empty;

    private readonly ConditionalWeakTable<SeedFile, Options> _files = new();

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
