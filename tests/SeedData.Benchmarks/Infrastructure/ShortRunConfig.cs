using System;
using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SeedData.Benchmarks.Infrastructure;

/// <summary>
/// Few iterations, in process: the machine these run on is small and shared, and the figures that
/// matter are ratios of things measured side by side in one run (Baseline = true), which survive noise
/// far better than absolute times. In process also saves building a separate benchmark project per run.
/// </summary>
public class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
        : this(warmups: 2, iterations: 8)
    {
    }

    protected ShortRunConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            // The in-process default timeout (5 minutes per benchmark) stops the 10,000-seed cold run on a busy machine.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new AllocatedPerSeedMegabyteColumn());
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}

/// <summary>For operations of seconds (10,000 seeds): one warm-up, three measured runs.</summary>
public class LongOperationConfig : ShortRunConfig
{
    public LongOperationConfig()
        : base(warmups: 1, iterations: 3)
    {
    }
}

/// <summary>
/// Seed bytes per benchmark case, recorded by each GlobalSetup (in process, so the column sees them).
/// Setups pass typeof(their class): the in-process toolchain runs a class emitted from it, so GetType() differs.
/// </summary>
public static class SeedBytes
{
    private static readonly ConcurrentDictionary<string, long> Bytes = new();

    public static void Record(Type benchmark, object? parameter, long bytes) => Bytes[Key(benchmark, parameter)] = bytes;

    public static long? Of(BenchmarkCase benchmarkCase)
    {
        var parameter = benchmarkCase.Parameters.Count > 0 ? benchmarkCase.Parameters[0].Value : null;
        return Bytes.TryGetValue(Key(benchmarkCase.Descriptor.Type, parameter), out var bytes) ? bytes : null;
    }

    private static string Key(Type benchmark, object? parameter) => benchmark.FullName + "/" + parameter;
}

/// <summary>Allocated bytes per operation divided by the megabytes of seed text the operation reads.</summary>
public sealed class AllocatedPerSeedMegabyteColumn : IColumn
{
    public string Id => nameof(AllocatedPerSeedMegabyteColumn);

    public string ColumnName => "Alloc/seed MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Allocated bytes per operation divided by the MB (10^6 bytes) of seed text it reads, in MB";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var seedBytes = SeedBytes.Of(benchmarkCase);
        var report = summary[benchmarkCase];
        if (seedBytes is not > 0 || report is null)
        {
            return "-";
        }

        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is null ? "-" : (allocated.Value / (double)seedBytes.Value).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
    }
}
