using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedData.Generator.Keys;

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
        var found = new List<(int Distance, int CaseDistance, string Text)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.Keys)
        {
            if (Math.Abs(key.Text.Length - text.Length) > allowed || !seen.Add(key.Text))
            {
                continue;
            }

            var distance = Distance(lower, key.Text.ToLowerInvariant(), allowed);
            if (distance <= allowed)
            {
                found.Add((distance, Distance(text, key.Text, int.MaxValue), key.Text));
            }
        }

        return found
            .OrderBy(f => f.Distance).ThenBy(f => f.CaseDistance).ThenBy(f => f.Text, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(f => f.Text)
            .ToList();
    }

    /// <summary>One edit in a short key, two in a word, three in a long id: more would suggest unrelated keys.</summary>
    public static int AllowedDistance(int length) => length <= 3 ? 1 : length <= 8 ? 2 : 3;

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions, and swaps of two neighbours,
    /// the commonest typo), giving up with <c>limit + 1</c> as soon as every path is over <paramref name="limit"/>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
