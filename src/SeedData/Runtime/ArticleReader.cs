using System;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// Builds an <see cref="Article"/> from its seed text and the layout the generator computed: where each
/// field lies in the text, who speaks each quote, and which entities the article names.
/// </summary>
/// <remarks>
/// The layout is a flat list of integers, read in this order: headline, kicker, subheadline, lead,
/// caption, credit and source (each a text); the section count, then per section its heading (a text),
/// its paragraph count and its paragraphs (texts); the quote count, then per quote its text, its
/// speaker (an index into the article's entities, or -1) and its 1-based line; the entity count, then
/// per entity its name (an index into the article's entity names) and its <see cref="EntityKind"/>.
/// A text is -1 for none, or a count n followed by n (start, length) pieces of the seed text, joined
/// with a space (the lines of a paragraph), or with a line feed before a piece whose start is stored
/// complemented, ~start (the paragraphs of a quote that runs over several).
/// </remarks>
internal ref struct ArticleReader
{
    private readonly string _seed;
    private readonly ReadOnlySpan<int> _layout;
    private int _next;

    private ArticleReader(string seed, ReadOnlySpan<int> layout)
    {
        _seed = seed;
        _layout = layout;
        _next = 0;
    }

    public static Article Read(string seed, string id, ReadOnlySpan<int> layout, string[] entityNames, Func<string, EntityKind, Entity> resolve)
    {
        var reader = new ArticleReader(seed, layout);
        var headline = reader.Text() ?? string.Empty;
        var kicker = reader.Text();
        var subheadline = reader.Text();
        var lead = reader.Text();
        var caption = reader.Text();
        var credit = reader.Text();
        var source = reader.Text();

        var sections = new Section[reader.Int()];
        for (var s = 0; s < sections.Length; s++)
        {
            var heading = reader.Text();
            var paragraphs = new string[reader.Int()];
            for (var p = 0; p < paragraphs.Length; p++)
            {
                paragraphs[p] = reader.Text() ?? string.Empty;
            }

            sections[s] = new Section(heading, paragraphs);
        }

        // Quotes come before entities in the layout but point at them: read the quotes' fields first.
        var quoteCount = reader.Int();
        var quoteTexts = new string[quoteCount];
        var speakers = new int[quoteCount];
        var lines = new int[quoteCount];
        for (var q = 0; q < quoteCount; q++)
        {
            quoteTexts[q] = reader.Text() ?? string.Empty;
            speakers[q] = reader.Int();
            lines[q] = reader.Int();
        }

        var entities = new Entity[reader.Int()];
        for (var e = 0; e < entities.Length; e++)
        {
            var name = entityNames[reader.Int()];
            entities[e] = resolve(name, (EntityKind)reader.Int());
        }

        var quotes = new Quote[quoteCount];
        for (var q = 0; q < quotes.Length; q++)
        {
            quotes[q] = new Quote(quoteTexts[q], speakers[q] >= 0 ? entities[speakers[q]] : null, id, lines[q]);
        }

        return new Article(id, headline, kicker, subheadline, lead, caption, credit, source, sections, quotes, entities);
    }

    private int Int() => _layout[_next++];

    private string? Text()
    {
        var count = Int();
        if (count == -1)
        {
            return null;
        }

        if (count == 1 && _layout[_next] >= 0)
        {
            var start = Int();
            return _seed.Substring(start, Int());
        }

        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var start = Int();
            var length = Int();
            if (i > 0)
            {
                text.Append(start < 0 ? '\n' : ' ');
            }

            text.Append(_seed, start < 0 ? ~start : start, length);
        }

        return text.ToString();
    }
}
