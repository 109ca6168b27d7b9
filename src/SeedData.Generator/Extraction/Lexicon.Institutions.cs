using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

internal static partial class Lexicon
{
    /// <summary>
    /// Head words of deliberating bodies whose names go on with "on" and their subject ("Council on Foreign
    /// Relations", "Commission on Human Rights", "Committee on Science").
    /// </summary>
    public static readonly HashSet<string> HeadsBeforeOn = new(StringComparer.Ordinal)
    {
        "Council", "Commission", "Committee", "Conference", "Institute", "Center", "Centre", "Panel", "Forum", "Subcommittee", "Caucus", "Board", "Task Force",
    };
}
