using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedData.Generator.Extraction.Kinds;
using Xunit;

namespace SeedData.Tests.Extraction;

/// <summary>
/// The kind model's in-memory table (open addressing on the feature hash): every feature of the file
/// is found with its own row, whatever its hash (0 included, and hashes that share their first slot),
/// and features the file lacks add nothing.
/// </summary>
public class KindModelTableTests
{
    [Fact]
    public void Every_feature_finds_its_own_row_and_absent_features_add_nothing()
    {
        var random = new Random(11);
        var features = new SortedSet<ulong> { 0, 1, ulong.MaxValue };
        while (features.Count < 3000)
        {
            // Half random, half with only the top 20 bits set (all alike below them).
            features.Add(features.Count % 2 == 0 ? (ulong)random.NextInt64() : (ulong)random.Next(1, 1 << 20) << 44);
        }

        var rows = features.Select((f, i) => (f, new[] { i, -i, i * 0.5f, 1f, (float)(f % 7) })).ToList();
        using var stream = new MemoryStream();
        KindModel.Write(stream, rows);
        var model = KindModel.Read(new MemoryStream(stream.ToArray()));

        Assert.Equal(rows.Count, model.FeatureCount);
        foreach (var (feature, weights) in rows)
        {
            var scores = new float[KindModel.Classes];
            model.AddScores(new List<ulong> { feature }, scores);
            Assert.Equal(weights, scores);
        }

        var absent = new List<ulong>();
        while (absent.Count < 1000)
        {
            var feature = (ulong)random.NextInt64();
            if (!features.Contains(feature))
            {
                absent.Add(feature);
            }
        }

        var none = new float[KindModel.Classes];
        model.AddScores(absent, none);
        Assert.All(none, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void A_file_that_names_a_feature_twice_is_refused()
    {
        var rows = new List<(ulong, float[])> { (5UL, new float[KindModel.Classes]), (5UL, new float[KindModel.Classes]) };
        using var stream = new MemoryStream();
        KindModel.Write(stream, rows);
        Assert.Throws<InvalidDataException>(() => KindModel.Read(new MemoryStream(stream.ToArray())));
    }
}
