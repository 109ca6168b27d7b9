using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SharpFuzz;

namespace SeedData.Fuzz;

/// <summary>
/// Modes:
/// <list type="bullet">
/// <item>no argument: the SharpFuzz AFL fork server (run under afl-fuzz by fuzz.sh);</item>
/// <item><c>dict</c>: prints the afl-fuzz dictionary;</item>
/// <item><c>replay FILE|DIR...</c>: runs inputs once each and reports which fail (crash triage, regressions);</item>
/// <item><c>random MINUTES SEED DIR...</c>: a coverage-less mutation loop over the inputs in DIRs, for machines without afl-fuzz.</item>
/// </list>
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "dict")
        {
            Console.Write(Dictionary.ToAflDictionary());
            return 0;
        }

        if (args.Length > 0 && args[0] == "replay")
        {
            return Replay(args.Skip(1));
        }

        if (args.Length > 2 && args[0] == "random")
        {
            return RandomMutation.Run(TimeSpan.FromMinutes(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Skip(3).ToList());
        }

        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Check(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var failed = 0;
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories) : new[] { p }).OrderBy(p => p, StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Check(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failed++;
                Console.WriteLine($"FAIL {file}: {exception.GetType().Name}: {exception.Message}");
                Console.WriteLine(exception.StackTrace);
            }
        }

        Console.WriteLine(failed == 0 ? "all inputs pass" : $"{failed} inputs fail");
        return failed == 0 ? 0 : 1;
    }
}

/// <summary>
/// Mutation fuzzing without coverage feedback: byte flips, deletions, duplications, splices and
/// insertions of tokens that matter to the parser and the emitters. Failing inputs are written to
/// <c>fuzz-crashes/</c>. Deterministic for a given seed, so a run can be repeated.
/// </summary>
internal static class RandomMutation
{
    public static int Run(TimeSpan duration, int seed, IReadOnlyList<string> directories)
    {
        var corpus = directories.SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories)).OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllBytes).Where(b => b.Length < 64 * 1024).ToList();
        if (corpus.Count == 0)
        {
            corpus.Add(Encoding.UTF8.GetBytes("Headline\n\nParagraph.\n"));
        }

        var tokens = Dictionary.Tokens.Select(t => Encoding.UTF8.GetBytes(t)).ToArray();
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        long runs = 0, failures = 0;
        Directory.CreateDirectory("fuzz-crashes");
        while (watch.Elapsed < duration)
        {
            var input = Mutate(random, corpus[random.Next(corpus.Count)], corpus[random.Next(corpus.Count)], tokens);
            runs++;
            try
            {
                FuzzTarget.Check(input);
            }
            catch (Exception exception)
            {
                failures++;
                var name = Path.Combine("fuzz-crashes", $"crash-{seed}-{runs}.txt");
                File.WriteAllBytes(name, input);
                Console.WriteLine($"FAIL {name}: {exception.GetType().Name}: {exception.Message}");
            }

            if (runs % 10_000 == 0)
            {
                Console.WriteLine($"{watch.Elapsed:hh\\:mm\\:ss} {runs} runs, {failures} failures");
            }
        }

        Console.WriteLine($"done: {runs} runs in {watch.Elapsed.TotalMinutes:F1} min, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    private static byte[] Mutate(Random random, byte[] input, byte[] other, byte[][] tokens)
    {
        var bytes = new List<byte>(input);
        var steps = 1 + random.Next(8);
        for (var step = 0; step < steps; step++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), Math.Min(bytes.Count - Math.Min(at, bytes.Count - 1), 1 + random.Next(32)));
                    break;
                case 2 when bytes.Count > 0:
                    var from = random.Next(bytes.Count);
                    var length = Math.Min(bytes.Count - from, 1 + random.Next(64));
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
                case 3 when other.Length > 0:
                    var start = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(start).Take(1 + random.Next(256)));
                    break;
                case 4:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    bytes.InsertRange(at, tokens[random.Next(tokens.Length)]);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
