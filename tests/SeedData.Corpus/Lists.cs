namespace SeedData.Corpus;

/// <summary>Word lists for the synthesiser. Made-up names, ordinary news vocabulary.</summary>
internal static class Lists
{
    public static readonly string[] Places =
    {
        "Velmora", "Arnhold", "Castrelo", "Dunmere", "Eskavik", "Farrowby", "Gallantra", "Hollin", "Istrada", "Jorvale",
        "Kestrani", "Lunford", "Marisco", "Norvik", "Ostrava", "Pellham", "Quarrin", "Rosmarin", "Saltcoat", "Tavira",
        "Ulmstad", "Varenne", "Wexbury", "Yarrow", "Zelnik", "Brightwell", "Corvana", "Delmar", "Elsburg", "Fennick",
    };

    public static readonly (string Noun, string Verb, string Object)[] HeadlineSubjects =
    {
        ("council", "approves", "new homes"), ("port", "cuts", "jobs"), ("court", "hears", "appeals"), ("hospital", "adds", "beds"),
        ("airport", "cancels", "flights"), ("union", "calls", "strikes"), ("school board", "closes", "classrooms"),
        ("ferry operator", "suspends", "crossings"), ("regulator", "fines", "lenders"), ("police", "arrest", "suspects"),
        ("farmers", "block", "roads"), ("utility", "restores", "power lines"), ("museum", "returns", "artefacts"),
        ("startup", "raises", "million euros"), ("mine", "lays off", "workers"),
    };

    public static readonly string[] HeadlineTails =
    {
        "after storm damage", "amid budget row", "as talks stall", "despite protests", "in surprise move",
        "ahead of election", "after inspection", "as costs rise", "following review", "under new rules",
    };

    public static readonly string[] Kickers = { "Economy", "Politics", "Health", "Climate", "Transport", "Justice", "Culture", "Technology", "Education", "Energy" };

    public static readonly string[] Headings =
    {
        "What happens next", "A long dispute", "Reaction", "Costs and funding", "The view from the ground", "Background",
        "Questions remain", "Criticism", "A wider trend", "Local concerns", "The numbers", "Looking ahead",
    };

    public static readonly string[] FirstNames =
    {
        "Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ibrahim", "Jelena", "Kofi", "Lucía",
        "Mateus", "Nadia", "Olek", "Priya", "Quentin", "Rosa", "Sven", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf", "Zofia",
    };

    public static readonly string[] Surnames =
    {
        "Abernethy", "Bakshi", "Castellano", "Drobny", "Eriksen", "Fairweather", "Gonçalves", "Haddad", "Ivanova", "Jansen",
        "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Oyelaran", "Petrakis", "Quiroga", "Rautio", "Sørensen", "Tiwari",
        "Umarov", "Vasquez", "Whitcombe", "Yilmaz", "Zeller",
    };

    public static readonly string[] Roles =
    {
        "a spokesperson", "the chief executive", "an economist", "a senior analyst", "the director", "a lawyer",
        "the deputy mayor", "a researcher", "the union leader", "a board member",
    };

    public static readonly string[] Institutions = { "City Council", "Port Authority", "Regional Court", "University Hospital", "Chamber of Commerce", "Water Board" };

    public static readonly string[] Portfolios = { "Finance", "Transport", "Health", "Energy", "Justice", "Agriculture" };

    public static readonly string[] CompanyKinds = { "Holdings", "Logistics", "Energy", "Capital", "Shipping", "Foods" };

    public static readonly string[] Agencies = { "Northgate Press", "Meridian Photo", "Harbour Images", "Lumen Agency" };

    public static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static readonly string[] CaptionScenes =
    {
        "Workers gather outside the main gate", "Residents queue for water", "Protesters march past the town hall",
        "Officials inspect the damaged pier", "Passengers wait at a closed terminal", "Volunteers clear debris from a street",
    };

    public static readonly string[] Subjects =
    {
        "the council", "local officials", "the company", "several residents", "the government", "investors", "the court",
        "opposition lawmakers", "the regulator", "union members", "engineers", "the ministry", "small businesses", "the board",
    };

    public static readonly string[] Verbs =
    {
        "rejected", "approved", "questioned", "delayed", "announced", "defended", "criticised", "reviewed", "welcomed",
        "postponed", "expanded", "scaled back", "published", "funded",
    };

    public static readonly string[] Objects =
    {
        "the proposal", "a revised budget", "the new timetable", "plans for a second bridge", "the spending cuts",
        "an independent inquiry", "the draft law", "a temporary ban", "the compensation scheme", "the merger",
        "fresh safety rules", "the housing programme", "a pilot project", "the tender",
    };

    public static readonly string[] Circumstances =
    {
        "on Tuesday", "last week", "after months of talks", "without a public vote", "despite warnings from experts",
        "for the third time this year", "in a brief statement", "at a crowded meeting", "before the summer recess",
        "earlier this month", "with little explanation", "under pressure from donors",
    };

    public static readonly string[] Connectives = { "while", "although", "because", "even though", "after", "as" };
}
