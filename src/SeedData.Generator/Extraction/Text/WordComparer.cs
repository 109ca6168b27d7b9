using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// Words equal by spelling, hashed by the hash their table already computed: a set of words costs no
/// string hashing per look-up, and stays right when two tables gave the same spelling two objects.
/// </summary>
internal sealed class WordComparer : IEqualityComparer<Word>
{
    public static readonly WordComparer Instance = new();

    private WordComparer()
    {
    }

    public bool Equals(Word? x, Word? y) => ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(x.Text, y.Text, StringComparison.Ordinal));

    public int GetHashCode(Word word) => word.Hash;
}
