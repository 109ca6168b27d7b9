namespace SeedData.Generator.Model;

/// <summary>
/// What the corpus-wide index needs to know about a seed, and nothing more: editing the body of a
/// seed leaves its key equal, so the index and every other article stay cached.
/// </summary>
/// <param name="Id">The file name without extension.</param>
/// <param name="FilePath">The full path, which orders the corpus and breaks id ties.</param>
/// <param name="PreferredName">The member name the headline asks for (before collisions are resolved).</param>
/// <param name="ContentHash">A hash of the whole text, to spot identical seeds.</param>
/// <param name="Headline">Where the headline stands, for diagnostics about names.</param>
/// <param name="PinnedName">The member name the project pins with SeedDataName item metadata, if any (docs/naming.md).</param>
/// <param name="FormerNames">Names to keep as [Obsolete] aliases (SeedDataFormerNames item metadata).</param>
internal sealed record SeedKey(
    string Id,
    string FilePath,
    string PreferredName,
    ulong ContentHash,
    SeedSpan Headline,
    string? PinnedName = null,
    EquatableArray<string> FormerNames = default);

/// <summary>An article with the member name the index gave it, ready to emit.</summary>
/// <param name="FormerNames">Old member names emitted as [Obsolete] aliases of <paramref name="MemberName"/>.</param>
internal sealed record NamedArticle(SeedArticle Article, string MemberName, string Namespace, EquatableArray<string> FormerNames = default);

/// <summary>The corpus index: every emitted article's id and member name, in corpus order (by file path, ordinal).</summary>
/// <remarks>Its diagnostics travel beside it (Pipeline/IndexResult.cs), so that a diagnostic never makes what depends on the index re-run.</remarks>
internal sealed record ArticleIndex(string Namespace, EquatableArray<ArticleIndexEntry> Entries)
{
    /// <summary>The member name of the seed at <paramref name="filePath"/>, or null when it is not emitted.</summary>
    /// <remarks>Entries are sorted by path (ordinal), so this is a binary search.</remarks>
    public string? MemberNameOf(string filePath) => EntryOf(filePath)?.MemberName;

    /// <summary>The index entry of the seed at <paramref name="filePath"/>, or null when it is not emitted.</summary>
    public ArticleIndexEntry? EntryOf(string filePath)
    {
        int low = 0, high = Entries.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Entries[middle].FilePath, filePath);
            if (order == 0)
            {
                return Entries[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}

/// <summary>One line of the corpus index.</summary>
/// <param name="FormerNames">Old member names kept as [Obsolete] aliases, already checked for clashes.</param>
internal sealed record ArticleIndexEntry(string Id, string FilePath, string MemberName, EquatableArray<string> FormerNames = default);
