using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>Which cue pattern named a speaker candidate.</summary>
internal enum CuePattern
{
    /// <summary>"“Q.” ― Ana Silva".</summary>
    Byline,

    /// <summary>"“Q,” said Ana Silva".</summary>
    VerbThenName,

    /// <summary>"“SILVA: Q”": a transcript's speaker label opening the quote.</summary>
    Label,

    /// <summary>"“Q?” Silva demanded" (any verb in the past tense).</summary>
    NameThenVerb,

    /// <summary>"“Q,” Ana Silva, the mayor, said" (a verb of saying after the subject).</summary>
    SubjectThenVerb,

    /// <summary>"according to Ana Silva".</summary>
    AccordingTo,

    /// <summary>"…,” she said, adding that “Q”": the participle shares the last speaker.</summary>
    Participle,

    /// <summary>"Ana Silva said that … “Q”": the subject of the sentence's verb of saying.</summary>
    MainVerb,

    /// <summary>"Trump’s claim that … “Q”": the owner of a noun of saying before the quote.</summary>
    Possessor,

    /// <summary>As <see cref="MainVerb"/>, but only a possessive, a place or a prepositional object stands there.</summary>
    WeakSubject,

    /// <summary>"Mayor: “Q”".</summary>
    Colon,

    /// <summary>A partial quote in a sentence with no verb of saying: the sentence's first name.</summary>
    SentenceSubject,

    /// <summary>No cue: the person the sentence before introduces, in the same paragraph ("Sen. X … identified … . “Q”").</summary>
    PreviousSentenceSubject,

    /// <summary>No cue: the last speaker of the same paragraph.</summary>
    SameParagraphSpeaker,

    /// <summary>No cue: the last speaker of the paragraph before.</summary>
    PreviousParagraphSpeaker,
}

/// <summary>A speaker a cue pattern names for a quote.</summary>
internal readonly record struct SpeakerCandidate(ArticleEntity Entity, CuePattern Pattern);

/// <summary>
/// Chooses a quote's speaker among the candidates its cue patterns name, by a few weights set by
/// hand (never fitted to data): the pattern's own strength, the kind of candidate, agreement between
/// patterns and the previous quote's speaker.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Feature</term><description>Weight and reason</description></listheader>
/// <item><term>byline, "said X", transcript label</term><description>10: the name is bound to the quote by the verb, the dash or the label's colon</description></item>
/// <item><term>"X demanded", "X, …, said", according to X (after the quote)</term><description>9: a verb right after the quote, its subject found by the clause</description></item>
/// <item><term>participle, main verb (before the quote)</term><description>8: the sentence reports the quote</description></item>
/// <item><term>possessor</term><description>7: "Trump’s claim that … “Q”", the owner of a noun of saying</description></item>
/// <item><term>colon</term><description>6: a headline's "Mayor: “Q”"</description></item>
/// <item><term>weak subject</term><description>5: only a possessive or place before the verb</description></item>
/// <item><term>sentence subject</term><description>4: a partial quote in a paraphrase without a verb of saying</description></item>
/// <item><term>last speaker, same paragraph / paragraph before</term><description>3 / 2: a quote without a cue continues</description></item>
/// <item><term>person</term><description>+1: people speak more often than organisations and places (a place still speaks as its government: "Japan branded …"; a penalty for places measured worse)</description></item>
/// <item><term>agreement</term><description>+1 when a second pattern names the same entity</description></item>
/// <item><term>previous quote's speaker</term><description>+1: quotes run in a row from one speaker</description></item>
/// </list>
/// The highest score wins; on a tie the candidate found first wins (the cues after the quote are read
/// before those before it, the last speaker last).
/// </remarks>
internal sealed partial class SpeakerResolver
{
    private const int PersonWeight = 1;
    private const int AgreementWeight = 1;
    private const int PreviousQuoteWeight = 1;

    private static int PatternWeight(CuePattern pattern) => pattern switch
    {
        CuePattern.Byline or CuePattern.VerbThenName or CuePattern.Label => 10,
        CuePattern.NameThenVerb or CuePattern.SubjectThenVerb or CuePattern.AccordingTo => 9,
        CuePattern.Participle or CuePattern.MainVerb => 8,
        CuePattern.Possessor => 7,
        CuePattern.Colon => 6,
        CuePattern.WeakSubject => 5,
        CuePattern.SentenceSubject => 4,
        CuePattern.PreviousSentenceSubject or CuePattern.SameParagraphSpeaker => 3,
        _ => 2,
    };

    /// <summary>The best-ranked candidate, or null when there is none.</summary>
    private ArticleEntity? Rank(List<SpeakerCandidate> candidates, ArticleEntity? previousQuoteSpeaker)
    {
        ArticleEntity? best = null;
        var bestScore = int.MinValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            var entity = candidates[i].Entity;
            var score = PatternWeight(candidates[i].Pattern)
                + (IsPerson(entity) ? PersonWeight : 0)
                + (ReferenceEquals(entity, previousQuoteSpeaker) ? PreviousQuoteWeight : 0);
            for (var j = 0; j < candidates.Count; j++)
            {
                if (j != i && ReferenceEquals(candidates[j].Entity, entity))
                {
                    score += AgreementWeight;
                    break;
                }
            }

            if (score > bestScore)
            {
                best = entity;
                bestScore = score;
            }
        }

        return best;
    }
}
