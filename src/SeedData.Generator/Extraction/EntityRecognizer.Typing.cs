using System;
using System.Collections.Generic;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Extraction.Knowledge;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>Giving each candidate its kind: known names keep the knowledge base's, and the kind model and the typing rules vote on the rest, per surface across the article.</summary>
internal sealed partial class EntityRecognizer
{
    private void ClassifyLongNames()
    {
        var unknown = new List<Piece>();
        var waiting = new List<Piece>();
        var teamsWaiting = new List<Piece>();
        var heads = FindClubHeads();
        FindPlaceSurnames();
        foreach (var piece in _pieces)
        {
            if (IsUnknownPaperHeading(piece))
            {
                Attach(piece, Entity(piece.Surface, EntityKind.Organization, null));
            }
            else if (piece.Unit.UnreliableCase && CapitalsTeamEnd(piece.Unit, piece.Start) == piece.End)
            {
                AttachTeam(piece);
            }
            else if (piece.Known is { } known)
            {
                if (IsPlaceSurname(piece))
                {
                    waiting.Add(piece);
                }
                else if (known.Kind == EntityKind.Location && IsScorerNamedLikePlace(piece))
                {
                    Attach(piece, Entity(piece.Surface, EntityKind.Person, null));
                }
                else if (known.Kind == EntityKind.Location && IsAgreementName(piece))
                {
                    Attach(piece, Entity(piece.Surface, EntityKind.Other, null));
                }
                else if (IsClubHead(piece, known, heads))
                {
                    teamsWaiting.Add(piece);
                }
                else if (IsTeamByOwnCue(piece, known))
                {
                    AttachTeam(piece);
                }
                else if (MayBeTeam(piece, known))
                {
                    teamsWaiting.Add(piece);
                }
                else
                {
                    Attach(piece, Entity(known.Name, known.Kind, known));
                }
            }
            else if (piece.Length > 1)
            {
                unknown.Add(piece);
            }
        }

        // "Late Bellingham": a sentence-initial word the article never capitalises elsewhere, in front
        // of a name it knows, is an ordinary word.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in unknown)
        {
            if (!piece.First.SentenceStart)
            {
                surnames.Add(piece.Last.Text);
            }
        }

        foreach (var piece in unknown)
        {
            if (piece.First.SentenceStart && !_reliableWords.Contains(piece.First.Word) && piece.First.Word.GivenName == '\0' && !IsAcronymCandidate(piece.First.Text) && !SpeaksAfter(piece.Unit.Tokens, piece.End))
            {
                // "Valeska Paris" is a name: only an English word ("Late", "Neighbouring") opens the sentence instead.
                if ((Find(piece.Unit.Tokens, piece.Start + 1, piece.End).Length == piece.Length - 1 && piece.First.Word.Is(WordFact.DictionaryWord) && !piece.First.Word.Is(WordFact.ClubWord))
                    || (piece.Length == 2 && surnames.Contains(piece.Last.Text) && !piece.Last.Word.Is(WordFact.OrganizationWord) && !Lexicon.ClosesOrganization(piece.Last.Text)))
                {
                    piece.Start++;
                }
            }
        }

        AssignByVote(unknown.FindAll(p => p.Length > 1));
        AttachPlaceSurnames(waiting);
        AttachClubHeads(teamsWaiting, heads);
    }

    /// <summary>
    /// "Chicago 103 Utah 97", "Miami 14 4 .778": in a results table or standings a city or a state
    /// followed by its score is the team (a country stays a place: national sides are written as countries).
    /// The user's gazetteer is never overridden.
    /// </summary>
    private bool IsTeamInTable(Piece piece, KnownEntity known) =>
        piece.Unit.IsTableLine && known.Kind == EntityKind.Location && !IsNationalSide(known)
        && piece.End < piece.Unit.Tokens.Count && piece.Unit.Tokens[piece.End].Kind == TokenKind.Number
        && !(_gazetteer?.Find(known.Name) is not null);

