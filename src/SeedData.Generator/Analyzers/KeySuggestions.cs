using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SeedData.Generator.Emit;

namespace SeedData.Generator.Analyzers;

/// <summary>The keys closest to a misspelt one, by edit distance; none when nothing is close.</summary>
internal static class KeySuggestions
{
    public const int MaxSuggestions = 3;

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> keys within the allowed distance of <paramref name="text"/>, closest first.
    /// Distance ignores case first (an id typed in the wrong case is the best suggestion there is), then counts it.
    /// </summary>
    public static IReadOnlyList<string> For(string text, DatasetKeys keys)
    {
        var allowed = AllowedDistance(text.Length);
        var lower = text.ToLowerInvariant();
        var folded = Folded.GetValue(keys, k => k.Keys.Select(key => key.Text.ToLowerInvariant()).ToArray());
        var found = new List<(int Distance, int CaseDistance, string Text)>();
        for (var i = 0; i < folded.Length; i++)
        {
            // Most keys are ruled out by length alone; the rest stop as soon as every alignment is over the limit.
            if (Math.Abs(folded[i].Length - lower.Length) <= allowed && Distance(lower, folded[i], allowed) is var distance && distance <= allowed)
            {
                found.Add((distance, Distance(text, keys.Keys[i].Text, Math.Max(text.Length, folded[i].Length)), keys.Keys[i].Text));
            }
        }

        return found
            .Distinct()
            .OrderBy(f => f.Distance).ThenBy(f => f.CaseDistance).ThenBy(f => f.Text, StringComparer.Ordinal)
            .Select(f => f.Text)
            .Distinct()
            .Take(MaxSuggestions)
            .ToList();
    }

    /// <summary>Each key set's keys in lower case, made once: every unknown key of a compilation is compared with all of them.</summary>
    private static readonly ConditionalWeakTable<DatasetKeys, string[]> Folded = new();

    /// <summary>One edit in a short key, two in a word, three in a long id: more would suggest unrelated keys.</summary>
    public static int AllowedDistance(int length) => length <= 3 ? 1 : length <= 8 ? 2 : 3;

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions, and swaps of two neighbours,
    /// the commonest typo), or <c>limit + 1</c> when it is over <paramref name="limit"/>. Only the band of cells
    /// within <paramref name="limit"/> of the diagonal is computed, and it stops as soon as a whole row is over.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        var over = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return over;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, over);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = Math.Min(i, over);
            current[from - 1] = from == 1 ? current[0] : over;
            var rowMinimum = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (to < b.Length)
            {
                // The next row reads one cell past this band: outside it, everything is over the limit.
                current[to + 1] = over;
            }

            if (rowMinimum > limit)
            {
                return over;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
