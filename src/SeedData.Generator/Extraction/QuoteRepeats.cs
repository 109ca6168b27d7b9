using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Words an article shows twice: a headline's quote that the body repeats, and a teaser without a speaker
/// that a quote with one repeats. Each is reported once, where its speaker is named. Compared without case
/// and without the punctuation at the quote's ends.
/// </summary>
internal static class QuoteRepeats
{
    /// <summary>
    /// A quote without a speaker whose words another quote repeats with its speaker: a teaser above the body ("Talk
    /// compared to 'working the referees'" over "Aaron Kall … compared Trump to a coach who is "working
    /// the referees""). The words are reported once, where their speaker is named.
    /// </summary>
    public static bool RepeatsASpokenQuote(List<ScannedQuote> quotes, ArticleEntity?[] speakers, bool[] notSpeech, int q)
    {
        if (Core(quotes[q].Text) is not { Length: >= 4 } core)
        {
            return false;
        }

        for (var b = 0; b < quotes.Count; b++)
        {
            if (b != q && speakers[b] is not null && !notSpeech[b] && quotes[b].Text.IndexOf(core, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline's quote that repeats (part of) a body quote ("Flynn says Trump ‘absolutely right’ …" over
    /// "Flynn said Donald Trump was “absolutely right” when …"): the article's title shows the words again;
    /// the body says them, with their speaker, and is where they are reported (news annotation such as
    /// PolNeAR's and GUM's counts no headline quote). A headline quote the body does not repeat stays, and so
    /// do the quotes of the kicker, the subheadline and the headings.
    /// </summary>
    public static bool RepeatsABodyQuote(List<UnitTokens> units, List<ScannedQuote> quotes, ScannedQuote quote)
    {
        if (Core(quote.Text) is not { Length: >= 4 } core)
        {
            return false;
        }

        foreach (var body in quotes)
        {
            if (units[body.First.Unit].IsParagraph && body.Text.IndexOf(core, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a quote without the punctuation and marks at its ends.</summary>
    public static string Core(string text)
    {
        int start = 0, end = text.Length;
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }
}
