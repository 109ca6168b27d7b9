using System;
using System.Linq;
using BenchmarkDotNet.Running;
using SeedData.Benchmarks;
using SeedData.Corpus;

// dotnet run -c Release --project tests/SeedData.Benchmarks -- --filter '*'   every benchmark, after the size table
// ... -- sizes 100 1000 10000                                              generated C# per seed byte, and the laziness check
// ... -- scale [--before <checkout>] 1000 10000                            full Release builds against an EmbeddedResource app (and another SeedData checkout), then runs them
// ... -- synth 10000 <folder>                                              just write the seeds
// ... -- strings 1000 10000                                               the user-string heap the generated code needs (CS8103)
// ... -- compile 1000                                                     where a consumer's compile time goes
// ... -- shape 1000 [variant...]                                          what edits of the generated code would save the compiler (parse, bind, emit)
// ... -- generated 100 <folder>                                            write the generated C# for N seeds, to read it
// ... -- firstrun                                                          the first seed in a fresh process (knowledge and model loads)
// ... -- coldrun [1000] [parts]                                            the whole generator's first run in a fresh process against the same run again; parts: per-seed step and after it apart
// ... -- keys 1000                                                        checking and completing Find("…") keys: analyzer and completion cost
// ... -- editorconfig <file>...                                           what the compiler spends on generated editorconfig files (parse, match every seed)
// ... -- afterstep [1000 [40]]                                             after the per-seed step ÷ read + split, per round, and where it goes (index, entity table, each emitter); seeds, rounds
// ... -- phases [1000]                                                     where the per-seed step's time goes (parse, quotes, tokens, entities, speakers), 1,000 seeds by default
switch (args.FirstOrDefault())
{
    case "sizes":
        Sizes.Run(Counts(args, 100, 1_000, 10_000));
        Sizes.CheckLaziness(100);
        return 0;
    case "scale":
        ScaleRun.Run(args.Skip(1).ToArray());
        return 0;
    case "synth":
        var bytes = CorpusSynthesizer.WriteTo(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"{bytes:N0} bytes written to {args[2]}");
        return 0;
    case "strings":
        foreach (var count in Counts(args, 1_000, 10_000))
        {
            Sizes.UserStrings(count);
        }

        return 0;
    case "compile":
        CompileProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case "shape":
        ShapeProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Skip(2).ToList());
        return 0;
    case "generated":
        Sizes.WriteGenerated(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
        return 0;
    case "keys":
        KeysCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
        return 0;
    case "editorconfig":
        EditorConfigCost.Run(args.Skip(1).ToList());
        return 0;
    case "afterstep":
        AfterStepProfile.Run(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
        return 0;
    case "phases":
        PhaseProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
        return 0;
    case "firstrun":
        FirstRun.Run();
        return 0;
    case "coldrun":
        ColdRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000, args.Contains("parts"));
        return 0;
    default:
        Sizes.Run(100, 1_000);
        BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
        return 0;
}

static int[] Counts(string[] args, params int[] defaults) =>
    args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : defaults;
