using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>Organisation head words that name one institution without "the" ("Parliament voted", "Congress passed").</summary>
    public static readonly HashSet<string> BareInstitutions = new(StringComparer.Ordinal)
    {
        "Parliament", "Congress", "Senate",
    };

    /// <summary>
    /// Head words of a state's own bodies: a nationality before them describes the body ("Greek Ministry of
    /// Culture", "Italian Supreme Court"), unlike the name of a church or a society ("Greek Orthodox Church").
    /// </summary>
    public static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal)
    {
        "Ministry", "Court", "Government", "Embassy", "Consulate", "Police", "Cabinet", "Treasury",
    };

    /// <summary>Place prefixes written short, with a period ("St. Louis", "Mt. Hood", "Ft. Worth").</summary>
    public static readonly HashSet<string> AbbreviatedPlacePrefixes = new(StringComparer.Ordinal)
    {
        "St", "Mt", "Ft",
    };

    /// <summary>
    /// Bodies that wire news names by their city or country without a head word of <see cref="OrganizationWords"/>:
    /// "the Paris Bourse", "the U.S. Treasury", "the Exchequer".
    /// </summary>
    public static readonly HashSet<string> MarketAndTreasuryBodies = new(StringComparer.Ordinal)
    {
        "Bourse", "Treasury", "Exchequer", "Borse", "Börse", "Bolsa", "Borsa",
    };

    /// <summary>
    /// Lower-case particles inside a person's name, between its capitalised words: "Kengo wa Dondo", "Bandar bin Sultan",
    /// "Raf van der Berke", "Carlos de Oliveira", "Joao dos Santos", "Daniel arap Moi". Some of <see cref="NameConnectors"/>; never "of", "and", "the".
    /// </summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "wa", "arap", "bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "ter", "de", "du", "des", "la", "le", "del", "della", "di", "da", "do", "dos", "das", "y",
    };

    /// <summary>
    /// A last word that makes any name an organisation, whatever else the rules say: a company's legal form
    /// ("Veldhaven NV", "Ford Motor Co": never a person or a place) or a market's or treasury's body.
    /// </summary>
    public static bool ClosesOrganization(string word) => CompanySuffixes.Contains(word) || MarketAndTreasuryBodies.Contains(word);

    /// <summary>Labels of a picture's credit: the word after "Image:" or "Video:" is who made it ("Image: Jambula.").</summary>
    public static readonly HashSet<string> CreditLabels = new(StringComparer.Ordinal)
    {
        "Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Video", "Credit", "Illustration",
    };
}
