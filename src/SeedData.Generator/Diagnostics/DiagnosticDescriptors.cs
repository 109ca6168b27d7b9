using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic id of SeedData, reported by the generator or not (<see cref="ReportedBy"/>). IDs are
/// never reused; each has a section in docs/diagnostics.md, which quotes its message (the help link goes
/// there), and each the generator reports has a line in AnalyzerReleases.*.md.
/// SEED00xx: a problem in one seed. SEED01xx: across seeds (SEED011x: across projects). SEED02xx: the
/// gazetteer. SEED03xx: configuration. SEED04xx: code that uses the dataset (Analyzers/DatasetKeyAnalyzer.cs).
/// SEED9999: an internal failure.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Content = "SeedData.Content";
    private const string Corpus = "SeedData.Corpus";
    private const string Configuration = "SeedData.Configuration";
    private const string Gazetteer = "SeedData.Gazetteer";
    private const string Usage = "SeedData.Usage";

    public static readonly DescriptorInfo EmptySeed = Error(
        "SEED0001", "Seed is empty", "Seed '{0}' is empty: add at least a headline line", Content);

    public static readonly DescriptorInfo HeadlineTooLong = Warning(
        "SEED0002", "Headline is too long",
        "Headline of '{0}' is {1} characters long; a headline is one line of at most {2} characters. Is a blank line missing after it?", Content);

    public static readonly DescriptorInfo UnclosedQuote = Warning(
        "SEED0003", "Quotation mark is never closed",
        "Quotation mark {0} opened here is never closed; close it, or remove it if it is stray", Content);

    public static readonly DescriptorInfo UnopenedQuote = Warning(
        "SEED0004", "Closing quotation mark was never opened",
        "Closing quotation mark {0} has no opening mark before it in this paragraph", Content);

    public static readonly DescriptorInfo InvalidUtf8 = Warning(
        "SEED0005", "Text is not valid UTF-8",
        "Seed '{0}' is not valid UTF-8 here ({1} undecodable byte sequences in the file); save it as UTF-8", Content);

    public static readonly DescriptorInfo ControlCharacter = Warning(
        "SEED0006", "Control character in text",
        "Control character {0} in seed text ({1} in the file); remove it", Content);

    public static readonly DescriptorInfo BidiCharacter = Warning(
        "SEED0007", "Bidirectional control character in text",
        "Bidirectional control character {0} in seed text ({1} in the file) can make text display differently from how it reads; remove it unless the text needs it", Content);

    public static readonly DescriptorInfo BinaryContent = Error(
        "SEED0008", "Seed is binary content",
        "Seed '{0}' looks like binary content, not text ({1} NUL characters): it was skipped", Content);

    public static readonly DescriptorInfo SeedTooLarge = Error(
        "SEED0009", "Seed is larger than the limit",
        "Seed '{0}' has {1} characters, over the limit of {2} set by SeedDataMaxSeedLength: it was skipped", Content);

    public static readonly DescriptorInfo LoneSurrogate = Warning(
        "SEED0010", "Unpaired surrogate in text",
        "Unpaired surrogate {0} in seed text ({1} in the file) cannot be stored and was replaced by U+FFFD", Content);

    public static readonly DescriptorInfo SpeakerNotFound = Info(
        "SEED0011", "Quote has no speaker",
        "No speaker found for the quote “{0}”; name the speaker near the quote if it should have one", Content);

    public static readonly DescriptorInfo HeadlineWithoutWords = Warning(
        "SEED0012", "Headline has no words",
        "The headline of '{0}' has no letters or digits; the first line of a seed is its headline", Content);

    public static readonly DescriptorInfo InvalidPinnedName = Warning(
        "SEED0020", "Invalid SeedDataName",
        "SeedDataName '{0}' of seed '{1}' is not a valid member name: {2}. The name from the headline is used instead.", Content);

    public static readonly DescriptorInfo InvalidFormerName = Warning(
        "SEED0021", "Former name cannot be kept",
        "SeedDataFormerNames entry '{0}' of seed '{1}' is not kept as an [Obsolete] alias: {2}", Content);

    /// <summary>
    /// Reported by the compiler, not the generator: a former article name is an <c>[Obsolete]</c> alias with
    /// this id and this message (Emit/ArticleEmitter.cs). Arguments: the former name, the current name, the seed's id.
    /// </summary>
    public static readonly DescriptorInfo FormerNameUsed = Warning(
        "SEED0023", "Code uses a former article name",
        "Articles.{0} is now Articles.{1} (seed '{2}' was renamed).", Content) with { ReportedBy = ReportedBy.Compiler };

    public static readonly DescriptorInfo DuplicateMemberName = Warning(
        "SEED0101", "Two seeds make the same member name",
        "Seeds '{0}' and '{1}' both make the member name Articles.{2}; '{1}' is named Articles.{3}. Edit one headline to tell them apart.", Corpus);

    public static readonly DescriptorInfo DuplicateId = Error(
        "SEED0102", "Two seeds have the same id",
        "Seed id '{0}' is already the id of '{2}' (ids are compared ignoring case); '{1}' was skipped. Give one of them another id with <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />, or rename or move one file.", Corpus);

    public static readonly DescriptorInfo DuplicateText = Warning(
        "SEED0103", "Two seeds have identical text",
        "Seed '{0}' has the same text as '{1}'; remove one of them", Corpus);

    public static readonly DescriptorInfo UnknownFiles = Warning(
        "SEED0104", "Files in the seeds folder are not seeds",
        "{0} file(s) in the seeds folder are not seeds and were ignored: {1}. Give seeds the .txt extension, or move other files out of the folder.", Corpus);

    public static readonly DescriptorInfo IdCut = Error(
        "SEED0105", "Seed id cannot reach the generator",
        "The id of seed '{0}' reached the generator as '{1}', cut short (compiler options end at a line break), so the seed was skipped. Rename the file or folder, or give the seed an id on one line: <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />.", Corpus);

    public static readonly DescriptorInfo DuplicatePinnedName = Warning(
        "SEED0106", "Two seeds pin the same member name",
        "Seeds '{0}' and '{1}' both pin the member name Articles.{2} with SeedDataName; '{1}' is named Articles.{3}. Change one SeedDataName.", Corpus);

    public static readonly DescriptorInfo ReferencedDatasetClash = Warning(
        "SEED0110", "A referenced project's dataset has the same namespace",
        "Assembly '{0}' has SeedData's {1}.Articles and {1}.Entities too, and grants this project access to them (InternalsVisibleTo): this project's own classes hide them and code that uses them gets CS0436. Set <SeedDataNamespace> in one of the two projects so that each dataset has its own namespace.", Corpus);

    public static readonly DescriptorInfo GazetteerLineNotUnderstood = Warning(
        "SEED0201", "Gazetteer line is not understood",
        "Gazetteer line '{0}' is not understood and was skipped; write 'Kind: Name | alias' with Kind Person, Organization, Location or Other, or '-Name' to suppress a name", Gazetteer);

    public static readonly DescriptorInfo GazetteerConflict = Warning(
        "SEED0202", "Name given twice in the gazetteer",
        "'{0}' is already in the gazetteer as {1} (line {2}); this entry for it was skipped", Gazetteer);

    /// <summary>
    /// Reported by the package's MSBuild targets (buildTransitive/SeedData.targets), because a compiler too old
    /// to load the generator cannot report anything from it; the targets' text is this message with
    /// {0} the minimum Roslyn version and {1} the build's compiler version (CatalogTests holds them equal).
    /// </summary>
    public static readonly DescriptorInfo CompilerTooOld = Error(
        "SEED0300", "Compiler too old to load the generator",
        "SeedData needs the C# compiler of the .NET 8 SDK or Visual Studio 2022 17.8 or newer (Roslyn {0}+); this build uses '{1}'. Update the .NET SDK or Visual Studio.", Configuration) with { ReportedBy = ReportedBy.MSBuild };

    public static readonly DescriptorInfo InvalidNamespace = Warning(
        "SEED0301", "Invalid SeedDataNamespace",
        "The MSBuild property SeedDataNamespace '{0}' is not a valid C# namespace; 'SeedData' is used instead", Configuration);

    public static readonly DescriptorInfo InvalidMaxSeedLength = Warning(
        "SEED0302", "Invalid SeedDataMaxSeedLength",
        "The MSBuild property SeedDataMaxSeedLength '{0}' is not a positive whole number; {1} is used instead", Configuration);

    public static readonly DescriptorInfo LanguageVersionTooLow = Error(
        "SEED0303", "C# version too old for SeedData",
        "SeedData's generated code needs C# 11 or newer, and this project uses C# {0}: set <LangVersion>11</LangVersion> or newer (or remove LangVersion to use the default of .NET 8 and later)", Configuration);

    public static readonly DescriptorInfo InvalidNameSource = Warning(
        "SEED0304", "Invalid SeedDataNameSource",
        "The MSBuild property SeedDataNameSource '{0}' is neither Headline nor FileName; Headline is used instead", Configuration);

    public static readonly DescriptorInfo UnknownKey = Warning(
        "SEED0401", "Find names no seed or entity",
        "No {0} '{1}' in this project, so Find returns null{2}", Usage);

    public static readonly DescriptorInfo KeyHasMember = Hidden(
        "SEED0402", "Find with a constant key has a member",
        "{0}.Find(\"{1}\") is always {0}.{2}, which cannot be null and is checked by the compiler", Usage);

    public static readonly DescriptorInfo InternalError = Error(
        "SEED9999", "SeedData failed on a seed",
        "SeedData failed on '{0}': {1}. The seed was skipped. Please report this with the seed attached.", Content);

    private static DescriptorInfo[]? all;

    /// <summary>The whole catalog, in id order.</summary>
    public static IReadOnlyList<DescriptorInfo> All => all ??= typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(member => member.FieldType == typeof(DescriptorInfo))
        .Select(member => (DescriptorInfo)member.GetValue(null))
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToArray();

    private static DescriptorInfo Error(string id, string title, string message, string category) => new(id, title, message, category, Severity.Error);

    private static DescriptorInfo Warning(string id, string title, string message, string category) => new(id, title, message, category, Severity.Warning);

    private static DescriptorInfo Info(string id, string title, string message, string category) => new(id, title, message, category, Severity.Info);

    private static DescriptorInfo Hidden(string id, string title, string message, string category) => new(id, title, message, category, Severity.Hidden);
}
