using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// The cue patterns around a quote: "“Q,” said X", "“Q,” X said", "“Q?” X demanded", "“Q.” ― X",
/// "X said: “Q”", "X said that … “Q”", "according to X", a partial quote inside X's paraphrase; and
/// where sentences and clauses end.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Every cue pattern around <paramref name="quote"/> adds the speaker it names (the first it finds) to <paramref name="candidates"/>.</summary>
    private void AddCueCandidates(ScannedQuote quote, List<SpeakerCandidate> candidates)
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
        while (!closed && end < tokens.Count && end - after < Window && !_quoted[last.Unit, end] && !_sentenceEnd[last.Unit, end])
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
            candidates.Add(new SpeakerCandidate(signed.Entity, CuePattern.Byline));
        }

        if (t < end && tokens[t].IsWord && tokens[t].Word.Is(WordFact.CoreReportingVerb) && SubjectAfter(last.Unit, t + 1, end) is { } inverted)
        {
            candidates.Add(new SpeakerCandidate(inverted, CuePattern.VerbThenName));
        }

        // "“Q?” Vitter demanded.": a name or pronoun and a past-tense verb, whatever the verb.
        if (t < end && NameThenVerb(last.Unit, t, end) is { } named)
        {
            candidates.Add(new SpeakerCandidate(named, CuePattern.NameThenVerb));
        }

        for (var v = t; v < end; v++)
        {
            if (tokens[v].IsIgnoreCase("according") && v + 1 < end && tokens[v + 1].Is("to"))
            {
                if (SubjectAfter(last.Unit, v + 2, end) is { } source)
                {
                    candidates.Add(new SpeakerCandidate(source, CuePattern.AccordingTo));
                }

                break;
            }

            if (tokens[v].IsWord && (tokens[v].Word.Is(WordFact.CoreReportingVerb) || PutIt(tokens, v)) && !char.IsUpper(tokens[v].Text[0]))
            {
                if (SubjectBefore(last.Unit, tokens[t].Is("as") ? t + 1 : t, v) is { } subject)
                {
                    candidates.Add(new SpeakerCandidate(subject, CuePattern.SubjectThenVerb));
                }

                break;
            }
        }

        // Before the quote, in the same sentence.
        tokens = _units[first.Unit].Tokens;
        var open = FirstTokenAt(tokens, first.MarkStart < 0 ? first.Start : first.MarkStart);
        if (TranscriptLabel(first) is { } label)
        {
            candidates.Add(new SpeakerCandidate(label, CuePattern.Label));
        }

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
            if (tokens[k].IsIgnoreCase("according") && tokens[k + 1].Is("to") && !_quoted[first.Unit, k] && SubjectAfter(first.Unit, k + 2, open) is { } source)
            {
                candidates.Add(new SpeakerCandidate(source, CuePattern.AccordingTo));
                break;
            }
        }

        // The main clause's verb, not the nearest one: in "X said that Y once described it as “Q”" the
        // sentence reports X.
        var weakSubject = false;
        var possessor = false;
        for (var v = start; v < open; v++)
        {
            if (!_quoted[first.Unit, v] && tokens[v].IsWord && !char.IsUpper(tokens[v].Text[0]) && (tokens[v].Word.Is(WordFact.ReportingVerb) || PutIt(tokens, v)) && !InSubordinateClause(tokens, start, v))
            {
                // "Politifact did a fact-check on Trump’s claim that there have been “Q”": after a possessive
                // the word is a noun, and the quote is the possessor's claim, not the sentence's subject's.
                if (v > 1 && tokens[v - 1].Text is "’s" or "'s")
                {
                    if (!possessor && MentionEndingAt(first.Unit, v - 2) is { } owner && (IsPerson(owner.Entity) || owner.Entity.Kind == EntityKind.Organization))
                    {
                        candidates.Add(new SpeakerCandidate(owner.Entity, CuePattern.Possessor));
                        possessor = true;
                    }

                    continue;
                }

                // "…,” X told NHK, adding that …": the participle shares the main clause's subject.
                if (v > 0 && tokens[v - 1].Is(",") && tokens[v].Text.EndsWith("ing", StringComparison.Ordinal) && _speech.Count > 0 && _speech[_speech.Count - 1].Unit == first.Unit)
                {
                    candidates.Add(new SpeakerCandidate(_speech[_speech.Count - 1].Speaker, CuePattern.Participle));
                    break;
                }

                // "In a Facebook message posted Friday, Cruz said": a verb whose subject is only a
                // prepositional object or a possessive ranks below a later one.
                if (SubjectBefore(first.Unit, Math.Max(start, v - SubjectReach), v, out var weak) is { } subject)
                {
                    if (!weak)
                    {
                        candidates.Add(new SpeakerCandidate(subject, CuePattern.MainVerb));
                        break;
                    }

                    if (!weakSubject)
                    {
                        candidates.Add(new SpeakerCandidate(subject, CuePattern.WeakSubject));
                        weakSubject = true;
                    }
                }
            }
        }

        // "X: “Q”" (headlines).
        if (open > start && tokens[open - 1].Is(":") && SubjectBefore(first.Unit, start, open - 1) is { } announcer)
        {
            candidates.Add(new SpeakerCandidate(announcer, CuePattern.Colon));
        }

        // A partial quote inside a paraphrase: the subject of the sentence.
        if (open > start && FirstSubject(first.Unit, start, open) is { } paraphrased)
        {
            candidates.Add(new SpeakerCandidate(paraphrased, CuePattern.SentenceSubject));
        }

        // A quote opening its sentence, after a sentence about a person: "Sen. X, who …, identified … . “Q”".
        // Looked for only when no cue found so far could outrank it (it scores at most 6, and a tie goes to the earlier).
        if (open == start && start > 0 && !_quoted[first.Unit, start - 1] && !HasCueOfWeight(candidates, 6) && PreviousSentenceSubject(first.Unit, start - 1) is { } introduced)
        {
            candidates.Add(new SpeakerCandidate(introduced, CuePattern.PreviousSentenceSubject));
        }
    }

    /// <summary>Whether a candidate's cue pattern alone weighs <paramref name="weight"/> or more.</summary>
    private static bool HasCueOfWeight(List<SpeakerCandidate> candidates, int weight)
    {
        foreach (var candidate in candidates)
        {
            if (PatternWeight(candidate.Pattern) >= weight)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A transcript's speaker label opening the quote ("“WALLACE: Let’s start with …”", "“Mr. Pence: …”"):
    /// a name of any kind but a place, right after the opening mark and right before a colon.
    /// </summary>
    private ArticleEntity? TranscriptLabel(QuotePart first)
    {
        var tokens = _units[first.Unit].Tokens;
        var k = FirstTokenAt(tokens, first.Start);
        if (k < tokens.Count && tokens[k].IsWord && Lexicon.PersonTitle(tokens[k].Text) is not null)
        {
            k += k + 1 < tokens.Count && tokens[k + 1].Is(".") ? 2 : 1;
        }

        return MentionStartingAt(first.Unit, k) is { } label && label.TokenEnd < tokens.Count && tokens[label.TokenEnd].Is(":")
            && tokens[label.TokenEnd].Start < first.End && label.Entity.Kind != EntityKind.Location
            ? label.Entity
            : null;
    }

    /// <summary>
    /// The person the sentence ending at <paramref name="end"/> is about: its first person named among its
    /// first words, not as a possessive or after a preposition ("On “Face the Nation,” Sen. Bernie
    /// Sanders …", "His former partner at Lenox, Lawrence B. Cummings, …"), or a pronoun opening it.
    /// </summary>
    private ArticleEntity? PreviousSentenceSubject(int unit, int end)
    {
        var tokens = _units[unit].Tokens;
        var start = end;
        while (start > 0 && end - start < 2 * SubjectReach && !_sentenceEnd[unit, start - 1])
        {
            start--;
        }

        if (tokens[start].IsWord && Lexicon.IsPersonPronoun(tokens[start].Text))
        {
            return Resolve(unit, start);
        }

        for (var k = start; k < end && k < start + SubjectReach / 2; k++)
        {
            if (_quoted[unit, k] || MentionStartingAt(unit, k) is not { } mention)
            {
                continue;
            }

            var head = ChainHead(unit, mention, end);
            var possessive = head.TokenEnd < tokens.Count && tokens[head.TokenEnd].Text is "’s" or "'s";
            if (IsPerson(head.Entity) && !possessive && !AfterPreposition(tokens, head.TokenStart))
            {
                return head.Entity;
            }

            k = head.TokenEnd - 1;
        }

        return null;
    }

    /// <summary>"put it" says as much as "said": "“Q,” as a Homeland Security memo put it", "As Ms. Simonyan put it, “Q”".</summary>
    private static bool PutIt(List<Token> tokens, int v) => tokens[v].Is("put") && v + 1 < tokens.Count && tokens[v + 1].Is("it");

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
    /// Token <paramref name="k"/> ends a sentence outside quotes, or closes a quote that ends one
    /// ("… of “fanatic recklessness.” South Korean President …").
    /// </summary>
    private bool EndsSentence(int unit, int k)
    {
        var tokens = _units[unit].Tokens;
        if (!_quoted[unit, k])
        {
            return _sentenceEnd[unit, k];
        }

        return k > 0 && tokens[k].Kind == TokenKind.Punctuation && tokens[k - 1].Text is "." or "!" or "?"
            && k + 1 < tokens.Count && !_quoted[unit, k + 1] && tokens[k + 1].IsWord && tokens[k + 1].SentenceStart;
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
            if (tokens[j].IsWord && tokens[j].Word.Is(WordFact.ReportingVerb))
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
        while (k >= start && tokens[k].Text is not ("," or "—" or "–" or "―"))
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
        // One character compared, not three strings: asked of every token.
        if (token.Kind != TokenKind.Punctuation || token.Text[0] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (token.Text[0] != '.' || t + 1 >= tokens.Count)
        {
            return true;
        }

        // "Del. Stacey Plaskett", "Adm. X": a personal title the tokenizer does not know.
        var next = tokens[t + 1];
        if (next.IsCapitalized && t > 0 && tokens[t - 1].IsWord && tokens[t - 1].End == token.Start && tokens[t - 1].Word.Is(WordFact.TitleAbbreviation))
        {
            return false;
        }

        return next.IsWord ? next.SentenceStart : next.Text is not (")" or "," or ";");
    }
}
