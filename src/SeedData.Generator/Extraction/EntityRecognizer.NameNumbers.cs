using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>Numbers that belong to a name: an ordinal before it ("501st Legion"), a version, year or channel after it ("Internet Explorer 9"); a Roman numeral alone is none.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// "501st Legion", "2nd Battle of Fredericksburg", "38th NAACP Image Awards": an ordinal right before a
    /// run numbers the unit or event and is part of its name; not before a date ("21st December"), or a rank
    /// ("1st Lieutenant John Brody").
    /// </summary>
    private bool OrdinalBefore(UnitTokens unit, int start, int end)
    {
        var tokens = unit.Tokens;
        if (start == 0 || unit.UnreliableCase || !IsOrdinal(tokens[start - 1].Text) || tokens[start - 1].End + 1 != tokens[start].Start
            || tokens[start].Word.Is(WordFact.CalendarWord) || MatchRole(tokens, start, end, requireName: false) != start)
        {
            return false;
        }

        return true;
    }

    /// <summary>"501st", "2nd", "62d", "38th": digits and an ordinal ending.</summary>
    private static bool IsOrdinal(string word)
    {
        if (!char.IsDigit(word[0]))
        {
            return false;
        }

        var digits = 0;
        while (digits < word.Length && char.IsDigit(word[digits]))
        {
            digits++;
        }

        return word.Length - digits == 1 ? word[digits] == 'd'
            : word.Length - digits == 2 && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
                || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal));
    }

    /// <summary>Digits only: a number that can follow a name as its version, year or channel.</summary>
    private static bool IsPlainNumber(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Ariane 6" but not "Article 5 of", "May 2024" or "Party 2": the word before is a name, not a month, a common word or a head word.</summary>
    private bool IsNameWithNumber(List<Token> tokens, int number)
    {
        var word = tokens[number - 1].Text;
        return !_knowledge.IsCommonWord(word) && number >= 1 && tokens[number - 1].IsCapitalized && Find(tokens, number - 1, number).Length == 0 && !_knowledge.IsDemonymOrGroup(word)
            && !tokens[number - 1].Word.Is(WordFact.OrganizationWord) && !tokens[number - 1].Word.Is(WordFact.OtherWord);
    }

    /// <summary>
    /// "Internet Explorer 9", "Water Act 2000", "BBC Radio 1": a number after a name of two or more words is its
    /// version, year or channel, unless the name is known whole ("South Korea 1", a score) or an amount or a share
    /// follows ("Veldhoven Microsystems 410 million euros", "Labour Party 40 percent").
    /// </summary>
    private bool IsLongNameWithNumber(List<Token> tokens, int start, int number) =>
        !_knowledge.IsDemonymOrGroup(tokens[number - 1].Text) && Find(tokens, start, number).Length != number - start
        && !(number + 1 < tokens.Count && Lexicon.AmountWords.Contains(tokens[number + 1].Text));

    /// <summary>
    /// "HK$", "A$", "NZ$", "US$": a country's letters written onto the dollar sign name a currency, no place or company
    /// (wire copy writes "HK$ 69.75", which the tokenizer splits before the sign).
    /// </summary>
    private static bool IsCurrencyPrefix(List<Token> tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].IsCapitalized && tokens[index].Text.Length <= 3 && tokens[index + 1].Is("$") && tokens[index + 1].Start == tokens[index].End;

    /// <summary>"XVII", "III": alone, a number ("part XVII"), no name; inside one ("Pope John Paul II") it stays. I, V and X only: "MCI", "CDC" are names.</summary>
    private static bool IsRomanNumeral(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }
}
