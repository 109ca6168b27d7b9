using System;
using System.Collections.Generic;
using System.IO;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Kinds;

/// <summary>
/// The learned part of entity typing: a linear model (multinomial logistic regression, trained by
/// tools/SeedData.Training) that scores a candidate name as no entity or one of the four kinds from
/// its hashed features. It is data inside the generator assembly (embedded resource
/// <c>SeedData.Models.entity-kinds.bin</c>), read once per process.
/// </summary>
/// <remarks>
/// File format (little-endian): the magic "SDKM", format version 1, the number of classes, the number
/// of features n; then n feature hashes in ascending order; then n rows of one float per class. In
/// memory the rows sit in an open-addressed table keyed by the feature hash (linear probing, at most
/// half full), so a look-up is a multiply, a shift and usually one or two comparisons: every candidate
/// name of every seed looks up some forty features, most of which the model does not have.
/// </remarks>
internal sealed class KindModel
{
    /// <summary>Class 0 is "not an entity"; class k + 1 is <see cref="EntityKind"/> k.</summary>
    public const int Classes = 5;

    public const int NoEntity = 0;

    private const int Magic = 0x4D4B4453; // "SDKM"
    private const int Version = 1;

    private static readonly Lazy<KindModel> Shared = new(LoadEmbedded, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The feature hash in each slot, 0 for an empty slot (the feature 0 has the slot past the end).</summary>
    private readonly ulong[] _keys;

    /// <summary><see cref="Classes"/> weights per slot of <see cref="_keys"/>, then those of feature 0.</summary>
    private readonly float[] _weights;

    /// <summary>64 minus the table's size in bits: a feature's first slot is the top bits of a multiplicative hash.</summary>
    private readonly int _shift;

    private bool _hasZero;

    private KindModel(int count)
    {
        var bits = 4;
        while ((1 << bits) < 2 * count)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _weights = new float[(_keys.Length + 1) * Classes];
        _shift = 64 - bits;
        FeatureCount = count;
    }

    /// <summary>The model built into the generator.</summary>
    public static KindModel Instance => Shared.Value;

    public int FeatureCount { get; }

    /// <summary>
    /// What a typing rule's verdict adds to its kind's score beside the model's (a sum of weights that
    /// training writes in these units), by the rule's weight: weak 5, medium 10, strong 30. Strong evidence (a
    /// head word such as "Railway", a title, an apposition) all but decides. Training adds the weak and
    /// medium votes before the model's scores, so the weights learn what those votes leave open, and leaves
    /// the strong ones out, so the model never learns to overrule them (docs/extraction.md measures both).
    /// </summary>
    public static float RuleVote(int weight) => weight switch { 3 => 30, 2 => 10, 1 => 5, _ => 0 };

    public static int ClassOf(EntityKind kind) => (int)kind + 1;

    public static EntityKind KindOf(int modelClass) => (EntityKind)(modelClass - 1);

    /// <summary>Adds the score of each class for these features to <paramref name="scores"/>.</summary>
    public void AddScores(List<ulong> features, float[] scores) => AddScores(features, scores, 0);

    /// <summary>The same, into <paramref name="scores"/> from <paramref name="at"/> on (one of several tallies in one array).</summary>
    public void AddScores(List<ulong> features, float[] scores, int at)
    {
        foreach (var feature in features)
        {
            var slot = Find(feature);
            if (slot >= 0)
            {
                var offset = slot * Classes;
                for (var c = 0; c < Classes; c++)
                {
                    scores[at + c] += _weights[offset + c];
                }
            }
        }
    }

    /// <summary>The slot of <paramref name="feature"/>, or -1 when the model has no weights for it.</summary>
    private int Find(ulong feature)
    {
        if (feature == 0)
        {
            return _hasZero ? _keys.Length : -1;
        }

        var mask = _keys.Length - 1;
        for (var slot = Home(feature); ; slot = (slot + 1) & mask)
        {
            var key = _keys[slot];
            if (key == feature)
            {
                return slot;
            }

            if (key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The slot a feature is looked for first (Fibonacci hashing: sums such as a hash × 31 + a small number spread too).</summary>
    private int Home(ulong feature) => (int)(unchecked(feature * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Gives <paramref name="feature"/> a slot; null when the file names it twice.</summary>
    private int? Place(ulong feature)
    {
        if (feature == 0)
        {
            if (_hasZero)
            {
                return null;
            }

            _hasZero = true;
            return _keys.Length;
        }

        var mask = _keys.Length - 1;
        var slot = Home(feature);
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == feature)
            {
                return null;
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = feature;
        return slot;
    }

    public static KindModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != Classes)
        {
            throw new InvalidDataException("Not a SeedData entity-kind model of format version " + Version + ".");
        }

        var count = reader.ReadInt32();
        if (count < 0 || (stream.CanSeek && count > (stream.Length - stream.Position) / sizeof(ulong)))
        {
            throw new InvalidDataException("The entity-kind model's feature count does not fit its file.");
        }

        var model = new KindModel(count);
        var slots = new int[count];
        for (var i = 0; i < count; i++)
        {
            slots[i] = model.Place(reader.ReadUInt64()) ?? throw new InvalidDataException("The entity-kind model names a feature twice.");
        }

        foreach (var slot in slots)
        {
            for (var c = 0; c < Classes; c++)
            {
                model._weights[slot * Classes + c] = reader.ReadSingle();
            }
        }

        return model;
    }

    /// <summary>Writes the model; the training tool's output, byte-identical for equal weights.</summary>
    public static void Write(Stream stream, IReadOnlyList<(ulong Feature, float[] Weights)> rows)
    {
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Classes);
        writer.Write(rows.Count);
        foreach (var row in rows)
        {
            writer.Write(row.Feature);
        }

        foreach (var row in rows)
        {
            for (var c = 0; c < Classes; c++)
            {
                writer.Write(row.Weights[c]);
            }
        }
    }

    private static KindModel LoadEmbedded()
    {
        using var stream = typeof(KindModel).Assembly.GetManifestResourceStream("SeedData.Models.entity-kinds.bin")
            ?? throw new InvalidOperationException("The generator assembly has no entity-kind model; rebuild it (tools/SeedData.Training).");
        return Read(stream);
    }
}
