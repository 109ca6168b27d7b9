using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedData.Generator.Extraction;
using SeedData.Generator.Extraction.Kinds;
using SeedData.Generator.Model;

namespace SeedData.Training;

/// <summary>
/// Entity figures on the held-back fold, scored as ../shared/dev/score.py scores articles: per
/// document, the set of distinct (name, kind) pairs, micro-averaged; typed F1 per kind, for Person,
/// Organization and Location together (a name the gold calls Other left out), and names alone.
/// </summary>
/// <summary>Typed F1 over all kinds, over Person/Organization/Location, names alone, and the printed report.</summary>
internal sealed record FoldScore(double AllKinds, double Core, double NamesOnly, string Report)
{
    public override string ToString() => Report;
}

internal static class FoldReport
{
    public static FoldScore Score(IEnumerable<AnnotatedDocument> documents, KindModel? model) => Score(new[] { (documents, model) });

    /// <summary>
    /// Documents scored with the model each was held back from (cross-validation), counted together.
    /// With <paramref name="errors"/>, each document's gold and predicted names are also written there
    /// as <c>gold/ID.json</c> and <c>pred/ID.json</c> in score.py's format, for error analysis.
    /// </summary>
    public static FoldScore Score(IEnumerable<(IEnumerable<AnnotatedDocument> Documents, KindModel? Model)> folds, string? errors = null)
    {
        var kinds = new Dictionary<EntityKind, int[]>();
        int[] core = new int[3], names = new int[3], all = new int[3];
        foreach (var (document, model) in folds.SelectMany(f => f.Documents.Select(d => (d, f.Model))))
        {
            var annotated = CandidateSet.Units(document);
            var gold = new HashSet<(string, EntityKind)>();
            foreach (var unit in annotated)
            {
                foreach (var (start, end, kind) in unit.Names)
                {
                    if (kind is { } k)
                    {
                        gold.Add((Normalize(unit.Text.Substring(start, end - start)), k));
                    }
                }
            }

            var predicted = new HashSet<(string, EntityKind)>();
            foreach (var entity in EntityRecognizer.Recognize(CandidateSet.ToUnits(annotated), null, model, null, CancellationToken.None))
            {
                foreach (var surface in entity.Surfaces)
                {
                    predicted.Add((Normalize(surface), entity.Kind));
                }
            }

            if (errors is not null)
            {
                Write(errors, "gold", document.Id, gold);
                Write(errors, "pred", document.Id, predicted);
            }

            Add(all, gold, predicted);
            Add(names, gold.Select(g => (g.Item1, EntityKind.Person)).ToHashSet(), predicted.Select(p => (p.Item1, EntityKind.Person)).ToHashSet());
            var goldOther = gold.Where(g => g.Item2 == EntityKind.Other).Select(g => g.Item1).ToHashSet();
            Add(core, gold.Where(g => g.Item2 != EntityKind.Other).ToHashSet(), predicted.Where(p => p.Item2 != EntityKind.Other && !goldOther.Contains(p.Item1)).ToHashSet());
            foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Other })
            {
                if (!kinds.TryGetValue(kind, out var counts))
                {
                    kinds.Add(kind, counts = new int[3]);
                }

                Add(counts, gold.Where(g => g.Item2 == kind).ToHashSet(), predicted.Where(p => p.Item2 == kind).ToHashSet());
            }
        }

        var lines = new List<string>
        {
            "typed, all kinds " + F(all),
            "per/org/loc      " + F(core),
            "names only       " + F(names),
        };
        lines.AddRange(kinds.Select(k => "  " + k.Key.ToString().PadRight(14) + F(k.Value)));
        return new FoldScore(F1(all), F1(core), F1(names), string.Join(Environment.NewLine, lines));
    }

    private static void Write(string folder, string set, string id, HashSet<(string Name, EntityKind Kind)> names)
    {
        var path = System.IO.Path.Combine(folder, set);
        System.IO.Directory.CreateDirectory(path);
        var entities = names.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => new { name = n.Name, kind = n.Kind.ToString() });
        System.IO.File.WriteAllText(System.IO.Path.Combine(path, id + ".json"), System.Text.Json.JsonSerializer.Serialize(new { entities }));
    }

    private static double F1(int[] c)
    {
        double p = c[1] == 0 ? 1 : (double)c[0] / c[1], r = c[2] == 0 ? 1 : (double)c[0] / c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void Add(int[] counts, HashSet<(string, EntityKind)> gold, HashSet<(string, EntityKind)> predicted)
    {
        counts[0] += gold.Intersect(predicted).Count();
        counts[1] += predicted.Count;
        counts[2] += gold.Count;
    }

    private static string F(int[] c)
    {
        double p = c[1] == 0 ? 1 : (double)c[0] / c[1], r = c[2] == 0 ? 1 : (double)c[0] / c[2];
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return $"P {p:0.000} R {r:0.000} F1 {f:0.000} (tp {c[0]}, predicted {c[1]}, gold {c[2]})";
    }

    private static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Trim('.', ',', '\'', '"');
}
