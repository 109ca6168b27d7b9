using System;
using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Finds who said each quote, in reading order: every cue pattern around the quote names a candidate
/// (Attribution/AttributionCues.cs, SpeakerCandidates.cs), the last speaker of the paragraph or the
/// one before is a candidate too, and a ranking with hand-set weights picks one (SpeakerRanker.cs).
/// Pronouns and role nouns ("he", "the minister", "the Chinese", "the party") are resolved on the way
/// (Coreference.cs). Speech acts without quotes ("Wang stressed that …") count as speakers for later
/// quotes and pronouns. The speaker is always an entity of the article.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens a cue may be away from its quote.</summary>
    private const int Window = 40;

    /// <summary>How far back from its verb a subject may start ("X, a professor of ... at ... in ..., said").</summary>
    private const int SubjectReach = 40;

    /// <summary>How many units back (or ahead) a pronoun or role noun looks for its entity.</summary>
    private const int SearchUnits = 8;

    /// <summary>How many mentions one pronoun or role-noun look-up may inspect.</summary>
    private const int MentionBudget = 400;

    private readonly List<UnitTokens> _units;
    private readonly KnowledgeBase _knowledge = KnowledgeBase.Instance;

    /// <summary>Per unit and token: the mention that starts or ends there.</summary>
    private readonly TokenGrid<Mention?> _startsAt;
    private readonly TokenGrid<Mention?> _endsAt;

    /// <summary>Entities named with a personal title somewhere ("Mr. Clarke"), with the gender the title gives ('m', 'f' or '\0').</summary>
    private readonly Dictionary<ArticleEntity, char> _titled = new();

    /// <summary>Per unit: which tokens lie inside a quote.</summary>
    private readonly TokenGrid<bool> _quoted;

    /// <summary>Per unit and token: <see cref="IsSentenceEnd"/>, worked out once (every rule asks it, many times per token).</summary>
    private readonly TokenGrid<bool> _sentenceEnd;

    /// <summary>Speech acts in reading order: (unit, token, speaker), from quotes and from "X said" sentences.</summary>
    private readonly List<(int Unit, int Token, ArticleEntity Speaker)> _speech = new();

    private SpeakerResolver(List<UnitTokens> units, List<ScannedQuote> quotes)
    {
        _units = units;
        _quoted = TokenGrid<bool>.Rent(units);
        _startsAt = TokenGrid<Mention?>.Rent(units);
        _endsAt = TokenGrid<Mention?>.Rent(units);
        _sentenceOf = TokenGrid<int>.Rent(units);
        _subject = TokenGrid<bool>.Rent(units);
        _sentenceEnd = TokenGrid<bool>.Rent(units);
        var sentenceEnd = _sentenceEnd.Cells;
        for (var u = 0; u < units.Count; u++)
        {
            var tokens = units[u].Tokens;
            var row = _sentenceEnd.RowStart(u);
            for (var t = 0; t < tokens.Count; t++)
            {
                // Only punctuation ends a sentence: most tokens are words and need no call.
                sentenceEnd[row + t] = tokens[t].Kind == TokenKind.Punctuation && IsSentenceEnd(tokens, t);
            }

            foreach (var mention in units[u].Mentions)
            {
                // "Rep." or "Sen." read as a name of its own is a title, never a speaker.
                if (mention.TokenEnd == mention.TokenStart + 1 && tokens[mention.TokenStart].Word.Is(WordFact.PersonTitle))
                {
                    continue;
                }

                // "Mr. Obama", "Rep. Jim Jordan": whatever kind the name got, a titled name is a person.
                if (mention.TokenStart > 0 && TitleBefore(tokens, mention.TokenStart) is { } title)
                {
                    _titled[mention.Entity] = title.Length > 0 ? title[0] : '\0';
                }

                _startsAt[u, mention.TokenStart] ??= mention;
                _endsAt[u, mention.TokenEnd - 1] ??= mention;
            }
        }

        foreach (var quote in quotes)
        {
            foreach (var part in quote.Parts)
            {
                var tokens = units[part.Unit].Tokens;
                var from = part.MarkStart < 0 ? part.Start : part.MarkStart;
                for (var t = FirstTokenAt(tokens, from); t < tokens.Count && tokens[t].Start < part.MarkEnd; t++)
                {
                    _quoted[part.Unit, t] = true;
                }
            }
        }

        MarkSentences();
    }

    /// <summary>
    /// The speaker of each quote. A title or name in quotation marks (<paramref name="titles"/>) gets none
    /// and makes no speech act: "On “Face the Nation,” Sen. X … . “Q”" is not the last speaker's.
    /// </summary>
    public static ArticleEntity?[] Resolve(List<UnitTokens> units, List<ScannedQuote> quotes, bool[] titles, CancellationToken cancellationToken)
    {
        var resolver = new SpeakerResolver(units, quotes);
        try
        {
            return resolver.Run(quotes, titles, cancellationToken);
        }
        finally
        {
            resolver.ReturnGrids();
        }
    }

    private void ReturnGrids()
    {
        _quoted.Return();
        _startsAt.Return();
        _endsAt.Return();
        _sentenceOf.Return();
        _subject.Return();
        _sentenceEnd.Return();
    }

    private ArticleEntity?[] Run(List<ScannedQuote> quotes, bool[] titles, CancellationToken cancellationToken)
    {
        // Speech acts without quotes ("Wang stressed that ...") let a later cue-less quote or pronoun
        // find its speaker. They and the quotes are resolved in reading order, so that a pronoun
        // sees every speaker before it.
        var verbs = new List<(int Unit, int Token, int SentenceStart)>();
        var (quoted, sentenceEnd) = (_quoted.Cells, _sentenceEnd.Cells);
        for (var u = 0; u < _units.Count; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = _units[u].Tokens;
            var row = _quoted.RowStart(u);
            var sentenceStart = 0;
            var sentenceHasQuote = false;
            var pending = verbs.Count;
            for (var t = 0; t <= tokens.Count; t++)
            {
                if (t == tokens.Count || (!quoted[row + t] && sentenceEnd[row + t]))
                {
                    // A sentence with a quote is the quote's own attribution.
                    if (sentenceHasQuote)
                    {
                        verbs.RemoveRange(pending, verbs.Count - pending);
                    }

                    sentenceStart = t + 1;
                    sentenceHasQuote = false;
                    pending = verbs.Count;
                    continue;
                }

                if (quoted[row + t])
                {
                    sentenceHasQuote = true;
                    continue;
                }

                // The cheap tests first: the verb look-up lower-cases the word.
                if (t - sentenceStart <= SubjectReach && tokens[t].IsWord && !char.IsUpper(tokens[t].Text[0]) && tokens[t].Word.Is(WordFact.ReportingVerb))
                {
                    verbs.Add((u, t, sentenceStart));
                }
            }
        }

        var speakers = new ArticleEntity?[quotes.Count];
        var candidates = new List<SpeakerCandidate>();
        var verbIndex = 0;
        var outer = -1;
        for (var q = 0; q <= quotes.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unit = q < quotes.Count ? quotes[q].First.Unit : int.MaxValue;
            var openToken = q < quotes.Count ? FirstTokenAt(_units[unit].Tokens, quotes[q].First.MarkStart < 0 ? quotes[q].First.Start : quotes[q].First.MarkStart) : 0;
            while (verbIndex < verbs.Count && Before(verbs[verbIndex].Unit, verbs[verbIndex].Token, unit, openToken))
            {
                var (u, t, sentenceStart) = verbs[verbIndex++];
                // "Blinken said that China claims to be neutral": a place or a possessive before the
                // verb makes no speech act that a later quote could continue.
                if (SubjectBefore(u, Math.Max(sentenceStart, t - SubjectReach), t, out var weak) is { } subject && !weak)
                {
                    _speech.Add((u, t, subject));
                }
            }

            if (q == quotes.Count)
            {
                break;
            }

            var quote = quotes[q];
            if (titles[q])
            {
                continue;
            }

            // A quote inside another ("I read them the question: “Q?” Most said no," said X) is read out by
            // the outer quote's speaker.
            if (outer >= 0 && Encloses(quotes[outer], quote))
            {
                speakers[q] = speakers[outer];
                continue;
            }

            outer = q;
            candidates.Clear();
            AddCueCandidates(quote, candidates);
            AddPreviousSpeaker(unit, openToken, candidates);
            var speaker = Rank(candidates, q > 0 ? speakers[q - 1] : null);
            speakers[q] = speaker;
            if (speaker is not null)
            {
                _speech.Add((quote.Last.Unit, SpeechPosition(quote.Last), speaker));
            }
        }

        RepeatBodySpeakers(quotes, speakers, cancellationToken);
        return speakers;
    }

    /// <summary>Whether <paramref name="inner"/> lies inside one part of <paramref name="outer"/>.</summary>
    private static bool Encloses(ScannedQuote outer, ScannedQuote inner)
    {
        foreach (var part in outer.Parts)
        {
            if (part.Unit == inner.First.Unit && part.Start <= inner.First.MarkStart && inner.Last.MarkEnd <= part.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quote in a headline, subheadline or heading usually repeats (part of) a quote from the body,
    /// whose attribution is explicit: "Judges tell Punjab: “People are dying”" is Justice Kaul's.
    /// </summary>
    private void RepeatBodySpeakers(List<ScannedQuote> quotes, ArticleEntity?[] speakers, CancellationToken cancellationToken)
    {
        const int MaxDisplayQuotes = 64;
        var checkedQuotes = 0;
        for (var q = 0; q < quotes.Count && checkedQuotes < MaxDisplayQuotes; q++)
        {
            if (_units[quotes[q].First.Unit].IsParagraph)
            {
                continue;
            }

            checkedQuotes++;
            cancellationToken.ThrowIfCancellationRequested();
            var text = QuoteRepeats.Core(quotes[q].Text);
            if (text.Length < 4)
            {
                continue;
            }

            for (var b = 0; b < quotes.Count; b++)
            {
                if (b != q && speakers[b] is { } speaker && _units[quotes[b].First.Unit].IsParagraph && quotes[b].Text.IndexOf(text, StringComparison.Ordinal) >= 0)
                {
                    speakers[q] = speaker;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Where a quote's speech act counts as made: at the end of its attribution ("“Q,” X told Y."), so a
    /// pronoun in the next sentence sees it as more recent than the names inside that attribution.
    /// </summary>
    private int SpeechPosition(QuotePart last)
    {
        var tokens = _units[last.Unit].Tokens;
        var t = FirstTokenAt(tokens, last.MarkEnd);
        while (t < tokens.Count && !_quoted[last.Unit, t] && !_sentenceEnd[last.Unit, t])
        {
            t++;
        }

        return t < tokens.Count && _quoted[last.Unit, t] ? t - 1 : t;
    }

    private static bool Before(int unitA, int tokenA, int unitB, int tokenB) => unitA < unitB || (unitA == unitB && tokenA < tokenB);

    /// <summary>The speaker of the last speech act within this paragraph or the one before it: the speaker a quote without a cue continues.</summary>
    private void AddPreviousSpeaker(int unit, int token, List<SpeakerCandidate> candidates)
    {
        for (var i = _speech.Count - 1; i >= 0; i--)
        {
            var (speechUnit, speechToken, speaker) = _speech[i];
            if (!Before(speechUnit, speechToken, unit, token))
            {
                continue;
            }

            if (unit - speechUnit <= 1 || (unit - speechUnit == 2 && !_units[unit - 1].IsParagraph))
            {
                candidates.Add(new SpeakerCandidate(speaker, speechUnit == unit ? CuePattern.SameParagraphSpeaker : CuePattern.PreviousParagraphSpeaker));
            }

            return;
        }
    }

    private Mention? MentionEndingAt(int unit, int token) => _endsAt[unit, token];

    private Mention? MentionStartingAt(int unit, int token) => _startsAt[unit, token];

    private static bool IsSpeakerKind(ArticleEntity entity) => entity.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location;

    private bool IsPerson(ArticleEntity entity) => entity.Kind == EntityKind.Person || _titled.ContainsKey(entity);

    private char GenderOf(ArticleEntity entity) => entity.Gender != '\0' ? entity.Gender : _titled.TryGetValue(entity, out var gender) ? gender : '\0';

    /// <summary>The personal title right before a name ("Mr. ", "Sen. ", "Rep. "), as <see cref="Lexicon.PersonTitle"/> gives it, or null.</summary>
    private static string? TitleBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (tokens[k].Is(".") && k > 0)
        {
            k--;
        }

        return tokens[k].IsWord ? Lexicon.PersonTitle(tokens[k].Text) : null;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/> (binary search).</summary>
    public static int FirstTokenAt(List<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
