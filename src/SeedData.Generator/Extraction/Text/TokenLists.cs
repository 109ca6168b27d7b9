using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction.Text;

/// <summary>
/// Token lists that a thread reuses from article to article: an article's tokens live only while it is
/// extracted, and a fresh list per unit made a sixth of what the per-seed step allocated. Per thread, so
/// no lock; a thread keeps at most <see cref="MaxSpareTokens"/> tokens' worth of lists (about 4 MB),
/// and a list returned beyond that is left to the collector.
/// </summary>
internal static class TokenLists
{
    private const int MaxSpareTokens = 1 << 18;

    [ThreadStatic]
    private static Stack<List<Token>>? _spares;

    [ThreadStatic]
    private static int _spareTokens;

    /// <summary>An empty list, reused if the thread has one.</summary>
    public static List<Token> Rent()
    {
        if (_spares is { Count: > 0 } spares)
        {
            var tokens = spares.Pop();
            _spareTokens -= tokens.Capacity;
            return tokens;
        }

        return new List<Token>();
    }

    /// <summary>Clears the units' token lists (no word stays reachable through them) and keeps them for the thread's next article.</summary>
    public static void Return(List<UnitTokens> units)
    {
        var spares = _spares ??= new Stack<List<Token>>();
        foreach (var unit in units)
        {
            var tokens = unit.Tokens;
            if (_spareTokens + tokens.Capacity > MaxSpareTokens)
            {
                return;
            }

            tokens.Clear();
            spares.Push(tokens);
            _spareTokens += tokens.Capacity;
        }
    }
}
