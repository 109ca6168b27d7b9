using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>What marks a word as a web address (EntityRecognizer.WebNames).</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// The last label of a host name that makes "example.com" or "news.example.org" a web address: the generic domains.
    /// A file's extension ("report.pdf") is none of them.
    /// </summary>
    public static readonly HashSet<string> GenericWebDomains = new(StringComparer.Ordinal)
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "tv",
    };

    /// <summary>
    /// Country codes news sites use most: a host's last label when the address has three labels or more ("www.flag.govt.nz",
    /// "news.bbc.co.uk"), so that a missing space after a period ("ended.it was") makes no address.
    /// </summary>
    public static readonly HashSet<string> CountryWebDomains = new(StringComparer.Ordinal)
    {
        "uk", "nz", "au", "ca", "ie", "za", "in", "us", "eu", "de", "fr", "it", "es", "nl", "be", "ch", "at", "se", "no",
        "dk", "fi", "pl", "ru", "cn", "jp", "kr", "br", "mx", "ar", "sg", "hk",
    };
}
