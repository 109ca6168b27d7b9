using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>
    /// A company's last word that names its trade ("Varek Holdings", "Dorne Shipping", "Daewon Heavy Industries"): wire copy
    /// names such a company in full once and then by its first word ("Varek said"). Not "Bank" or "Group", whose first word
    /// is as often a place or a family ("Kellmark Bank").
    /// </summary>
    public static readonly HashSet<string> BusinessHeads = new(StringComparer.Ordinal)
    {
        "Holdings", "Industries", "Shipping", "Motors", "Airlines", "Airways", "Steel", "Mining", "Petroleum", "Chemicals",
        "Electronics", "Pharmaceuticals", "Marine", "Cement", "Textiles", "Securities", "Investments", "Resources", "Telecom",
        "Financial", "Breweries", "Brewery", "Foods", "Logistics", "Semiconductor", "Semiconductors", "Microsystems", "Enterprises",
    };
}
