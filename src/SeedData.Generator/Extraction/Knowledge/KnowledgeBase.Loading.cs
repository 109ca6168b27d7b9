using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Knowledge;

/// <summary>Reading the knowledge files (embedded resources) into the look-up tables, once per process.</summary>
internal sealed partial class KnowledgeBase
{
    private static KnowledgeBase Load()
    {
        var knowledge = new KnowledgeBase();
        knowledge.LoadCountries();
        knowledge.LoadCountryAliases();
        knowledge.LoadFormerCountries();
        knowledge.LoadDemonyms();
        knowledge.LoadCities();
        knowledge.LoadOrganizations("organizations.txt");
        knowledge.LoadOrganizations("companies.txt");
        knowledge.LoadOrganizations("press.txt");
        knowledge.LoadOrganizations("teams.txt");
        knowledge.LoadOrganizations("national-sides.txt");
        knowledge.LoadPlaces("places-extra.tsv", aliasField: 2, aliasIsSpelling: false);

        // After every hand-written name: a state or a GeoNames city never shadows a country, a capital or an
        // organisation ("Georgia" stays the country, "Victoria" the Seychelles' capital).
        knowledge.LoadPlaces("regions-admin.tsv", aliasField: 2, aliasIsSpelling: false);
        knowledge.LoadPlaces("cities-geonames.tsv", aliasField: 3, aliasIsSpelling: true);

        // Regions of every country last: "Moscow" stays the city, "Punjab" the Indian state.
        knowledge.LoadPlaces("regions-world.tsv", aliasField: 2, aliasIsSpelling: false);
        knowledge.LoadDictionary();
        knowledge.LoadHashedWords("surnames.txt", knowledge._surnameHashes);

        foreach (var line in Lines("regions.tsv"))
        {
            var adjective = line.Trim();
            knowledge._groupAdjectives.Add(adjective);
            if (adjective.IndexOf(' ') is var space and > 0)
            {
                knowledge._longPeopleFirstWords.Add(adjective.Substring(0, space));
            }
        }

        foreach (var line in Lines("first-names.tsv"))
        {
            knowledge.AddGivenName(line);
        }

        foreach (var line in Lines("names-extra.txt"))
        {
            knowledge.AddGivenName(line);
        }

        foreach (var line in Lines("surnames-first.txt"))
        {
            foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                knowledge._surnamesFirst.Add(word);
            }
        }

