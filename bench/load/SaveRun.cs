using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace TargetsDashboard.LoadBench;

/// <summary>
/// Single-figure saves through the ingestion API while pages are read: the steady state of the overview and the unit
/// page first (one client, nothing else running), then saves spread over the time given, each followed at once by the
/// overview and the unit page (what a user who just saved opens), while readers go through the page mix.
/// </summary>
public sealed class SaveRun(AppUnderTest app, PageClients pages, string unit, string month)
{
    private static readonly string[] Followed = ["/", "/don-vi/{unit}"];

    public async Task RunAsync(int saves, TimeSpan within, int readers)
    {
        using var http = PageClients.NewClient(app.BaseAddress);
        // The steady state of compiled code: the first calls run the JIT's first tier and would flatter the ratio.
        var warming = new Recorder();
        for (var i = 0; i < 150; i++)
        {
            foreach (var route in Followed)
            {
                await pages.GetAsync(http, route, pages.Cookie(0), warming);
            }
        }

        var steady = new Recorder();
        for (var i = 0; i < 60; i++)
        {
            foreach (var route in Followed)
            {
                await pages.GetAsync(http, route, pages.Cookie(0), steady);
            }
        }

        steady.Print(Console.Out, "steady state, one client", 1);

        using var stop = new CancellationTokenSource();
        var reading = new Recorder();
        var readersRun = pages.RunAsync(readers, TimeSpan.FromHours(1), reading, PageClients.Mix, stop.Token);
        var afterSave = new Recorder();
        var saveTimes = new List<double>();
        var failed = 0;
        var random = new Random(15);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < saves; i++)
        {
            var due = within * i / saves;
            if (clock.Elapsed < due)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var denominator = random.Next(50, 500);
            var body = new
            {
                month,
                mode = "replace",
                items = new[] { new { unitCode = unit, indicatorCode = "DIGITIZED", numerator = random.Next(0, denominator + 1), denominator } },
            };
            var save = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/figures") { Content = JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", app.ApiKey);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                failed++;
                Console.WriteLine($"save {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            saveTimes.Add(save.Elapsed.TotalMilliseconds);
            if ((i + 1) % 20 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1} saves at {clock.Elapsed.TotalSeconds:0} s (last took {saveTimes[^1]:0} ms)"));
            }

            foreach (var route in Followed)
            {
                await pages.GetAsync(http, route, pages.Cookie(1), afterSave, "after a save " + route);
            }
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await readersRun;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{saves - failed}/{saves} single-figure saves in {elapsed:0.0} s; save p50 {Recorder.Percentile(saveTimes, 0.5):0} ms, p95 {Recorder.Percentile(saveTimes, 0.95):0} ms"));
        afterSave.Print(Console.Out, "the overview and the unit page right after each save", elapsed);
        foreach (var route in Followed)
        {
            var basis = Recorder.Percentile(steady.TimesOf(route), 0.95);
            var after = afterSave.TimesOf("after a save " + route);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {route}: after a save p95 {Recorder.Percentile(after, 0.95):0.0} ms, max {(after.Count == 0 ? double.NaN : after.Max()):0.0} ms = {Recorder.Percentile(after, 0.95) / basis:0.0}× / {(after.Count == 0 ? double.NaN : after.Max()) / basis:0.0}× the steady p95 ({basis:0.0} ms)"));
        }

        reading.Print(Console.Out, $"{readers} readers during the saves", elapsed);
    }
}
