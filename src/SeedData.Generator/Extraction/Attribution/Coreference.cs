using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Who a pronoun ("he said", "she told") refers to: the candidates are the recent persons, named
/// outside quotes or speaking, ranked by a few hand-set weights, not by whichever name came last.
/// </summary>
/// <remarks>
/// <para>A candidate's score is the best score of its mentions and speech acts; the highest score
/// wins, a tie goes to the most recent. The weights are set by hand (never fitted to data) and are
/// deliberately few:</para>
/// <list type="table">
/// <listheader><term>Feature</term><description>Weight and reason</description></listheader>
/// <item><term>mention</term><description>+1: named outside a quote (a name inside a quote is not its speaker)</description></item>
/// <item><term>subject</term><description>+2: the first name or pronoun of its sentence ("Perdue said he …" → Perdue, not Romney later in it)</description></item>
/// <item><term>oblique</term><description>−1: possessive ("Trump’s") or after a preposition ("with Matthews")</description></item>
/// <item><term>speaker</term><description>+3: made a speech act (a quote or "X said …"): a pronoun before "said" mostly continues the last speaker</description></item>
/// <item><term>sentence</term><description>−1 per sentence between the candidate and the pronoun</description></item>
/// <item><term>paragraph</term><description>−1 per paragraph boundary between them</description></item>
/// </list>
/// </remarks>
internal sealed partial class SpeakerResolver
{
    private const int MentionWeight = 1;
    private const int SubjectWeight = 2;
    private const int ObliqueWeight = -1;
    private const int SpeakerWeight = 3;
    private const int SentenceWeight = -1;
    private const int ParagraphWeight = -1;

    /// <summary>How many speech acts one pronoun look-up may inspect.</summary>
    private const int SpeechBudget = 64;

    /// <summary>Per unit and token: the number of the sentence, counted over the whole article.</summary>
    private readonly TokenGrid<int> _sentenceOf;

    /// <summary>Per unit and token: the first name or personal pronoun of its sentence (outside quotes, not possessive, not after a preposition).</summary>
    private readonly TokenGrid<bool> _subject;

    private void MarkSentences()
    {
        var sentence = 0;
        var (quoted, startsAt, sentenceOf, sentenceEnd) = (_quoted.Cells, _startsAt.Cells, _sentenceOf.Cells, _sentenceEnd.Cells);
        for (var u = 0; u < _units.Count; u++)
        {
            var tokens = _units[u].Tokens;
            var row = _quoted.RowStart(u);
            var found = false;
            for (var t = 0; t < tokens.Count; t++)
            {
                sentenceOf[row + t] = sentence;
                if (!found && !quoted[row + t] && (startsAt[row + t] is not null || tokens[t].Word.Is(WordFact.PersonPronoun)))
                {
                    var end = startsAt[row + t]?.TokenEnd ?? t + 1;
                    var possessive = end < tokens.Count && tokens[end].Text is "’s" or "'s";
                    if (!possessive && !AfterPreposition(tokens, t))
                    {
                        _subject[u, t] = true;
                        found = true;
                    }
                }

                // EndsSentence, its common case (outside quotes) read here.
                if ((quoted[row + t] ? EndsSentence(u, t) : sentenceEnd[row + t]) && t + 1 < tokens.Count)
                {
                    sentence++;
                    found = false;
                }
            }

            sentence++;
        }
    }

    /// <summary>The best-ranked person the pronoun at token <paramref name="k"/> of <paramref name="unit"/> can refer to.</summary>
    private ArticleEntity? Antecedent(int unit, int k, Func<ArticleEntity, bool> accept)
    {
        var here = _sentenceOf[unit, k];
        var candidates = new Dictionary<ArticleEntity, (int Score, int Unit, int Token)>();

        var budget = MentionBudget;
        for (var u = unit; u >= 0 && unit - u <= SearchUnits && budget > 0; u--)
        {
            var mentions = _units[u].Mentions;
            var tokens = _units[u].Tokens;
            for (var i = u < unit ? mentions.Count - 1 : LastMentionBefore(mentions, k); i >= 0 && budget-- > 0; i--)
            {
                var mention = mentions[i];
                if ((u == unit && mention.TokenEnd > k) || _quoted[u, mention.TokenStart] || !accept(mention.Entity) || _startsAt[u, mention.TokenStart] != mention)
                {
                    continue;
                }

                var oblique = (mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Text is "’s" or "'s") || AfterPreposition(tokens, mention.TokenStart);
                var score = MentionWeight
                    + (_subject[u, mention.TokenStart] ? SubjectWeight : 0)
                    + (oblique ? ObliqueWeight : 0)
                    + Distance(here - _sentenceOf[u, mention.TokenStart], unit - u);
                Add(candidates, mention.Entity, score, u, mention.TokenStart);
            }
        }

        var speeches = 0;
        for (var i = _speech.Count - 1; i >= 0 && speeches < SpeechBudget; i--)
        {
            var (speechUnit, speechToken, speaker) = _speech[i];
            if (unit - speechUnit > SearchUnits)
            {
                break;
            }

            if (!Before(speechUnit, speechToken, unit, k) || !accept(speaker))
            {
                continue;
            }

            speeches++;
            // A speech act may sit just past its unit's last token (a quote that ends the paragraph).
            var count = _sentenceOf.Count(speechUnit);
            var sentence = count == 0 ? here : _sentenceOf[speechUnit, Math.Min(speechToken, count - 1)];
            Add(candidates, speaker, SpeakerWeight + Distance(here - sentence, unit - speechUnit), speechUnit, speechToken);
        }

        ArticleEntity? best = null;
        (int Score, int Unit, int Token) top = (int.MinValue, 0, 0);
        foreach (var pair in candidates)
        {
            var value = pair.Value;
            if (value.Score > top.Score || (value.Score == top.Score && (Before(top.Unit, top.Token, value.Unit, value.Token) || (top.Unit == value.Unit && top.Token == value.Token && pair.Key.Order < best!.Order))))
            {
                best = pair.Key;
                top = value;
            }
        }

        return best;
    }

