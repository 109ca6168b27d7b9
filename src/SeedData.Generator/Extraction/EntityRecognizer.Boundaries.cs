using System;
using System.Collections.Generic;
using SeedData.Generator.Model;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>Where a name goes on past a word that ends other runs, and where an organisation's name ends and a person's begins.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "University of Texas Arlington Amneh Jafari": two capitalised words that are neither English words nor
    /// known names, right after a known place that closes an organisation's name, are a person of it even when
    /// the given name is not one the knowledge base has.
    /// </summary>
    private bool EndsInPersonAfterPlace(List<Token> tokens, int start, int end) =>
        end - start >= 4 && UnknownNameWords(tokens, end - 2, end) && !tokens[end - 3].Word.Is(WordFact.NameConnector)
        && Find(tokens, end - 3, end - 2).Known is { Kind: EntityKind.Location } && Find(tokens, end - 3, end).Length == 1;

    /// <summary>
    /// "Bosnia and Herzegovina", "Frankfurt am Main", "Newcastle upon Tyne", "The Globe and Mail": whether the token at <paramref name="index"/>,
    /// where the rules would end the run, lies inside a name the knowledge base has whole from the run's start. Looked
    /// up once per run (kept in <paramref name="knownEnd"/>, -1 until then) and only before a capitalised word.
    /// </summary>
    private bool InsideKnownName(List<Token> tokens, int start, int index, ref int knownEnd)
    {
        if (knownEnd < 0)
        {
            if (index + 1 >= tokens.Count || !tokens[index + 1].IsCapitalized)
            {
                return false;
            }

            knownEnd = start + Find(tokens, start, tokens.Count).Length;

            // "of The Globe and Mail": the paper's capitalised article opens the run but not the known name.
            if (tokens[start].Is("The") && start + 1 < index)
            {
                knownEnd = Math.Max(knownEnd, start + 1 + Find(tokens, start + 1, tokens.Count).Length);
            }
        }

        return index < knownEnd;
    }

    /// <summary>
    /// "Massachusetts Institute of Technology and Colorado State University", "Dallas Morning News and
    /// Houston Post": after an organisation's name, "and" and a complete organisation's name that opens with
    /// a proper name (no English word) are a second organisation, not part of the first; "Department of
    /// Health and Human Services" keeps its English words together.
    /// </summary>
    private static bool IsSecondOrganization(List<Token> tokens, int start, int and, bool organization) =>
        organization && and - start >= 2 && IsCompleteOrganization(tokens, and + 1) && !tokens[and + 1].Word.Is(WordFact.DictionaryWord)
        && !tokens[and + 1].Word.Is(WordFact.OrganizationWord);

    /// <summary>
    /// "St. Louis Cardinals", "Mt. Hood", "Ft. Worth": the period of an abbreviated place prefix, written
    /// right after it and before a capitalised word of the same sentence, is inside the name.
    /// </summary>
    private static bool IsPlacePrefixPeriod(List<Token> tokens, int period) =>
        tokens[period].Is(".") && period + 1 < tokens.Count && Lexicon.AbbreviatedPlacePrefixes.Contains(tokens[period - 1].Text)
        && tokens[period].Start == tokens[period - 1].End && tokens[period + 1].IsCapitalized && !tokens[period + 1].SentenceStart;

    /// <summary>"Mount Ruang", "St. Johnsbury": a place's first word makes a place, but "St. Louis Cardinals" is a team (a place and a plural).</summary>
    private bool IsPrefixedPlace(List<Token> tokens, int start, int end) =>
        Lexicon.LocationPrefixes.Contains(tokens[start].Text) && !IsTeamName(tokens, start, end);

    /// <summary>A known given name and a capitalised word that is neither an English word nor a head word: a person's name.</summary>
    private static bool IsGivenNameAndSurname(List<Token> tokens, int given) =>
        tokens[given].Word.GivenName != '\0' && tokens[given - 1].IsCapitalized && !tokens[given - 1].Word.Is(WordFact.NameConnector) && tokens[given - 1].Word.GivenName == '\0'
        && tokens[given + 1].IsCapitalized && !tokens[given + 1].IsAllCaps && !tokens[given + 1].Word.Is(WordFact.DictionaryWord) && !tokens[given + 1].Word.Is(WordFact.OrganizationWord)
        && !tokens[given + 1].Word.Is(WordFact.LocationWord) && !tokens[given + 1].Word.Is(WordFact.OtherWord);

    /// <summary>Whether an organisation's head word stands among tokens [start, end].</summary>
    private static bool HasOrganizationWord(List<Token> tokens, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (tokens[k].Word.Is(WordFact.OrganizationWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The short forms wire news uses for a company it first names with its legal form ("Harwell Group Plc",
    /// "Hokuyama Electric Industrial Co Ltd"): the name without the legal form ("Harwell Group"), and its first
    /// word when that is a name of its own, no English word or nationality ("Harwell", "Hokuyama"; not "General"
    /// of "General Motors Corp").
    /// </summary>
    private void AddCompanyShortForms(Dictionary<string, List<ArticleEntity>> index, ArticleEntity company, string[] words)
    {
        var end = words.Length;
        while (end > 1 && Lexicon.CompanySuffixes.Contains(words[end - 1]))
        {
            end--;
        }

        if (end == words.Length)
        {
            // "Varek Holdings ... Varek said": a company named by its trade's word, with no legal form, goes by its first word too.
            if (words.Length is 2 or 3 && Lexicon.BusinessHeads.Contains(words[words.Length - 1]) && IsCompanyFirstWord(words[0]) && _knowledge.Find(words[0]) is null)
            {
                AddOwner(index, words[0], company);
            }

            return;
        }

        var name = string.Join(" ", words, 0, end);
        AddOwner(index, name, company);

        if (end >= 2 && CompanyInitials(words, end) is { Length: >= 2 } initials)
        {
            AddOwner(index, initials, company);
        }

        // "Kellerman" of "Kellerman's Corp".
        if (end == 1 && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)))
        {
            AddOwner(index, name.Substring(0, name.Length - 2), company);
        }

        if (end > 1 && IsCompanyFirstWord(words[0]))
        {
            AddOwner(index, words[0], company);
        }
    }

    /// <summary>A company's first word that is a name of its own: no English word, nationality or organisation word.</summary>
    private bool IsCompanyFirstWord(string first) =>
        first.Length > 1 && char.IsUpper(first[0]) && !_knowledge.IsDictionaryWord(first) && !_knowledge.IsDemonymOrGroup(first) && !Lexicon.IsOrganizationWord(first);

    /// <summary>No "and" inside a company's name in this article: shared, never written.</summary>
    private static readonly HashSet<string> NoCompanyPairs = new(StringComparer.Ordinal);

    /// <summary>The words on both sides of each "and" the article writes inside a company's name ("Marks|Spencer"), found on the first question.</summary>
    private HashSet<string>? _companyPairs;

    /// <summary>
    /// "Kellmark Telegraph and Telephone Corp", "a Marks and Spencer spokeswoman": whether the "and" at
    /// <paramref name="and"/> is inside a company's name the article writes with its legal form, here or anywhere
    /// else (the headline often comes before the full name).
    /// </summary>
    private bool IsCompanyAnd(List<Token> tokens, int and)
    {
        _companyPairs ??= FindCompanyPairs();
        return _companyPairs.Count > 0 && _companyPairs.Contains(CompanyPairKey(tokens, and));
    }

    private HashSet<string> FindCompanyPairs()
    {
        HashSet<string>? pairs = null;
        foreach (var unit in _units)
        {
            var tokens = unit.Tokens;
            for (var and = 1; and + 2 < tokens.Count; and++)
            {
                if (tokens[and].Is("and") && IsAndBeforeLegalForm(tokens, and))
                {
                    (pairs ??= new HashSet<string>(StringComparer.Ordinal)).Add(CompanyPairKey(tokens, and));
                }
            }
        }

        return pairs ?? NoCompanyPairs;
    }

    private static string CompanyPairKey(List<Token> tokens, int and) => tokens[and - 1].Text + "|" + tokens[and + 1].Text;

    /// <summary>
    /// "Brennar and Gault Inc", "Kellmark Telegraph and Telephone Corp": capitalised words, "and", and capitalised
    /// words up to a legal form are one company when one word stands on each side ("X and Y Inc") or English words
    /// meet at the "and". Not a list: "Boeing and Kellmark Aircraft Corp" (a known name before the "and"), "Saxby
    /// Corp, Pellworth and Braemoor Ltd" (a comma before), "Glaxo and British Telecom Plc" (a nationality after),
    /// "Rostavia Bank and Kellmark Corp" (a head word or a legal form before).
    /// </summary>
    private bool IsAndBeforeLegalForm(List<Token> tokens, int and)
    {
        var before = tokens[and - 1];
        var after = tokens[and + 1];
        if (!before.IsCapitalized || !after.IsCapitalized || after.SentenceStart || before.Word.Is(WordFact.OrganizationWord) || Lexicon.CompanySuffixes.Contains(before.Text)
            || after.Word.Is(WordFact.OrganizationWord) || after.Word.Is(WordFact.DemonymOrGroup))
        {
            return false;
        }

        var end = and + 1;
        while (end < tokens.Count && end <= and + 4 && tokens[end].IsCapitalized && !Lexicon.CompanySuffixes.Contains(tokens[end].Text))
        {
            end++;
        }

        if (end >= tokens.Count || !Lexicon.CompanySuffixes.Contains(tokens[end].Text))
        {
            return false;
        }

        var start = and - 1;
        while (start > 0 && start > and - 4 && !tokens[start].SentenceStart && tokens[start - 1].IsCapitalized)
        {
            start--;
        }

        if (IsListTail(tokens, start) || Find(tokens, start, and).Length == and - start)
        {
            return false;
        }

        return (and - start == 1 && end - and == 2) || (before.Word.Is(WordFact.DictionaryWord) && after.Word.Is(WordFact.DictionaryWord));
    }

    /// <summary>
    /// "Health and Human Services Secretary Donna Varley": whether the capitalised words from <paramref name="start"/>
    /// reach an organisation's head word right before a title, so the name before the title ends in a head word
    /// (the title and the person after it are cut off later).
    /// </summary>
    private bool HeadWordBeforeTitle(List<Token> tokens, int start)
    {
        for (var k = start; k + 1 < tokens.Count && k < start + 5 && tokens[k].IsCapitalized; k++)
        {
            if (tokens[k].Word.Is(WordFact.OrganizationWord) && tokens[k + 1].IsCapitalized && IsTitleAt(tokens, k + 1, tokens.Count, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "McDonald's Corp", "Sotheby's Holdings Inc": a possessive right before a legal form, or before one head word
    /// and a legal form, is inside the company's name; not after a known name ("Britain's Gorvane Plc") nor before a
    /// name of its own ("Kellmark's Ashby Chemical Co"). So is a saint's before a place's head word ("St Aldric 's Park",
    /// "St Mary's Hospital", "St Peter's Square").
    /// </summary>
    private bool IsPossessiveInName(List<Token> tokens, int possessive)
    {
        if (possessive + 1 >= tokens.Count || tokens[possessive].Text is not ("’s" or "'s") || !tokens[possessive - 1].IsCapitalized
            || Find(tokens, possessive - 1, possessive).Length > 0)
        {
            return false;
        }

        var next = tokens[possessive + 1];
        return Lexicon.CompanySuffixes.Contains(next.Text)
            || (next.Word.Is(WordFact.OrganizationWord) && possessive + 2 < tokens.Count && Lexicon.CompanySuffixes.Contains(tokens[possessive + 2].Text))
            || (possessive >= 2 && tokens[possessive - 2].Text is "St" or "St." or "Saint" && next.IsCapitalized
                && (next.Word.Is(WordFact.LocationWord) || Lexicon.FacilityWords.Contains(next.Text) || next.Word.Is(WordFact.OrganizationWord)));
    }

    /// <summary>
    /// "Saxby Corp, Pellworth and Braemoor Ltd": a run right after a comma that follows a name is a list's last
    /// members; "In London, Marks and Spencer Plc said" opens with a place after a preposition, not a list.
    /// </summary>
    private static bool IsListTail(List<Token> tokens, int start)
    {
        if (start < 2 || !tokens[start - 1].Is(",") || !tokens[start - 2].IsCapitalized)
        {
            return false;
        }

        var first = start - 2;
        while (first > 0 && tokens[first - 1].IsCapitalized && !tokens[first].SentenceStart)
        {
            first--;
        }

        var opener = tokens[first].SentenceStart ? tokens[first] : first > 0 ? tokens[first - 1] : default;
        return opener.Text is null || !Lexicon.LocationPrepositions.Contains(opener.Word.Lower);
    }

    /// <summary>"BHP" of "Broken Hill Proprietary Co Ltd": the initials of a company's name without its legal form.</summary>
    private static string CompanyInitials(string[] words, int end)
    {
        var initials = new System.Text.StringBuilder(end);
        for (var k = 0; k < end; k++)
        {
            if (words[k].Length > 0 && char.IsUpper(words[k][0]))
            {
                initials.Append(words[k][0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>
    /// Words with a capital that are no name's: a letter and an English word ("a NASA T-shirt", "an X-ray"), and a
    /// stance on a known name ("the Pro-Beijing camp", "Anti-Western protests"; "Anti-Defamation League" is a name's word).
    /// </summary>
    private bool IsCapitalizedCommonWord(string text)
    {
        if (text.Length >= 3 && text[1] == '-' && char.IsUpper(text[0]) && AllLower(text, 2))
        {
            return true;
        }

        var hyphen = text.IndexOf('-');
        return hyphen is 3 or 4 && hyphen + 1 < text.Length && (text.StartsWith("Pro-", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Anti-", StringComparison.OrdinalIgnoreCase))
            && char.IsUpper(text[hyphen + 1]) && _knowledge.Find(text.Substring(hyphen + 1)) is not null;
    }

    private static bool AllLower(string text, int from)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
