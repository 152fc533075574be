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
        await _stop.CancelAsync();
        await _loop;
        if (_counters is { HasExited: false })
        {
            _counters.Kill(entireProcessTree: true);
            await _counters.WaitForExitAsync();
        }

        _counters?.Dispose();
        _stop.Dispose();
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

        // Columns: Timestamp, Provider, Counter Name, Counter Type, Mean/Increment.
        var wanted = new[] { "heap", "working", "gen", "time in gc", "pause", "allocat", "committed", "fragment" };
        var rows = File.ReadLines(_countersFile).Skip(1).Select(l => l.Split(','))
            .Where(p => p.Length >= 5 && wanted.Any(w => p[2].Contains(w, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(p => p[2]);
        foreach (var counter in rows)
        {
            var values = counter.Select(p => double.TryParse(p[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
            var step = Math.Max(1, values.Count / 12);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {counter.Key.Trim('"'),-60} max {values.Max():0.##}  over time: {string.Join(" ", values.Where((_, i) => i % step == 0).Select(v => v.ToString("0.#", CultureInfo.InvariantCulture)))}"));
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
