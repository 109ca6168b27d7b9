namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// A set of words by spelling, for the per-article word sets that every token is added to: open
/// addressing on the hash each <see cref="Word"/> already carries, and a reference comparison before
/// the spelling's (tokens of one spelling share one word), so an add or a look-up hashes no string.
/// Filled to three quarters before it grows: an article's sets hold tens to hundreds of words, and
/// the slots it allocates were a sizeable part of the article's garbage.
/// </summary>
internal sealed class WordSet
{
    private Word?[] _slots = new Word?[64];
    private int _count;

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
                if (++_count * 4 > _slots.Length * 3)
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
