using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>The words that make a name a product, a craft, a work or a language: kind Other (EntityRecognizer.OtherNames).</summary>
internal static partial class Lexicon
{
    /// <summary>Ship and craft prefixes: "HMS Victory", "USS Enterprise", "MV Freewinds".</summary>
    public static readonly HashSet<string> CraftPrefixes = new(StringComparer.Ordinal)
    {
        "HMS", "HMAS", "HMCS", "HMNZS", "HMC", "USS", "USNS", "USCGC", "RMS", "MV", "MT", "SY", "INS", "HNLMS",
    };

    /// <summary>
    /// Nouns of works, products and craft that name what follows or what they describe: "the film Easy Rider",
    /// "the album Some Kind of Fever", "the shuttle Atlantis", "Freewinds, a cruise ship". Not "magazine" or
    /// "newspaper" (their titles are organisations), not "play", "show" or "model" (verbs and people).
    /// </summary>
    public static readonly HashSet<string> OtherNounsBefore = new(StringComparer.Ordinal)
    {
        "film", "movie", "documentary", "sitcom", "album", "song", "single", "EP", "LP", "soundtrack", "anthem", "hymn", "opera", "musical",
        "ballet", "symphony", "novel", "novella", "book", "memoir", "poem", "painting", "sculpture", "series", "miniseries", "sequel",
        "videogame", "titled", "entitled", "shuttle", "orbiter", "spacecraft", "ship", "vessel", "yacht", "ferry", "liner", "submarine",
        "frigate", "destroyer", "carrier", "aircraft", "airliner", "jet", "fighter", "bomber", "helicopter", "rocket", "satellite", "probe",
        "rover", "browser", "software", "app", "console", "smartphone", "language", "dialect",
    };

    /// <summary>
    /// Lower-case nouns after a name that make it a tournament, an award or a market index: "the Wimbledon semifinals", "the
    /// Stella Artois championships", "the Nobel prize", "a Pulitzer laureate", "the Varex index", "the Nikkei average" (an
    /// index is Other, as the team's wire gold types it; wikigold leaves "the BEL20 index" unannotated). Not "title" or
    /// "final" ("the Chelsea title challenge", "the Arsenal final" are the club's), nor "winner" (a goal).
    /// </summary>
    public static readonly HashSet<string> EventNounsAfter = new(StringComparer.Ordinal)
    {
        "championship", "championships", "tournament", "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
        "quarter-final", "quarter-finals", "champion", "prize", "prizes", "laureate", "laureates", "index", "indices", "average",
    };

    /// <summary>Nouns after a name ending in "Memorial" that make it a sports meeting, not a monument: "the Van Oost Memorial athletics meeting".</summary>
    public static readonly HashSet<string> MeetingNouns = new(StringComparer.Ordinal)
    {
        "athletics", "meeting", "meet", "tournament", "race", "chess", "regatta", "rally", "grand",
    };

    /// <summary>Nouns after a name that make it a product, a craft or a language: "the Chamicuro language", "the Firefox browser".</summary>
    public static readonly HashSet<string> OtherNounsAfter = new(StringComparer.Ordinal)
    {
        "language", "languages", "dialect", "dialects", "script", "alphabet", "browser", "spacecraft", "orbiter", "shuttle", "album", "aircraft",
        "airliner", "fighter", "bomber", "smartphone", "console",
    };

    /// <summary>
    /// Head words of a tournament's name in golf and tennis copy: "the Prague Challenger", "the Gullane Classic", "the Qatar
    /// Masters", "the Dunmore Invitational" (an event: Other). Case-blind for capitals headlines ("THE AUSTRALIAN MASTERS").
    /// </summary>
    public static readonly HashSet<string> TournamentHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Challenger", "Classic", "Masters", "Invitational", "Open",
    };

    /// <summary>The head words of a league's named section, "the Central Division", "the Eastern Conference": Other, as CoNLL-style gold types them.</summary>
    public static readonly HashSet<string> LeagueSectionHeads = new(StringComparer.Ordinal) { "Division", "Conference" };

    /// <summary>The region words that name a league's section ("Central Division", "Pacific Division", "Western Conference"), not an army's or a company's.</summary>
    public static readonly HashSet<string> LeagueSectionRegions = new(StringComparer.Ordinal)
    {
        "Central", "Atlantic", "Pacific", "Eastern", "Western", "Northern", "Southern", "Midwest", "Northeast", "Northwest", "Southeast",
        "Southwest", "Metropolitan", "Northeastern", "Midwestern",
    };

    /// <summary>Verbs before "the" and a tournament's name: "who won the Dunmore Phoenix last season".</summary>
    public static readonly HashSet<string> WinVerbs = new(StringComparer.Ordinal) { "won", "win", "wins", "winning" };

    /// <summary>
    /// Words after "won the X" that end the event's name (a time or a place of the win, or the sentence's end): "won the Dunmore
    /// Phoenix last season", "… in 1994". Not a lower-case noun ("won the New Hampshire primary": the name is a place).
    /// </summary>
    public static readonly HashSet<string> WinEventFollowers = new(StringComparer.Ordinal)
    {
        "last", "this", "in", "on", "at", "twice", "earlier", "before", "and", "with", "by", "for",
    };
}
