using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace SeedData.Runtime;

/// <summary>
/// Builds each item on first access so that reading one article of <c>Articles.All</c> never
/// materialises the others.
/// </summary>
internal sealed class LazyList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;
    private readonly Func<int, T> _factory;

    public LazyList(int count, Func<int, T> factory)
    {
        _items = new T?[count];
        _factory = factory;
    }

    public int Count => _items.Length;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_items.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // The factories return the one cached instance per item, so a race publishes the same object.
            return Volatile.Read(ref _items[index]) ?? (_items[index] = _factory(index));
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
