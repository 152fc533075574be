using System.Diagnostics;
using System.Globalization;

namespace TargetsDashboard.LoadBench;

/// <summary>
/// The app's RSS (from /proc) every few seconds, and its managed heap from <c>dotnet-counters</c> (a local tool of the
/// repository: <c>dotnet tool restore</c>) when it can be started; prints both over time.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly AppUnderTest _app;
    private readonly List<(double Seconds, long Rss)> _rss = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();

    private readonly Task _loop;
    private readonly Process? _counters;
    private readonly string _countersFile = Path.Combine(Path.GetTempPath(), $"targets-load-counters-{Guid.NewGuid():N}.csv");

    public MemorySampler(AppUnderTest app, TimeSpan interval)
    {
        _app = app;
        _loop = LoopAsync(interval);
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "tool", "run", "dotnet-counters", "collect", "-p", app.ProcessId.ToString(CultureInfo.InvariantCulture), "--refresh-interval", ((int)interval.TotalSeconds).ToString(CultureInfo.InvariantCulture), "--format", "csv", "-o", _countersFile, "--counters", "System.Runtime" })
            {
                start.ArgumentList.Add(argument);
            }

            _counters = Process.Start(start);
            _counters?.StandardOutput.ReadToEndAsync();
            _counters?.StandardError.ReadToEndAsync();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            _counters = null;
        }
    }

    public long PeakRss => _rss.Count == 0 ? 0 : _rss.Max(r => r.Rss);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        if (_counters is { HasExited: false })
        {
            _counters.Kill(entireProcessTree: true);
            await _counters.WaitForExitAsync();
        }

        _counters?.Dispose();
    }

    public void Print(TextWriter output)
    {
        output.WriteLine("memory over time (RSS from /proc; managed heap and GC from dotnet-counters):");
        output.WriteLine(string.Join("  ", _rss.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Seconds:0}s {r.Rss / 1048576.0:0}MB"))));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RSS peak {PeakRss / 1048576.0:0} MiB, at the end {(_rss.Count == 0 ? 0 : _rss[^1].Rss) / 1048576.0:0} MiB"));
        if (!File.Exists(_countersFile))
        {
            output.WriteLine("(dotnet-counters unavailable: run `dotnet tool restore` for the managed heap)");
            return;
        }

        // Columns: Timestamp, Provider, Counter Name, Counter Type, Mean/Increment; a counter per generation is summed.
        var samples = File.ReadLines(_countersFile).Skip(1).Select(l => l.Split(','))
            .Where(p => p.Length >= 5 && double.TryParse(p[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(p => (Time: p[0], Name: p[2].Trim('"'), Value: double.Parse(p[^1], NumberStyles.Float, CultureInfo.InvariantCulture)))
            .ToList();
        var series = new (string Title, string Counter, double Scale)[]
        {
            ("managed heap after the last GC, MiB", "dotnet.gc.last_collection.heap.size", 1048576),
            ("GC committed, MiB", "dotnet.gc.last_collection.memory.committed_size", 1048576),
            ("allocated, MiB per interval", "dotnet.gc.heap.total_allocated", 1048576),
            ("GC pause, s per interval", "dotnet.gc.pause.time", 1),
            ("gen2 collections per interval", "gc.heap.generation=gen2", 1),
        };
        foreach (var (title, counter, scale) in series)
        {
            var values = samples.Where(s => s.Name.StartsWith(counter, StringComparison.Ordinal) || (counter.StartsWith("gc.heap", StringComparison.Ordinal) && s.Name.StartsWith("dotnet.gc.collections", StringComparison.Ordinal) && s.Name.Contains(counter, StringComparison.Ordinal)))
                .GroupBy(s => s.Time).Select(g => g.Sum(s => s.Value) / scale).ToList();
            if (values.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {title,-36} max {values.Max(),8:0.##}: {string.Join(" ", values.Select(v => v.ToString("0.#", CultureInfo.InvariantCulture)))}"));
            }
        }

        File.Delete(_countersFile);
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                _rss.Add((_clock.Elapsed.TotalSeconds, _app.RssBytes()));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