        foreach (var line in Lines("common-words.txt"))
        {
            foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                knowledge._commonWords.Add(word);
            }
        }

        foreach (var line in Lines("titles.txt"))
        {
            var title = line.Trim().ToLowerInvariant();
            if (title.StartsWith("=", StringComparison.Ordinal))
            {
                knowledge._titleModifiers.Add(title.Substring(1));
            }
            else
            {
                knowledge._titles.Add(title);
                knowledge._titleFirstWords.Add(title.Split(' ')[0]);
                knowledge.MaxTitleWords = Math.Max(knowledge.MaxTitleWords, title.Split(' ').Length);
            }
        }

        // A given name that is also a common word ("May", "Will") is not evidence of a person; one that
        // is also a place ("Victoria", "Jordan") is, only when a surname follows (the recognizer checks).
        foreach (var name in new List<string>(knowledge._givenNames.Keys))
        {
            if (knowledge._commonWords.Contains(name.ToLowerInvariant()) || knowledge._demonyms.ContainsKey(name))
            {
                knowledge._givenNames.Remove(name);
            }
        }

        return knowledge;
    }

    private void LoadCountries()
    {
        var capitals = new List<(string Code, string Capital, string[] Aliases)>();
        foreach (var line in Lines("countries.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 4)
            {
                continue;
            }

            var country = new KnownEntity(fields[1], EntityKind.Location, Split(fields[2]), fields[0], isCountry: true);
            _countries[fields[0]] = country;
            Add(country);
            var capitalNames = Split(fields[3]);
            if (capitalNames.Length > 0)
            {
                capitals.Add((fields[0], capitalNames[0], capitalNames));
            }
        }

        // Capitals after all countries: a city-state's capital shares the country's name.
        foreach (var (code, capital, names) in capitals)
        {
            var aliases = new string[names.Length - 1];
            Array.Copy(names, 1, aliases, 0, aliases.Length);
            AddIfNew(new KnownEntity(capital, EntityKind.Location, aliases, code, isCountry: false));
        }
    }

    private void LoadCountryAliases()
    {
        foreach (var line in Lines("country-aliases.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && _countries.TryGetValue(fields[0], out var country))
            {
                foreach (var alias in Split(fields[1]))
                {
                    Register(alias, country);
                }
            }
        }
    }

    private void LoadDemonyms()
    {
        foreach (var line in Lines("demonyms.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            foreach (var demonym in Split(fields[1]))
            {
                AddDemonym(demonym, fields[0]);
            }
        }
    }

    private void AddDemonym(string demonym, string code)
    {
        _demonyms[demonym] = code;
        if (demonym.IndexOf(' ') is var space and > 0)
        {
            _longPeopleFirstWords.Add(demonym.Substring(0, space));
        }

        // The people: "the Chinese", "Nigerians", "the Swiss", "Frenchmen".
        if (demonym.EndsWith("man", StringComparison.Ordinal))
        {
            _demonyms[demonym.Substring(0, demonym.Length - 3) + "men"] = code;
        }
        else if (!demonym.EndsWith("ese", StringComparison.Ordinal) && !demonym.EndsWith("ss", StringComparison.Ordinal) && !demonym.EndsWith("sh", StringComparison.Ordinal) && !demonym.EndsWith("ch", StringComparison.Ordinal))
        {
            _demonyms[demonym + "s"] = code;
        }
    }

    private void LoadCities()
    {
        foreach (var line in Lines("cities.txt"))
        {
            var fields = line.Split('\t');
            AddIfNew(new KnownEntity(fields[0].Trim(), EntityKind.Location, Array.Empty<string>(), fields.Length > 1 ? fields[1].Trim() : null, isCountry: false));
        }
    }

    /// <summary>
    /// Places with their country: name, country code, then other names in <paramref name="aliasField"/>. When
    /// the other name is only another spelling (GeoNames' "Herāt" and the ASCII "Herat"), it is a place of its
    /// own, as cities.txt lists "São Paulo" and "Sao Paulo": an entity keeps the spelling of the text.
    /// </summary>
    private void LoadPlaces(string file, int aliasField, bool aliasIsSpelling)
    {
        foreach (var line in Lines(file))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            var code = fields[1].Trim() is { Length: > 0 } given ? given : null;
            var aliases = fields.Length > aliasField ? Split(fields[aliasField]) : Array.Empty<string>();
            AddIfNew(new KnownEntity(fields[0].Trim(), EntityKind.Location, aliasIsSpelling ? Array.Empty<string>() : aliases, code, isCountry: false));
            if (aliasIsSpelling)
            {
                foreach (var spelling in aliases)
                {
                    AddIfNew(new KnownEntity(spelling, EntityKind.Location, Array.Empty<string>(), code, isCountry: false));
                }
            }
        }
    }

    /// <summary>dictionary-words.txt: one lower-case word a line, sorted ordinally (make-data.py), after one comment line.</summary>
    private void LoadDictionary()
    {
        string text;
        using (var stream = Resource("dictionary-words.txt"))
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd().Replace("\r\n", "\n");
        }

        var first = 0;
        while (first < text.Length && text[first] == '#')
        {
            first = text.IndexOf('\n', first) + 1;
            if (first == 0)
            {
                return;
            }
        }

        // Word k runs from starts[k] to starts[k + 1] - 1 (its newline); the last entry is one past the end.
        var starts = new List<int>(70000) { first };
        for (var k = text.IndexOf('\n', first); k >= 0; k = text.IndexOf('\n', k + 1))
        {
            starts.Add(k + 1);
        }

        if (starts[starts.Count - 1] < text.Length + 1 && !text.EndsWith("\n", StringComparison.Ordinal))
        {
            starts.Add(text.Length + 1);
        }

        _dictionary = text;
        _dictionaryStarts = starts.ToArray();
        for (var k = 0; k + 1 < _dictionaryStarts.Length; k++)
        {
            _dictionaryHashes.Add(LowerCaseHash(text, _dictionaryStarts[k], _dictionaryStarts[k + 1] - 1 - _dictionaryStarts[k]));
        }
    }

    /// <summary>A file of one word a line, kept as the hashes of the words (<see cref="ExactHash"/>).</summary>
    private void LoadHashedWords(string file, HashSet<ulong> hashes)
    {
        string text;
        using (var stream = Resource(file))
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd();
        }

        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var length = end > start && text[end - 1] == '\r' ? end - 1 - start : end - start;
            if (length > 0 && text[start] != '#')
            {
                hashes.Add(ExactHash(text, start, length));
            }

            start = end + 1;
        }
    }

    private void AddGivenName(string line)
    {
        var fields = line.Split('\t');
        var name = fields[0].Trim();
        var gender = fields.Length > 1 && fields[1].Length > 0 ? fields[1][0] : 'x';
        _givenNames[name] = _givenNames.TryGetValue(name, out var existing) && existing != gender ? 'x' : gender;
    }

    private void Add(KnownEntity entity)
    {
        Register(entity.Name, entity);
        foreach (var alias in entity.Aliases)
        {
            Register(alias, entity);
        }
    }

    private void AddIfNew(KnownEntity entity)
    {
        if (!_byName.ContainsKey(Key(entity.Name)))
        {
            Add(entity);
        }
    }

    private void Register(string name, KnownEntity entity)
    {
        var key = Key(name);
        var possessive = key.IndexOf("'s ", StringComparison.Ordinal);
        if (possessive > 0)
        {
            var wordStart = key.LastIndexOf(' ', possessive - 1) + 1;
            _possessiveStarts.Add(key.Substring(wordStart, possessive - wordStart));
        }

        if (!_byName.ContainsKey(key))
        {
            _firstWords.Add(FirstWord(key));
            _byName.Add(key, entity);
            MaxNameWords = Math.Max(MaxNameWords, name.Split(' ').Length);
        }
    }

    /// <summary>The first word as the tokenizer sees it ("People" of "People's Bank").</summary>
    public static string FirstWord(string name)
    {
        var end = 0;
        while (end < name.Length && name[end] != ' ' && !(name[end] == '\'' && end + 1 < name.Length && name[end + 1] == 's' && (end + 2 == name.Length || name[end + 2] == ' ')))
        {
            end++;
        }

        return name.Substring(0, end);
    }

    private static string[] Split(string field)
    {
        var parts = new List<string>();
        foreach (var part in field.Split('|'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }

        return parts.ToArray();
    }

    /// <summary>The non-blank, non-comment lines of an embedded knowledge file.</summary>
    private static IEnumerable<string> Lines(string file)
    {
        using var stream = Resource(file);
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#' && line.Trim().Length > 0)
            {
                yield return line;
            }
        }
    }

    private static Stream Resource(string file) =>
        typeof(KnowledgeBase).GetTypeInfo().Assembly.GetManifestResourceStream("SeedData.Knowledge." + file)
            ?? throw new InvalidOperationException("Missing knowledge resource " + file);
}
