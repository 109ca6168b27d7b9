using Microsoft.CodeAnalysis;

namespace SeedData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic SeedData reports. IDs are never reused; each has a section in
/// docs/diagnostics.md (the help link) and a line in AnalyzerReleases.*.md.
/// SEED00xx: a problem in one seed. SEED01xx: across seeds. SEED02xx: the gazetteer.
/// SEED03xx: configuration. SEED04xx: code that uses the dataset (reported by DatasetKeyAnalyzer). SEED9999: an internal failure.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/seeddata/seeddata/blob/main/docs/diagnostics.md#";
    private const string Content = "SeedData.Content";
    private const string Corpus = "SeedData.Corpus";
    private const string Configuration = "SeedData.Configuration";
    private const string Gazetteer = "SeedData.Gazetteer";
    private const string Usage = "SeedData.Usage";

    /// <summary>SEED0001: "Seed '{0}' is empty: add at least a headline line"</summary>
    public static readonly DiagnosticDescriptor EmptySeed = Error(
        "SEED0001", "Seed is empty", "Seed '{0}' is empty: add at least a headline line", Content);

    /// <summary>SEED0002: "Headline of '{0}' is {1} characters long; a headline is one line of at most {2} characters. Is a blank line missing after it?"</summary>
    public static readonly DiagnosticDescriptor HeadlineTooLong = Warning(
        "SEED0002", "Headline is too long",
        "Headline of '{0}' is {1} characters long; a headline is one line of at most {2} characters. Is a blank line missing after it?", Content);

    /// <summary>SEED0003: "Quotation mark {0} opened here is never closed"</summary>
    public static readonly DiagnosticDescriptor UnclosedQuote = Warning(
        "SEED0003", "Quotation mark is never closed",
        "Quotation mark {0} opened here is never closed; close it, or remove it if it is stray", Content);

    /// <summary>SEED0004: "Closing quotation mark {0} has no opening mark"</summary>
    public static readonly DiagnosticDescriptor UnopenedQuote = Warning(
        "SEED0004", "Closing quotation mark was never opened",
        "Closing quotation mark {0} has no opening mark before it in this paragraph", Content);

    /// <summary>SEED0005: "Seed '{0}' is not valid UTF-8 here ({1} replacement characters in the file)"</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = Warning(
        "SEED0005", "Text is not valid UTF-8",
        "Seed '{0}' is not valid UTF-8 here ({1} undecodable byte sequences in the file); save it as UTF-8", Content);

    /// <summary>SEED0006: "Control character {0} in seed text ({1} in the file)"</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = Warning(
        "SEED0006", "Control character in text",
        "Control character {0} in seed text ({1} in the file); remove it", Content);

    /// <summary>SEED0007: "Bidirectional control character {0} in seed text ({1} in the file)"</summary>
    public static readonly DiagnosticDescriptor BidiCharacter = Warning(
        "SEED0007", "Bidirectional control character in text",
        "Bidirectional control character {0} in seed text ({1} in the file) can make text display differently from how it reads; remove it unless the text needs it", Content);

    /// <summary>SEED0008: "Seed '{0}' looks like binary content, not text: it was skipped"</summary>
    public static readonly DiagnosticDescriptor BinaryContent = Error(
        "SEED0008", "Seed is binary content",
        "Seed '{0}' looks like binary content, not text ({1} NUL characters): it was skipped", Content);

    /// <summary>SEED0009: "Seed '{0}' has {1} characters, over the limit of {2} (SeedDataMaxSeedLength): it was skipped"</summary>
    public static readonly DiagnosticDescriptor SeedTooLarge = Error(
        "SEED0009", "Seed is larger than the limit",
        "Seed '{0}' has {1} characters, over the limit of {2} set by SeedDataMaxSeedLength: it was skipped", Content);

    /// <summary>SEED0010: "Unpaired surrogate {0} in seed text was replaced by U+FFFD"</summary>
    public static readonly DiagnosticDescriptor LoneSurrogate = Warning(
        "SEED0010", "Unpaired surrogate in text",
        "Unpaired surrogate {0} in seed text ({1} in the file) cannot be stored and was replaced by U+FFFD", Content);

    /// <summary>SEED0011: "No speaker found for the quote starting “{0}”"</summary>
    public static readonly DiagnosticDescriptor SpeakerNotFound = Info(
        "SEED0011", "Quote has no speaker",
        "No speaker found for the quote “{0}”; name the speaker near the quote if it should have one", Content);

    /// <summary>SEED0012: "The headline of '{0}' has no letters or digits; the first line of a seed is its headline"</summary>
    public static readonly DiagnosticDescriptor HeadlineWithoutWords = Warning(
        "SEED0012", "Headline has no words",
        "The headline of '{0}' has no letters or digits; the first line of a seed is its headline", Content);

    /// <summary>SEED0020: "SeedDataName '{0}' of seed '{1}' is not a valid member name: {2}. The name from the headline is used."</summary>
    public static readonly DiagnosticDescriptor InvalidPinnedName = Warning(
        "SEED0020", "Invalid SeedDataName",
        "SeedDataName '{0}' of seed '{1}' is not a valid member name: {2}. The name from the headline is used instead.", Content);

    /// <summary>SEED0021: "SeedDataFormerNames entry '{0}' of seed '{1}' is not kept as an alias: {2}"</summary>
    public static readonly DiagnosticDescriptor InvalidFormerName = Warning(
        "SEED0021", "Former name cannot be kept",
        "SeedDataFormerNames entry '{0}' of seed '{1}' is not kept as an [Obsolete] alias: {2}", Content);

    /// <summary>SEED0022: "Seeds '{0}' and '{1}' both pin the member name Articles.{2}; '{1}' is named Articles.{3}"</summary>
    public static readonly DiagnosticDescriptor DuplicatePinnedName = Warning(
        "SEED0022", "Two seeds pin the same member name",
        "Seeds '{0}' and '{1}' both pin the member name Articles.{2} with SeedDataName; '{1}' is named Articles.{3}. Change one SeedDataName.", Corpus);

    /// <summary>SEED0304: "SeedDataNameSource '{0}' is neither Headline nor FileName; using Headline"</summary>
    public static readonly DiagnosticDescriptor InvalidNameSource = Warning(
        "SEED0304", "Invalid SeedDataNameSource",
        "The MSBuild property SeedDataNameSource '{0}' is neither Headline nor FileName; Headline is used instead", Configuration);

    /// <summary>SEED0101: "Seeds '{0}' and '{1}' both make the member Articles.{2}; the second is named Articles.{3}"</summary>
    public static readonly DiagnosticDescriptor DuplicateMemberName = Warning(
        "SEED0101", "Two seeds make the same member name",
        "Seeds '{0}' and '{1}' both make the member name Articles.{2}; '{1}' is named Articles.{3}. Edit one headline to tell them apart.", Corpus);

    /// <summary>SEED0102: "Seed id '{0}' is used by two files; '{1}' was skipped"</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "SEED0102", "Two seeds have the same id",
        "Seed id '{0}' is already the id of '{2}' (ids are compared ignoring case); '{1}' was skipped. Give one of them another id with <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />, or rename or move one file.", Corpus);

    /// <summary>SEED0103: "Seed '{0}' has the same text as '{1}'"</summary>
    public static readonly DiagnosticDescriptor DuplicateText = Warning(
        "SEED0103", "Two seeds have identical text",
        "Seed '{0}' has the same text as '{1}'; remove one of them", Corpus);

    /// <summary>SEED0104: "{0} file(s) in the seeds folder are not seeds and were ignored: {1}"</summary>
    public static readonly DiagnosticDescriptor UnknownFiles = Warning(
        "SEED0104", "Files in the seeds folder are not seeds",
        "{0} file(s) in the seeds folder are not seeds and were ignored: {1}. Give seeds the .txt extension, or move other files out of the folder.", Corpus);

    /// <summary>SEED0105: "The id of seed '{0}' reached the generator cut short"</summary>
    public static readonly DiagnosticDescriptor IdCut = Error(
        "SEED0105", "Seed id cannot reach the generator",
        "The id of seed '{0}' reached the generator as '{1}', cut short (compiler options end at a line break), so the seed was skipped. Rename the file or folder, or give the seed an id on one line: <AdditionalFiles Update=\"...\" SeedDataId=\"...\" />.", Corpus);

    /// <summary>SEED0110: "Assembly '{0}' has SeedData's {1}.Articles and {1}.Entities too, and grants this project access to them (InternalsVisibleTo) ..."</summary>
    public static readonly DiagnosticDescriptor ReferencedDatasetClash = Warning(
        "SEED0110", "A referenced project's dataset has the same namespace",
        "Assembly '{0}' has SeedData's {1}.Articles and {1}.Entities too, and grants this project access to them (InternalsVisibleTo): this project's own classes hide them and code that uses them gets CS0436. Set <SeedDataNamespace> in one of the two projects so that each dataset has its own namespace.", Corpus);

    /// <summary>SEED0201: "Gazetteer line '{0}' is not understood"</summary>
    public static readonly DiagnosticDescriptor GazetteerLineNotUnderstood = Warning(
        "SEED0201", "Gazetteer line is not understood",
        "Gazetteer line '{0}' is not understood and was skipped; write 'Kind: Name | alias' with Kind Person, Organization, Location or Other, or '-Name' to suppress a name", Gazetteer);

    /// <summary>SEED0202: "'{0}' is already in the gazetteer as {1} (line {2})"</summary>
    public static readonly DiagnosticDescriptor GazetteerConflict = Warning(
        "SEED0202", "Name given twice in the gazetteer",
        "'{0}' is already in the gazetteer as {1} (line {2}); this entry for it was skipped", Gazetteer);

    /// <summary>SEED0301: "SeedDataNamespace '{0}' is not a valid C# namespace; using 'SeedData'"</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Warning(
        "SEED0301", "Invalid SeedDataNamespace",
        "The MSBuild property SeedDataNamespace '{0}' is not a valid C# namespace; 'SeedData' is used instead", Configuration);

    /// <summary>SEED0302: "SeedDataMaxSeedLength '{0}' is not a positive whole number; using {1}"</summary>
    public static readonly DiagnosticDescriptor InvalidMaxSeedLength = Warning(
        "SEED0302", "Invalid SeedDataMaxSeedLength",
        "The MSBuild property SeedDataMaxSeedLength '{0}' is not a positive whole number; {1} is used instead", Configuration);

    /// <summary>SEED0303: "SeedData needs C# 11 or newer; this project uses C# {0}"</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "SEED0303", "C# version too old for SeedData",
        "SeedData's generated code needs C# 11 or newer, and this project uses C# {0}: set <LangVersion>11</LangVersion> or newer (or remove LangVersion to use the default of .NET 8 and later)", Configuration);

    /// <summary>SEED0401: "No seed '{1}' in this project, so Find returns null; did you mean '…'?" (or "No entity or alias …")</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Warning(
        "SEED0401", "Find names no seed or entity",
        "No {0} '{1}' in this project, so Find returns null{2}", Usage);

    /// <summary>SEED0402: "{0}.Find(\"{1}\") is always {0}.{2}, which cannot be null …"</summary>
    public static readonly DiagnosticDescriptor KeyHasMember = Hidden(
        "SEED0402", "Find with a constant key has a member",
        "{0}.Find(\"{1}\") is always {0}.{2}, which cannot be null and is checked by the compiler", Usage);

    /// <summary>SEED9999: "SeedData failed on '{0}': {1}. Please report this with the seed attached."</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "SEED9999", "SeedData failed on a seed",
        "SeedData failed on '{0}': {1}. The seed was skipped. Please report this with the seed attached.", Content);

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Hidden(string id, string title, string message, string category) =>
        Create(id, title, message, category, DiagnosticSeverity.Hidden);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
