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

    /// <summary>Place prefixes written short, with a period ("St. Louis", "Mt. Hood", "Ft. Worth").</summary>
    public static readonly HashSet<string> AbbreviatedPlacePrefixes = new(StringComparer.Ordinal)
    {
        "St", "Mt", "Ft",
    };
}
