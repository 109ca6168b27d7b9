using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Knowledge;

/// <summary>
/// Former countries (former-countries.tsv): "Zaire", "Yugoslavia", "Czechoslovakia", "Soviet Union", "East Germany".
/// Each is a country of its own, with its own code and demonyms, and never an alias of the country that followed it:
/// a 1997 article names Zaire and Congo as two states, and "Soviet" is no Russian.
/// </summary>
internal sealed partial class KnowledgeBase
{
    /// <summary>
    /// Lines are code, name, other names, demonyms, then today's countries (a note for readers, not loaded: nothing
    /// folds into them). Loaded after today's countries and their aliases, so a name of today ("Burma") stays today's.
    /// </summary>
    private void LoadFormerCountries()
    {
        foreach (var line in Lines("former-countries.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || _countries.ContainsKey(fields[0]))
            {
                continue;
            }

            var country = new KnownEntity(fields[1].Trim(), EntityKind.Location, fields.Length > 2 ? Split(fields[2]) : System.Array.Empty<string>(), fields[0], isCountry: true);
            _countries[fields[0]] = country;
            AddIfNew(country);
            if (fields.Length > 3)
            {
                foreach (var demonym in Split(fields[3]))
                {
                    AddDemonym(demonym, fields[0]);
                }
            }
        }
    }
}
