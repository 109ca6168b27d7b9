using System.Collections.Generic;

namespace SeedData.Generator.Model;

/// <summary>
/// Everything the generator knows about one seed after parsing and extraction. Pure data with value
/// equality: an unchanged seed yields an equal model and its generated file stays cached.
/// </summary>
internal sealed record SeedArticle(
    string Id,
    string FilePath,
    SeedText Headline,
    SeedText? Kicker,
    SeedText? Subheadline,
    SeedText? Caption,
    SeedText? Credit,
    SeedText? Lead,
    SeedText? Source,
    EquatableArray<SeedSection> Sections,
    EquatableArray<SeedQuote> Quotes,
    EquatableArray<SeedEntity> Entities,
    SeedFileText File = default)
{
    /// <summary>
    /// The text units in reading order: headline, kicker, subheadline, caption, credit, lead, then each
    /// section's heading and paragraphs. <see cref="SeedQuote.Unit"/> indexes this sequence.
    /// </summary>
    public IEnumerable<SeedText> Units()
    {
        yield return Headline;
        foreach (var unit in new[] { Kicker, Subheadline, Caption, Credit, Lead })
        {
            if (unit is not null)
            {
                yield return unit;
            }
        }

        foreach (var section in Sections)
        {
            if (section.Heading is not null)
            {
                yield return section.Heading;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                yield return paragraph;
            }
        }
    }
}

/// <summary>Body paragraphs under one heading (none for the opening section).</summary>
internal sealed record SeedSection(SeedText? Heading, EquatableArray<SeedText> Paragraphs);

/// <summary>A direct quotation.</summary>
/// <param name="Text">The words between the marks, verbatim (parts of a multi-paragraph quote joined with '\n').</param>
/// <param name="Parts">Where <paramref name="Text"/> lies in the units: one part, or one per paragraph the quote runs over.</param>
/// <param name="Line">The 1-based seed line of the opening mark.</param>
/// <param name="Speaker">The <see cref="SeedEntity.Name"/> of the speaker in this article, if found.</param>
internal sealed record SeedQuote(string Text, EquatableArray<UnitSlice> Parts, int Line, string? Speaker)
{
    /// <summary>The index in <see cref="SeedArticle.Units"/> of the unit holding the opening mark.</summary>
    public int Unit => Parts[0].Unit;

    /// <summary>Where <see cref="Text"/> starts in <see cref="Unit"/>, or -1 when it is not one contiguous piece of it.</summary>
    public int Offset => Parts.Count == 1 ? Parts[0].Start : -1;
}

/// <summary>Characters [<paramref name="Start"/>, <paramref name="Start"/> + <paramref name="Length"/>) of unit <paramref name="Unit"/> (an index in <see cref="SeedArticle.Units"/>).</summary>
internal readonly record struct UnitSlice(int Unit, int Start, int Length);

/// <summary>The seed file as the compiler read it; the runtime reads the embedded file the same way and checks the length.</summary>
/// <param name="Length">Its length in characters.</param>
/// <param name="CodePage">The code page the compiler decoded it with (65001 for UTF-8, the usual case).</param>
/// <param name="ResourceName">The manifest resource name the package's build targets embed it under (Parsing/SeedIds.cs).</param>
internal readonly record struct SeedFileText(int Length, int CodePage, string? ResourceName = null)
{
    public const int Utf8CodePage = 65001;
}

/// <summary>An entity as this article names it; the corpus-wide table merges these across articles.</summary>
internal sealed record SeedEntity(string Name, EntityKind Kind, EquatableArray<string> Aliases);

/// <summary>Mirrors the runtime <c>SeedData.EntityKind</c>; the generator cannot reference the runtime library.</summary>
internal enum EntityKind
{
    Person,
    Organization,
    Location,
    Other,
}
