using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Kinds;

/// <summary>What the recognizer knows about one candidate name beyond its tokens.</summary>
/// <param name="Unit">The unit the candidate is in.</param>
/// <param name="Start">Its first token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="RuleKind">The kind the hand-written typing rules give it.</param>
/// <param name="RuleWeight">How sure those rules are (1 weak, 2 medium, 3 strong).</param>
/// <param name="UsedMidSentence">The article capitalises its first word somewhere other than a sentence start.</param>
/// <param name="UsedInLowerCase">The article also writes its first word in lower case ("Judges" / "judges").</param>
/// <param name="Mentions">How many candidates of the article have this exact surface.</param>
/// <param name="LastWordAlone">The article uses the last word of this longer name as a name on its own ("Smith" beside "John Smith").</param>
/// <param name="FirstWordAlone">The article uses the first word of this longer name as a name on its own ("Commerce" beside "Commerce Department").</param>
internal readonly record struct Candidate(
    UnitTokens Unit,
    int Start,
    int End,
    EntityKind RuleKind,
    int RuleWeight,
    bool UsedMidSentence,
    bool UsedInLowerCase,
    int Mentions,
    bool LastWordAlone,
    bool FirstWordAlone);

/// <summary>
/// Turns a candidate name into the hashed features the kind model scores: its words, shape and
/// affixes, the words around it, the line it is on, what the knowledge base and the typing rules say
/// of it, and how the rest of the article writes it. The training tool calls the same method on its
/// annotated text, so training and the build see exactly the same features.
/// </summary>
internal static class CandidateFeatures
{
    public static void Collect(in Candidate candidate, List<ulong> features)
    {
        features.Clear();
        var tokens = candidate.Unit.Tokens;
        var start = candidate.Start;
        var end = candidate.End;
        var first = tokens[start];
        var last = tokens[end - 1];
        var length = end - start;

        features.Add(FeatureHash.Of(Template.Bias));
        var allCaps = true;
        var words = 0;
        for (var t = start; t < end; t++)
        {
            var token = tokens[t];
            features.Add(OfToken(Template.Word, token));
            if (token.IsWord)
            {
                words++;
                allCaps &= token.IsAllCaps;
                if (token.Text is "of" or "and" or "de" or "for" or "the" or "&")
                {
                    features.Add(FeatureHash.Of(Template.Connector, token.Word, token.Text));
                }
                else if (token.Word.Known is { } word && length > 1)
                {
                    features.Add(FeatureHash.Of(Template.WordKnown, (int)word.Kind));
                }

                if (token.Word.DemonymCountry is not null)
                {
                    features.Add(FeatureHash.Of(Template.Demonym, t == start ? 0 : 1));
                }
            }

            if (WordShape.HasDigit(token.Text))
            {
                features.Add(FeatureHash.Of(Template.Digit));
            }
        }

        var shape = Shape(tokens, start, end);
        features.Add(OfToken(Template.FirstWord, first));
        features.Add(OfToken(Template.LastWord, last));
        features.Add(shape);
        var lengthBucket = length < 4 ? length : 4;
        features.Add(FeatureHash.Of(Template.Length, lengthBucket));
        features.Add(FeatureHash.OfSuffix(Template.LastSuffix, last.Word, 3));
        features.Add(FeatureHash.OfSuffix(Template.FirstSuffix, first.Word, 2));

        features.Add(Context(Template.Previous, tokens, start - 1));
        features.Add(Context(Template.BeforePrevious, tokens, start - 2));
        features.Add(Context(Template.Next, tokens, end));
        features.Add(Context(Template.AfterNext, tokens, end + 1));
        features.Add(Combine(Context(Template.PreviousAndShape, tokens, start - 1), shape));
        features.Add(Combine(Context(Template.NextAndLength, tokens, end), lengthBucket));

        if (first.SentenceStart || start == 0)
        {
            features.Add(FeatureHash.Of(Template.SentenceStart, length == 1 ? 1 : 2));
        }

        if (allCaps && words > 0)
        {
            features.Add(FeatureHash.Of(Template.AllCaps, first.Text.Length > 4 ? 1 : 0));
        }

        if (candidate.Unit.UnreliableCase)
        {
            features.Add(FeatureHash.Of(Template.CapitalisedLine));
        }

        if (candidate.Unit.IsTableLine)
        {
            features.Add(FeatureHash.Of(Template.TableLine));
        }

        if (length > 1 && last.Word.Known is { } lastKnown)
        {
            features.Add(FeatureHash.Of(Template.LastWordKnown, (int)lastKnown.Kind));
        }

        var gender = first.Word.GivenName;
        if (gender != '\0')
        {
            features.Add(FeatureHash.Of(Template.GivenName, gender, length > 1 ? 1 : 0));
        }

        // A family name last ("Tammy Kitzmiller", with or without a known given name first) or alone ("Adelson"),
        // and whether it is also an English word ("Baker", "Young"): such a word alone is no evidence (measured).
        if (last.Word.Is(WordFact.Surname) && (length > 1 || !last.Word.Is(WordFact.DictionaryWord)))
        {
            features.Add(FeatureHash.Of(Template.Surname, length > 1 ? 1 : 0, (gender != '\0' ? 1 : 0) + (last.Word.Is(WordFact.DictionaryWord) ? 2 : 0)));
        }

        if (first.Word.Is(WordFact.SurnameFirst))
        {
            features.Add(FeatureHash.Of(Template.SurnameFirst));
        }

        if (first.Word.Is(WordFact.DictionaryWord))
        {
            features.Add(FeatureHash.Of(Template.DictionaryWord, length > 1 ? 1 : 0, first.SentenceStart ? 1 : 0));
        }

        if (length > 1 && last.Word.Is(WordFact.DictionaryWord))
        {
            features.Add(FeatureHash.Of(Template.DictionaryWord, 2, 0));
        }

        if (first.Word.Is(WordFact.CommonWord))
        {
            features.Add(FeatureHash.Of(Template.CommonFirstWord, length > 1 ? 1 : 0));
        }

        features.Add(FeatureHash.Of(Template.Rule, (int)candidate.RuleKind, candidate.RuleWeight));
        if (candidate.UsedMidSentence)
        {
            features.Add(FeatureHash.Of(Template.UsedMidSentence));
        }

        if (candidate.UsedInLowerCase)
        {
            features.Add(FeatureHash.Of(Template.UsedInLowerCase));
        }

        if (WordShape.IsCamelCase(first.Text))
        {
            features.Add(FeatureHash.Of(Template.CamelCase));
        }

        features.Add(FeatureHash.Of(Template.Mentions, candidate.Mentions < 3 ? candidate.Mentions : 3));

        // "Statistics Canada" (a word, then a place) is not "Canada"; "Toronto Star" not "Toronto".
        var firstKind = first.Word.Known is { } firstKnown ? (int)firstKnown.Kind + 1 : first.Word.Is(WordFact.DictionaryWord) ? 9 : 0;
        var lastKind = length > 1 ? last.Word.Known is { } known ? (int)known.Kind + 1 : last.Word.Is(WordFact.DictionaryWord) ? 9 : 0 : -1;
        features.Add(FeatureHash.Of(Template.FirstAndLastKnown, firstKind, lastKind));

        if (AppositionHead(tokens, end) is { } head)
        {
            features.Add(FeatureHash.Of(Template.AppositionHead, head.Word, head.Word.Lower));
        }

        if (candidate.Unit.HasScore)
        {
            features.Add(FeatureHash.Of(Template.ScoreLine, length > 1 ? 1 : 0));
        }

        if (candidate.LastWordAlone)
        {
            features.Add(FeatureHash.Of(Template.WordAlone, 1));
        }

        if (candidate.FirstWordAlone)
        {
            features.Add(FeatureHash.Of(Template.WordAlone, 0));
        }
    }

