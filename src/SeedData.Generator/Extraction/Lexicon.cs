using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>The closed word lists the rules use: reporting verbs, name-part keywords, pronouns.</summary>
internal static partial class Lexicon
{
    /// <summary>Verbs of saying, every form ("say", "says", "said", "saying").</summary>
    private static readonly HashSet<string> ReportingVerbs = Forms(
        "say:said", "tell:told", "add", "stress", "warn", "write:wrote:written", "note", "explain", "insist", "argue", "claim", "ask", "reply:replied",
        "answer", "declare", "announce", "state", "comment", "remark", "recall", "continue", "acknowledge", "admit", "concede", "urge", "emphasize",
        "emphasise", "underline", "confirm", "predict", "promise", "pledge", "vow", "suggest", "conclude", "agree", "counter", "complain", "caution",
        "quip", "shout", "tweet", "post", "describe", "call", "report", "express", "assert", "maintain", "observe", "reiterate", "mention", "deny:denied",
        "add", "describe", "announce", "speak:spoke:spoken", "testify:testified", "acknowledge", "boast", "joke", "lament", "point", "declare", "reveal",
        "tell", "murmur", "whisper", "cry:cried", "exclaim", "respond", "retort", "welcome", "criticize", "criticise", "accuse", "describe", "convey", "demand", "insist", "highlight", "vow", "signal", "order", "condemn", "brand", "dub:dubbed", "hail", "liken", "label:labeled:labelled", "decry:decried");

    /// <summary>The verbs that can stand after a quote with the speaker ("“…,” said X" / "“…,” X said").</summary>
    private static readonly HashSet<string> CoreReportingVerbs = Forms(
        "say:said", "tell:told", "add", "stress", "warn", "write:wrote:written", "note", "explain", "insist", "argue", "claim", "ask", "reply:replied",
        "answer", "declare", "announce", "comment", "remark", "recall", "continue", "acknowledge", "admit", "concede", "urge", "emphasize", "emphasise",
        "confirm", "predict", "promise", "pledge", "vow", "suggest", "conclude", "counter", "complain", "caution", "quip", "shout", "tweet", "post",
        "observe", "reiterate", "respond", "retort", "exclaim", "whisper", "boast", "joke", "lament", "testify:testified", "cry:cried", "report", "demand");

