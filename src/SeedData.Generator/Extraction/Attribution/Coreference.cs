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
    private readonly int[][] _sentenceOf;

    /// <summary>Per unit and token: the first name or personal pronoun of its sentence (outside quotes, not possessive, not after a preposition).</summary>
    private readonly bool[][] _subject;

    private void MarkSentences()
    {
        var sentence = 0;
        for (var u = 0; u < _units.Count; u++)
        {
            var tokens = _units[u].Tokens;
            _sentenceOf[u] = new int[tokens.Count];
            _subject[u] = new bool[tokens.Count];
            var found = false;
            for (var t = 0; t < tokens.Count; t++)
            {
                _sentenceOf[u][t] = sentence;
                if (!found && !_quoted[u][t] && (_startsAt[u][t] is not null || Lexicon.IsPersonPronoun(tokens[t].Text)))
                {
                    var end = _startsAt[u][t]?.TokenEnd ?? t + 1;
                    var possessive = end < tokens.Count && tokens[end].Text is "’s" or "'s";
                    if (!possessive && !AfterPreposition(tokens, t))
                    {
                        _subject[u][t] = true;
                        found = true;
                    }
                }

                if (EndsSentence(u, t) && t + 1 < tokens.Count)
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
        var here = _sentenceOf[unit][k];
        var candidates = new Dictionary<ArticleEntity, (int Score, int Unit, int Token)>();

        var budget = MentionBudget;
        for (var u = unit; u >= 0 && unit - u <= SearchUnits && budget > 0; u--)
        {
            var mentions = _units[u].Mentions;
            var tokens = _units[u].Tokens;
            for (var i = u < unit ? mentions.Count - 1 : LastMentionBefore(mentions, k); i >= 0 && budget-- > 0; i--)
            {
                var mention = mentions[i];
                if ((u == unit && mention.TokenEnd > k) || _quoted[u][mention.TokenStart] || !accept(mention.Entity) || _startsAt[u][mention.TokenStart] != mention)
                {
                    continue;
                }

                var oblique = (mention.TokenEnd < tokens.Count && tokens[mention.TokenEnd].Text is "’s" or "'s") || AfterPreposition(tokens, mention.TokenStart);
                var score = MentionWeight
                    + (_subject[u][mention.TokenStart] ? SubjectWeight : 0)
                    + (oblique ? ObliqueWeight : 0)
                    + Distance(here - _sentenceOf[u][mention.TokenStart], unit - u);
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
            var sentence = speechToken < _sentenceOf[speechUnit].Length ? _sentenceOf[speechUnit][speechToken] : here;
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
}
