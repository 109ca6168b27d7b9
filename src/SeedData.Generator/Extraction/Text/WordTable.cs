using System;

namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// The <see cref="Word"/> of each spelling the tokenizer has met on this thread, found by the
/// characters in the text (no substring is made for a spelling seen before). One table per thread, so
/// no lock; it starts afresh beyond <see cref="MaxWords"/> spellings so that a long-lived compiler
/// process keeps a few megabytes at most. Nothing depends on two tokens sharing a <see cref="Word"/>:
/// sets of words compare spellings (<see cref="WordSet"/>), so a fresh table changes no result.
/// </summary>
internal sealed class WordTable
{
    /// <summary>About 2 MB of words and strings; an article has a few hundred spellings, 10,000 news articles some 60,000.</summary>
    private const int MaxWords = 16_384;

    [ThreadStatic]
    private static WordTable? _current;

    private readonly Word?[] _ascii = new Word?[128];
    private Word?[] _slots = new Word?[1024];
    private int _count;

    /// <summary>This thread's table.</summary>
    public static WordTable Current
    {
        get
        {
            var table = _current;
            if (table is null || table._count >= MaxWords)
            {
                _current = table = new WordTable();
            }

            return table;
        }
    }

    /// <summary>The word for text[start, start + length), of the kind the tokenizer found there.</summary>
    public Word Get(string text, int start, int length, TokenKind kind) =>
        length == 1 && text[start] < 128
            ? _ascii[text[start]] ??= new Word(text[start].ToString(), HashOf(text, start, 1), kind)
            : Get(text, start, length, HashOf(text, start, length), kind);

    /// <summary>The same, given <see cref="HashOf"/> those characters (the tokenizer hashes as it reads).</summary>
    public Word Get(string text, int start, int length, int hash, TokenKind kind)
    {
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var word = _slots[slot];
            if (word is null)
            {
                word = new Word(text.Substring(start, length), hash, kind);
                _slots[slot] = word;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return word;
            }

            if (word.Hash == hash && SameCharacters(word.Text, text, start, length))
            {
                return word;
            }
        }
    }

    public const uint HashStart = 2166136261u;

    /// <summary>FNV-1a over the UTF-16 code units, kept positive: <see cref="HashStart"/>, a <see cref="HashStep"/> per character, <see cref="HashEnd"/>.</summary>
    public static int HashOf(string text, int start, int length)
    {
        var hash = HashStart;
        for (var i = start; i < start + length; i++)
        {
            hash = HashStep(hash, text[i]);
        }

        return HashEnd(hash);
    }

    public static uint HashStep(uint hash, char c) => unchecked((hash ^ c) * 16777619u);

    public static int HashEnd(uint hash) => (int)(hash & 0x7FFFFFFF);

    /// <summary>
    /// Character by character: spellings are a few characters long, too short for the runtime's ordinal
    /// comparison (argument checks, then a call to its vectorised loop) to pay off.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameCharacters(string word, string text, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (word[k] != text[start + k])
            {
                return false;
            }
        }

        return true;
    }

    private void Grow()
    {
        var slots = new Word?[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var word in _slots)
        {
            if (word is null)
            {
                continue;
            }

            var slot = word.Hash & mask;
            while (slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = word;
        }

        _slots = slots;
    }
}
