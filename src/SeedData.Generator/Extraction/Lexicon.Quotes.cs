using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>Words that tell a quotation mark from an apostrophe (QuoteMarks, QuoteScanner).</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// The clitics that tokenised wire copy writes as words of their own after a space: "Men 's", "we 're",
    /// "they 'll", "I 've", "he 'd", "I 'm". An apostrophe that opens one is never a quotation mark.
    /// </summary>
    public static readonly HashSet<string> TokenisedClitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "re", "ll", "ve", "d", "m",
    };
}