    /// <summary>Last words that make a name an organisation.</summary>
    public static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Party", "Commission", "Bank", "Force", "Forces", "Council", "Ministry", "Agency", "Company", "Corporation", "Corp", "Inc", "Ltd", "Group", "Association",
        "Union", "University", "Court", "Parliament", "Assembly", "Committee", "Office", "Department", "Institute", "Organization", "Organisation",
        "Federation", "Authority", "Service", "Services", "Police", "Airlines", "Airways", "Times", "Post", "News", "Network", "Fund", "Programme",
        "Program", "Congress", "Senate", "Board", "Bureau", "Club", "Foundation", "Trust", "Society", "Alliance", "Coalition", "Movement", "Front", "Forum",
        "Army", "Navy", "Guard", "Command", "Cabinet", "Government", "Administration", "Industries", "Holdings", "Motors", "Energy", "Electric",
        "Telecom", "Systems", "Technologies", "Partners", "Capital", "Securities", "Exchange", "Reserve", "Tribunal", "College", "School", "Academy",
        "Hospital", "Center", "Centre", "Laboratory", "Observatory", "Secretariat", "Directorate", "Inspectorate", "Chamber", "League", "FC",
        "Railways", "Railway", "Bahn", "Post", "Press", "Media", "Broadcasting", "Television", "Radio", "Herald", "Journal", "Gazette", "Tribune",
        "Mirror", "Observer", "Institution", "Unit", "Team", "Brigade", "Battalion", "Regiment", "Division", "Church", "Mission", "Network", "Works",
        "Cooperative", "Co-operative", "Syndicate", "Consortium", "Conference", "Delegation", "Senate", "Inc.", "Ltd.", "plc", "PLC", "AG", "SA", "GmbH",
        "Office", "Agency", "Department", "Ministry", "Council", "Commission", "Committee", "Board", "Authority", "Administration", "Cartel",
        "Microsystems", "Investimentos", "Investments", "Pharmaceuticals", "Labs", "Semiconductor", "Semiconductors", "Electronics", "Logistics",
        "Solutions", "Ventures", "Resources", "Mining", "Petroleum", "Steel", "Chemicals", "Foods", "Brands", "Entertainment", "Studios", "Pictures",
        "Records", "Publishing", "Trusts", "Centres", "Centers", "Limited", "LLC", "Plc", "Unions", "Parties", "Groups",
        "Museum", "Gallery", "Galleries", "Magazine", "Library", "Theatre", "Theater", "Orchestra", "Opera", "Insurance", "Finance", "Bancorp", "Airline", "Shipping", "Lines", "Software",
        "Bakeries", "Bakery", "Breweries", "Brewery", "Distillers", "Dairies", "Mills", "Stores", "Enterprises", "Minerals", "Mines", "Refineries", "Textiles", "Communications", "Properties", "Bancshares", "Railroad", "Networks", "Computers", "Products", "Panel",
    };

    /// <summary>Words anywhere in a name that make it an organisation ("Ministry of Finance", "Bank of Japan").</summary>
    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "University", "Bank", "Office", "Institute", "Council", "Commission", "Committee", "Agency", "Court", "Federation",
        "Association", "Union", "Academy", "Party", "Organisation", "Organization", "Board", "Bureau", "Chamber", "Authority", "Museum", "Centre", "Center",
    };

    /// <summary>Last words that make a name a place.</summary>
    public static readonly HashSet<string> LocationWords = new(StringComparer.Ordinal)
    {
        "City", "Province", "State", "River", "Mountains", "Mountain", "Mount", "Mt", "Island", "Islands", "Sea", "Ocean", "Valley", "County", "District",
        "Region", "Lake", "Bay", "Gulf", "Strait", "Peninsula", "Desert", "Coast", "Delta", "Basin", "Street", "Avenue", "Road", "Square", "Park",
        "Airport", "Port", "Harbour", "Harbor", "Bridge", "Canal", "Dam", "Stadium", "Arena", "Hall", "Palace", "Plaza", "Forest", "Hills", "Heights",
        "Quarter", "Town", "Village", "Territory", "Oblast", "Prefecture", "Governorate", "Municipality", "Borough", "Station", "Volcano", "Glacier",
        "Mosque", "Temple", "Cathedral", "Shrine", "Zoo", "Beach", "Falls", "Canyon", "Crater", "Reef", "Peak", "Pass",
    };

    /// <summary>Words that make a name a building or site, which counts as a place.</summary>
    public static readonly HashSet<string> FacilityWords = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Museum", "Planetarium", "Hotel", "Base", "Tower", "Towers", "Factory", "Facility", "Stadium", "Arena", "Hall",
        "Palace", "Cathedral", "Airport", "Station", "Campus", "Mall", "Plaza", "Castle", "Fort", "Prison", "Jail", "Embassy", "Consulate", "Terminal", "Complex", "Annex", "Pavilion",
    };

    /// <summary>First words that make a name a place ("Mount Ruang", "Lake Victoria").</summary>
    public static readonly HashSet<string> LocationPrefixes = new(StringComparer.Ordinal)
    {
        "Mount", "Mt", "Lake", "Cape", "Fort", "Port", "Isle", "Gulf", "Strait", "Bay", "Lac", "Rio", "Sierra", "Costa", "Monte", "Val", "Saint", "San", "Santa", "St",
    };

    /// <summary>Last words that make a name an event, award, law, product or work ("Other").</summary>
    public static readonly HashSet<string> OtherWords = new(StringComparer.Ordinal)
    {
        "Marathon", "Festival", "Prize", "Award", "Awards", "Games", "Cup", "Championship", "Championships", "Olympics", "Bill", "Act", "Treaty",
        "Agreement", "Accord", "Accords", "Summit", "Convention", "Protocol", "Open", "Grand Prix", "Tour", "Expo", "Fair", "Week", "Day",
        "Medal", "Trophy", "Plan", "Strategy", "Index", "Declaration", "Initiative", "Doctrine", "Reform", "Pact", "Mission", "Programme",
        "War", "Revolution", "Crisis", "Storm", "Cyclone", "Hurricane", "Typhoon", "Year", "Eve", "Pandemic", "Olympiad", "Biennale", "Show",
        "Bowl", "Classic", "Challenge", "Symposium", "Campaign", "Series", "Tournament", "Invitational", "Rally", "Lotto", "Shield",
    };

    /// <summary>Small words allowed inside a name between capitalised words ("Bank of England", "Rio de Janeiro", "Kengo wa Dondo").</summary>
    public static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "the", "for", "de", "du", "des", "la", "le", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "ter", "bin", "ibn", "bint", "wa", "arap", "al", "el", "y", "&", "in", "and",
    };

    /// <summary>Words before a place name ("in Bali", "near Lokoja").</summary>
    public static readonly HashSet<string> LocationPrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "from", "to", "across", "outside", "into", "towards", "toward", "throughout", "around", "via", "inside", "through",
        "over", "beyond", "between", "off",
    };

    /// <summary>Lower-case nouns before a place name ("the city of Lokoja", "Kogi state").</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "state", "states", "province", "provinces", "region", "regions", "district", "districts", "county", "capital", "island",
        "islands", "port", "river", "country", "republic", "kingdom", "municipality", "suburb", "neighbourhood", "neighborhood", "area", "prefecture", "crossing",
        "constituency", "constituencies",
    };

    /// <summary>Days and months (and their news abbreviations) that end a name: "the United States Thursday", "Dec 6". "May" is left out: it is a surname too.</summary>
    public static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
    };

    /// <summary>"Saturday Night", "Monday Morning": a day and one of these is a time, not a name.</summary>
    public static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal) { "Morning", "Afternoon", "Evening", "Night" };

    /// <summary>Directions and other descriptive words before a name that are not part of it: "South American Mercosur", "Former ...".</summary>
    public static readonly HashSet<string> DescriptiveWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "American", "Former",
    };

    /// <summary>Adjectives that often begin names ("National Rifle Association", "Royal Navy") even where the text also uses them in lower case.</summary>
    public static readonly HashSet<string> NameFormingAdjectives = new(StringComparer.Ordinal)
    {
        "National", "Central", "Federal", "International", "Royal", "United", "General", "Supreme", "Independent", "Democratic", "New", "Great", "Grand",
        "Upper", "Lower", "Greater", "Civil", "Public", "State", "Human",
    };

    /// <summary>Award and event words inside a name: "Nobel Prize in Literature", "World Cup of Hockey".</summary>
    public static readonly HashSet<string> AwardWords = new(StringComparer.Ordinal)
    {
        "Prize", "Award", "Cup", "Championship", "Games", "Festival", "Olympics", "Medal",
    };

    /// <summary>Lower-case nouns after an organisation's name: "France Info radio", "the Yiaga group".</summary>
    public static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "radio", "television", "newspaper", "broadcaster", "agency", "group",
    };

    /// <summary>What "news" before it makes an organisation of a name: "the Antara news agency".</summary>
    public static readonly HashSet<string> NewsNouns = new(StringComparer.Ordinal)
    {
        "agency", "service", "channel", "website",
    };

    /// <summary>Nouns for a work whose title may follow in quotation marks: "his commentary, “Tell your story,”", "the song “Born to Run”".</summary>
    public static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "book", "novel", "memoir", "essay", "column", "commentary", "editorial", "op-ed", "article", "song", "album",
        "film", "movie", "documentary", "play", "poem", "podcast", "episode", "titled", "entitled",
    };

    /// <summary>Adverbs that may stand between "the Chinese" and its verb of saying ("the Chinese also said"), besides words in -ly.</summary>
    public static readonly HashSet<string> ShortAdverbs = new(StringComparer.Ordinal)
    {
        "also", "then", "later", "again", "still",
    };

    /// <summary>Words whose opening letters an apostrophe stands for: ’em, ’til, ’cause, rock ’n’ roll, ’tis, ’twas.</summary>
    public static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "em", "til", "cause", "n", "tis", "twas",
    };

    /// <summary>Words after which a period does not end the sentence.</summary>
    public static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Sen", "Rep", "Col", "Capt", "Lt", "Sgt", "Gov", "Jr", "Sr", "No", "vs", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "Rev",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "e.g", "i.e", "etc",
    };

    /// <summary>Group adjectives that name a direction more often than a group: "Western diplomats" is no entity.</summary>
    public static readonly HashSet<string> CompassAdjectives = new(StringComparer.Ordinal)
    {
        "Western", "Eastern", "Northern", "Southern",
    };

    /// <summary>Words of direction that make a new place of a known one: "West Germany", "East Java", "Southern California".</summary>
    public static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
    };

    /// <summary>Legal-form suffixes that close a company's name: "British Airways Plc and American Airlines" is two names.</summary>
    public static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Plc", "PLC", "plc", "Inc", "Ltd", "Corp", "Co", "AG", "SA", "NV", "LLC", "GmbH", "Bhd", "AB", "ASA", "SpA", "BV", "Oyj", "NL", "Pty", "Pte", "Tbk",
    };

    /// <summary>Words that make a place's name a sports club's: "Manchester City", "Blackburn Rovers", "Aston Villa".</summary>
    public static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "City", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "County", "Town", "Villa", "Rangers", "Celtic", "FC", "Olympic", "Sporting", "Dynamo", "Real",
        "Bayern", "Borussia", "Hapoel", "Maccabi", "Dinamo", "Steaua", "Spartak", "Lokomotiv", "CSKA", "Olympique", "Racing", "Atletico", "Deportivo", "Inter", "AC", "AS",
        "Rapid", "Slavia", "Sparta", "Partizan", "Vitesse", "Sampdoria", "Lazio", "Fortuna", "Eintracht", "Hertha", "Werder", "Bohemians", "Union", "Wisla", "Legia",
    };

    /// <summary>A team's people, after its name: "Chelsea manager Ruud Gullit", "Lazio striker".</summary>
    public static readonly HashSet<string> ClubStaff = new(StringComparer.Ordinal)
    {
        "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "captain", "skipper", "fullback", "playmaker", "fans", "supporters",
    };

    /// <summary>Words of a match report around a team's name: "Barcelona beat Valencia 3-1", "drew with Lyon", "a win over Ajax".</summary>
    public static readonly HashSet<string> MatchWords = new(StringComparer.Ordinal)
    {
        "beat", "beats", "drew", "draw", "lost", "lose", "defeated", "defeat", "won", "win", "thrashed", "edged", "routed", "against", "vs", "v", "over", "host", "hosts", "visit", "visiting", "trailed", "led",
    };

    /// <summary>Lower-case nouns before an organisation name ("the civic group Yiaga Africa", "state broadcaster CCTV").</summary>
    public static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "party", "group", "company", "firm", "broadcaster", "agency", "newspaper", "daily", "bank", "union", "ministry", "commission", "organisation",
        "organization", "carrier", "airline", "maker", "manufacturer", "operator", "utility", "insurer", "lender", "retailer", "club", "team", "charity",
        "network", "outlet", "tabloid", "magazine", "startup", "giant", "conglomerate", "producer", "regulator", "watchdog", "institute", "body", "council",
        "board", "court", "coalition", "alliance", "movement", "side", "authority", "department", "university", "publisher", "channel", "website",
        "radio", "television", "tv", "station", "federation", "association", "academy", "foundation", "charity", "trust", "fund", "exchange",
        "brewer", "carmaker", "automaker", "miner", "chipmaker", "drugmaker", "refiner", "conglomerate", "subsidiary", "unit", "bureau", "office", "service",
    };

    /// <summary>Lower-case nouns that refer back to an organisation ("the party said").</summary>
    public static readonly HashSet<string> OrganizationAnaphors = new(StringComparer.Ordinal)
    {
        "party", "group", "company", "firm", "broadcaster", "agency", "ministry", "commission", "organisation", "organization", "bank", "union", "government",
        "court", "council", "board", "committee", "regulator", "watchdog", "carrier", "airline", "operator", "utility", "club", "team", "alliance",
        "coalition", "institute", "authority", "department", "office", "charity", "university", "network", "broadcaster", "police", "army", "military",
        "lender", "insurer", "maker", "manufacturer", "producer", "retailer", "utility", "side", "organisers", "organizers", "federation", "association",
        "academy", "jury", "foundation", "ministry", "agency", "service", "campaign", "union", "bureau", "secretariat", "tribunal", "panel", "league",
    };


    /// <summary>Relatives and counsel only a person has ("Paris’s father"; "Paris’s mayor" is the city's).</summary>
    public static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "father", "mother", "parents", "husband", "wife", "son", "daughter", "brother", "sister", "children", "grandfather", "grandmother",
        "uncle", "aunt", "cousin", "widow", "widower", "boyfriend", "girlfriend", "fiancé", "fiancée", "lawyer", "attorney",
    };

    /// <summary>Lower-case nouns that refer back to a person ("the official said").</summary>
    public static readonly HashSet<string> PersonAnaphors = new(StringComparer.Ordinal)
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "chairman", "chairwoman", "chair", "leader", "secretary",
        "governor", "mayor", "director", "chief", "executive", "economist", "analyst", "expert", "professor", "researcher", "scientist", "lawyer",
        "judge", "prosecutor", "ambassador", "envoy", "commissioner", "coach", "manager", "captain", "player", "striker", "author", "writer", "director",
        "founder", "owner", "senator", "lawmaker", "legislator", "activist", "campaigner", "organiser", "organizer", "doctor", "nurse", "teacher",
        "farmer", "resident", "witness", "survivor", "victim", "officer", "general", "commander", "chancellor", "premier", "counterpart", "diplomat",
        "negotiator", "mp", "deputy", "king", "queen", "prince", "pope", "head", "boss", "ceo", "cfo", "economist", "strategist", "vice-president",
        "spokesperson", "trader", "student", "mother", "father", "woman", "man", "engineer", "pilot", "astronaut", "filmmaker", "novelist", "poet",
        "artist", "actor", "actress", "singer", "athlete", "runner", "winner", "champion", "inspector", "superintendent", "vice", "host", "chief executive",
        "midfielder", "defender", "forward", "goalkeeper", "winger", "striker", "batsman", "bowler", "cyclist", "swimmer", "sprinter", "skier", "boxer",
        "veteran", "pensioner", "mayor", "councillor", "vicar", "priest", "campaigner", "chairperson", "secretary-general", "director-general",
    };

    /// <summary>Prepositions: a name right after one is not the subject of its clause ("a professor at X", "Y of the Sierra Club").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "at", "of", "for", "from", "in", "on", "with", "by", "to", "about", "against", "under", "over", "after", "before", "during", "like",
        "alongside", "behind", "toward", "towards", "near", "into", "between", "among", "than", "without", "within", "via", "per", "including",
    };

    /// <summary>First words of an opening phrase or subordinate clause ("In a statement,", "After meeting X,", "Asked about Y,"), which is not a subject.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "during", "after", "before", "while", "when", "since", "as", "asked", "speaking", "writing", "although", "though",
        "if", "because", "meanwhile", "however", "but", "and", "still", "yet", "instead", "later", "earlier", "separately", "also", "then",
        "for", "from", "with", "without", "under", "despite", "following", "unlike", "like", "according", "responding", "referring", "addressing",
    };

    /// <summary>Small words a Title Case title keeps in lower case ("Bank of the North", "War and Peace").</summary>
    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "a", "an", "in", "for", "to", "on", "at", "vs.", "from", "with", "de", "la",
    };

    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "as", "that", "which", "who", "whom", "whose", "where", "what", "how", "why",
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "his", "its", "our", "their", "my", "your",
        "this", "these", "those", "there", "here", "then", "now", "not", "too", "also", "even", "just", "only", "again", "all", "both",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "today", "yesterday", "tomorrow", "tonight", "last", "next", "earlier", "later",
        "ago", "instead", "anyway", "either", "neither", "each", "every", "no", "any", "some", "across", "around", "through", "throughout",
        "despite", "amid", "upon", "onto", "beyond", "since", "until", "till", "unless", "up", "down", "out", "off", "away", "back",
        "once", "twice", "always", "never", "often", "soon", "still", "already", "ever",
    };

    /// <summary>Words that open a subordinate clause: a verb of saying after one is not the sentence's report.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "if", "while", "after", "before", "because", "although", "though", "since", "once", "until", "unless", "whether", "whereas",
    };

    /// <summary>Personal titles before a name, with the gender they give: "m", "f" or "" (unknown).</summary>
    private static readonly Dictionary<string, string> PersonTitles = new(StringComparer.Ordinal)
    {
        ["Mr"] = "m", ["Mrs"] = "f", ["Ms"] = "f", ["Miss"] = "f", ["Dr"] = "", ["Prof"] = "", ["Sen"] = "", ["Rep"] = "", ["Del"] = "",
        ["Gov"] = "", ["Gen"] = "", ["Lt"] = "", ["Col"] = "", ["Capt"] = "", ["Sgt"] = "", ["Adm"] = "", ["Maj"] = "", ["Rev"] = "",
        ["Sir"] = "m", ["Dame"] = "f", ["Lord"] = "m", ["Lady"] = "f",
    };

    /// <summary>The gender a personal title gives ("Mr" → "m", "Sen" → ""), or null when the word is not one.</summary>
    public static string? PersonTitle(string word) => PersonTitles.TryGetValue(word, out var gender) ? gender : null;

    /// <summary>A personal title written short, whose period ends no sentence ("Del. Stacey Plaskett"; not "Sir" or "Lady").</summary>
    public static bool IsTitleAbbreviation(string word) => PersonTitles.ContainsKey(word) && word is not ("Miss" or "Sir" or "Dame" or "Lord" or "Lady");

    /// <summary>
    /// A word that cannot go on with the noun phrase before it: an article, pronoun, auxiliary, conjunction,
    /// preposition, relative, time or frequency word ("“yes” twice", "“a disaster” on Monday").
    /// </summary>
    public static bool EndsANounPhrase(string word) => PhraseBreaks.Contains(word) || Prepositions.Contains(word) || Subordinators.Contains(word);

    /// <summary>A last word (<see cref="OrganizationWords"/>) or head word anywhere (<see cref="OrganizationHeads"/>) of an organisation's name.</summary>
    public static bool IsOrganizationWord(string word) => OrganizationWords.Contains(word) || OrganizationHeads.Contains(word);

    public static bool IsPreposition(string word) => Prepositions.Contains(word) || (word.Length > 1 && char.IsUpper(word[0]) && Prepositions.Contains(word.ToLowerInvariant()));

    public static bool IsClauseOpener(string word) => ClauseOpeners.Contains(word);

    public static bool IsSubordinator(string word) => Subordinators.Contains(word);

    public static bool IsTitleSmallWord(string word) => TitleSmallWords.Contains(word);

    public static bool IsReportingVerb(string word)
    {
        if (ReportingVerbs.Contains(word))
        {
            return true;
        }

        // ToLowerInvariant returns the same string when nothing changes: no second look-up then.
        var lower = word.ToLowerInvariant();
        return !ReferenceEquals(lower, word) && ReportingVerbs.Contains(lower);
    }

    public static bool IsCoreReportingVerb(string word) => CoreReportingVerbs.Contains(word);

    // By length and characters rather than string comparisons: asked of nearly every token of an article.
    public static bool IsPersonPronoun(string word) => (word?.Length ?? 0) switch
    {
        2 => word![0] is 'h' or 'H' && word[1] == 'e',
        3 => word![0] is 's' or 'S' && word[1] == 'h' && word[2] == 'e',
        _ => false,
    };

    public static bool IsPluralPronoun(string word) => (word?.Length ?? 0) switch
    {
        2 => word![0] is 'i' or 'I' && word[1] == 't',
        4 => word![0] is 't' or 'T' && word[1] == 'h' && word[2] == 'e' && word[3] == 'y',
        _ => false,
    };

    /// <summary>Builds every inflection of verbs given as "base" or "base:past:participle".</summary>
    private static HashSet<string> Forms(params string[] verbs)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verb in verbs)
        {
            var parts = verb.Split(':');
            var stem = parts[0];
            forms.Add(stem);
            forms.Add(ThirdPerson(stem));
            forms.Add(Ing(stem));
            if (parts.Length > 1)
            {
                for (var i = 1; i < parts.Length; i++)
                {
                    forms.Add(parts[i]);
                }
            }
            else
            {
                forms.Add(Past(stem));
            }
        }

        return forms;
    }

    private static string ThirdPerson(string stem) =>
        stem.EndsWith("s", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("x", StringComparison.Ordinal)
            ? stem + "es"
            : stem.EndsWith("y", StringComparison.Ordinal) && !IsVowel(stem[stem.Length - 2]) ? stem.Substring(0, stem.Length - 1) + "ies" : stem + "s";

    private static string Past(string stem) =>
        stem.EndsWith("e", StringComparison.Ordinal) ? stem + "d"
        : stem.EndsWith("y", StringComparison.Ordinal) && !IsVowel(stem[stem.Length - 2]) ? stem.Substring(0, stem.Length - 1) + "ied"
        : stem is "quip" ? "quipped" : stem + "ed";

    private static string Ing(string stem) =>
        stem.EndsWith("e", StringComparison.Ordinal) && !stem.EndsWith("ee", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) + "ing"
        : stem is "quip" ? "quipping" : stem + "ing";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