    /// <summary>
    /// The head noun of an apposition after the name: "X, a Toronto-based company," → company; "X, the
    /// capital of Y" → capital. The last lower-case word before a preposition, a relative pronoun or a
    /// punctuation mark, at most eight words on.
    /// </summary>
    internal static Token? AppositionHead(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || !tokens[end].Is(",") || tokens[end + 1].Text is not ("the" or "a" or "an" or "its" or "their"))
        {
            return null;
        }

        Token? head = null;
        for (var k = end + 2; k < tokens.Count && k <= end + 9; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || token.Text is "of" or "for" or "at" or "in" or "by" or "on" or "with" or "which" or "who" or "that" or "and")
            {
                break;
            }

            if (char.IsLower(token.Text[0]))
            {
                head = token;
            }
        }

        return head;
    }

    /// <summary>The word around a candidate as a feature value: numbers are all one word, and the ends of the unit are marked.</summary>
    private static ulong Context(Template template, List<Token> tokens, int index) =>
        index < 0 ? FeatureHash.Of(template, "<s>") : index >= tokens.Count ? FeatureHash.Of(template, "</s>") : OfToken(template, tokens[index]);

    /// <summary>The token as a feature value, numbers all one word (its hash kept on the token's <see cref="Word"/>).</summary>
    private static ulong OfToken(Template template, in Token token) =>
        FeatureHash.Of(template, token.Word, token.Kind == TokenKind.Number ? "<num>" : token.Text);

    /// <summary>
    /// The hash of the span's shape, "Xx Xx", "X", "XX", "Xx d": letters by case, digits, repeats collapsed,
    /// at most four tokens (then "…"), hashed as it is read rather than built as a string.
    /// </summary>
    private static ulong Shape(List<Token> tokens, int start, int end)
    {
        var hash = FeatureHash.Of(Template.Shape);
        for (var t = start; t < end && t < start + 4; t++)
        {
            if (t > start)
            {
                hash = FeatureHash.Add(hash, ' ');
            }

            var previous = '\0';
            foreach (var c in tokens[t].Text)
            {
                var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                if (s != previous)
                {
                    hash = FeatureHash.Add(hash, s);
                    previous = s;
                }
            }
        }

        return end - start > 4 ? FeatureHash.Add(hash, '…') : hash;
    }

    private static ulong Combine(ulong hash, ulong value) => unchecked((hash * 31) + value);

    private static ulong Combine(ulong hash, int value) => unchecked((hash * 31) + (ulong)value);

}
