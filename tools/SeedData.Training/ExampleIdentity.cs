namespace SeedData.Training;

/// <summary>
/// Each training candidate's identity: its document, paragraph and character span. Training sums the
/// examples' gradients in the order of their identities (<see cref="LogisticRegression"/>), so the weights
/// do not depend on the order in which the candidates were gathered, to the last bit. The hashes are
/// written here, not taken from <see cref="string.GetHashCode()"/>, which differs from process to process:
/// training twice must give the same bytes on every machine.
/// </summary>
internal static class ExampleIdentity
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>
    /// A candidate's identity: its document's id, its paragraph, its span by character, and how many
    /// candidates with that same span came before it in the document (0 almost always).
    /// </summary>
    public static ulong Of(string document, int unit, int start, int end, int repeat)
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

    /// <summary>The splitmix64 finaliser: every input bit moves about half of the output bits.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
