using System;
using System.Collections.Generic;

namespace SeedData.Generator.Extraction;

/// <summary>
/// One value per token of every unit of an article, kept in one flat array that the thread reuses from
/// article to article: the speaker resolver needs six such tables per article, and allocating one
/// array per unit for each made most of what it allocated. Rented for one article and returned cleared
/// (so no mention of a finished article stays reachable); per thread, so no lock. A thread keeps up to
/// <see cref="MaxSpares"/> grids of each type (the resolver rents three of <c>bool</c>); beyond that a rent
/// makes a fresh one.
/// </summary>
internal sealed class TokenGrid<T>
{
    private const int MaxSpares = 4;

    [ThreadStatic]
    private static TokenGrid<T>?[]? _spares;

    [ThreadStatic]
    private static int _spareCount;

    private T[] _cells = Array.Empty<T>();
    private int[] _unitStart = Array.Empty<int>();
    private int _used;

    /// <summary>A cleared grid shaped to the units' token counts.</summary>
    public static TokenGrid<T> Rent(List<UnitTokens> units)
    {
        TokenGrid<T> grid;
        if (_spareCount > 0)
        {
            grid = _spares![--_spareCount]!;
            _spares[_spareCount] = null;
        }
        else
        {
            grid = new TokenGrid<T>();
        }

        if (grid._unitStart.Length < units.Count + 1)
        {
            grid._unitStart = new int[Math.Max(units.Count + 1, grid._unitStart.Length * 2)];
        }

        var total = 0;
        for (var u = 0; u < units.Count; u++)
        {
            grid._unitStart[u] = total;
            total += units[u].Tokens.Count;
        }

        grid._unitStart[units.Count] = total;
        if (grid._cells.Length < total)
        {
            grid._cells = new T[Math.Max(total, grid._cells.Length * 2)];
        }

        grid._used = total;
        return grid;
    }

    /// <summary>The value at a unit's token.</summary>
    public ref T this[int unit, int token] => ref _cells[_unitStart[unit] + token];

    /// <summary>
    /// The cells, for a loop over every token: cell <see cref="RowStart"/>(unit) + token. Grids rented for
    /// the same units share their row starts, so one offset serves them all.
    /// </summary>
    public T[] Cells => _cells;

    /// <summary>The cell of the unit's first token.</summary>
    public int RowStart(int unit) => _unitStart[unit];

    /// <summary>How many tokens the unit has.</summary>
    public int Count(int unit) => _unitStart[unit + 1] - _unitStart[unit];

    /// <summary>Clears the grid and keeps it for the thread's next article.</summary>
    public void Return()
    {
        Array.Clear(_cells, 0, _used);
        _used = 0;
        _spares ??= new TokenGrid<T>?[MaxSpares];
        if (_spareCount < MaxSpares)
        {
            _spares[_spareCount++] = this;
        }
    }
}
