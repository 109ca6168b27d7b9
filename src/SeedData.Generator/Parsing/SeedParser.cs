using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;

namespace SeedData.Generator.Parsing;

/// <summary>
/// Reads the layout of a seed (docs/seed-format.md): headline, kicker and subheadline, caption and
/// credit, lead, sections split at headings, and the trailing <c>source</c> line. Quotes and entities
/// are left empty here; the extraction step (Extraction/ArticleExtractor.cs) fills them.
/// </summary>
internal static class SeedParser
{
    /// <summary>A headline longer than this is more likely a paragraph with a missing blank line.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>Longest line that can be a heading or a kicker.</summary>
    private const int MaxHeadingLength = 100;

    private static readonly string[] BoilerplatePrefixes =
    {
        "Also read", "Read also", "Read more", "More on this", "Related:", "Related articles", "See also",
        "Advertisement", "Sign up for", "Subscribe to",
    };

    private static readonly string[] CreditPrefixes = { "©", "(c) ", "(C) ", "Photo:", "Image:", "Credit:", "Picture:", "Foto:" };

    public static SeedArticle? Parse(string id, string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var blocks = SeedBlocks.Split(text, cancellationToken);
        if (blocks.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptySeed, SeedSpan.FileStart(path), id));
            return null;
        }

        var source = TakeSourceTrailer(blocks);
        blocks.RemoveAll(IsBoilerplate);
        if (blocks.Count == 0)
        {
            // Nothing but "Advertisement", "Read more" and the like: no headline to build an article on.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptySeed, SeedSpan.FileStart(path), id));
            return null;
        }

        // The headline is the first line; anything under it in the same block is read as the next block.
        var first = blocks[0];
        var headline = SeedBlocks.Unit(first.GetRange(0, 1));
        blocks.RemoveAt(0);
        if (first.Count > 1)
        {
            blocks.Insert(0, first.GetRange(1, first.Count - 1));
        }

        if (headline.Text.Length > MaxHeadlineLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.HeadlineTooLong,
                SeedSpan.Of(path, headline),
                id,
                headline.Text.Length.ToString(CultureInfo.InvariantCulture),
                MaxHeadlineLength.ToString(CultureInfo.InvariantCulture)));
        }

        if (!HasLetterOrDigit(headline.Text))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HeadlineWithoutWords, SeedSpan.Of(path, headline), id));
        }

        var next = 0;
        SeedText? kicker = null, subheadline = null, caption = null, credit = null;

        var creditIndex = FindCredit(blocks);
        if (creditIndex >= 0)
        {
            credit = SeedBlocks.Unit(blocks[creditIndex]);
            if (creditIndex >= 1)
            {
                caption = SeedBlocks.Unit(blocks[creditIndex - 1]);
            }

            ReadHeader(blocks.GetRange(0, Math.Max(0, creditIndex - 1)), out kicker, out subheadline);
            next = creditIndex + 1;
        }
        else if (blocks.Count > 1)
        {
            // Without a credit line, only a leading two-line block or a kicker-like line is header.
            var top = blocks[0];
            if (top.Count >= 2)
            {
                ReadHeader(blocks.GetRange(0, 1), out kicker, out subheadline);
                next = 1;
            }
            else if (IsHeadingLike(top[0].Text) && !IsHeadingLike(blocks[1][0].Text))
            {
                kicker = SeedBlocks.Unit(top);
                next = 1;
            }
        }

        SeedText? lead = null;
        var body = new List<List<SeedLine>>();
        for (var i = next; i < blocks.Count; i++)
        {
            // The lead is the paragraph right after the header. When the body opens with a heading,
            // there is no lead: taking a later paragraph would move it above its own heading.
            if (i == next && !IsHeading(blocks, i))
            {
                lead = SeedBlocks.Unit(blocks[i]);
            }
            else
            {
                body.Add(blocks[i]);
            }
        }

        return new SeedArticle(
            id,
            path,
            headline,
            kicker,
            subheadline,
            caption,
            credit,
            lead,
            source,
            SplitSections(body),
            EquatableArray<SeedQuote>.Empty,
            EquatableArray<SeedEntity>.Empty);
    }

    /// <summary>
    /// A heading is a single short line with no closing sentence punctuation, followed by a paragraph
    /// (a short last line such as a byline stays a paragraph).
    /// </summary>
    public static bool IsHeadingLike(string line)
    {
        if (line.Length == 0 || line.Length > MaxHeadingLength || StartsWithAny(line, CreditPrefixes))
        {
            return false;
        }

        var end = line.Length - 1;
        while (end > 0 && IsClosingQuoteOrBracket(line[end]))
        {
            end--;
        }

        return line[end] is not ('.' or '!' or '?' or ':' or ';' or ',' or '…') && HasLetter(line);
    }

    private static bool IsHeading(List<List<SeedLine>> blocks, int index) =>
        blocks[index].Count == 1
        && IsHeadingLike(blocks[index][0].Text)
        && index + 1 < blocks.Count
        && !(blocks[index + 1].Count == 1 && IsHeadingLike(blocks[index + 1][0].Text));

    private static EquatableArray<SeedSection> SplitSections(List<List<SeedLine>> body)
    {
        var sections = ImmutableArray.CreateBuilder<SeedSection>();
        SeedText? heading = null;
        var paragraphs = ImmutableArray.CreateBuilder<SeedText>();

        for (var i = 0; i < body.Count; i++)
        {
            if (IsHeading(body, i))
            {
                if (heading is not null || paragraphs.Count > 0)
                {
                    sections.Add(new SeedSection(heading, paragraphs.ToEquatableArray()));
                    paragraphs.Clear();
                }

                heading = SeedBlocks.Unit(body[i]);
            }
            else
            {
                paragraphs.Add(SeedBlocks.Unit(body[i]));
            }
        }

        if (heading is not null || paragraphs.Count > 0)
        {
            sections.Add(new SeedSection(heading, paragraphs.ToEquatableArray()));
        }

        return sections.ToEquatableArray();
    }

    private static void ReadHeader(List<List<SeedLine>> header, out SeedText? kicker, out SeedText? subheadline)
    {
        kicker = null;
        subheadline = null;
        if (header.Count == 0)
        {
            return;
        }

        var lines = new List<SeedLine>();
        foreach (var block in header)
        {
            lines.AddRange(block);
        }

        if (lines.Count == 1)
        {
            if (IsHeadingLike(lines[0].Text))
            {
                kicker = SeedBlocks.Unit(lines);
            }
            else
            {
                subheadline = SeedBlocks.Unit(lines);
            }

            return;
        }

        kicker = SeedBlocks.Unit(lines.GetRange(0, 1));
        subheadline = SeedBlocks.Unit(lines.GetRange(1, lines.Count - 1));
    }

    /// <summary>The credit is a one-line block starting with © (or Photo:, Credit:, ...) near the top.</summary>
    private static int FindCredit(List<List<SeedLine>> blocks)
    {
        for (var i = 0; i < Math.Min(blocks.Count, 5); i++)
        {
            if (blocks[i].Count == 1 && StartsWithAny(blocks[i][0].Text, CreditPrefixes))
            {
                return i;
            }
        }

        return -1;
    }

    private static SeedText? TakeSourceTrailer(List<List<SeedLine>> blocks)
    {
        var last = blocks[blocks.Count - 1];
        var trailer = last[last.Count - 1];
        var line = trailer.Text;
        if (blocks.Count < 2 || line.Length <= 7 || !line.StartsWith("source", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(line[6]))
        {
            return null;
        }

        var site = line.Substring(7).Trim();
        if (site.Length == 0 || site.IndexOf(' ') >= 0)
        {
            return null;
        }

        last.RemoveAt(last.Count - 1);
        if (last.Count == 0)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        var offset = line.IndexOf(site, 7, StringComparison.Ordinal);
        return SeedBlocks.Unit(new List<SeedLine> { new(site, trailer.Line, trailer.Column + offset, trailer.FilePosition + offset) });
    }

    private static bool IsBoilerplate(List<SeedLine> block) => StartsWithAny(block[0].Text, BoilerplatePrefixes) && block[0].Text.Length < MaxHeadingLength;

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        if (text.Length == 0)
        {
            return false;
        }

        // Compare first letters before whole prefixes: this runs several times per block, and a seed
        // of a million one-line blocks must not pay for every prefix of every list on each of them.
        // Upper-casing matches what OrdinalIgnoreCase compares.
        var first = char.ToUpperInvariant(text[0]);
        foreach (var prefix in prefixes)
        {
            if (char.ToUpperInvariant(prefix[0]) == first && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosingQuoteOrBracket(char c) => c is '"' or '\'' or '”' or '’' or '“' or '»' or '«' or '›' or ')' or ']';

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
