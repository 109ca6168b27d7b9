namespace SeedData.Generator.Diagnostics;

/// <summary>
/// One entry of the catalog (<see cref="DiagnosticDescriptors"/>) as plain, equatable data: what Roslyn's
/// <c>DiagnosticDescriptor</c> holds, without the help link, which comes from the project's settings
/// (SeedDataHelpLinkBase, see <see cref="HelpLinks"/>) when the diagnostic is reported (Pipeline/DiagnosticReporting.cs).
/// </summary>
/// <param name="MessageFormat">The message, with <c>{0}</c>, <c>{1}</c>, ... for the arguments; docs/diagnostics.md quotes it.</param>
internal sealed record DescriptorInfo(string Id, string Title, string MessageFormat, string Category, Severity Severity)
{
    /// <summary>Who reports it: the generator for all but two ids.</summary>
    public ReportedBy ReportedBy { get; init; } = ReportedBy.Generator;
}

/// <summary>A diagnostic's default severity, as Roslyn's <c>DiagnosticSeverity</c> names them.</summary>
internal enum Severity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>What reports a diagnostic.</summary>
internal enum ReportedBy
{
    /// <summary>The generator (a location in a seed or none) or its analyzer (a location in C# code).</summary>
    Generator,

    /// <summary>The C# compiler, from an <c>[Obsolete]</c> attribute the generator writes with this id.</summary>
    Compiler,

    /// <summary>The package's MSBuild targets, before the compiler runs.</summary>
    MSBuild,
}
