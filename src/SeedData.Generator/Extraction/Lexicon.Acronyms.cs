using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>
    /// Abbreviations news writes in capitals that name no organisation: times and zones, offices, measures, units of
    /// account ("500 million ECUs"), things and sports statistics: alone, never a name. Any other unknown acronym in prose names an organisation.
    /// </summary>
    public static readonly HashSet<string> CommonAcronyms = new(StringComparer.Ordinal)
    {
        "GMT", "EST", "EDT", "CET", "BST", "PST", "UTC", "AM", "PM", "BC", "AD", "FY", "YTD",
        "CEO", "CFO", "COO", "MD", "MP", "MEP", "QC", "PR", "HQ", "VIP", "PHD", "MBA",
        "ECU", "ECUs", "SDR", "SDRs", "GDP", "GNP", "CPI", "PPI", "VAT", "IPO", "EPS", "NAV", "OTC", "AGM", "EGM", "LBO", "ETF", "REIT",
        "TV", "CD", "DVD", "PC", "DJ", "FM", "RPM", "MPH", "KPH", "ATM", "PIN", "ID", "SUV", "UFO", "UV", "GPS", "SMS", "URL", "PDF", "LCD", "LED",
        "HIV", "DNA", "RNA", "IQ", "VR", "POTUS", "FAQ", "ASAP", "RSVP", "ICBM", "TNT", "LNG", "LPG", "GMO", "OK",
        "KO", "TKO", "MVP", "ERA", "RBI", "HR", "GB", "PCT", "OT", "SO", "IP", "TD", "FG", "LBW",
    };
}
