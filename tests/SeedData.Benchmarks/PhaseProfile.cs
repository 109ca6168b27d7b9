using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using SeedData.Benchmarks.Infrastructure;
using SeedData.Generator.Diagnostics;
using SeedData.Generator.Extraction;
using SeedData.Generator.Extraction.Text;
using SeedData.Generator.Parsing;
using SeedData.Generator.Pipeline;

namespace SeedData.Benchmarks;

/// <summary>
/// The per-seed step split into its phases (parse, quote scan, tokens, entities, speakers) over the
/// synthesised corpus, averaged over four rounds after two warm-up rounds: where to look when the
/// per-seed benchmark moves. Stopwatch figures, one process: compare phases, not runs. Also the bytes
/// each phase allocates per seed (this thread's allocation counter), since the collector's share grows with them.
/// </summary>
internal static class PhaseProfile
{
    public static void Run(int count)
    {
        var corpus = SeedCorpus.Synthesise(count);
        var texts = corpus.Paths.Select(File.ReadAllText).ToArray();
        var times = new double[5];
        var bytes = new long[5];
        for (var round = 0; round < 6; round++)
        {
            var t = new double[5];
            var b = new long[5];
            foreach (var text in texts)
            {
                var d = new List<DiagnosticInfo>();
                var clock = Stopwatch.StartNew();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var checkedText = ContentCheck.Check("x", "/p/seeds/x.txt", text, d)!;
                var article = SeedParser.Parse("x", "/p/seeds/x.txt", checkedText, d, CancellationToken.None)!;
                t[0] += clock.Elapsed.TotalMilliseconds; Mark(b, 0, ref allocated); clock.Restart();
                var units = new List<SeedData.Generator.Model.SeedText>(article.Units());
                var flags = new bool[units.Count];
                for (var i = 0; i < flags.Length; i++) flags[i] = i > 0;
                var scanned = QuoteScanner.Scan(units, flags, article.FilePath, d, CancellationToken.None);
                t[1] += clock.Elapsed.TotalMilliseconds; Mark(b, 1, ref allocated); clock.Restart();
                var tokenized = new List<UnitTokens>();
                for (var u = 0; u < units.Count; u++)
                {
                    var tokens = Tokenizer.Tokenize(units[u].Text, TokenLists.Rent());
                    tokenized.Add(new UnitTokens(u, units[u].Text, tokens, flags[u], !flags[u] && EntityRecognizer.HasUnreliableCase(tokens)));
                }
                t[2] += clock.Elapsed.TotalMilliseconds; Mark(b, 2, ref allocated); clock.Restart();
                EntityRecognizer.Recognize(tokenized, null, CancellationToken.None);
                t[3] += clock.Elapsed.TotalMilliseconds; Mark(b, 3, ref allocated); clock.Restart();
                QuoteFilter.NotSpeech(tokenized, scanned, out var titles);
                SpeakerResolver.Resolve(tokenized, scanned, titles, CancellationToken.None);
                t[4] += clock.Elapsed.TotalMilliseconds;
                Mark(b, 4, ref allocated);
                TokenLists.Return(tokenized);
            }

            if (round >= 2)
            {
                for (var i = 0; i < 5; i++)
                {
                    times[i] += t[i] / 4;
                    bytes[i] += b[i] / 4;
                }
            }
        }

        // The whole step as the generator runs it (SeedReader: also the content hash, the quote filter and
        // the records), after the phases above warmed it: the gap to their sum is what they leave out.
        var whole = Stopwatch.StartNew();
        for (var round = 0; round < 4; round++)
        {
            foreach (var text in texts)
            {
                SeedReader.Read("x", "/p/seeds/x.txt", text, new List<DiagnosticInfo>(), CancellationToken.None);
            }
        }

        Console.WriteLine($"whole step {whole.Elapsed.TotalMilliseconds / 4:0} ms; the phases below sum to {times.Sum():0} ms");
        Console.WriteLine($"parse {times[0]:0} ms, quotes {times[1]:0} ms, tokens {times[2]:0} ms, entities {times[3]:0} ms, speakers {times[4]:0} ms");
        Console.WriteLine($"allocated per seed: parse {KB(bytes[0])}, quotes {KB(bytes[1])}, tokens {KB(bytes[2])}, entities {KB(bytes[3])}, speakers {KB(bytes[4])}");

        string KB(long total) => $"{total / 1024.0 / count:0.0} KB";
    }

    /// <summary>Adds what this thread allocated since <paramref name="allocated"/> to phase <paramref name="phase"/>.</summary>
    private static void Mark(long[] bytes, int phase, ref long allocated)
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        bytes[phase] += now - allocated;
        allocated = now;
    }
}
