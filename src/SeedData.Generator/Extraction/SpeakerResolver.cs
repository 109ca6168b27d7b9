using System;
using System.Collections.Generic;
using System.Threading;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Finds who said each quote from the cues around it: "“Q,” said X", "“Q,” X said", "X said: “Q”",
/// "X, a …, said", "according to X", "X said that … “Q”", a partial quote inside X's paraphrase; and
/// resolves pronouns and role nouns ("he", "the minister", "the Chinese", "the party") to the most
/// recent compatible entity. A quote with no cue of its own takes the last speaker of its paragraph
/// or the one before. The speaker is always an entity of the article.
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
    private readonly Mention?[][] _startsAt;
    private readonly Mention?[][] _endsAt;

    /// <summary>Entities named with a personal title somewhere ("Mr. Clarke"), with the gender the title gives ('m', 'f' or '\0').</summary>
    private readonly Dictionary<ArticleEntity, char> _titled = new();

    /// <summary>Per unit: which tokens lie inside a quote.</summary>
    private readonly bool[][] _quoted;

    /// <summary>Speech acts in reading order: (unit, token, speaker), from quotes and from "X said" sentences.</summary>
    private readonly List<(int Unit, int Token, ArticleEntity Speaker)> _speech = new();

    private SpeakerResolver(List<UnitTokens> units, List<ScannedQuote> quotes)
    {
        _units = units;
        _quoted = new bool[units.Count][];
        _startsAt = new Mention?[units.Count][];
        _endsAt = new Mention?[units.Count][];
        for (var u = 0; u < units.Count; u++)
        {
            var count = units[u].Tokens.Count;
            _quoted[u] = new bool[count];
            _startsAt[u] = new Mention?[count];
            _endsAt[u] = new Mention?[count];
            var tokens = units[u].Tokens;
            foreach (var mention in units[u].Mentions)
            {
                // "Rep." or "Sen." read as a name of its own is a title, never a speaker.
                if (mention.TokenEnd == mention.TokenStart + 1 && Lexicon.PersonTitle(tokens[mention.TokenStart].Text) != null)
                {
                    continue;
                }

                // "Mr. Obama", "Rep. Jim Jordan": whatever kind the name got, a titled name is a person.
                if (mention.TokenStart > 0 && TitleBefore(tokens, mention.TokenStart) is { } title)
                {
                    _titled[mention.Entity] = title.Length > 0 ? title[0] : '\0';
                }

                _startsAt[u][mention.TokenStart] ??= mention;
                _endsAt[u][mention.TokenEnd - 1] ??= mention;
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
                    _quoted[part.Unit][t] = true;
                }
            }
        }

        _sentenceOf = new int[units.Count][];
        _subject = new bool[units.Count][];
        MarkSentences();
    }

    public static ArticleEntity?[] Resolve(List<UnitTokens> units, List<ScannedQuote> quotes, CancellationToken cancellationToken)
    {
        var resolver = new SpeakerResolver(units, quotes);
        return resolver.Run(quotes, cancellationToken);
    }

    private ArticleEntity?[] Run(List<ScannedQuote> quotes, CancellationToken cancellationToken)
    {
        // Speech acts without quotes ("Wang stressed that ...") let a later cue-less quote or pronoun
        // find its speaker. They and the quotes are resolved in reading order, so that a pronoun
        // sees every speaker before it.
        var verbs = new List<(int Unit, int Token, int SentenceStart)>();
        for (var u = 0; u < _units.Count; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = _units[u].Tokens;
            var sentenceStart = 0;
            var sentenceHasQuote = false;
            var pending = verbs.Count;
            for (var t = 0; t <= tokens.Count; t++)
            {
                if (t == tokens.Count || (!_quoted[u][t] && IsSentenceEnd(tokens, t)))
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

                if (_quoted[u][t])
                {
                    sentenceHasQuote = true;
                    continue;
                }

                // The cheap tests first: the verb look-up lower-cases the word.
                if (t - sentenceStart <= SubjectReach && tokens[t].IsWord && !char.IsUpper(tokens[t].Text[0]) && Lexicon.IsReportingVerb(tokens[t].Text))
                {
                    verbs.Add((u, t, sentenceStart));
                }
            }
        }

        var speakers = new ArticleEntity?[quotes.Count];
        var verbIndex = 0;
        for (var q = 0; q <= quotes.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unit = q < quotes.Count ? quotes[q].First.Unit : int.MaxValue;
            var openToken = q < quotes.Count ? FirstTokenAt(_units[unit].Tokens, quotes[q].First.MarkStart < 0 ? quotes[q].First.Start : quotes[q].First.MarkStart) : 0;
            while (verbIndex < verbs.Count && Before(verbs[verbIndex].Unit, verbs[verbIndex].Token, unit, openToken))
            {
                var (u, t, sentenceStart) = verbs[verbIndex++];
                if (SubjectBefore(u, Math.Max(sentenceStart, t - SubjectReach), t) is { } subject)
                {
                    _speech.Add((u, t, subject));
                }
            }

            if (q == quotes.Count)
            {
                break;
            }

            var quote = quotes[q];
            var speaker = Cue(quote) ?? Previous(unit, openToken);
            speakers[q] = speaker;
            if (speaker is not null)
            {
                _speech.Add((quote.Last.Unit, SpeechPosition(quote.Last), speaker));
            }
        }

        RepeatBodySpeakers(quotes, speakers, cancellationToken);
        return speakers;
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
            var text = Core(quotes[q].Text);
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

    /// <summary>The words of a quote without the punctuation at its ends.</summary>
    private static string Core(string text)
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

    /// <summary>
    /// Where a quote's speech act counts as made: at the end of its attribution ("“Q,” X told Y."), so a
    /// pronoun in the next sentence sees it as more recent than the names inside that attribution.
    /// </summary>
    private int SpeechPosition(QuotePart last)
    {
        var tokens = _units[last.Unit].Tokens;
        var t = FirstTokenAt(tokens, last.MarkEnd);
        while (t < tokens.Count && !_quoted[last.Unit][t] && !IsSentenceEnd(tokens, t))
        {
            t++;
        }

        return t < tokens.Count && _quoted[last.Unit][t] ? t - 1 : t;
    }

    private static bool Before(int unitA, int tokenA, int unitB, int tokenB) => unitA < unitB || (unitA == unitB && tokenA < tokenB);

    private ArticleEntity? Cue(ScannedQuote quote)
    {
        var last = quote.Last;
        var first = quote.First;

        // After the quote: "“Q,” said X" / "“Q,” X said" / "“Q,” X told Y".
        var tokens = _units[last.Unit].Tokens;
        var after = FirstTokenAt(tokens, last.MarkEnd);
        var end = after;
        // A quote that ends its sentence with a full stop ("… the neighborhood.” Russia insisted …")
        // has nothing after it in the same sentence.
        var closed = quote.Text.TrimEnd().EndsWith(".", StringComparison.Ordinal) && after < tokens.Count && tokens[after].IsWord && tokens[after].SentenceStart;
        while (!closed && end < tokens.Count && end - after < Window && !_quoted[last.Unit][end] && !IsSentenceEnd(tokens, end))
        {
            end++;
        }

        var t = after;
        while (t < end && tokens[t].Kind == TokenKind.Punctuation)
        {
            t++;
        }

        // A byline under the quote: "“Q.” ― Ana Silva".
        if (t < end && t > after && tokens[t - 1].Text is "―" or "—" or "–" && MentionStartingAt(last.Unit, t) is { } signed && (IsPerson(signed.Entity) || signed.Entity.Kind == EntityKind.Organization))
        {
            return signed.Entity;
        }

        if (t < end && tokens[t].IsWord && Lexicon.IsCoreReportingVerb(tokens[t].Text))
        {
            if (SubjectAfter(last.Unit, t + 1, end) is { } inverted)
            {
                return inverted;
            }
        }

        // "“Q?” Vitter demanded.": a name or pronoun and a past-tense verb, whatever the verb.
        if (t < end && NameThenVerb(last.Unit, t, end) is { } named)
        {
            return named;
        }

        for (var v = t; v < end; v++)
        {
            if (tokens[v].IsIgnoreCase("according") && v + 1 < end && tokens[v + 1].Is("to"))
            {
                if (SubjectAfter(last.Unit, v + 2, end) is { } source)
                {
                    return source;
                }

                break;
            }

            if (tokens[v].IsWord && Lexicon.IsCoreReportingVerb(tokens[v].Text) && !char.IsUpper(tokens[v].Text[0]))
            {
                if (SubjectBefore(last.Unit, t, v) is { } subject)
                {
                    return subject;
                }

                break;
            }
        }

        // Before the quote, in the same sentence.
        tokens = _units[first.Unit].Tokens;
        var open = FirstTokenAt(tokens, first.MarkStart < 0 ? first.Start : first.MarkStart);
        // The sentence before the quote, but never more than a bounded stretch: a run-on "sentence" of
        // thousands of tokens must not make every quote in it walk back to its start.
        var start = open;
        while (start > 0 && open - start < 2 * SubjectReach && !EndsSentence(first.Unit, start - 1))
        {
            start--;
        }

        // "according to X"
        for (var k = start; k + 1 < open; k++)
        {
            if (tokens[k].IsIgnoreCase("according") && tokens[k + 1].Is("to") && !_quoted[first.Unit][k])
            {
                if (SubjectAfter(first.Unit, k + 2, open) is { } source)
                {
                    return source;
                }
            }
        }

        // The main clause's verb, not the nearest one: in "X said that Y once described it as “Q”" the
        // sentence reports X.
        ArticleEntity? weakSubject = null;
        for (var v = start; v < open; v++)
        {
            if (!_quoted[first.Unit][v] && tokens[v].IsWord && !char.IsUpper(tokens[v].Text[0]) && Lexicon.IsReportingVerb(tokens[v].Text) && !InSubordinateClause(tokens, start, v))
            {
                // "…,” X told NHK, adding that …": the participle shares the main clause's subject.
                if (v > 0 && tokens[v - 1].Is(",") && tokens[v].Text.EndsWith("ing", StringComparison.Ordinal) && _speech.Count > 0 && _speech[_speech.Count - 1].Unit == first.Unit)
                {
                    return _speech[_speech.Count - 1].Speaker;
                }

                // "In a Facebook message posted Friday, Cruz said": a verb whose subject is only a
                // prepositional object or a possessive gives way to a later one.
                if (SubjectBefore(first.Unit, Math.Max(start, v - SubjectReach), v, out var weak) is { } subject)
                {
                    if (!weak)
                    {
                        return subject;
                    }

                    weakSubject ??= subject;
                }
            }
        }

        if (weakSubject is not null)
        {
            return weakSubject;
        }

        // "X: “Q”" (headlines) and a partial quote inside a paraphrase: the subject of the sentence.
        if (open > start && tokens[open - 1].Is(":"))
        {
            if (SubjectBefore(first.Unit, start, open - 1) is { } announcer)
            {
                return announcer;
            }
        }

        if (open > start)
        {
            return FirstSubject(first.Unit, start, open);
        }

        return null;
    }

    /// <summary>The speaker of the last speech act within this paragraph or the one before it.</summary>
    private ArticleEntity? Previous(int unit, int token)
    {
        for (var i = _speech.Count - 1; i >= 0; i--)
        {
            var (speechUnit, speechToken, speaker) = _speech[i];
            if (!Before(speechUnit, speechToken, unit, token))
            {
                continue;
            }

            return unit - speechUnit <= 1 || (unit - speechUnit == 2 && !_units[unit - 1].IsParagraph) ? speaker : null;
        }

        return null;
    }

    /// <summary>The speaker named right after a reporting verb: "said X", "said the minister", "said he".</summary>
    private ArticleEntity? SubjectAfter(int unit, int start, int end)
    {
        var tokens = _units[unit].Tokens;
        for (var k = start; k < end && k < start + 8; k++)
        {
            // "said European Council President Donald Tusk", "said MSNBC host Chris Matthews": the person at the end of the name chain.
            if (MentionStartingAt(unit, k) is { } mention && IsSpeakerKind(mention.Entity))
            {
                return ChainHead(unit, mention, end).Entity;
            }

            if (tokens[k].IsWord && Resolve(unit, k) is { } resolved)
            {
                return resolved;
            }

            if (tokens[k].Is(",") || IsSentenceEnd(tokens, k))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// A person or organisation (or a pronoun) at <paramref name="start"/> followed by a verb in the
    /// past tense or of saying: "“Q?” Vitter demanded", "“Q,” the FBI reported".
    /// </summary>
    private ArticleEntity? NameThenVerb(int unit, int start, int end)
    {
        var tokens = _units[unit].Tokens;
        ArticleEntity? subject = null;
        var next = start + 1;
        if (MentionStartingAt(unit, start) is { } mention && (IsPerson(mention.Entity) || mention.Entity.Kind == EntityKind.Organization))
        {
            var head = ChainHead(unit, mention, end);
            subject = head.Entity;
            next = head.TokenEnd;
        }
        else if (tokens[start].IsWord && Lexicon.IsPersonPronoun(tokens[start].Text))
        {
            subject = Resolve(unit, start);
        }

        // Past the bracket after a name: "Rep. Jim Jordan (R-Ohio) said".
        if (next < end && tokens[next].Is("("))
        {
            while (next < end && !tokens[next].Is(")"))
            {
                next++;
            }

            next++;
        }

        if (subject is null || next >= end || !tokens[next].IsWord || tokens[next].IsCapitalized)
        {
            return null;
        }

        var verb = tokens[next].Text;
        return Lexicon.IsReportingVerb(verb) || (verb.EndsWith("ed", StringComparison.Ordinal) && verb.Length > 3) ? subject : null;
    }

    /// <summary>
    /// The subject of a reporting verb at <paramref name="verb"/>. The clause runs back to
    /// <paramref name="start"/>, a quote or the "that" of a verb of saying (not for a participle: "…, saying" shares the
    /// sentence's subject). Its comma pieces are read from the verb leftwards: a piece that opens with
    /// a name or a pronoun is the subject ("…, Schiff said"); one that opens in lower case is an
    /// apposition and is passed over ("X, president of Y, which represents Z, said"); an opening phrase
    /// ("In a statement, X said") never is the subject; the clause's first piece is read in any case.
    /// </summary>
    private ArticleEntity? SubjectBefore(int unit, int start, int verb) => SubjectBefore(unit, start, verb, out _);

    /// <summary>As above; <paramref name="weak"/>: only a possessive, a place or a prepositional object was found.</summary>
    private ArticleEntity? SubjectBefore(int unit, int start, int verb, out bool weak)
    {
        weak = false;
        var tokens = _units[unit].Tokens;
        var participle = verb > 0 && tokens[verb - 1].Is(",") && tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal);
        var clause = verb;
        while (clause > start && !_quoted[unit][clause - 1] && !(!participle && IsReportedThat(tokens, clause - 1)) && !IsSentenceEnd(tokens, clause - 1))
        {
            clause--;
        }

        ArticleEntity? fallback = null;
        var end = verb;
        var depth = 0;
        for (var k = verb - 1; k >= clause - 1; k--)
        {
            if (k >= clause && tokens[k].Text is "(" or ")")
            {
                depth += tokens[k].Is(")") ? 1 : -1;
                continue;
            }

            if (k >= clause && !(depth == 0 && tokens[k].Text is "," or "—" or "–" or "―"))
            {
                continue;
            }

            var piece = k + 1;
            if (piece < end)
            {
                var first = tokens[piece];
                // An opening phrase is passed over unless the verb follows it directly ("In an interview Trump declared").
            var opening = first.IsWord && Lexicon.IsClauseOpener(first.Text) && !first.Is("as") && end < verb;
                var named = first.IsCapitalized || MentionStartingAt(unit, piece) is not null || Lexicon.IsPersonPronoun(first.Text) || Lexicon.IsPluralPronoun(first.Text);
                if (!opening && (named || piece == clause) && PieceHead(unit, piece, end, ref fallback) is { } head)
                {
                    return head;
                }
            }

            end = k;
        }

        weak = true;
        return fallback;
    }

    /// <summary>
    /// The head of the noun phrase that opens a piece: its first name, pronoun or role noun, and when
    /// more names follow with only title words between, the last person of them ("European Council
    /// President Donald Tusk", "MSNBC host Chris Matthews", "Hillary Clinton’s campaign manager Robby
    /// Mook"). A possessive without a person after it, a place or a prepositional object is only a
    /// <paramref name="fallback"/>.
    /// </summary>
    private ArticleEntity? PieceHead(int unit, int start, int end, ref ArticleEntity? fallback)
    {
        var tokens = _units[unit].Tokens;
        for (var k = start; k < end; k++)
        {
            if (_quoted[unit][k])
            {
                return null;
            }

            if (MentionStartingAt(unit, k) is { } mention && mention.TokenEnd <= end)
            {
                var chained = ChainHead(unit, mention, end);
                var possessive = chained.TokenEnd < tokens.Count && tokens[chained.TokenEnd].Text is "’s" or "'s";
                if ((IsPerson(chained.Entity) || chained.Entity.Kind == EntityKind.Organization) && !possessive && !AfterPreposition(tokens, chained.TokenStart))
                {
                    return chained.Entity;
                }

                if (IsSpeakerKind(chained.Entity))
                {
                    fallback ??= chained.Entity;
                }

                k = chained.TokenEnd - 1;
                continue;
            }

            if (tokens[k].IsWord && Resolve(unit, k) is { } resolved)
            {
                return resolved;
            }
        }

        return null;
    }

    /// <summary>
    /// Follows a name through title words to the last name of the same noun phrase: up to four words
    /// (no verb of saying, no past tense, no punctuation but a possessive or an abbreviation's period)
    /// between "European Council" and "Donald Tusk".
    /// </summary>
    private Mention ChainHead(int unit, Mention mention, int end)
    {
        var tokens = _units[unit].Tokens;
        var head = mention;
        var k = mention.TokenEnd;
        var words = 0;
        while (k < end && words <= 4)
        {
            if (MentionStartingAt(unit, k) is { } next && next.TokenEnd <= end)
            {
                if (IsPerson(next.Entity) || !IsPerson(head.Entity))
                {
                    head = next;
                }

                k = next.TokenEnd;
                words = 0;
                continue;
            }

            var token = tokens[k];
            var title = token.IsWord && !Lexicon.IsReportingVerb(token.Text) && !token.Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsPreposition(token.Text) && token.Text is not ("and" or "or" or "who" or "which" or "that");
            if (!(title || token.Text is "’s" or "'s" or "."))
            {
                break;
            }

            words++;
            k++;
        }

        return head;
    }

    /// <summary>A preposition (and perhaps a determiner) right before a name: "at the Sierra Club", "of Oklahoma".</summary>
    private static bool AfterPreposition(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k >= 0 && tokens[k].Text is "the" or "The" or "a" or "an")
        {
            k--;
        }

        return k >= 0 && tokens[k].IsWord && Lexicon.IsPreposition(tokens[k].Text);
    }

    /// <summary>The first person or organisation (or pronoun, role noun) in a stretch: a sentence's subject.</summary>
    private ArticleEntity? FirstSubject(int unit, int start, int end)
    {
        var tokens = _units[unit].Tokens;
        for (var k = start; k < end; k++)
        {
            if (_quoted[unit][k])
            {
                continue;
            }

            if (MentionStartingAt(unit, k) is { } mention)
            {
                // A place speaks only as the sentence's first word ("Japan branded North Korea “…”").
                if (IsSpeakerKind(mention.Entity) && (mention.Entity.Kind != EntityKind.Location || k == start))
                {
                    return mention.Entity;
                }

                k = mention.TokenEnd - 1;
                continue;
            }

            if (tokens[k].IsWord && Resolve(unit, k) is { } resolved)
            {
                return resolved;
            }
        }

        return null;
    }

    private ArticleEntity? PersonBetween(int unit, int start, int end)
    {
        foreach (var mention in _units[unit].Mentions)
        {
            var possessive = mention.TokenEnd < _units[unit].Tokens.Count && _units[unit].Tokens[mention.TokenEnd].Text is "’s" or "'s";
            if (mention.TokenStart >= start && mention.TokenEnd <= end && IsPerson(mention.Entity) && !possessive)
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private ArticleEntity? LastSpeakerBetween(int unit, int start, int end)
    {
        ArticleEntity? found = null;
        foreach (var mention in _units[unit].Mentions)
        {
            if (mention.TokenStart >= start && mention.TokenEnd <= end && IsSpeakerKind(mention.Entity))
            {
                found = mention.Entity;
            }
        }

        return found;
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
            if (next.Text is not null && next.IsWord && !next.Is("side") && !Lexicon.IsReportingVerb(next.Text) && !IsAdverb(next.Text))
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

    private static bool IsAdverb(string word) => word.EndsWith("ly", StringComparison.Ordinal) || word is "also" or "then" or "later" or "again" or "still";

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
                if ((u < unit || mentions[i].TokenEnd <= token) && !_quoted[u][mentions[i].TokenStart] && accept(mentions[i].Entity))
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

    private Mention? MentionEndingAt(int unit, int token) => _endsAt[unit][token];

    private Mention? MentionStartingAt(int unit, int token) => _startsAt[unit][token];

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

    /// <summary>
    /// Token <paramref name="k"/> ends a sentence outside quotes, or closes a quote that ends one
    /// ("… of “fanatic recklessness.” South Korean President …").
    /// </summary>
    private bool EndsSentence(int unit, int k)
    {
        var tokens = _units[unit].Tokens;
        if (!_quoted[unit][k])
        {
            return IsSentenceEnd(tokens, k);
        }

        return k > 0 && tokens[k].Kind == TokenKind.Punctuation && tokens[k - 1].Text is "." or "!" or "?"
            && k + 1 < tokens.Count && !_quoted[unit][k + 1] && tokens[k + 1].IsWord && tokens[k + 1].SentenceStart;
    }

    /// <summary>The "that" of "said that", "told reporters that", "signaled last summer that" (not a relative "the banks that lend").</summary>
    private static bool IsReportedThat(List<Token> tokens, int k)
    {
        if (!tokens[k].Is("that"))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (tokens[j].IsWord && Lexicon.IsReportingVerb(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb inside an opening subordinate clause ("So when X signaled that …, Y said"): not the sentence's report.</summary>
    private static bool InSubordinateClause(List<Token> tokens, int start, int verb)
    {
        var k = verb - 1;
        while (k >= start && !tokens[k].Is(","))
        {
            k--;
        }

        for (var j = k + 1; j < verb && j <= k + 2; j++)
        {
            if (tokens[j].IsWord && Lexicon.IsSubordinator(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A full stop, question or exclamation mark that ends a sentence. The period of "Mr. Clarke" or
    /// "Rep. Jim Jordan" does not: the tokenizer did not start a sentence at the word after it.
    /// </summary>
    private static bool IsSentenceEnd(List<Token> tokens, int t)
    {
        var token = tokens[t];
        if (token.Kind != TokenKind.Punctuation || token.Text is not ("." or "!" or "?"))
        {
            return false;
        }

        if (token.Text != "." || t + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[t + 1];
        return next.IsWord ? next.SentenceStart : next.Text is not (")" or "," or ";");
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
