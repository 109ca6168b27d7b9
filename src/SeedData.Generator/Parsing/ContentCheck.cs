using System.Collections.Generic;
using System.Globalization;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Model;
using SeedData.Generator.Text;

namespace SeedData.Generator.Parsing;

/// <summary>
/// One pass over the raw characters of a seed: finds what cannot be stored (unpaired surrogates,
/// replaced by U+FFFD) and what a careful editor would want flagged (invalid UTF-8, control and
/// bidirectional characters, binary content). Reports the first occurrence of each problem, with
/// the count, so that a messy file gives a few clear diagnostics rather than thousands.
/// </summary>
internal static class ContentCheck
{
    /// <summary>Returns the text to parse (equal to <paramref name="text"/> unless surrogates were repaired) or null when the seed is binary.</summary>
    public static string? Check(string id, string path, string text, List<DiagnosticInfo> diagnostics)
    {
        int nul = 0, replacement = 0, control = 0, bidi = 0, surrogate = 0;
        int firstReplacement = -1, firstControl = -1, firstBidi = -1, firstSurrogate = -1;
        char[]? repaired = null;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Printable ASCII, tabs and line breaks are what a seed is nearly all made of, and none of
            // the checks below applies to them: skip them without running each one.
            if (c is (>= ' ' and < '\u007F') or '\n' or '\r' or '\t')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                surrogate++;
                if (firstSurrogate < 0)
                {
                    firstSurrogate = i;
                }

                repaired ??= text.ToCharArray();
                repaired[i] = '\uFFFD';
            }
            else if (c == '\uFFFD')
            {
                replacement++;
                if (firstReplacement < 0)
                {
                    firstReplacement = i;
                }
            }
            else if (c == '\0')
            {
                nul++;
                control++;
                if (firstControl < 0)
                {
                    firstControl = i;
                }
            }
            else if (IsBidiControl(c))
            {
                bidi++;
                if (firstBidi < 0)
                {
                    firstBidi = i;
                }
            }
            else if (IsStrayControl(c))
            {
                control++;
                if (firstControl < 0)
                {
                    firstControl = i;
                }
            }
        }

        // Text files have no NULs; UTF-16 read as UTF-8, images and archives have plenty.
        if (nul > 0 && (nul >= 8 || nul * 100 >= text.Length))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BinaryContent, SeedSpan.FileStart(path), id, Count(nul)));
            return null;
        }

        var lines = firstReplacement >= 0 || firstControl >= 0 || firstBidi >= 0 || firstSurrogate >= 0 ? new LineMap(text) : null;
        if (firstReplacement >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUtf8, lines!.Span(path, firstReplacement, 1), id, Count(replacement)));
        }

        if (firstControl >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ControlCharacter, lines!.Span(path, firstControl, 1), CodePoint(text[firstControl]), Count(control)));
        }

        if (firstBidi >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BidiCharacter, lines!.Span(path, firstBidi, 1), CodePoint(text[firstBidi]), Count(bidi)));
        }

        if (firstSurrogate >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LoneSurrogate, lines!.Span(path, firstSurrogate, 1), CodePoint(text[firstSurrogate]), Count(surrogate)));
        }

        return repaired is null ? text : new string(repaired);
    }

    /// <summary>The explicit embeddings, overrides and isolates of Unicode's bidirectional algorithm (the Trojan Source set).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    // Tabs and line breaks are ordinary white space; everything else in C0, DEL and C1 is not text.
    private static bool IsStrayControl(char c) =>
        c is (< ' ' and not '\t' and not '\n' and not '\r' and not '\f' and not '\v') or (>= '\u007F' and <= '\u009F' and not '\u0085');

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Line starts of the raw text, built only when a problem has to be located.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = new() { 0 };

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    _starts.Add(i + 1);
                }
                else if (LineBreaks.IsLineBreak(c))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public SeedSpan Span(string path, int position, int length)
        {
            var index = _starts.BinarySearch(position);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return SeedSpan.At(path, new FilePoint(index + 1, position - _starts[index] + 1, position), length);
        }
    }
}
