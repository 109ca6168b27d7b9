using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SeedData;

/// <summary>A person, organisation or place mentioned in the corpus, merged across its names.</summary>
/// <remarks>
/// Two entities are equal when their <see cref="Name"/> and <see cref="Kind"/> are: the entity table
/// holds one instance per entity, and <see cref="Quote.Speaker"/> and <see cref="Article.Entities"/>
/// point at that same instance.
/// </remarks>
/// <param name="Name">The canonical name, usually the fullest form the corpus uses.</param>
/// <param name="Kind">Whether it is a person, an organisation, a place or something else.</param>
/// <param name="Aliases">The other names the corpus uses for it (surnames, acronyms, short forms).</param>
public sealed record Entity(string Name, EntityKind Kind, IReadOnlyList<string> Aliases)
{
    private readonly Func<IReadOnlyList<Quote>>? _quoteSource;
    private IReadOnlyList<Quote>? _quotes;

    internal Entity(string name, EntityKind kind, IReadOnlyList<string> aliases, IReadOnlyList<string> articleIds, Func<IReadOnlyList<Quote>> quoteSource)
        : this(name, kind, aliases)
    {
        ArticleIds = articleIds;
        _quoteSource = quoteSource;
    }

    /// <summary>The ids of the articles that mention this entity, in corpus order.</summary>
    public IReadOnlyList<string> ArticleIds { get; init; } = Array.Empty<string>();

    /// <summary>What this entity is quoted as saying, across the corpus, in corpus order.</summary>
    /// <remarks>The first read builds the articles that quote this entity; later reads are free.</remarks>
    public IReadOnlyList<Quote> Quotes => _quotes ??= _quoteSource?.Invoke() ?? Array.Empty<Quote>();

    /// <inheritdoc/>
    public bool Equals(Entity? other) =>
        other is not null && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind);

    // Quotes point back at their speaker: print only the entity's own fields so ToString cannot recurse.
    [SuppressMessage("Style", "IDE0051", Justification = "Called by the compiler-synthesized ToString of the record; the analyzer does not see that call (dotnet/runtime#59981).")]
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Kind = ").Append(Kind)
            .Append(", Aliases = [").Append(string.Join(", ", Aliases)).Append(']');
        return true;
    }
}
