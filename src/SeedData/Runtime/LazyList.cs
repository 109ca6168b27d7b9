using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace SeedData.Runtime;

/// <summary>
/// A read-only list whose items are built on first access, one instance each: reading one article of
/// <c>Articles.All</c> or one entity of <c>Entities.All</c> never builds the others.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class LazyList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;

    /// <summary>Creates a list of <paramref name="count"/> items, none built yet.</summary>
    /// <param name="count">The number of items.</param>
    protected LazyList(int count) => _items = new T?[count];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_items.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // One instance per item, even when two threads race: speakers and entities are compared by reference too.
            return Volatile.Read(ref _items[index]) ?? Interlocked.CompareExchange(ref _items[index], Build(index), null) ?? _items[index]!;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Builds item <paramref name="index"/>; called once per item that is read (more only in a race, whose loser is dropped).</summary>
    /// <param name="index">The item's index.</param>
    protected abstract T Build(int index);
}
