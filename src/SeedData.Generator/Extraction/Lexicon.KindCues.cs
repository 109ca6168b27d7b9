using System;
using System.Collections.Generic;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Word lists that tell a name's kind from its own head words in other languages and from the words
/// around it ("shares of X", "X’s wife", "the band X"), used by <c>EntityRecognizer.ContextKinds</c>.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Head words of organisations' names in European languages: "Instituto Gonzaga", "Partido Popular", "Banco Santander".</summary>
    public static readonly HashSet<string> ForeignOrganizationHeads = new(StringComparer.Ordinal)
    {
        "Instituto", "Institut", "Instituut", "Istituto", "Partido", "Partito", "Parti", "Partij", "Partei", "Banco", "Banca", "Banque",
        "Universidad", "Universidade", "Università", "Universität", "Université", "Universiteit", "Uniwersytet", "Società", "Sociedad", "Sociedade",
        "Société", "Gesellschaft", "Gruppo", "Grupo", "Groupe", "Fundação", "Fundación", "Fondazione", "Fondation", "Stiftung", "Colegio", "Colégio",
        "Collegio", "Collège", "Lycée", "Liceo", "Gymnasium", "Escuela", "Escola", "Scuola", "École", "Hochschule", "Akademie", "Academia", "Accademia",
        "Compañía", "Companhia", "Compagnia", "Compagnie", "Maison", "Empresa", "Ministerio", "Ministério", "Ministero", "Ministère", "Ministerium", "Consejo",
        "Conselho", "Consiglio", "Conseil", "Asociación", "Associação", "Associazione", "Verein", "Verband", "Movimiento", "Movimento", "Mouvement",
        "Frente", "Unión", "União", "Unione", "Organismos", "Organismo", "Organización", "Organização", "Organizzazione", "Comité", "Comitato",
        "Comisión", "Comissão", "Commissione", "Agencia", "Agência", "Agenzia", "Agence", "Corporación", "Cooperativa", "Federación", "Federação",
        "Federazione", "Fédération", "Confederación", "Sindicato", "Sindacato", "Syndicat", "Congreso", "Asamblea", "Assemblée", "Assemblea",
        "Ejército", "Exército", "Esercito", "Armée", "Policía", "Polícia", "Polizia",

        // Company words of wire business copy: "Deutsche Telekom", "Societe Generale", "Petroleos de Venezuela".
        "Deutsche", "Telekom", "Telecom", "Telecomunicacoes", "Telefonos", "Petroleos", "Petróleos", "Societe", "Generale", "Générale", "Crédit",
        "Credito", "Compania", "Compañia", "Cie", "Commerciale", "Assicurazioni", "Electricite", "Électricité", "Aktiengesellschaft", "Aktiebolaget",
        "Landesbank", "Kreditanstalt", "Girozentrale", "Sparkasse", "Versicherung", "Freres", "Frères", "Fratelli",
    };

    /// <summary>
    /// Plural party names after a religion's, a people's or a creed's word: "the Christian Democrats", "the Christian
    /// Socialists" (one organisation, not the group word "Christian" and a known "Democrats").
    /// </summary>
    public static readonly HashSet<string> PartyPlurals = new(StringComparer.Ordinal)
    {
        "Democrats", "Socialists", "Liberals", "Conservatives", "Republicans", "Nationalists", "Radicals", "Unionists",
    };

    /// <summary>
    /// English words that open a company's name of another language before a word that is no English word: "Credit
    /// Lyonnais", "Credit Suisse" (not "Social Credit", a doctrine, nor "Credit Union").
    /// </summary>
    public static readonly HashSet<string> CompanyOpeners = new(StringComparer.Ordinal) { "Credit" };

    /// <summary>
    /// One-word companies of wire business copy told by their ending, like "-bank" (<c>KindRules</c>): "Aeroflot",
    /// "Gazprom", "Petrobras", "Pemex", "Telekom", "Handelsbanken".
    /// </summary>
    public static readonly string[] CompanyWordEndings = { "flot", "prom", "bras", "mex", "telekom", "telecom", "banken" };

    /// <summary>
    /// Words that open a wire story's label line before "of" and a name, and are no part of it: "Summary of Kellmark
    /// parliament votes", "Results of Italian first division matches", "Text of Ostravia 's statement".
    /// </summary>
    public static readonly HashSet<string> ReportOpeners = new(StringComparer.Ordinal)
    {
        "Summary", "Summaries", "Results", "Result", "Standings", "Details", "Highlights", "Text", "Texts", "List", "Table", "Tables", "Scores",
        "Schedule", "Fixtures", "Breakdown", "Composition", "Outline", "Chronology", "Profile", "Factbox", "Timeline", "Excerpts", "Extracts",
    };

    /// <summary>The desk that signs a wire story ("-- London Newsroom +44 171 542 7658"): the last word of an organisation's name.</summary>
    public static readonly HashSet<string> NewsDeskWords = new(StringComparer.Ordinal) { "Newsroom", "Newsdesk" };

    /// <summary>Verbs of a price's move ("Deutsche Telekom fell 2 percent"): with a number and a unit after them, the name before is a company or an index.</summary>
    public static readonly HashSet<string> PriceMoveVerbs = new(StringComparer.Ordinal)
    {
        "rose", "fell", "gained", "lost", "dropped", "climbed", "slipped", "eased", "firmed", "jumped", "slid", "tumbled", "plunged", "soared",
        "added", "shed", "edged", "dipped", "surged", "advanced", "declined", "closed", "ended",
    };

    /// <summary>
    /// Units of a price's move: "fell 2 percent", "gained 5 pence". Not "points": a driver or a team also finishes
    /// points ahead (an index, which moves by points, has its own cue and its place in the knowledge).
    /// </summary>
    public static readonly HashSet<string> PriceUnits = new(StringComparer.Ordinal)
    {
        "percent", "pct", "%", "cents", "cent", "pence", "pfennigs", "pfennig", "francs", "yen", "lire", "marks", "guilders", "crowns",
    };

    /// <summary>Last words of places' names that <see cref="LocationWords"/> leaves out: "Hancock Pond", "Collins Ave", "Ilocos Norte".</summary>
    public static readonly HashSet<string> MoreLocationWords = new(StringComparer.Ordinal)
    {
        "Reservoir", "Pond", "Creek", "Ave", "Blvd", "Boulevard", "Plateau", "Marsh", "Lagoon", "Fjord", "Ridge", "Cove", "Parish",
        "Township", "Commune", "Canton", "Plains", "Highlands", "Lowlands", "Wetlands", "Norte", "Sur", "Oriental", "Occidental",
    };

    /// <summary>
    /// First words of places' names that <see cref="LocationPrefixes"/> leaves out: "River Mersey", "Camp Howe", "Nueva Segovia";
    /// streets, squares and mountain passes in the languages wire copy keeps them in: "Avenida Mariscal Lopez", "Rue de Rivoli", "Colle di Nava".
    /// </summary>
    public static readonly HashSet<string> MoreLocationPrefixes = new(StringComparer.Ordinal)
    {
        "River", "Camp", "Island", "Isla", "Nueva", "Nuevo", "Puerto", "Ciudad", "Lago", "Laguna", "Cerro", "Greater", "Upper", "Lower",
        "Avenida", "Calle", "Paseo", "Rua", "Praca", "Rue", "Place", "Via", "Viale", "Piazza", "Plaza", "Colle", "Passo", "Col",
    };

    /// <summary>Nouns right before a name that say it is an organisation, beyond <see cref="OrganizationNouns"/>: "the band Deadsy", "the chain Safeway".</summary>
    public static readonly HashSet<string> MoreOrganizationNouns = new(StringComparer.Ordinal)
    {
        "band", "label", "brand", "chain", "supermarket", "studio", "developer", "orchestra", "choir", "ensemble", "outfit", "squad", "franchise",
        "provider", "airline", "automaker", "distributor", "supplier", "contractor", "consultancy", "bottler", "insurer",

        // Wire business copy: "after brokers Corrigan Webb cut", "the national railway SNCF said".
        "broker", "brokers", "brokerage", "stockbroker", "stockbrokers", "railway", "railroad", "carmaker", "steelmaker", "conglomerate",
        "refiner", "exporter", "exporters", "importer", "processor", "bookmaker", "bookmakers",

        // A party by its place in power: "the ruling Janata Dal".
        "ruling",
    };

    /// <summary>
    /// Lower-case nouns after a place's or a person's name that make it the name of an agreement or a plan, kind Other as
    /// news annotation in the CoNLL style has it: "the Maastricht treaty", "the Dayton accords", "Brady bonds".
    /// </summary>
    public static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal)
    {
        "treaty", "treaties", "accord", "accords", "pact", "protocol", "protocols", "bonds", "doctrine", "formula",
    };

    /// <summary>Nouns before "of", "for" or "at" and a name that say it is most often a company or a club: "the takeover of X", "coach of X".</summary>
    public static readonly HashSet<string> OrganizationOfNouns = new(StringComparer.Ordinal)
    {
        "acquisition", "takeover", "subsidiary", "division", "shareholders", "shareholder", "employees", "executives", "merger", "coach", "striker",
        "midfielder", "defender", "goalkeeper", "stock", "analyst", "analysts", "economist", "economists", "trader", "traders", "dealer", "dealers",
        "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson",
    };

    /// <summary>
    /// People of a company or a body right after its name, in lower case: "a Petrobras spokesman", "Kellmark chairman X"
    /// (a person's own spokesman is named after a person the article names in full, whose short form is found first).
    /// </summary>
    public static readonly HashSet<string> OrganizationStaff = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "chairman", "chairwoman", "executives", "shareholders", "analysts", "economist",
        "economists", "strategist", "treasurer", "directors", "board", "chief", "management", "unit", "subsidiary",
    };

    /// <summary>Verbs right before a name that take a company or a club as their object: "acquired X", "coached X".</summary>
    public static readonly HashSet<string> OrganizationObjectVerbs = new(StringComparer.Ordinal)
    {
        "acquired", "acquire", "acquires", "acquiring", "coached", "coaches", "coaching",
    };

    /// <summary>Nouns after a name (with or without "’s") that say it is a company or a band: "X shares", "X’s chief executive", "X’s album".</summary>
    public static readonly HashSet<string> OrganizationPossessions = new(StringComparer.Ordinal)
    {
        "shares", "stock", "shareholders", "subsidiary", "subsidiaries", "headquarters", "ceo", "employees", "stores", "customers", "products",
        "album", "albums", "single", "singles", "debut", "lineup", "line-up", "frontman", "guitarist", "drummer", "bassist", "vocalist", "discography",
        "squad", "players", "boardroom", "shareholder",
    };

    /// <summary>Nouns right after a name (not after its "’s": "Kessler’s party" is his) that say it is a party or a group: "the Fatah movement", "the Likud party".</summary>
    public static readonly HashSet<string> PartyNouns = new(StringComparer.Ordinal)
    {
        "movement", "faction", "militia", "guerrillas", "party",
    };

    /// <summary>Nouns after a name and "’s" that say it is a person: "X’s wife", "X’s funeral".</summary>
    public static readonly HashSet<string> PersonPossessions = new(StringComparer.Ordinal)
    {
        "wife", "husband", "son", "sons", "daughter", "daughters", "father", "mother", "brother", "brothers", "sister", "sisters", "widow", "widower",
        "parents", "birthday", "death", "funeral", "girlfriend", "boyfriend", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt",
        "cousin", "fiancée", "fiancee", "fiance", "biography", "memoir", "memoirs", "grave",
    };

    /// <summary>Words before "of" and a name that say it is a place: "the outskirts of X", "the mayor of X", "north of X".</summary>
    public static readonly HashSet<string> PlaceOfNouns = new(StringComparer.Ordinal)
    {
        "outskirts", "suburbs", "residents", "inhabitants", "streets", "mayor", "governor", "heart", "north", "south", "east", "west", "northeast",
        "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western", "downtown", "population", "citizens", "people",
    };

    /// <summary>Plural nouns that name what the members of a list are: "companies like X, Y", "X, Y and other bands", "countries such as X".</summary>
    public static readonly Dictionary<string, EntityKind> ListNouns = new(StringComparer.Ordinal)
    {
        ["companies"] = EntityKind.Organization, ["firms"] = EntityKind.Organization, ["bands"] = EntityKind.Organization,
        ["groups"] = EntityKind.Organization, ["clubs"] = EntityKind.Organization, ["teams"] = EntityKind.Organization,
        ["banks"] = EntityKind.Organization, ["brands"] = EntityKind.Organization, ["labels"] = EntityKind.Organization,
        ["networks"] = EntityKind.Organization, ["broadcasters"] = EntityKind.Organization, ["newspapers"] = EntityKind.Organization,
        ["airlines"] = EntityKind.Organization, ["retailers"] = EntityKind.Organization, ["chains"] = EntityKind.Organization,
        ["parties"] = EntityKind.Organization, ["studios"] = EntityKind.Organization, ["publishers"] = EntityKind.Organization,
        ["manufacturers"] = EntityKind.Organization, ["corporations"] = EntityKind.Organization, ["universities"] = EntityKind.Organization,
        ["countries"] = EntityKind.Location, ["cities"] = EntityKind.Location, ["states"] = EntityKind.Location,
        ["towns"] = EntityKind.Location, ["nations"] = EntityKind.Location, ["regions"] = EntityKind.Location,
        ["provinces"] = EntityKind.Location, ["villages"] = EntityKind.Location, ["capitals"] = EntityKind.Location,
        ["players"] = EntityKind.Person, ["artists"] = EntityKind.Person, ["singers"] = EntityKind.Person,
        ["musicians"] = EntityKind.Person, ["actors"] = EntityKind.Person, ["politicians"] = EntityKind.Person,
        ["writers"] = EntityKind.Person, ["authors"] = EntityKind.Person, ["leaders"] = EntityKind.Person,
    };
}