    private static int Distance(int sentences, int paragraphs) => SentenceWeight * Math.Max(0, sentences) + ParagraphWeight * paragraphs;

    /// <summary>Keeps the best score of an entity's occurrences (the most recent one on a tie).</summary>
    private static void Add(Dictionary<ArticleEntity, (int Score, int Unit, int Token)> candidates, ArticleEntity entity, int score, int unit, int token)
    {
        if (!candidates.TryGetValue(entity, out var value) || score > value.Score || (score == value.Score && Before(value.Unit, value.Token, unit, token)))
        {
            candidates[entity] = (score, unit, token);
        }
    }

    /// <summary>A pronoun or role noun at token <paramref name="k"/>, resolved to an entity.</summary>
    private ArticleEntity? Resolve(int unit, int k)
    {
        var tokens = _units[unit].Tokens;
        var word = tokens[k].Text;
        if (Lexicon.IsPersonPronoun(word))
        {
            var female = word is "she" or "She";
            return Antecedent(unit, k, e => IsPerson(e) && GenderOf(e) != (female ? 'm' : 'f'));
        }

        if (word is "they" or "They" or "it" or "It")
        {
            return Latest(
                LastSpeaker(unit, k, e => e.Kind == EntityKind.Organization),
                LastMentioned(unit, k, e => e.Kind == EntityKind.Organization)).Entity;
        }

        var determiner = Determiner(unit, tokens, k);
        if (determiner == 0)
        {
            return null;
        }

        var lower = word.ToLowerInvariant();

        // "the Chinese", "the Chinese side": the person who speaks for that country, else the country.
        if (_knowledge.DemonymCountry(word) is { } code)
        {
            var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
            if (next.Text is not null && next.IsWord && !next.Is("side") && !next.Word.Is(WordFact.ReportingVerb) && !IsAdverb(next.Text))
            {
                return null;
            }

            var demonym = word.EndsWith("s", StringComparison.Ordinal) && _knowledge.DemonymCountry(word.Substring(0, word.Length - 1)) is not null ? word.Substring(0, word.Length - 1).ToLowerInvariant() : lower;
            var country = _knowledge.Country(code);
            return Latest(
                    LastSpeaker(unit, k, e => IsPerson(e) && e.Roles.Contains(demonym)),
                    LastMentioned(unit, k, e => IsPerson(e) && e.Roles.Contains(demonym))).Entity
                ?? LastMentioned(unit, k, e => country is not null && e.Known == country).Entity;
        }

        if (char.IsUpper(word[0]))
        {
            return null;
        }

        // Only the head noun of "the foreign minister", not "the minister's office".
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && (IsPersonNoun(tokens[k + 1].Text) || Lexicon.OrganizationAnaphors.Contains(tokens[k + 1].Text) || tokens[k + 1].Text is "’s" or "'s"))
        {
            return null;
        }

        if (IsPersonNoun(lower))
        {
            // "the jury president, the French actress Isabelle Huppert,": the name in apposition.
            for (var j = k + 1; j < tokens.Count && j <= k + 6; j++)
            {
                if (MentionStartingAt(unit, j) is { } named && IsPerson(named.Entity))
                {
                    return named.Entity;
                }

                if (!(tokens[j].IsWord || tokens[j].Is(",")))
                {
                    break;
                }
            }

            // "a WFP spokesperson": someone unnamed who speaks for the organisation.
            if (determiner < 0)
            {
                var before = k - 1;
                while (before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized && before > k - 3)
                {
                    before--;
                }

                return before >= 0 && MentionEndingAt(unit, before) is { } owner && owner.Entity.Kind == EntityKind.Organization ? owner.Entity : null;
            }

            return LastMentioned(unit, k, e => IsPerson(e) && e.Roles.Contains(lower)).Entity
                ?? NextMentioned(unit, k, e => IsPerson(e) && e.Roles.Contains(lower))
                ?? Latest(LastSpeaker(unit, k, e => IsPerson(e)), LastMentioned(unit, k, e => IsPerson(e))).Entity;
        }

