using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>
    /// Words after a number that make it an amount, a share or a count, not part of a name: "410 million", "40 percent",
    /// "Hernan Quiroga 10 minutes from time", "won by 3 strokes".
    /// </summary>
    public static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal)
    {
        "%", "percent", "per", "million", "billion", "trillion", "thousand", "hundred",
        "minute", "minutes", "seconds", "hours", "days", "weeks", "months", "years", "points", "goals", "runs", "wickets", "overs",
        "laps", "strokes", "shots", "yards", "metres", "meters", "km", "kilometres", "miles", "times",
    };

    /// <summary>
    /// Spans of time that "Last", "Next" or "This" make a time, however capitalised: "Last Year over 4 million visitors came",
    /// "This Week the board met". (A day with a time of day is <see cref="TimesOfDay"/>.)
    /// </summary>
    public static readonly HashSet<string> TimeSpans = new(StringComparer.Ordinal)
    {
        "Year", "Month", "Week", "Weekend", "Season", "Decade", "Century", "Quarter",
    };
}
