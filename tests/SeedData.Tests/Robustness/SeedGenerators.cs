using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace SeedData.Tests.Robustness;

/// <summary>
/// A seed written by the structure-aware generator, with what it wrote: the headline, every block of
/// the body as the dataset must show it (lines joined by one space), and the source site.
/// </summary>
internal sealed record StructuredSeed(string Text, string Headline, IReadOnlyList<string> Blocks, string? Source)
{
    /// <summary>The folder under the seeds folder the seed is kept in ("" for the folder itself), as an archive would: by year, section, source.</summary>
    public string Folder { get; init; } = string.Empty;

    public override string ToString() => Escape(Text);

    public static string Escape(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4"));
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>A seed of arbitrary UTF-16 code units (surrogates, controls, bidi, line breaks of every kind).</summary>
internal sealed record RawSeed(string Text)
{
    public override string ToString() => StructuredSeed.Escape(Text);
}

/// <summary>CsCheck generators for seeds: structure-aware articles and raw Unicode.</summary>
internal static class SeedGenerators
{
    /// <summary>Every line ending Roslyn's SourceText knows, so the parser is checked against all of them.</summary>
    private static readonly string[] LineEnds = { "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085" };

    /// <summary>White space that trimming removes: ASCII and Unicode spaces (none of them line breaks).</summary>
    private static readonly string[] Padding = { "", "", "", " ", "\t", "  ", "\u00A0", "\u3000", "\u2003", "\f", "\v" };

    /// <summary>
    /// Words for headlines and paragraphs. Chosen so that no line accidentally starts with a
    /// boilerplate, credit or source keyword (those are tested on purpose below), and so that they
    /// hold every kind of character that must survive emission: C# and XML syntax, escapes, bidi and
    /// format controls, scripts other than Latin, combining marks, emoji.
    /// </summary>
    private static readonly string[] Words =
    {
        "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", "in", "Brussels", "prices", "rose", "by", "3.2%",
        "Olaf", "Scholz", "Ursula", "von", "der", "Leyen", "WHO", "NATO", "U.S.", "Kyiv", "São", "Paulo", "Zürich", "İstanbul", "Ærø",
        "“we", "will", "not", "back", "down,”", "\"enough", "is", "enough\"", "«assez»", "‘quoted’", "„Zitat“", "「引用」",
        "\"", "\\", "\"\"\"", "{", "}", "{0}", "*/", "/*", "//", "</summary>", "<!--", "-->", "<see", "cref=\"X\"/>", "&amp;", "&",
        "#error", "#line", "#pragma", "\\u0022", "\\x41", "@\"", "$\"{x}\"", "u8", "'\\''", "\\n", "\\0", "\"u8;", "`",
        "class", "static", "void", "namespace", "nameof", "async", "await", "var", "record", "2024", "42",
        "北京", "中国人民银行", "القاهرة", "مصر", "Москва", "Путин", "Ελλάδα", "עברית", "हिन्दी", "東京", "서울",
        "e\u0301te\u0301", "n\u0303", "😀", "👩‍👩‍👧", "🇫🇷", "\U0001D49C", "\u202Eevil\u202C", "\u2066iso\u2069", "\u200Bzw", "\u00ADsoft",
        "\uFEFFbom", "\uE000pua", "\u0378unassigned", "x\u00A0nbsp", "a\u200Db",
    };

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    private static readonly Gen<string> Padded = Gen.OneOf(Padding);

    private static readonly Gen<string> LineEnd = Gen.OneOf(LineEnds);

    /// <summary>A line of 1 to <paramref name="maxWords"/> words separated by single spaces, with an optional ending.</summary>
    private static Gen<string> LineOf(int maxWords, string[] endings) =>
        Gen.Select(Word.Array[1, maxWords], Gen.OneOf(endings), (words, end) => string.Join(" ", words) + end);

    private static readonly Gen<string> Headline = LineOf(10, new[] { "", "", "?", "!", ":" });

    private static readonly Gen<string> Sentence = LineOf(25, new[] { ".", ".", "!", "?", ".”", ".\"", "…" });

    private static readonly Gen<string> HeadingLine = LineOf(6, new[] { "" });

    /// <summary>A block: a heading line, or a paragraph of one to three lines.</summary>
    private static readonly Gen<string[]> Block = Gen.Frequency(
        (1, (IGen<string[]>)HeadingLine.Select(h => new[] { h })),
        (4, Sentence.Array[1, 3]));

    /// <summary>
    /// Folders of an archive (docs/naming.md, "Article ids"): none, years, nested dates, sections, and
    /// names with dots, spaces, dashes and decomposed or non-Latin letters.
    /// </summary>
    private static readonly string[] Folders =
    {
        "", "", "", "2023", "2024", "2024/05", "2024/05/17", "sport", "Sport/Football", "world.news", "op ed", "a-b_c",
        "cafe\u0301s", "cafés", "Zu\u0308rich/2024", "東京", "Москва/2023", "x/y/z/w",
    };

    /// <summary>A structure-aware seed: headline, optional caption and credit, blocks, optional boilerplate and source line, in a folder.</summary>
    public static readonly Gen<StructuredSeed> Structured =
        Gen.Select(
            Headline,
            Block.Array[0, 8],
            Gen.Int[0, 3],
            Gen.Int[0, 4],
            Gen.Int[0, 2],
            Gen.Select(Padded, Padded, LineEnd, Gen.Int[1, 3]).Array[64],
            Gen.OneOf(Folders),
            (headline, blocks, captionKind, boilerplateAt, sourceKind, layout, folder) =>
                Build(headline, blocks, captionKind, boilerplateAt, sourceKind, layout) with { Folder = folder });

    private static StructuredSeed Build(string headline, string[][] blocks, int captionKind, int boilerplateAt, int sourceKind, (string Before, string After, string End, int Blank)[] layout)
    {
        var text = new StringBuilder();
        var expected = new List<string>();
        var next = 0;

        // Each line gets its own padding and line ending; blank lines between blocks may hold white space.
        void Write(string line)
        {
            var (before, after, end, _) = layout[next++ % layout.Length];
            text.Append(before).Append(line).Append(after).Append(end);
        }

        void Separate()
        {
            var (before, _, end, blank) = layout[next++ % layout.Length];
            for (var i = 0; i < blank; i++)
            {
                // "\r" then "\n" would be one CRLF line break, not a blank line.
                var line = before + end;
                text.Append(line[0] == '\n' && text[text.Length - 1] == '\r' ? "\r" : line);
            }
        }

        Write(headline);
        Separate();

        var all = blocks.ToList();
        if (captionKind == 1)
        {
            // A caption and a credit near the top, as pasted from a news page.
            all.Insert(0, new[] { "Firefighters at work on Tuesday." });
            all.Insert(1, new[] { "© Agency Photo / Name" });
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (boilerplateAt == 1 && i == all.Count / 2)
            {
                // Boilerplate is dropped by design (docs/seed-format.md): written, not expected.
                Write("Advertisement");
                Separate();
            }

            foreach (var line in all[i])
            {
                Write(line);
            }

            expected.Add(string.Join(" ", all[i]));
            Separate();
        }

        string? source = null;
        if (sourceKind == 1 && all.Count > 0)
        {
            source = "example.com";
            Write("source " + source);
        }

        return new StructuredSeed(text.ToString(), headline, expected, source);
    }

    /// <summary>
    /// Pieces of raw text: mostly ordinary characters, with a steady supply of everything that has
    /// broken text processors before.
    /// </summary>
    private static readonly Gen<string> RawPiece = Gen.Frequency(
        (30, (IGen<string>)Gen.Char[' ', '~'].Select(c => c.ToString())),
        (6, Gen.OneOf(" ", " ", "\t", "\n", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u00A0", "\u3000", "\n\n", "\r\n\r\n", "\v", "\f")),
        (2, Gen.Char['\u0001', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Char['\u007F', '\u009F'].Select(c => c.ToString())),
        (1, Gen.Const("\0")),
        (2, Gen.OneOf("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C")),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (3, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
        (2, Gen.Char['\u0300', '\u036F'].Select(c => c.ToString())),
        (5, Gen.Char.Select(c => c.ToString())),
        (4, Gen.OneOf(Words)),
        (1, Gen.OneOf("\uFEFF", "\uFFFD", "\uFFFF", "\uFFFE", "\uE000")),
        (1, Gen.OneOf("source ", "source example.com", "© ", "Photo: ", "Advertisement", "Read more", "See also")));

    /// <summary>A raw seed of 0 to 300 pieces.</summary>
    public static readonly Gen<RawSeed> Raw = RawPiece.Array[0, 300].Select(pieces => new RawSeed(string.Concat(pieces)));
}