        if (Lexicon.OrganizationAnaphors.Contains(lower) && determiner > 0)
        {
            var head = char.ToUpperInvariant(lower[0]) + lower.Substring(1);
            return LastMentioned(unit, k, e => e.Kind == EntityKind.Organization && e.Name.IndexOf(head, StringComparison.Ordinal) >= 0).Entity
                ?? LastSpeaker(unit, k, e => e.Kind == EntityKind.Organization).Entity
                ?? LastMentioned(unit, k, e => e.Kind == EntityKind.Organization).Entity;
        }

        return null;
    }

    private static bool IsPersonNoun(string word) =>
        Lexicon.PersonAnaphors.Contains(word) || (word.EndsWith("-year-old", StringComparison.Ordinal) && word.Length > 9);

    private static bool IsAdverb(string word) => word.EndsWith("ly", StringComparison.Ordinal) || Lexicon.ShortAdverbs.Contains(word);

    /// <summary>
    /// 1 for "the minister", "its chairman", "INEC chairman" (a name as determiner); -1 for "a spokesperson";
    /// 0 when the noun is not a referring phrase.
    /// </summary>
    private int Determiner(int unit, List<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            var text = tokens[j].Text;
            if (text is "the" or "The" or "its" or "Its" or "his" or "His" or "her" or "Her" or "their" or "Their" or "’s" or "'s" or "this" or "This")
            {
                return 1;
            }

            if (text is "a" or "A" or "an" or "An")
            {
                return -1;
            }

            if (MentionEndingAt(unit, j) is { } named)
            {
                return named.TokenStart > 0 && tokens[named.TokenStart - 1].Text is "a" or "A" or "an" or "An" ? -1 : 1;
            }

            if (!tokens[j].IsWord)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>The more recent of two candidates.</summary>
    private static (ArticleEntity? Entity, int Unit, int Token) Latest((ArticleEntity? Entity, int Unit, int Token) a, (ArticleEntity? Entity, int Unit, int Token) b) =>
        a.Entity is null ? b : b.Entity is null ? a : Before(a.Unit, a.Token, b.Unit, b.Token) ? b : a;

    private (ArticleEntity? Entity, int Unit, int Token) LastSpeaker(int unit, int token, Func<ArticleEntity, bool> accept)
    {
        for (var i = _speech.Count - 1; i >= 0; i--)
        {
            var (speechUnit, speechToken, speaker) = _speech[i];
            if (unit - speechUnit > 3)
            {
                break;
            }

            if (Before(speechUnit, speechToken, unit, token) && accept(speaker))
            {
                return (speaker, speechUnit, speechToken);
            }
        }

        return (null, 0, 0);
    }

    /// <summary>The last entity named before a point, outside quotes (a name inside a quote is not its speaker).</summary>
    private (ArticleEntity? Entity, int Unit, int Token) LastMentioned(int unit, int token, Func<ArticleEntity, bool> accept)
    {
        // Bounded to the recent units and mentions so the cost per look-up does not grow with the article.
        var budget = MentionBudget;
        for (var u = unit; u >= 0 && unit - u <= SearchUnits; u--)
        {
            var mentions = _units[u].Mentions;
            for (var i = u < unit ? mentions.Count - 1 : LastMentionBefore(mentions, token); i >= 0 && budget-- > 0; i--)
            {
                if ((u < unit || mentions[i].TokenEnd <= token) && !_quoted[u, mentions[i].TokenStart] && accept(mentions[i].Entity))
                {
                    return (mentions[i].Entity, u, mentions[i].TokenStart);
                }
            }
        }

        return (null, 0, 0);
    }

    /// <summary>The index of the last mention starting before <paramref name="token"/> (binary search; mentions are in text order).</summary>
    private static int LastMentionBefore(List<Mention> mentions, int token)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (mentions[middle].TokenStart < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }

    private ArticleEntity? NextMentioned(int unit, int token, Func<ArticleEntity, bool> accept)
    {
        var budget = MentionBudget;
        for (var u = unit; u < _units.Count && u - unit <= SearchUnits; u++)
        {
            foreach (var mention in _units[u].Mentions)
            {
                if (budget-- <= 0)
                {
                    return null;
                }

                if ((u > unit || mention.TokenStart > token) && accept(mention.Entity))
                {
                    return mention.Entity;
                }
            }
        }

        return null;
    }
}
