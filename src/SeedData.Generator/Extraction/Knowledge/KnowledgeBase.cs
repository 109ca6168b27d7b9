using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction.Knowledge;

/// <summary>
/// The knowledge compiled into the generator (see Knowledge/README.md for sources and licences):
/// countries with their other names, capitals and demonyms, major cities (hand-written, and the GeoNames
/// cities of 100,000 people or more), US states and Canadian and Australian provinces and states,
/// international organisations and news agencies, titles and roles, given names, family names, common capitalised
/// words that are not names, and a dictionary of lower-case English words. Loaded once, lazily, from
/// embedded resources.
/// </summary>
internal sealed partial class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, KnownEntity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownEntity> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _longPeopleFirstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupAdjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char> _givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surnamesFirst = new(StringComparer.Ordinal);
    private readonly HashSet<string> _possessiveStarts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleFirstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleModifiers = new(StringComparer.Ordinal);

    // The dictionary is 63,000 words: a set of their hashes (no string per word to load, no lower-case copy
    // per look-up); the file's text and the start of each word are kept only to list the words (tests).
    private readonly HashSet<ulong> _dictionaryHashes = new();
    private string _dictionary = string.Empty;
    private int[] _dictionaryStarts = Array.Empty<int>();

    // 36,000 family names, kept the same way: a set of their hashes (case as written: "McAdams").
    private readonly HashSet<ulong> _surnameHashes = new();

    private KnowledgeBase()
    {
    }

    public static KnowledgeBase Instance => Shared.Value;

    /// <summary>The most words in any known name or title.</summary>
    public int MaxNameWords { get; private set; } = 1;

    public int MaxTitleWords { get; private set; } = 1;

    /// <summary>Folds ’ into ' so both spellings of "People’s" match.</summary>
    public static string Key(string name) => name.IndexOf('’') >= 0 ? name.Replace('’', '\'') : name;

    public KnownEntity? Find(string name) => _byName.TryGetValue(Key(name), out var known) ? known : null;

    /// <summary>Whether any known name starts with this word: most words do not, and skip the longer look-ups.</summary>
    public bool StartsName(string word) => _firstWords.Contains(Key(word));

    /// <summary>Whether any title starts with this lower-case word.</summary>
    public bool StartsTitle(string lowerCaseWord) => _titleFirstWords.Contains(lowerCaseWord);

    public KnownEntity? Country(string code) => _countries.TryGetValue(code, out var country) ? country : null;

    /// <summary>The country of a demonym or adjective ("Chinese" → CN), or null.</summary>
    public string? DemonymCountry(string word) => _demonyms.TryGetValue(word, out var code) ? code : null;

    /// <summary>
    /// Whether a demonym or a group adjective of two or more words starts with this word ("South" of "South African",
    /// "Latin" of "Latin American"): most words start none.
    /// </summary>
    public bool StartsLongPeopleWord(string word) => _longPeopleFirstWords.Contains(word);

    /// <summary>"European", "Muslim", "Kurd", "Arabic": group words of no one country (regions.tsv), Other alone and never a name's head.</summary>
    public bool IsGroupAdjective(string word) => _groupAdjectives.Contains(word);

    /// <summary>
    /// 'm', 'f' or 'x' (either) for a known given name, or '\0'. A compound of given names ("Jean-Marc", "Per-Erik",
    /// "Karl-Heinz") is one too, with its first part's gender ("Marie-Claire" f, "Jean-Marie" m): no list holds them all.
    /// </summary>
    public char GivenName(string word)
    {
        if (_givenNames.TryGetValue(word, out var gender))
        {
            return gender;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || word.IndexOf('-', hyphen + 1) >= 0
            || !_givenNames.TryGetValue(word.Substring(0, hyphen), out var first)
            || !_givenNames.TryGetValue(word.Substring(hyphen + 1), out var second))
        {
            return '\0';
        }

        return first != 'x' ? first : second;
    }

    public bool IsSurnameFirst(string word) => _surnamesFirst.Contains(word);

    /// <summary>A family name of surnames.txt ("Kitzmiller", "Iyer", also "Baker"), spelt as there; never a known place.</summary>
    public bool IsSurname(string word) => _surnameHashes.Contains(ExactHash(word, 0, word.Length));

    /// <summary>"People" in "People's Republic of China": a word that a known name continues with a possessive.</summary>
    public bool IsPossessiveNameStart(string word) => _possessiveStarts.Contains(word);

    /// <summary>A function word, day, month or other capitalised word that is not a name (any case).</summary>
    public bool IsCommonWord(string word) => _commonWords.Contains(word);

    /// <summary>
    /// Whether the word, lower-cased, is an everyday English word ("standings", "reading", "bath"): SCOWL's
    /// common sizes, lower-case entries only, so "Paris" or "Sialkot" are not. A plain set look-up, no
    /// stemming ("heifers" is there because the list has the plural).
    /// </summary>
    public bool IsDictionaryWord(string word) => _dictionaryHashes.Contains(LowerCaseHash(word, 0, word.Length));

    /// <summary>"Half-time", "well-known": a hyphenated compound of dictionary words, which the dictionary lists only in part.</summary>
    public bool IsCompoundOfWords(string word)
    {
        var start = 0;
        var hyphen = word.IndexOf('-');
        if (hyphen < 0)
        {
            return false;
        }

        while (true)
        {
            var end = hyphen < 0 ? word.Length : hyphen;
            if (end == start || !_dictionaryHashes.Contains(LowerCaseHash(word, start, end - start)))
            {
                return false;
            }

            if (hyphen < 0)
            {
                return true;
            }

            start = hyphen + 1;
            hyphen = word.IndexOf('-', start);
        }
    }

    /// <summary>
    /// FNV-1a over the lower-cased characters, computed without a lower-case copy: the dictionary is a set
    /// of these (a 64-bit collision between two of ~63,000 words, or a word and a query, is not a practical risk).
    /// </summary>
    private static ulong LowerCaseHash(string text, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            c = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>FNV-1a over the characters as written (surnames keep their case: "McAdams").</summary>
    private static ulong ExactHash(string text, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 1099511628211UL);
        }

        return hash;
    }

    internal IEnumerable<string> DictionaryWords()
    {
        for (var k = 0; k + 1 < _dictionaryStarts.Length; k++)
        {
            yield return _dictionary.Substring(_dictionaryStarts[k], _dictionaryStarts[k + 1] - 1 - _dictionaryStarts[k]);
        }
    }

    /// <summary>A demonym ("Chinese"), a group adjective ("Muslim"), or one of them joined to a lower-case word ("Russian-language", "Tutsi-led").</summary>
    public bool IsDemonymOrGroup(string word) => DemonymCountry(word) is not null || IsGroupAdjective(word) || IsPeopleCompound(word);

    /// <summary>"Russian-language", "Tutsi-led", "Kurdish-dominated": a nationality or a group joined to a lower-case word, which names the people in a compound.</summary>
    public bool IsPeopleCompound(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && IsPeopleWord(word.Substring(0, hyphen));
    }

    /// <summary>"Sicilian", "Parisians", "Victorian", "French-speaking": adjectives and peoples, not names.</summary>
    public bool LooksLikeAdjective(string word) =>
        (word.EndsWith("s", StringComparison.Ordinal) && IsDemonymOrGroup(word.Substring(0, word.Length - 1)))
        || word.EndsWith("-speaking", StringComparison.Ordinal) || word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-born", StringComparison.Ordinal) || word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal)
        || (GivenName(word) == '\0'
        && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("eans", StringComparison.Ordinal)));

    /// <summary>"Afghans", "Muslims" (<see cref="IsPeopleNoun"/>) or "Afghan", "Muslim": a people or a group, named by a noun or an adjective.</summary>
    public bool IsPeopleWord(string word) =>
        IsPeopleNoun(word)
        || (word.Length >= 4 && char.IsUpper(word[0])
            && (DemonymCountry(word) is not null || (IsGroupAdjective(word) && !Lexicon.CompassAdjectives.Contains(word))));

    /// <summary>A capitalised plural whose singular is a nationality or a group: "Afghans", "Muslims".</summary>
    private bool IsPeopleNoun(string word)
    {
        if (word.Length < 4 || word[word.Length - 1] != 's' || !char.IsUpper(word[0]))
        {
            return false;
        }

        var singular = word.Substring(0, word.Length - 1);
        return (DemonymCountry(word) is not null && DemonymCountry(singular) is not null)
            || (IsGroupAdjective(singular) && !Lexicon.CompassAdjectives.Contains(singular));
    }

    /// <summary>A title or role ("prime minister", "secretary of state"), given in lower case.</summary>
    public bool IsTitle(string lowerCasePhrase) => _titles.Contains(lowerCasePhrase);

    /// <summary>A word that combines with a title ("deputy", "foreign"), given in lower case.</summary>
    public bool IsTitleModifier(string lowerCaseWord) => _titleModifiers.Contains(lowerCaseWord);
}
