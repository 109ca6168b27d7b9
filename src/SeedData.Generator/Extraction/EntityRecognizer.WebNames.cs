using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Web addresses and hashtags: names written in lower case or behind a "#", which no capitalised run finds.</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Where the article's web addresses and hashtags are, noted as the first pass reads the tokens of each trustworthy unit (most articles have none).</summary>
    private List<(UnitTokens Unit, int Token)>? _webNames;

    private void NoteWebName(UnitTokens unit, int token) => (_webNames ??= new List<(UnitTokens, int)>()).Add((unit, token));

    /// <summary>
    /// "submit designs at www.flag.govt.nz", "the hashtag #IStandWithAhmed": a web address or a hashtag that a text
    /// names is an entity of kind Other, as GUM's news gold annotates them (a capitalised address such as
    /// "Gawker.com" is a capitalised run and is typed with the others). They get no mention: neither is a speaker.
    /// </summary>
    private void AddWebNames()
    {
        if (_webNames is null)
        {
            return;
        }

        foreach (var (unit, t) in _webNames)
        {
            var tokens = unit.Tokens;
            var name = IsHashtagWord(tokens, t) ? "#" + tokens[t].Text : AfterAtSign(tokens, t) ? null : tokens[t].Text;
            if (name is not null && !(_gazetteer is not null && _gazetteer.IsSuppressed(name)))
            {
                Entity(name, EntityKind.Other, null).Surfaces.Add(name);
            }
        }
    }

    /// <summary>The word of a hashtag: a word written right after a "#" that starts a word of its own ("#Brexit", not "C#").</summary>
    private static bool IsHashtagWord(List<Token> tokens, int index) =>
        index > 0 && index < tokens.Count && tokens[index].IsWord
        && tokens[index - 1].Kind == TokenKind.Punctuation && tokens[index - 1].Text[0] == '#' && tokens[index - 1].End == tokens[index].Start
        && (index == 1 || tokens[index - 2].End < tokens[index - 1].Start);

    /// <summary>"jane@example.com": the host of an e-mail address is no web address the text names.</summary>
    private static bool AfterAtSign(List<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].End == tokens[index].Start && tokens[index - 1].Text[0] == '@';

    /// <summary>
    /// Whether <paramref name="text"/> is a host name: labels of letters, digits and hyphens joined by periods, the
    /// first of two characters or more (not "e.g"), the last a generic web domain, or a country's with three labels or more.
    /// </summary>
    internal static bool LooksLikeWebAddress(string text)
    {
        var firstDot = text.IndexOf('.');
        var lastDot = text.LastIndexOf('.');
        if (firstDot < 2 || lastDot >= text.Length - 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        var domain = text.Substring(lastDot + 1);
        return Lexicon.GenericWebDomains.Contains(domain) || (firstDot < lastDot && Lexicon.CountryWebDomains.Contains(domain));
    }
}
