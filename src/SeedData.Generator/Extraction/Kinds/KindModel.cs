using System;
using System.Collections.Generic;
using System.IO;
using SeedData.Generator.Model;

namespace SeedData.Generator.Extraction.Kinds;

/// <summary>
/// The learned part of entity typing: a linear model (averaged perceptron, trained by
/// tools/SeedData.Training) that scores a candidate name as no entity or one of the four kinds from
/// its hashed features. It is data inside the generator assembly (embedded resource
/// <c>SeedData.Models.entity-kinds.bin</c>), read once per process.
/// </summary>
/// <remarks>
/// File format (little-endian): the magic "SDKM", format version 1, the number of classes, the number
/// of features n; then n feature hashes in ascending order; then n rows of one float per class.
/// </remarks>
internal sealed class KindModel
{
    /// <summary>Class 0 is "not an entity"; class k + 1 is <see cref="EntityKind"/> k.</summary>
    public const int Classes = 5;

    public const int NoEntity = 0;

    private const int Magic = 0x4D4B4453; // "SDKM"
    private const int Version = 1;

    private static readonly Lazy<KindModel> Shared = new(LoadEmbedded, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    public KindModel(Dictionary<ulong, int> rows, float[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    /// <summary>The model built into the generator.</summary>
    public static KindModel Instance => Shared.Value;

    public int FeatureCount => _rows.Count;

    /// <summary>
    /// What a typing rule's verdict adds to its kind's score beside the model's (a sum of perceptron
    /// weights, mostly within ±20), by the rule's weight: weak 5, medium 10, strong 30. Strong evidence (a
    /// head word such as "Railway", a title, an apposition) all but decides. Training adds the weak and
    /// medium votes before the model's scores, so the weights learn what those votes leave open, and leaves
    /// the strong ones out, so the model never learns to overrule them (docs/extraction.md measures both).
    /// </summary>
    public static float RuleVote(int weight) => weight switch { 3 => 30, 2 => 10, 1 => 5, _ => 0 };

    public static int ClassOf(EntityKind kind) => (int)kind + 1;

    public static EntityKind KindOf(int modelClass) => (EntityKind)(modelClass - 1);

    /// <summary>Adds the score of each class for these features to <paramref name="scores"/>.</summary>
    public void AddScores(List<ulong> features, float[] scores)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var offset = row * Classes;
                for (var c = 0; c < Classes; c++)
                {
                    scores[c] += _weights[offset + c];
                }
            }
        }
    }

    public static KindModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != Classes)
        {
            throw new InvalidDataException("Not a SeedData entity-kind model of format version " + Version + ".");
        }

        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add(reader.ReadUInt64(), i);
        }

        var weights = new float[count * Classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        return new KindModel(rows, weights);
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
