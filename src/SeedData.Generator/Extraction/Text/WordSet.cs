using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// A set of words by spelling, for the per-article word sets that every token is added to: open
/// addressing on the hash each <see cref="Word"/> already carries, and a reference comparison before
/// the spelling's (tokens of one spelling share one word), so an add or a look-up hashes no string.
/// A thread reuses its sets from article to article (<see cref="Rent"/>, <see cref="Return"/>): cleared,
/// they keep the size the last article grew them to, so they neither allocate nor grow again. Since the
/// slots are not made per article, a set is kept at most half full: every token of an article is added,
/// and at three quarters a new word probed some eight slots (half full: two or three).
/// </summary>
internal sealed class WordSet
{
    /// <summary>Sets kept per thread; a set grown beyond <see cref="MaxKeptSlots"/> (an article with some 6,000 spellings) is left to the collector.</summary>
    private const int MaxSpares = 8, MaxKeptSlots = 8192;

    [ThreadStatic]
    private static Stack<WordSet>? _spares;

    private Word?[] _slots = new Word?[64];
    private int _count;

    /// <summary>An empty set, one this thread used before if it has one.</summary>
    public static WordSet Rent() => _spares is { Count: > 0 } spares ? spares.Pop() : new WordSet();

    /// <summary>Empties <paramref name="set"/> (no word stays reachable through it) and keeps it for this thread's next article.</summary>
    public static void Return(WordSet set)
    {
        var spares = _spares ??= new Stack<WordSet>();
        if (spares.Count < MaxSpares && set._slots.Length <= MaxKeptSlots)
        {
            Array.Clear(set._slots, 0, set._slots.Length);
            set._count = 0;
            spares.Push(set);
        }
    }

    public bool Contains(Word word)
    {
        var mask = _slots.Length - 1;
        for (var slot = word.Hash & mask; ; slot = (slot + 1) & mask)
        {
            var found = _slots[slot];
            if (found is null)
            {
                return false;
            }

            if (Same(found, word))
            {
                return true;
            }
        }
    }

    public void Add(Word word)
    {
        var mask = _slots.Length - 1;
        for (var slot = word.Hash & mask; ; slot = (slot + 1) & mask)
        {
            var found = _slots[slot];
            if (found is null)
            {
                _slots[slot] = word;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return;
            }

            if (Same(found, word))
            {
                return;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Same(Word a, Word b) => ReferenceEquals(a, b) || (a.Hash == b.Hash && a.Text == b.Text);

    private void Grow()
    {
        var old = _slots;
        _slots = new Word?[old.Length * 2];
        _count = 0;
        foreach (var word in old)
        {
            if (word is not null)
            {
                Add(word);
            }
        }
    }
}
