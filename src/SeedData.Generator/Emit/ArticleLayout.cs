using System.Collections.Generic;
using System.Linq;
using SeedData.Generator.Model;

namespace SeedData.Generator.Emit;

/// <summary>
/// What the runtime needs to build an article from its embedded seed: the resource, where each field
/// lies in the file, who speaks each quote, and the article's entities, packed into one text (its letter
/// file's <c>[ArticleLayouts]</c> string holds it, <see cref="ArticleEmitter"/>) in
/// the order the runtime's <c>SeedData.Runtime.ArticleReader</c> reads (described there).
/// </summary>
/// <remarks>
/// Article text never becomes C# text: the build embeds the seed file as a resource, and the
/// generated code carries only these integers. That keeps the generated code and the compiler's work
/// small however long the articles are (docs/performance.md).
/// </remarks>
internal static class ArticleLayout
{
    /// <summary>The packed layout's characters, unescaped.</summary>
    public static string Of(SeedArticle article)
    {
        var packed = new PackedData();
        var pieces = new List<int>();
        packed.Int(article.File.CodePage);
        packed.Int(article.File.Length);
        packed.String(article.File.ResourceName ?? Parsing.SeedIds.ResourceName(article.FilePath));
        packed.String(article.Id);
        foreach (var field in new[] { article.Headline, article.Kicker, article.Subheadline, article.Lead, article.Caption, article.Credit, article.Source })
        {
            AddText(packed, pieces, field);
        }

        packed.Int(article.Sections.Count);
        foreach (var section in article.Sections)
        {
            AddText(packed, pieces, section.Heading);
            packed.Int(section.Paragraphs.Count);
            foreach (var paragraph in section.Paragraphs)
            {
                AddText(packed, pieces, paragraph);
            }
        }

        packed.Int(article.Quotes.Count);
        var entityIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            entityIndex[entity.Name] = entityIndex.Count;
        }

        var units = article.Units().ToList();
        foreach (var quote in article.Quotes)
        {
            pieces.Clear();
            for (var p = 0; p < quote.Parts.Count; p++)
            {
                // The paragraphs of a quote are joined with a line feed, which the runtime puts before a complemented start.
                var part = quote.Parts[p];
                AddPieces(pieces, units[part.Unit], part.Start, part.Length, lineFeedBefore: p > 0);
            }

            AddPieces(packed, pieces);
            packed.Int(quote.Speaker is not null && entityIndex.TryGetValue(quote.Speaker, out var speaker) ? speaker : -1);
            packed.Int(quote.Line);
        }

        packed.Int(article.Entities.Count);
        foreach (var entity in article.Entities)
        {
            packed.String(entity.Name);
            packed.Int((int)entity.Kind);
        }

        return packed.Text;
    }

    /// <summary>A text: -1 for none, else its piece count and its pieces.</summary>
    private static void AddText(PackedData packed, List<int> pieces, SeedText? text)
    {
        if (text is null)
        {
            packed.Int(-1);
            return;
        }

        pieces.Clear();
        AddPieces(pieces, text, 0, text.Text.Length, lineFeedBefore: false);
        AddPieces(packed, pieces);
    }

    /// <summary>The piece count, then the pieces' (start, length) pairs.</summary>
    private static void AddPieces(PackedData packed, List<int> pieces)
    {
        packed.Int(pieces.Count / 2);
        foreach (var value in pieces)
        {
            packed.Int(value);
        }
    }

    /// <summary>
    /// Appends characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// of a unit as (start, length) pieces of the seed file. A unit is its file lines, trimmed, joined
    /// with one space (SeedParser), so each line is a piece and the runtime puts the spaces back. A slice
    /// that begins or ends on a joining space gets an empty piece on the far side of it, so the space is kept.
    /// </summary>
    private static void AddPieces(List<int> pieces, SeedText unit, int start, int length, bool lineFeedBefore)
    {
        var end = start + length;
        var first = true;
        var lines = unit.Lines;
        for (var k = unit.LineIndexAt(start); k < lines.Count; k++)
        {
            // Line k is [lineStart, lineEnd) of the unit; the joining space, if any, is at lineEnd.
            var lineStart = lines[k].Offset;
            var lineEnd = k + 1 < lines.Count ? lines[k + 1].Offset - 1 : unit.Text.Length;
            var from = System.Math.Max(start, lineStart);
            var to = System.Math.Min(end, lineEnd);
            var filePosition = lines[k].FilePosition + (from - lineStart);
            pieces.Add(first && lineFeedBefore ? ~filePosition : filePosition);
            pieces.Add(to - from);
            first = false;
            if (end <= lineEnd)
            {
                break;
            }
        }
    }
}
