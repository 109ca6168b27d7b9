namespace SeedData;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A company, institution, party, agency, team or other body.</summary>
    Organization,

    /// <summary>A country, region, city or other place.</summary>
    Location,

    /// <summary>A named thing that is none of the above (an event, a product, a work).</summary>
    Other,
}
