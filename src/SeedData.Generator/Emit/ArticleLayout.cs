using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// What the runtime needs to build an article from its embedded seed: where each field lies in the
/// file, who speaks each quote, and the names of the entities. The format is the one the runtime's
/// <c>SeedData.Runtime.ArticleReader</c> reads; both sides say it in their doc comments.
/// </summary>
/// <remarks>
/// Article text never becomes C# text: the build embeds the seed file as a resource, and the
/// generated code carries only these integers. That keeps the generated code and the compiler's work
/// small however long the articles are (docs/performance.md).
/// </remarks>
internal sealed class ArticleLayout
{
    private readonly List<int> _values = new();
    private readonly List<int> _groupEnds = new();

    private ArticleLayout(IReadOnlyList<string> entityNames) => EntityNames = entityNames;

    /// <summary>The layout's integers, in the order the runtime reads them.</summary>
    public IReadOnlyList<int> Values => _values;

    /// <summary>Where each group of <see cref="Values"/> ends (the emitter writes a group per line): the fields, each section, each quote, the entities.</summary>
    public IReadOnlyList<int> GroupEnds => _groupEnds;

    /// <summary>The entity names the layout indexes into, in the article's entity order.</summary>
    public IReadOnlyList<string> EntityNames { get; }

    public static ArticleLayout Of(SeedArticle article)
    {
        var layout = new ArticleLayout(article.Entities.Select(e => e.Name).ToList());
        var values = layout._values;
        foreach (var field in new[] { article.Headline, article.Kicker, article.Subheadline, article.Lead, article.Caption, article.Credit, article.Source })
        {
            layout.AddText(field);
        }

        values.Add(article.Sections.Count);
        layout.EndGroup();
        foreach (var section in article.Sections)
        {
            layout.AddText(section.Heading);
            values.Add(section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs)
            {
                layout.AddText(paragraph);
            }

            layout.EndGroup();
        }

        values.Add(article.Quotes.Count);
        layout.EndGroup();
        var entityIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            entityIndex[entity.Name] = entityIndex.Count;
        }

        var units = article.Units().ToList();
        foreach (var quote in article.Quotes)
        {
            var countAt = values.Count;
            values.Add(0);
            var count = 0;
            for (var p = 0; p < quote.Parts.Count; p++)
            {
                // The paragraphs of a quote are joined with a line feed, which the runtime puts before a complemented start.
                var part = quote.Parts[p];
                count += layout.AddPieces(units[part.Unit], part.Start, part.Length, lineFeedBefore: p > 0);
            }

            values[countAt] = count;
            values.Add(quote.Speaker is not null && entityIndex.TryGetValue(quote.Speaker, out var speaker) ? speaker : -1);
            values.Add(quote.Line);
            layout.EndGroup();
        }

        values.Add(article.Entities.Count);
        for (var e = 0; e < article.Entities.Count; e++)
        {
            values.Add(e);
            values.Add((int)article.Entities[e].Kind);
        }

        layout.EndGroup();
        return layout;
    }

    private void EndGroup() => _groupEnds.Add(_values.Count);

    /// <summary>A text: -1 for none, else its piece count and its pieces.</summary>
    private void AddText(SeedText? text)
    {
        if (text is null)
        {
            _values.Add(-1);
            return;
        }

        var countAt = _values.Count;
        _values.Add(0);
        _values[countAt] = AddPieces(text, 0, text.Text.Length, lineFeedBefore: false);
    }

    /// <summary>
    /// Appends characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of a unit as (start, length) pieces of the seed file and returns how many. A unit is its file
    /// lines, trimmed, joined with one space (SeedParser), so each line is a piece and the runtime puts
    /// the spaces back. A slice that begins or ends on a joining space gets an empty piece on the far
    /// side of it, so the space is kept.
    /// </summary>
    private int AddPieces(SeedText unit, int start, int length, bool lineFeedBefore)
    {
        var end = start + length;
        var count = 0;
        var lines = unit.Lines;
        for (var k = unit.LineIndexAt(start); k < lines.Count; k++)
        {
            // Line k is [lineStart, lineEnd) of the unit; the joining space, if any, is at lineEnd.
            var lineStart = lines[k].Offset;
            var lineEnd = k + 1 < lines.Count ? lines[k + 1].Offset - 1 : unit.Text.Length;
            var from = System.Math.Max(start, lineStart);
            var to = System.Math.Min(end, lineEnd);
            var filePosition = lines[k].FilePosition + (from - lineStart);
            _values.Add(count == 0 && lineFeedBefore ? ~filePosition : filePosition);
            _values.Add(to - from);
            count++;
            if (end <= lineEnd)
            {
                break;
            }
        }

        return count;
    }
}
