using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>Words for the wire copy classes of the `wire4` branch (docs/extraction.md, steps 1, 5, 7, 8 and 10).</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// Ethnic peoples of no one country (as <c>regions.tsv</c> lists them), singular and plural: after a country's
    /// nationality they are a name of their own ("Rwandan | Hutu refugees", "Iraqi | Kurds"), as CoNLL-style annotation
    /// has them; a people that is a country's own ("Bosnian Serb", "Bosnian Croat") and a religion ("Bosnian Moslem",
    /// "German Christian", as wikigold has it) stay one name with the nationality.
    /// </summary>
    public static readonly HashSet<string> EthnicPeoples = new(StringComparer.Ordinal)
    {
        "Hutu", "Hutus", "Tutsi", "Tutsis", "Kurd", "Kurds", "Kurdish", "Tamil", "Tamils", "Berber", "Berbers", "Tuareg", "Tuaregs",
        "Bedouin", "Bedouins", "Romany", "Inuit",
    };

    /// <summary>Words that open an international body's name without being one: "European Commissioner for Fisheries" (EntityRecognizer.IsAgencyFor).</summary>
    public static readonly HashSet<string> AgencyPrefixes = new(StringComparer.Ordinal)
    {
        "European",
    };

    /// <summary>
    /// Adjectives of an event that are a name of kind Other on their own, though the dictionary lists them: "Olympic champion
    /// Ardo Pellik", "the Paralympic team" (EntityRecognizer.IsEventAdjective).
    /// </summary>
    public static readonly HashSet<string> EventAdjectives = new(StringComparer.Ordinal)
    {
        "Olympic", "Paralympic",
    };

    /// <summary>
    /// Lower-case nouns after a name that make it a place, beside <c>PlaceNouns</c>: "Kibumba camp", "the Rutshuru valley",
    /// "the Jaffna peninsula", "the Varlo enclave", "the Christiansborg palace", "the Tagus estuary", "the giant Tengiz field",
    /// "the Salang road" (EntityRecognizer.IsPlaceNounAfter).
    /// </summary>
    public static readonly HashSet<string> PlaceNounsAfter = new(StringComparer.Ordinal)
    {
        "camp", "camps", "valley", "plain", "plains", "plateau", "basin", "delta", "peninsula", "enclave", "township", "commune", "governorate",
        "oblast", "canton", "settlement", "airport", "airfield", "highlands", "lowlands", "lake", "mountains", "hills", "desert", "gorge",
        "palace", "castle", "cathedral", "stadium", "square", "bridge", "harbour", "harbor", "mine", "mines", "oilfield",
        "estuary", "field", "gasfield", "tunnel", "strait", "coast", "lagoon", "glacier", "road", "highway",
    };

    /// <summary>Kinds of camp between a place's name and "camp": "Lumara refugee camp", "the Kelwa transit camp".</summary>
    public static readonly HashSet<string> CampKinds = new(StringComparer.Ordinal)
    {
        "refugee", "refugees", "transit", "military", "army", "prison", "detention", "training", "displacement",
    };

    /// <summary>Verbs of a table's move before "top" or "bottom": "Kellmoor moved top", "Brayford stay bottom" (EntityRecognizer.IsTeamResultAfter).</summary>
    public static readonly HashSet<string> StandingVerbs = new(StringComparer.Ordinal)
    {
        "moved", "move", "moves", "went", "go", "goes", "stay", "stays", "stayed", "remain", "remains", "remained", "climbed", "climb", "climbs",
        "slipped", "slip", "slips", "dropped", "drop", "drops", "are", "is", "were", "was",
    };

    /// <summary>Wire copy's labels in capitals before a dash or a colon ("NOTE - the figures are …", "CORRECTION - …"): no place, no name.</summary>
    public static readonly HashSet<string> WireLabels = new(StringComparer.Ordinal)
    {
        "NOTE", "NOTES", "UPDATE", "CORRECTION", "CORRECTED", "REFILE", "REPEAT", "ADVISORY", "URGENT", "FLASH", "BULLETIN", "WRAPUP",
        "FACTBOX", "NEWSALERT", "PREVIEW", "REVIEW", "RESULTS", "SOURCE", "SOURCES",
    };
}
