using System.Collections.Concurrent;
using System.Globalization;

namespace TargetsDashboard.LoadBench;

/// <summary>Response times per route and errors, recorded by many clients at once.</summary>
public sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public void Add(string route, double milliseconds) => _times.GetOrAdd(route, _ => []).Add(milliseconds);

    public void Error(string route, string what) => _errors.AddOrUpdate($"{route}: {what}", 1, (_, n) => n + 1);

    public int Requests => _times.Values.Sum(t => t.Count);

    public int Errors => _errors.Values.Sum();

    public IReadOnlyList<double> TimesOf(string route) => _times.TryGetValue(route, out var times) ? [.. times] : [];

    public static double Percentile(IReadOnlyList<double> values, double share)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Round(share * (sorted.Count - 1)))];
    }

    public void Print(TextWriter output, string title, double seconds)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {Requests} requests in {seconds:0} s = {Requests / seconds:0.0} req/s, {Errors} errors"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"route",-48} {"n",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}"));
        var all = _times.Values.SelectMany(t => t).ToList();
        foreach (var (route, times) in _times.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, (IReadOnlyList<double>)[.. t.Value])).Append(("(all)", all)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {route,-48} {times.Count,7} {Percentile(times, 0.5),8:0.0} {Percentile(times, 0.95),8:0.0} {Percentile(times, 0.99),8:0.0}"));
        }

        foreach (var (what, count) in _errors.OrderByDescending(e => e.Value).Take(10))
        {
            output.WriteLine($"  error ×{count}: {what}");
        }
    }
}
