using System.Collections.Generic;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction;

/// <summary>
/// "Valeska Paris" … "Paris said": a known place's name that is also the surname of a person of the
/// article. Where the lone word speaks, has a personal title or a family like a person, it is that
/// person; with no one of that surname in the article ("Paris said" of a government) it stays the place.
/// </summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>Known places written alone in a person's context that end an unknown longer name of the article; null when there are none.</summary>
    private HashSet<string>? _placeSurnames;

    /// <summary>
    /// Finds the lone known places that stand where a person does and are also the last word of an
    /// unknown name of two or more words ("Paris" of "Valeska Paris"). Asked before typing, so that the
    /// longer name gets their vote and their mentions wait for its kind.
    /// </summary>
    private void FindPlaceSurnames()
    {
        _placeSurnames = null;
        HashSet<string>? spoken = null;
        foreach (var piece in _pieces)
        {
            if (piece.Length == 1 && piece.Known is { Kind: EntityKind.Location } && !piece.Unit.UnreliableCase
                && _gazetteer?.Find(piece.Surface) is null && InPersonContext(piece))
            {
                (spoken ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(piece.Surface);
            }
        }

        if (spoken is null)
        {
            return;
        }

        foreach (var piece in _pieces)
        {
            if (piece.Length > 1 && piece.Known is null && spoken.Contains(piece.Last.Text))
            {
                (_placeSurnames ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(piece.Last.Text);
            }
        }
    }

    /// <summary>Whether a lone known place waits for the kind of the longer name it may be the surname of.</summary>
    private bool IsPlaceSurname(Piece piece) => piece.Length == 1 && _placeSurnames is not null && _placeSurnames.Contains(piece.Surface);

    /// <summary>Whether an unknown longer name ends in a place's name that stands alone as a person elsewhere in the article.</summary>
    private bool EndsInPlaceSurname(Piece piece) => piece.Length > 1 && _placeSurnames is not null && _placeSurnames.Contains(piece.Last.Text);

    /// <summary>
    /// The lone mentions held back by <see cref="IsPlaceSurname"/>, once the longer names have their kinds:
    /// the one person whose surname the word is takes the mentions in a person's context, and all of them
    /// when the article never writes the word as a place ("in Paris"); the rest are the place.
    /// </summary>
    private void AttachPlaceSurnames(List<Piece> waiting)
    {
        if (waiting.Count == 0)
        {
            return;
        }

        _shortNames ??= BuildShortNameIndex();
        HashSet<string>? placed = null;
        foreach (var piece in waiting)
        {
            if (AfterLocationPreposition(piece))
            {
                (placed ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(piece.Surface);
            }
        }

        foreach (var piece in waiting)
        {
            if (_shortNames.TryGetValue(piece.Surface, out var owners) && owners.Count == 1 && owners[0].Kind == EntityKind.Person
                && (placed is null || !placed.Contains(piece.Surface) || InPersonContext(piece)))
            {
                Attach(piece, owners[0]);
            }
            else
            {
                Attach(piece, Entity(piece.Known!.Name, piece.Known.Kind, piece.Known));
            }
        }
    }

    /// <summary>"Paris said", "Mr. Paris", "Paris’s father": a speech verb after, a personal title before, or a relative of the name's.</summary>
    private static bool InPersonContext(Piece piece)
    {
        var tokens = piece.Unit.Tokens;
        var next = piece.End;
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].Word.Is(WordFact.CoreReportingVerb))
        {
            return true;
        }

        if (next + 1 < tokens.Count && tokens[next].Text is "’s" or "'s" && Lexicon.KinNouns.Contains(tokens[next + 1].Text))
        {
            return true;
        }

        return AfterPersonalTitle(tokens, piece.Start);
    }

    private static bool AfterLocationPreposition(Piece piece) =>
        piece.Start > 0 && piece.Unit.Tokens[piece.Start - 1].IsWord && Lexicon.LocationPrepositions.Contains(piece.Unit.Tokens[piece.Start - 1].Text);
}
