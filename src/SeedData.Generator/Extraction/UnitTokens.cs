using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>The tokens of one text unit and how far its capitals can be trusted.</summary>
internal sealed class UnitTokens
{
    public UnitTokens(int unit, string text, List<Token> tokens, bool isParagraph, bool unreliableCase)
    {
        Unit = unit;
        Text = text;
        Tokens = tokens;
        IsParagraph = isParagraph;
        UnreliableCase = unreliableCase;
    }

    public int Unit { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    /// <summary>A body paragraph or the lead (not a headline, heading, caption or credit).</summary>
    public bool IsParagraph { get; }

    /// <summary>Title Case or ALL CAPS: a capital letter says nothing about a name here.</summary>
    public bool UnreliableCase { get; }

    /// <summary>The mentions found in this unit, in text order.</summary>
    public List<Mention> Mentions { get; } = new();

    /// <summary>A results table, a standings list or a price list rather than prose: at least as many numbers as words.</summary>
    public bool IsTableLine => Survey(TableLine);

    /// <summary>
    /// A line of a results table or a standings list ("Brayford 2 Kellmoor 1", "Ostervik 9 6 2 1 20"): a table line
    /// with no lower-case word, unlike a list of dates in prose ("Redesignated 65 Fighter Wing on 24 July 1943").
    /// </summary>
    public bool IsTableRow => IsTableLine && !HasLowerCaseWord;

    /// <summary>A match score such as "3-1" somewhere in the unit: a sports report.</summary>
    public bool HasScore => Survey(Score);

    /// <summary>A batsman's dismissal ("b Ashdown", "lbw b Kerr") somewhere in the unit: a line of a cricket scoreboard.</summary>
    public bool HasDismissal => Survey(Dismissal);

    /// <summary>A colon somewhere in the unit; most units have none, so the rules that look for a label before one skip the search.</summary>
    public bool HasColon => Survey(Colon);

    // What one pass over the tokens finds, asked of nearly every unit by the sports and table rules: bits of _survey.
    private const int Surveyed = 1, TableLine = 2, Score = 4, Dismissal = 8, Colon = 16;

    private int _survey;

    private bool Survey(int fact)
    {
        if (_survey == 0)
        {
            _survey = SurveyTokens();
        }

        return (_survey & fact) != 0;
    }

    // The token's own kind and shape are read before its text: most tokens fail there, without a look at their word.
    private int SurveyTokens()
    {
        int numbers = 0, words = 0, found = Surveyed;
        for (var k = 0; k < Tokens.Count; k++)
        {
            var token = Tokens[k];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    numbers++;
                    found |= IsScore(token.Text) ? Score : 0;
                    break;
                case TokenKind.Word:
                    words++;
                    found |= k + 1 < Tokens.Count && Tokens[k + 1].IsCapitalized && token.Text is "b" or "lbw" ? Dismissal : 0;
                    break;
                default:
                    found |= token.Text == ":" ? Colon : 0;
                    break;
            }
        }

        return found | (numbers >= 2 && numbers * 2 >= words ? TableLine : 0);
    }

    // "3-1", "134-3"; not a date ("1996-08-30") or a range of years.
    private static bool IsScore(string text)
    {
        var dash = text.IndexOf('-');
        return dash is > 0 and <= 3 && text.Length - dash - 1 is >= 1 and <= 3 && text.IndexOf('-', dash + 1) < 0
            && char.IsDigit(text[dash - 1]) && char.IsDigit(text[dash + 1]);
    }

    /// <summary>
    /// A word in lower case somewhere in the unit: prose has one; a list of names and numbers ("Tries : Pennock 2 , Lui
    /// Faleolo", "Panathinaikos - Dragan Vukovic 22") or a table row has none.
    /// </summary>
    public bool HasLowerCaseWord => _hasLowerCaseWord ??= FindLowerCaseWord();

    private bool? _hasLowerCaseWord;

    private bool FindLowerCaseWord()
    {
        foreach (var token in Tokens)
        {
            if (token.IsWord && char.IsLower(token.Text[0]))
            {
                return true;
            }
        }

        return false;
    }
}
