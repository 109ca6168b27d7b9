using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Knowledge;

/// <summary>An entity the built-in knowledge (or the user's gazetteer) knows by name.</summary>
internal sealed class KnownEntity
{
    public KnownEntity(string name, EntityKind kind, string[] aliases, string? countryCode, bool isCountry)
    {
        Name = name;
        Kind = kind;
        Aliases = aliases;
        CountryCode = countryCode;
        IsCountry = isCountry;
    }

    public string Name { get; }

    public EntityKind Kind { get; }

    public string[] Aliases { get; }

    /// <summary>The country a place lies in (for a country, its own code).</summary>
    public string? CountryCode { get; }

    public bool IsCountry { get; }
}
