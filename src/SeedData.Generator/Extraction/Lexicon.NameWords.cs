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
}
