using System;

namespace SeedData.Training;

/// <summary>
/// The order in which the perceptron visits its examples. A shuffle of the list positions (the first
/// design) is a different permutation as soon as the list gains or loses one candidate, so a change to
/// one rule reordered every example and moved the dev figures by as much as most changes are worth.
/// Here each example has an identity of its own (its document, paragraph and character span) and every
/// epoch of every run sorts the examples by a keyed hash of that identity: an example added or removed
/// only appears in or leaves its place, and every other example keeps its order relative to the rest
/// (docs/extraction.md has the spread measured both ways). The hashes are written here, not taken from
/// <see cref="string.GetHashCode()"/>, which differs from process to process: training twice must give
/// the same bytes on every machine.
/// </summary>
internal static class ExampleOrder
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Key = 0x5EEDDA7AUL;

    /// <summary>
    /// A candidate's identity: its document's id, its paragraph, its span by character, and how many
    /// candidates with that same span came before it in the document (0 almost always).
    /// </summary>
    public static ulong Identity(string document, int unit, int start, int end, int repeat)
    {
        // FNV-1a over the id's characters, then each number folded in through the mixer.
        var hash = FnvOffset;
        foreach (var c in document)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        hash = Mix(hash ^ (uint)unit);
        hash = Mix(hash ^ (uint)start);
        hash = Mix(hash ^ (uint)end);
        return Mix(hash ^ (uint)repeat);
    }

    /// <summary>
    /// Puts into <paramref name="order"/> the example indices in the order of this run's epoch: ascending
    /// by the hash of each identity keyed by run and epoch, so each epoch is a fresh, independent order.
    /// </summary>
    public static void Sort(ulong[] identities, int run, int epoch, int[] order, ulong[] keys)
    {
        var salt = Mix(Mix(Key ^ (uint)run) ^ (uint)epoch);
        for (var i = 0; i < identities.Length; i++)
        {
            order[i] = i;
            keys[i] = Mix(identities[i] ^ salt);
        }

        // Equal keys need equal identities (or a 64-bit collision): the repeat count keeps identities apart.
        Array.Sort(keys, order);
    }

    /// <summary>The splitmix64 finaliser: every input bit moves about half of the output bits.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
