using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// Who a cue names: the subject after a verb ("said European Council President Donald Tusk") or
/// before it, read piece by piece past appositions and opening phrases ("X, president of Y, which
/// represents Z, said").
/// </summary>
internal sealed partial class SpeakerResolver
{
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

            // "… suggests that Phoenix …" reports no speaker after the verb.
            if (tokens[k].Is(",") || tokens[k].Is("that") || _sentenceEnd[unit, k])
            {
                break;
            }
        }

        return null;
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
        while (clause > start && !_quoted[unit, clause - 1] && !(!participle && IsReportedThat(tokens, clause - 1)) && !_sentenceEnd[unit, clause - 1])
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

                // "…, the ministry said": a role noun right before the verb is its subject, not an apposition.
                if (!named && end == verb && RoleNear(unit, piece, end) is { } role)
                {
                    return role;
                }
            }

            end = k;
        }

        weak = true;
        return fallback;
    }

    /// <summary>A role noun or pronoun among the first three words of a piece ("the ministry", "the foreign minister"), resolved.</summary>
    private ArticleEntity? RoleNear(int unit, int start, int end)
    {
        var tokens = _units[unit].Tokens;
        for (var k = start; k < end && k < start + 3; k++)
        {
            if (tokens[k].IsWord && Resolve(unit, k) is { } resolved)
            {
                return resolved;
            }
        }

        return null;
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
            if (_quoted[unit, k])
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
            var title = token.IsWord && !token.Word.Is(WordFact.ReportingVerb) && !token.Text.EndsWith("ed", StringComparison.Ordinal) && !token.Word.Is(WordFact.Preposition) && token.Text is not ("and" or "or" or "who" or "which" or "that");
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

        return k >= 0 && tokens[k].IsWord && tokens[k].Word.Is(WordFact.Preposition);
    }

    /// <summary>The first person or organisation (or pronoun, role noun) in a stretch: a sentence's subject.</summary>
    private ArticleEntity? FirstSubject(int unit, int start, int end)
    {
        var tokens = _units[unit].Tokens;
        for (var k = start; k < end; k++)
        {
            if (_quoted[unit, k])
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
}
