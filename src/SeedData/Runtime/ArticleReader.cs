using System;
using System.Reflection;
using System.Text;

namespace SeedData.Runtime;

/// <summary>
/// Builds an <see cref="Article"/> from its seed text and the layout the generator computed: where each
/// field lies in the text, who speaks each quote, and which entities the article names.
/// </summary>
/// <remarks>
/// The layout is one per article (<see cref="ArticleSlots"/> slices it out of its file's), integers and strings packed as <see cref="PackedReader"/>
/// describes. In order: the code page the compiler read the seed with, the seed's length in characters,
/// its resource name and its article id (strings); headline, kicker, subheadline, lead, caption, credit
/// and source (each a text); the section count, then per section its heading (a text), its paragraph
/// count and its paragraphs (texts); the quote count, then per quote its text, its speaker (an index into
/// the article's entities, or -1) and its 1-based line; the entity count, then per entity its name as the
/// article wrote it (a string) and its <see cref="EntityKind"/>.
/// A text is -1 for none, or a count n followed by n (start, length) pieces of the seed text, joined
/// with a space (the lines of a paragraph), or with a line feed before a piece whose start is stored
/// complemented, ~start (the paragraphs of a quote that runs over several).
/// </remarks>
internal ref struct ArticleReader
{
    private PackedReader _layout;
    private string _seed;

    private ArticleReader(ReadOnlySpan<byte> layout)
    {
        _layout = new PackedReader(layout);
        _seed = string.Empty;
    }

    public static Article Read(Assembly assembly, ReadOnlySpan<byte> layout, Func<string, EntityKind, Entity> resolve)
    {
        var reader = new ArticleReader(layout);
        var codePage = reader.Int();
        var length = reader.Int();
        var resource = reader.String();
        var id = reader.String();
        reader._seed = SeedResource.Read(assembly, resource, codePage, length);

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
            var name = reader.String();
            entities[e] = resolve(name, (EntityKind)reader.Int());
        }

        var quotes = new Quote[quoteCount];
        for (var q = 0; q < quotes.Length; q++)
        {
            quotes[q] = new Quote(quoteTexts[q], speakers[q] >= 0 ? entities[speakers[q]] : null, id, lines[q]);
        }

        return new Article(id, headline, kicker, subheadline, lead, caption, credit, source, sections, quotes, entities);
    }

    private int Int() => _layout.Int();

    private string String() => _layout.String();

    private string? Text()
    {
        var count = Int();
        if (count <= 0)
        {
            return count == 0 ? string.Empty : null;
        }

        var start = Int();
        var length = Int();
        if (count == 1 && start >= 0)
        {
            return _seed.Substring(start, length);
        }

        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                start = Int();
                length = Int();
                text.Append(start < 0 ? '\n' : ' ');
            }

            text.Append(_seed, start < 0 ? ~start : start, length);
        }

        return text.ToString();
    }
}