    /// <summary>
    /// "Barcelona beat Valencia 3-1", "Lyon drew with Nice", "drew 1-1 at Bordeaux": in a sentence with a score, or in
    /// sports copy, a city next to a word of a match report is the team (a country stays a place, as in a results table).
    /// </summary>
    private bool IsTeamInMatchReport(Piece piece, KnownEntity known)
    {
        var tokens = piece.Unit.Tokens;
        if (known.Kind != EntityKind.Location || IsNationalSide(known) || !(piece.Unit.HasScore || IsSportsCopy) || _gazetteer?.Find(known.Name) is not null)
        {
            return false;
        }

        bool Match(int index) => index >= 0 && index < tokens.Count && tokens[index].IsWord && tokens[index].Word.Is(WordFact.MatchWord);
        return Match(piece.End) || Match(piece.Start - 1)
            || ((Match(piece.Start - 2) || IsScoreBefore(tokens, piece.Start - 2)) && tokens[piece.Start - 1].Text is "with" or "to" or "at" or "over" or "against");
    }

    /// <summary>
    /// Types unknown names by every place the article uses them: "in Patna" in one sentence and
    /// "Patna’s hospitals" in another both count. The kind model (<see cref="KindModel"/>) scores each
    /// mention, with the typing rules' verdict as one of its features; the scores of one surface are
    /// summed, so one name gets one kind per article, or none when "not an entity" wins.
    /// </summary>
    private void AssignByVote(List<Piece> pieces, Predicate<Piece>? certainName = null)
    {
        // Each surface gets a number, its place in the mention counts and the flat tallies (Classes
        // scores per surface): no dictionary or score array per surface, and one look-up of its string.
        _surfaceNumbers.Clear();
        var numbers = new int[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var surface = pieces[i].Surface;
            if (!_surfaceNumbers.TryGetValue(surface, out var number))
            {
                _surfaceNumbers.Add(surface, number = _surfaceNumbers.Count);
            }

            numbers[i] = number;
        }

        var surfaces = _surfaceNumbers.Count;
        if (_mentionCounts.Length < surfaces)
        {
            _mentionCounts = new int[Math.Max(surfaces, 2 * _mentionCounts.Length)];
            _tallies = new float[_mentionCounts.Length * KindModel.Classes];
        }
        else
        {
            Array.Clear(_mentionCounts, 0, surfaces);
            Array.Clear(_tallies, 0, surfaces * KindModel.Classes);
        }

        foreach (var number in numbers)
        {
            _mentionCounts[number]++;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var number = numbers[i];
            numbers[i] = -1;
            if ((piece.Unit.UnreliableCase && !AllReliable(piece)) || (_gazetteer is not null && _gazetteer.IsSuppressed(piece.Surface)))
            {
                continue;
            }

            var (kind, weight) = Classify(piece);
            if (kind is null)
            {
                // The rules' "no" is certain: a lone common word, a demonym, a contraction.
                continue;
            }

            (kind, weight) = Reconsider(piece, kind.Value, weight);
            var tally = number * KindModel.Classes;
            if (_model is not null || _observer is not null)
            {
                var candidate = new Candidate(
                    piece.Unit, piece.Start, piece.End, kind.Value, weight,
                    _reliableWords.Contains(piece.First.Word), _lowerWords.Contains(piece.First.Word.Folded), _mentionCounts[number],
                    piece.Length > 1 && _loneWords.Contains(piece.Last.Word), piece.Length > 1 && _loneWords.Contains(piece.First.Word));
                CandidateFeatures.Collect(candidate, _features);
                _observer?.Invoke(candidate, _features);
                _model?.AddScores(_features, _tallies, tally);
            }

            _tallies[tally + KindModel.ClassOf(kind.Value)] += KindModel.RuleVote(weight);
            _tallies[tally + KindModel.ClassOf(EntityKind.Other)] += OtherNameVote(piece);
            if (kind == EntityKind.Person && IsGivenAndUnknownName(piece))
            {
                // "Maria Olsgaard": the rules' verdict stays medium (the model's feature, as in training), and a
                // strong vote beside it keeps the person whatever the words around say.
                _tallies[tally + KindModel.ClassOf(EntityKind.Person)] += KindModel.RuleVote(3);
            }

            if (piece.Length > 1 && (piece.Last.Word.Is(WordFact.BusinessHead) || HasAmpersand(piece)))
            {
                // "Lianfeng Marine", "Tianhe Cement": a trade's word closes a company's name; "Harlan & Voss": no person's has an "&".
                _tallies[tally + KindModel.ClassOf(EntityKind.Organization)] += KindModel.RuleVote(3);
            }

            if (piece.Length == 1 && IsPictureCredit(piece))
            {
                // "Image: Jambula.": an unknown word that made a picture is a person's name (a known agency is no piece typed here).
                _tallies[tally + KindModel.ClassOf(EntityKind.Person)] += KindModel.RuleVote(3);
            }

            if (kind == EntityKind.Person && EndsInPlaceSurname(piece))
            {
                // "Valeska Paris" when "Paris said" elsewhere: its last word stands alone as a person.
                _tallies[tally + KindModel.ClassOf(EntityKind.Person)] += KindModel.RuleVote(2);
            }

            if (IsNameInTableRow(piece) || IsSideOfResultRow(piece))
            {
                // The model learned from prose, where a lone unknown word before a number is rarely a name;
                // in a results or standings row it is the team or the player.
                _tallies[tally + KindModel.ClassOf(kind.Value)] += KindModel.RuleVote(3);
            }

            if (IsLoneSpeaker(piece, kind.Value))
            {
                _tallies[tally + KindModel.ClassOf(EntityKind.Person)] += KindModel.RuleVote(2);
            }

            if (piece.Length == 1 && SharedShortFormKind(piece.Surface) is { } shared)
            {
                _tallies[tally + KindModel.ClassOf(shared)] += KindModel.RuleVote(3);
            }

            numbers[i] = number;
        }

        // Pieces that voted (their number kept), in order: each takes its surface's winning class.
        for (var i = 0; i < pieces.Count; i++)
        {
            if (numbers[i] < 0)
            {
                continue;
            }

            var tally = numbers[i] * KindModel.Classes;

            // A piece the rules already know for a name (certainName) takes the best kind; "not an entity" is not an option.
            var best = certainName?.Invoke(pieces[i]) == true ? 1 : KindModel.NoEntity;
            for (var c = best + 1; c < KindModel.Classes; c++)
            {
                if (_tallies[tally + c] > _tallies[tally + best])
                {
                    best = c;
                }
            }

            if (best != KindModel.NoEntity)
            {
                Attach(pieces[i], Entity(pieces[i].Surface, KindModel.KindOf(best), null));
            }
        }
    }

    /// <summary>
    /// "Bobick" beside "Duane Bobick" and "Rodney Bobick": a short form of several names of the article is
    /// none of them, but it is a name of their kind when they all share one (one name, one kind).
    /// </summary>
    private EntityKind? SharedShortFormKind(string surface)
    {
        if (_shortNames is null || !_shortNames.TryGetValue(surface, out var owners) || owners.Count < 2)
        {
            return null;
        }

        var kind = owners[0].Kind;
        foreach (var owner in owners)
        {
            if (owner.Kind != kind)
            {
                return null;
            }
        }

        return kind;
    }

    /// <summary>Every word of a piece from a Title Case line is also capitalised somewhere trustworthy.</summary>
    private static bool HasAmpersand(Piece piece)
    {
        for (var k = piece.Start + 1; k < piece.End - 1; k++)
        {
            if (piece.Unit.Tokens[k].Is("&"))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllReliable(Piece piece)
    {
        for (var k = piece.Start; k < piece.End; k++)
        {
            var token = piece.Unit.Tokens[k];
            if (token.IsCapitalized && !_reliableWords.Contains(token.Word))
            {
                return false;
            }
        }

        return true;
    }
}
