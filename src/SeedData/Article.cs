using System.Collections.Generic;

namespace SeedData;

/// <summary>One news article of the dataset, built at compile time from a seed file.</summary>
/// <param name="Id">The seed's path relative to the seeds folder, without its extension, with <c>/</c> separators (<c>2023/001</c>; <c>001</c> for a seed directly in the folder), in NFC; or the <c>SeedDataId</c> the project gave it.</param>
/// <param name="Headline">The first line of the seed.</param>
/// <param name="Kicker">The short topic line above the subheadline, if any.</param>
/// <param name="Subheadline">The line that expands on the headline, if any.</param>
/// <param name="Lead">The first paragraph of the body, if any.</param>
/// <param name="Caption">The photo caption, if any.</param>
/// <param name="Credit">The photo credit line (starting with ©), if any.</param>
/// <param name="Source">The site named in the trailing <c>source &lt;site&gt;</c> line, if any.</param>
/// <param name="Sections">The body after the lead, split at headings.</param>
/// <param name="Quotes">The direct quotations, in reading order from the headline to the last paragraph.</param>
/// <param name="Entities">The people, organisations and places the article mentions.</param>
public sealed record Article(
    string Id,
    string Headline,
    string? Kicker,
    string? Subheadline,
    string? Lead,
    string? Caption,
    string? Credit,
    string? Source,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Entity> Entities);
