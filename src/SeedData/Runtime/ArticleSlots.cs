using System;
using System.ComponentModel;
using System.Reflection;
using System.Text;
using System.Threading;

namespace SeedData.Runtime;

/// <summary>
/// The articles of one generated file of article properties (<c>Articles.B.g.cs</c>): each property is
/// <c>Slots[i]</c>, its position in the file, and the article is built from its embedded seed on first access.
/// Not meant to be used by hand.
/// </summary>
/// <remarks>
/// The layouts come from the <see cref="ArticleLayoutsAttribute"/> on the generated class that holds this
/// object, decoded once for the whole file. A constant index per property, rather than a field and a literal
/// per article, is what keeps each property cheap for the compiler (docs/performance.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleSlots
{
    private readonly Type _holder;
    private readonly Func<string, EntityKind, Entity> _resolve;
    private readonly Article?[] _articles;
    private Layouts? _layouts;

    /// <summary>Creates the slots of one file's articles; nothing is read until an article is.</summary>
    /// <param name="holder">The generated class carrying the file's <see cref="ArticleLayoutsAttribute"/>, in the assembly the seeds are embedded in.</param>
    /// <param name="count">How many articles the file has.</param>
    /// <param name="resolve">Maps an entity name and kind to the corpus-wide entity.</param>
    public ArticleSlots(Type holder, int count, Func<string, EntityKind, Entity> resolve)
    {
        _holder = holder;
        _resolve = resolve;
        _articles = new Article?[count];
    }

    /// <summary>The article at <paramref name="index"/> in the file, built on first access; every caller gets one instance, even when threads race.</summary>
    /// <param name="index">The article's position in the file.</param>
    public Article this[int index] => Volatile.Read(ref _articles[index]) ?? Build(index);

    private Article Build(int index)
    {
        var layouts = Volatile.Read(ref _layouts) ?? LoadLayouts();
        var article = ArticleReader.Read(_holder.Assembly, layouts.Of(index), _resolve);
        return Interlocked.CompareExchange(ref _articles[index], article, null) ?? article;
    }

    private Layouts LoadLayouts()
    {
        var attribute = _holder.GetCustomAttribute<ArticleLayoutsAttribute>()
            ?? throw new InvalidOperationException(_holder.FullName + " has no article layouts: rebuild the project.");
        var layouts = new Layouts(Encoding.UTF8.GetBytes(attribute.Layouts), _articles.Length);
        return Interlocked.CompareExchange(ref _layouts, layouts, null) ?? layouts;
    }

    /// <summary>The file's layouts as UTF-8 bytes, and where each article's starts.</summary>
    private sealed class Layouts
    {
        private readonly byte[] _data;
        private readonly int[] _starts;
        private readonly int[] _lengths;

        public Layouts(byte[] data, int count)
        {
            _data = data;
            _starts = new int[count];
            _lengths = new int[count];
            var reader = new PackedReader(data);
            for (var i = 0; i < count; i++)
            {
                _lengths[i] = reader.Int();
                _starts[i] = reader.Position;
                reader.Skip(_lengths[i]);
            }
        }

        public ReadOnlySpan<byte> Of(int index) => _data.AsSpan(_starts[index], _lengths[index]);
    }
}
