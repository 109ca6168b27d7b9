using System;
using System.ComponentModel;

namespace SeedData.Runtime;

/// <summary>The data behind a generated <c>Articles.All</c> and <c>Articles.Find</c>, written by the generator.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ArticleListData
{
    /// <summary>Every article id, as UTF-8, concatenated in corpus order.</summary>
    public abstract ReadOnlySpan<byte> Ids { get; }

    /// <summary>
    /// Per article in corpus order, two integers: where its id starts in <see cref="Ids"/> and its length
    /// in bytes; packed (a count, then the integers, as the runtime's internal PackedReader reads them).
    /// </summary>
    public abstract ReadOnlySpan<byte> IdSpans { get; }

    /// <summary>
    /// Per article in id order (sorted by UTF-8 bytes), three integers: where its id starts in
    /// <see cref="Ids"/>, its length in bytes, and the article's index in corpus order; packed like <see cref="IdSpans"/>.
    /// </summary>
    public abstract ReadOnlySpan<byte> ById { get; }

    /// <summary>
    /// Per article in corpus order, two integers: the index of its generated file among the
    /// <see cref="ArticleSlots"/> the list is given, and its position in that file; packed like <see cref="IdSpans"/>.
    /// </summary>
    public abstract ReadOnlySpan<byte> Places { get; }
}

/// <summary>
/// The articles of a project in corpus order. Reading an item builds that article only: each item is
/// read from the slots of its generated file, as its property reads it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleList : LazyList<Article>
{
    private const int Stride = 3;

    private readonly ArticleListData _data;
    private readonly int[] _idSpans;
    private readonly int[] _byId;
    private readonly ArticleSlots[] _files;
    private readonly int[] _places;

    /// <summary>Creates the list over generated data.</summary>
    /// <param name="data">The ids, their order and where each article is.</param>
    /// <param name="files">The slots of each generated file of article properties, as <see cref="ArticleListData.Places"/> numbers them.</param>
    public ArticleList(ArticleListData data, ArticleSlots[] files)
        : this(data, files, PackedReader.Ints(data.Places))
    {
    }

    private ArticleList(ArticleListData data, ArticleSlots[] files, int[] places)
        : base(places.Length / 2)
    {
        _data = data;
        _idSpans = PackedReader.Ints(data.IdSpans);
        _byId = PackedReader.Ints(data.ById);
        _files = files;
        _places = places;
    }

    /// <summary>The article whose id is <paramref name="id"/>, matched exactly (after NFC normalisation), or <see langword="null"/>.</summary>
    /// <param name="id">The seed's path relative to the seeds folder, without its extension, with <c>/</c> separators (<c>2023/001</c>).</param>
    public Article? Find(string id)
    {
        var byId = _byId;
        var found = Utf8Keys.FindFirst(_data.Ids, byId, byId.Length / Stride, Stride, Nfc(id));
        return found < 0 ? null : this[byId[(found * Stride) + 2]];
    }

    /// <summary>Ids are stored in NFC (the generator normalises them), so that a decomposed and a precomposed é find the same article.</summary>
    private static string Nfc(string id)
    {
        try
        {
            return id.IsNormalized() ? id : id.Normalize();
        }
        catch (ArgumentException)
        {
            // Not normalisable (an unpaired surrogate): no id is like it.
            return id;
        }
        catch (PlatformNotSupportedException)
        {
            return id;
        }
    }

    /// <summary>The id of the article at <paramref name="index"/>, without building the article.</summary>
    /// <param name="index">The article's index in corpus order.</param>
    /// <remarks>Internal: only <see cref="EntityTable"/> needs it (generated code never calls it).</remarks>
    internal string IdAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var spans = _idSpans;
        return Utf8Keys.Decode(_data.Ids, spans[2 * index], spans[(2 * index) + 1]);
    }

    /// <inheritdoc/>
    protected override Article Build(int index) => _files[_places[2 * index]][_places[(2 * index) + 1]];
}
