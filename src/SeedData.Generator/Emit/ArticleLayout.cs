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
    private ArticleLayout(List<int[]> groups, List<string> entityNames)
    {
        Groups = groups;
        EntityNames = entityNames;
    }

    /// <summary>The layout, in groups that the emitter writes one per line: the fields, each section, each quote, the entities.</summary>
    public IReadOnlyList<int[]> Groups { get; }

    /// <summary>The entity names the layout indexes into, in the article's entity order.</summary>
    public IReadOnlyList<string> EntityNames { get; }

    public static ArticleLayout Of(SeedArticle article)
    {
        var units = article.Units().ToList();
        var groups = new List<int[]>();
        var fields = new List<int>();
        foreach (var field in new[] { article.Headline, article.Kicker, article.Subheadline, article.Lead, article.Caption, article.Credit, article.Source })
        {
            AddText(fields, field);
        }

        fields.Add(article.Sections.Count);
        groups.Add(fields.ToArray());

        foreach (var section in article.Sections)
        {
            var group = new List<int>();
            AddText(group, section.Heading);
            group.Add(section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs)
            {
                AddText(group, paragraph);
            }

            groups.Add(group.ToArray());
        }

        groups.Add(new[] { article.Quotes.Count });
        var entityIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            entityIndex[entity.Name] = entityIndex.Count;
        }

        foreach (var quote in article.Quotes)
        {
            var group = new List<int>();
            var pieces = new List<(int Start, int Length)>();
            foreach (var part in quote.Parts)
            {
                var partPieces = Pieces(units[part.Unit], part.Start, part.Length);

                // The paragraphs of a quote are joined with a line feed, which the runtime puts before a complemented start.
                if (pieces.Count > 0)
                {
                    partPieces[0] = (~partPieces[0].Start, partPieces[0].Length);
                }

                pieces.AddRange(partPieces);
            }

            AddPieces(group, pieces);
            group.Add(quote.Speaker is not null && entityIndex.TryGetValue(quote.Speaker, out var speaker) ? speaker : -1);
            group.Add(quote.Line);
            groups.Add(group.ToArray());
        }

        var entities = new List<int> { article.Entities.Count };
        for (var e = 0; e < article.Entities.Count; e++)
        {
            entities.Add(e);
            entities.Add((int)article.Entities[e].Kind);
        }

        groups.Add(entities.ToArray());
        return new ArticleLayout(groups, article.Entities.Select(e => e.Name).ToList());
    }

    private static void AddText(List<int> layout, SeedText? text)
    {
        if (text is null)
        {
            layout.Add(-1);
            return;
        }

        AddPieces(layout, Pieces(text, 0, text.Text.Length));
    }

    private static void AddPieces(List<int> layout, List<(int Start, int Length)> pieces)
    {
        layout.Add(pieces.Count);
        foreach (var (start, length) in pieces)
        {
            layout.Add(start);
            layout.Add(length);
        }
    }

    /// <summary>
    /// Maps characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of a unit to pieces of the seed file. A unit is its file lines, trimmed, joined with one space
    /// (SeedParser), so each line is a piece and the runtime puts the spaces back. A slice that begins
    /// or ends on a joining space gets an empty piece on the far side of it, so the space is kept.
    /// </summary>
    private static List<(int Start, int Length)> Pieces(SeedText unit, int start, int length)
    {
        var end = start + length;
        var pieces = new List<(int Start, int Length)>();
        var lines = unit.Lines;
        for (var k = 0; k < lines.Count; k++)
        {
            // Line k is [lineStart, lineEnd) of the unit; the joining space, if any, is at lineEnd.
            var lineStart = lines[k].Offset;
            var lineEnd = k + 1 < lines.Count ? lines[k + 1].Offset - 1 : unit.Text.Length;
            if (pieces.Count == 0 && start > lineEnd)
            {
                continue;
            }

            var from = System.Math.Max(start, lineStart);
            var to = System.Math.Min(end, lineEnd);
            pieces.Add((lines[k].FilePosition + (from - lineStart), to - from));
            if (end <= lineEnd)
            {
                break;
            }
        }

        return pieces;
    }
}
