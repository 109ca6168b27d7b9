using System;
using System.Diagnostics;

namespace SeedData.Tool.Pipeline;

/// <summary>
/// "Reading seeds 1200/10000" on the standard error while seeds are read, when it is a terminal and the
/// run is long enough to be worth it; redirected output stays plain (nothing is written).
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDrawn = -1;
    private bool _drawn;

    private ProgressReporter(bool enabled) => _enabled = enabled;

    public static ProgressReporter Start() => new(!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null);

    public void Report(int done, int total)
    {
        if (!_enabled || _clock.ElapsedMilliseconds < 500)
        {
            return;
        }

        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (done < total && now - _lastDrawn < 100)
            {
                return;
            }

            _lastDrawn = now;
            _drawn = true;
            Console.Error.Write("\rReading seeds " + done + "/" + total + " (" + (100L * done / Math.Max(1, total)) + "%)   ");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                Console.Error.Write("\r" + new string(' ', 60) + "\r");
                _drawn = false;
            }
        }
    }
}
