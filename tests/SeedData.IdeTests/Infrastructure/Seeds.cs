using System.Collections.Generic;

namespace SeedData.IdeTests.Infrastructure;

/// <summary>Small seeds whose names, headlines, quotes and speakers the IDE tests expect.</summary>
public static class Seeds
{
    public const string Measles = "measles.txt";
    public const string Marathon = "marathon.txt";

    public const string MeaslesHeadline = "WHO warns of sharp rise in measles cases";
    public const string MeaslesLead = "Measles cases in Europe rose more than thirtyfold last year, the World Health Organization said on Tuesday.";
    public const string KlugeQuote = "This is not a disease of the past";

    public const string MarathonHeadline = "Tokyo marathon draws record field";

    /// <summary>The member names docs/naming.md derives from the headlines above.</summary>
    public const string MeaslesMember = "WhoWarnsOfSharpRiseInMeaslesCases";
    public const string MarathonMember = "TokyoMarathonDrawsRecordField";
    public const string KlugeMember = "HansKluge";

    public static string MeaslesText(string headline = MeaslesHeadline) => headline + "\n\n" + MeaslesLead + "\n\n"
        + "“" + KlugeQuote + ",” said Hans Kluge, the WHO regional director for Europe, in Copenhagen.\n\n"
        + "Kluge added that vaccination rates had fallen in several countries during the pandemic.\n";

    public static string MarathonText(string headline = MarathonHeadline) => headline + "\n\n"
        + "More than 38,000 runners started the Tokyo Marathon on Sunday, a record for the race.\n\n"
        + "Organisers said the weather had been ideal for fast times.\n";

    public static IReadOnlyDictionary<string, string> Corpus() => new Dictionary<string, string>
    {
        [Measles] = MeaslesText(),
        [Marathon] = MarathonText(),
    };
}
