namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// The distinct words of one article, found by their characters in the text without cutting a string
/// first: a word seen before costs a hash and a comparison, and its tokens share one <see cref="Word"/>
/// (one string, one lower-case form). One table per article, so nothing outlives the article.
/// </summary>
internal sealed class WordTable
{
    // 1,024 slots hold an article of about 500 distinct words (a 4 KB article has 300 to 400) before it grows.
    private Word?[] _slots = new Word?[1024];
    private int[] _hashes = new int[1024];
    private int _shift = 22;
    private int _count;

    /// <summary>The word spelled by text[start..start+length), added on first sight.</summary>
    public Word Get(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        for (var i = Slot(hash); ; i = (i + 1) & mask)
        {
            var word = _slots[i];
            if (word is null)
            {
                word = new Word(text.Substring(start, length));
                _slots[i] = word;
                _hashes[i] = hash;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return word;
            }

            if (_hashes[i] == hash && Spells(word.Text, text, start, length))
            {
                return word;
            }
        }
    }

    private void Grow()
    {
        var slots = _slots;
        var hashes = _hashes;
        _slots = new Word?[slots.Length * 2];
        _hashes = new int[slots.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var k = 0; k < slots.Length; k++)
        {
            if (slots[k] is { } word)
            {
                var i = Slot(hashes[k]);
                while (_slots[i] is not null)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = word;
                _hashes[i] = hashes[k];
            }
        }
    }

    /// <summary>The first slot to try: the hash's high bits after a Fibonacci multiply, which spreads similar words apart.</summary>
    private int Slot(int hash) => (int)(unchecked((uint)hash * 2654435769u) >> _shift);

    private static bool Spells(string word, string text, int start, int length)
    {
        if (word.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (word[k] != text[start + k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>FNV-1a over the characters.</summary>
    private static int Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return (int)hash;
    }
}
