using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using SeedData.Generator.Model;
using SeedData.Generator.Text;

namespace SeedData.Generator.Parsing;

/// <summary>
/// The first cut of a seed's text: blocks of non-blank lines, each line trimmed and placed in the file,
/// and a block's lines joined into one <see cref="SeedText"/>. <see cref="SeedParser"/> decides what
/// each block is.
/// </summary>
internal static class SeedBlocks
{
    /// <summary>Splits the text into blocks of non-blank lines (blank lines separate blocks).</summary>
    public static List<List<SeedLine>> Split(string text, CancellationToken cancellationToken)
    {
        var blocks = new List<List<SeedLine>>();
        List<SeedLine>? current = null;
        var lineNumber = 1;
        var start = 0;
        while (start <= text.Length)
        {
            if ((lineNumber & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var end = start < text.Length ? text.IndexOfAny(LineBreaks.All, start) : -1;
            if (end < 0)
            {
                end = text.Length;
            }

            var first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            var last = end;
            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                current ??= new List<SeedLine>();
                current.Add(new SeedLine(text.Substring(first, last - first), lineNumber, first - start + 1, first));
            }
            else if (current is not null)
            {
                blocks.Add(current);
                current = null;
            }

            if (end >= text.Length)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lineNumber++;
        }

        if (current is not null)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    /// <summary>Joins the lines of a block with single spaces into one text unit.</summary>
    public static SeedText Unit(List<SeedLine> lines)
    {
        var starts = ImmutableArray.CreateBuilder<LineStart>(lines.Count);
        if (lines.Count == 1)
        {
            var only = lines[0];
            starts.Add(new LineStart(0, only.Line, only.Column, only.FilePosition));
            return new SeedText(only.Text, starts.ToEquatableArray());
        }

        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            starts.Add(new LineStart(text.Length, line.Line, line.Column, line.FilePosition));
            text.Append(line.Text);
        }

        return new SeedText(text.ToString(), starts.ToEquatableArray());
    }
}
