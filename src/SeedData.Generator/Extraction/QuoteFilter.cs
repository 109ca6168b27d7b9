using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Tells words someone said from other text in quotation marks: a title or name (“The Internet
/// Explorer 6 Countdown”, a book, a slogan), a title cited with its source (“Document found on
/// street” — The Canadian Press), and a scare quote (promoting “quack” cures). Every test looks at a
/// bounded number of tokens around the quote.
/// </summary>
internal static class QuoteFilter
{
    /// <summary>How far a test looks for a verb of saying in the quote's sentence, in tokens each way.</summary>
    private const int SentenceReach = 40;

    /// <summary>The most words a title in quotation marks has.</summary>
    private const int TitleWords = 12;

    /// <summary>A scare quote has fewer words than this.</summary>
    private const int ScareWords = 3;

    /// <summary>How many of the headline's quotes are compared with the body's (a headline has a few).</summary>
    private const int HeadlineQuotes = 16;

    /// <summary>The headline is the article's first unit.</summary>
    private const int HeadlineUnit = 0;

    /// <summary>
    /// For each quote of the article: whether it is not words someone said, or says them again; and in
    /// <paramref name="titles"/>, whether it is a title or a name, which nobody says (a scare quote or a
    /// headline's repeat still shows someone's words).
    /// </summary>
    public static bool[] NotSpeech(List<UnitTokens> units, List<ScannedQuote> quotes, out bool[] titles)
    {
        var notSpeech = new bool[quotes.Count];
        titles = new bool[quotes.Count];
        var headlineQuotes = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            titles[q] = IsQuotedName(units, quote) || IsWorkTitle(units, quote) || IsCitedTitle(units, quote);
            notSpeech[q] = titles[q] || IsScareQuote(units, quote)
                || (quote.First.Unit == HeadlineUnit && ++headlineQuotes <= HeadlineQuotes && QuoteRepeats.RepeatsABodyQuote(units, quotes, quote));
        }

        return notSpeech;
    }

    /// <summary>
    /// A title or a name in quotation marks ("named their robot “Robogee”", “The Internet Explorer 6
    /// Countdown”) rather than words someone said: Title Case, short, and no verb of saying or colon
    /// right next to it ("“Make America Great Again,” Trump said" is a quote).
    /// </summary>
    private static bool IsQuotedName(List<UnitTokens> units, ScannedQuote quote)
    {
        // In body text a title keeps its capitals before a full stop (on CNN’s “State of the Union.”);
        // in a Title Case headline every quote looks like that.
        if (!IsTitleCase(quote.Text, allowFullStop: !units[quote.First.Unit].UnreliableCase))
        {
            return false;
        }

        // After it: a verb, or a name and a verb ("“…,” said X", "“…,” Trump said"), but not
        // "“Keepin’ It Real” radio program, who said" (a common noun between).
        var last = quote.Last;
        var lastTokens = units[last.Unit].Tokens;
        var tokens = lastTokens;
        var after = SpeakerResolver.FirstTokenAt(tokens, last.MarkEnd);
        for (var k = after; k < tokens.Count && k < after + 4; k++)
        {
            if (tokens[k].IsWord && tokens[k].Word.Is(WordFact.CoreReportingVerb))
            {
                return false;
            }

            // A name, a pronoun or "the mayor" may stand between: "“…,” she said", "“…,” the mayor said".
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && !Lexicon.IsPersonPronoun(tokens[k].Text) && !Lexicon.IsPluralPronoun(tokens[k].Text)
                && tokens[k].Text is not ("the" or "a" or "an") && !Lexicon.PersonAnaphors.Contains(tokens[k].Text))
            {
                break;
            }

            if (tokens[k].Text is "." or "!" or "?")
            {
                break;
            }
        }

        var first = quote.First;
        tokens = units[first.Unit].Tokens;
        var open = OpenToken(tokens, first);
        return !(open > 0 && (tokens[open - 1].Is(":") || (tokens[open - 1].IsWord && tokens[open - 1].Word.Is(WordFact.CoreReportingVerb))
            || (open > 1 && tokens[open - 1].Is(",") && tokens[open - 2].IsWord && tokens[open - 2].Word.Is(WordFact.CoreReportingVerb))
            || (AfterAs(tokens, open) && !NounFollows(lastTokens, after, last.MarkEnd))));
    }

    /// <summary>
    /// A name given after "as" (hailed Trump as “The Comeback Kid”, the bill, known as the “Justice Against
    /// Sponsors of Terrorism Act”): the words someone calls it by, which news annotation counts as a quote,
    /// unless the name modifies a noun after it (known as "Super District Council" seats).
    /// </summary>
    private static bool AfterAs(List<Token> tokens, int open)
    {
        var k = open - 1;
        if (k >= 0 && tokens[k].Text is "the" or "a" or "an")
        {
            k--;
        }

        return k >= 0 && tokens[k].Text == "as";
    }

    /// <summary>
    /// The title of a work named right before it, in any case: Ouisa Davis’ commentary, "Melania, tell your
    /// immigrant story," is …; the song “Born in the USA”; an essay titled “What we owe”.
    /// </summary>
    private static bool IsWorkTitle(List<UnitTokens> units, ScannedQuote quote)
    {
        var tokens = units[quote.First.Unit].Tokens;
        var k = OpenToken(tokens, quote.First) - 1;
        if (k > 0 && tokens[k].Is(","))
        {
            k--;
        }

        return k >= 0 && tokens[k].IsWord && Lexicon.WorkNouns.Contains(tokens[k].Text);
    }

    /// <summary>
    /// A title cited with its source, opening its sentence: “Sensitive document found on street” —
    /// CBC.ca, August 15. A headline has no sentence punctuation at its end; a quote signed the same
    /// way has ("“We will win.” ― Ana Silva").
    /// </summary>
    private static bool IsCitedTitle(List<UnitTokens> units, ScannedQuote quote)
    {
        var last = quote.Last;
        var tokens = units[last.Unit].Tokens;
        var after = SpeakerResolver.FirstTokenAt(tokens, last.MarkEnd);
        if (after >= tokens.Count || tokens[after].Text is not ("—" or "―" or "–"))
        {
            return false;
        }

        // The title opens its sentence (a list of sources); "dismissed it as the “suburbs of X” — a
        // metaphor" is not a citation.
        var first = quote.First;
        var open = OpenToken(units[first.Unit].Tokens, first);
        if (open > 0 && !IsFullStop(units[first.Unit].Tokens[open - 1]))
        {
            return false;
        }

        var text = quote.Text.TrimEnd();
        return text.Length > 0 && char.IsLetterOrDigit(text[text.Length - 1]);
    }

    /// <summary>
    /// A word or two in quotation marks inside a sentence, with no verb of saying in it or in the
    /// sentence before and no colon before it: promoting “quack” cures, the girls were granted
    /// “parole”. A short quote someone is reported to have said (the strike was “completely
    /// disproportionate”, he said; a “normal exchange” right after "Wang stressed that …") and a
    /// sentence of its own (“Nobody knows.”) stay quotes; a word or two closing a sentence
    /// (placed in a separate “liquidating trust.”) does not make one.
    /// </summary>
    private static bool IsScareQuote(List<UnitTokens> units, ScannedQuote quote)
    {
        if (quote.Parts.Count > 1 || CountWordsUpTo(quote.Text, ScareWords) >= ScareWords)
        {
            return false;
        }

        // A sentence of its own (“Nobody knows.”) or after a colon is said, not scare-quoted.
        var part = quote.First;
        var tokens = units[part.Unit].Tokens;
        var open = OpenToken(tokens, part);
        if (open == 0 || tokens[open - 1].Text is ":" or "." or "!" or "?")
        {
            return false;
        }

        var close = SpeakerResolver.FirstTokenAt(tokens, part.MarkEnd);
        if (ModifiesTheNextWord(quote, tokens, open, close))
        {
            return true;
        }

        var stops = 0;
        for (var k = open - 1; k >= 0 && k >= open - 2 * SentenceReach && !(IsFullStop(tokens[k]) && ++stops == 2); k--)
        {
            if (IsSayingWord(tokens[k]))
            {
                return false;
            }
        }

        for (var k = close; k < tokens.Count && k < close + SentenceReach && !IsFullStop(tokens[k]); k++)
        {
            if (IsSayingWord(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The quoted word or two modify the noun right after the closing mark (promoting “quack” medical
    /// cures, fraudulently promoting “magic” weight loss pills, were granted "parole" status): a label the
    /// writer keeps at a distance, even in a sentence with a verb of saying. Words someone said end their
    /// phrase at the mark: punctuation, a function word or a participle follows (“deep concern” at, “a
    /// disaster” on Monday, “absolutely right” when, the ‘blockers’ holding up), or a verb of saying right
    /// before names them (what he called the ‘blockers’).
    /// </summary>
    private static bool ModifiesTheNextWord(ScannedQuote quote, List<Token> tokens, int open, int close)
    {
        var text = quote.Text;
        if (text.Length == 0 || !char.IsLetterOrDigit(text[text.Length - 1]) || !NounFollows(tokens, close, quote.First.MarkEnd))
        {
            return false;
        }

        for (var k = open - 1; k >= 0 && k >= open - 3; k--)
        {
            if (IsSayingWord(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The word right after a closing mark (ending at <paramref name="markEnd"/>) goes on with the phrase in
    /// the marks: a lower-case word one space on that is no function word, adverb in -ly, participle or verb
    /// of saying.
    /// </summary>
    private static bool NounFollows(List<Token> tokens, int next, int markEnd)
    {
        if (next >= tokens.Count || !tokens[next].IsWord || tokens[next].Start != markEnd + 1)
        {
            return false;
        }

        var word = tokens[next].Text;
        return char.IsLower(word[0]) && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.EndsANounPhrase(word) && !tokens[next].Word.Is(WordFact.ReportingVerb);
    }

    /// <summary>A verb of saying in lower case ("the United States" is no "state"), or "according".</summary>
    private static bool IsSayingWord(Token token) =>
        token.IsWord && ((!char.IsUpper(token.Text[0]) && token.Word.Is(WordFact.ReportingVerb)) || token.IsIgnoreCase("according"));

    private static bool IsFullStop(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?";

    private static int OpenToken(List<Token> tokens, QuotePart part) =>
        SpeakerResolver.FirstTokenAt(tokens, part.MarkStart < 0 ? part.Start : part.MarkStart);

    /// <summary>The number of words between ' ' and '\n' separators (as Split with RemoveEmptyEntries counts them), stopping at <paramref name="limit"/>.</summary>
    private static int CountWordsUpTo(string text, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\n')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count >= limit)
                {
                    break;
                }
            }
        }

        return count;
    }

    private static bool IsTitleCase(string text, bool allowFullStop)
    {
        // Most quotes are long sentences: count the words up to the limit before splitting the whole text.
        if (CountWordsUpTo(text, TitleWords + 1) is 0 or > TitleWords)
        {
            return false;
        }

        // Most of the rest are speech with a lower-case word: that test first, on the text as it is.
        if (!WordsAreCapitalized(text))
        {
            return false;
        }

        var words = text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var last = words[words.Length - 1];
        if (words.Length > 3 && last.Length > 0 && (last[last.Length - 1] is '!' or '?' || (last[last.Length - 1] == '.' && !allowFullStop)))
        {
            return false;
        }

        // Two sentences (“The Donald. Big Daddy.”) are speech, whatever their capitals.
        for (var w = 0; w < words.Length - 1; w++)
        {
            if (words[w].EndsWith(".", StringComparison.Ordinal) && words[w].Length > 2 && char.IsLower(words[w][words[w].Length - 2]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every word (split at spaces and line breaks) starts, after any punctuation, with a capital or a digit, or is a small word of titles ("of", "the").</summary>
    private static bool WordsAreCapitalized(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\n')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] is not (' ' or '\n'))
            {
                i++;
            }

            var letter = start;
            while (letter < i && !char.IsLetterOrDigit(text[letter]))
            {
                letter++;
            }

            if (letter < i && !char.IsUpper(text[letter]) && !char.IsDigit(text[letter]) && !Lexicon.IsTitleSmallWord(text.Substring(start, i - start)))
            {
                return false;
            }
        }

        return true;
    }
}
