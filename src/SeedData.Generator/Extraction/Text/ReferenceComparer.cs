using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedData.Generator.Extraction.Text;

/// <summary>Compares words by identity: an article's <see cref="WordTable"/> makes one <see cref="Word"/> per spelling.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<Word>
{
    public static readonly ReferenceComparer Instance = new();

    public bool Equals(Word? x, Word? y) => ReferenceEquals(x, y);

    public int GetHashCode(Word obj) => RuntimeHelpers.GetHashCode(obj);
}
