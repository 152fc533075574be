using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace TargetsDashboard.LoadBench;

/// <summary>Signed-in HTTP clients reading the page mix without think time, as many browsers refreshing would.</summary>
public sealed class PageClients(AppUnderTest app, IReadOnlyList<string> cookies, string unit, string month)
{
    /// <summary>The page mix of issue #15: overview, a quarter view, an indicator page, rankings, a unit page, the unit's workbook.</summary>
    public static readonly string[] Mix = ["/", "/?ky={quarter}", "/chi-tieu/DIGITIZED", "/xep-hang", "/don-vi/{unit}", "/bao-cao/don-vi/{unit}/{month}.xlsx"];

    public string Cookie(int session) => cookies[session % cookies.Count];

    public string Url(string route)
    {
        var m = int.Parse(month[5..], CultureInfo.InvariantCulture);
        var year = int.Parse(month[..4], CultureInfo.InvariantCulture);
        // The last whole quarter before the month.
        var quarter = m <= 3 ? $"{year - 1}-Q4" : $"{year}-Q{(m - 1) / 3}";
        return route.Replace("{quarter}", quarter, StringComparison.Ordinal).Replace("{unit}", unit, StringComparison.Ordinal).Replace("{month}", month, StringComparison.Ordinal);
    }

    public static HttpClient NewClient(Uri baseAddress) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 1,
        PooledConnectionLifetime = TimeSpan.FromMinutes(30),
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>One request: the whole body read, the time recorded under the route; anything but 200 is an error.</summary>
    public async Task<double?> GetAsync(HttpClient http, string route, string cookie, Recorder recorder, string? name = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Url(route));
            request.Headers.Add("Cookie", cookie);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                recorder.Error(name ?? route, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            recorder.Add(name ?? route, elapsed);
            return elapsed;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            recorder.Error(name ?? route, exception.GetType().Name);
            return null;
        }
    }

    /// <summary>Every route a few times, so that JIT and first builds are not measured.</summary>
    public async Task WarmUpAsync()
    {
        using var http = NewClient(app.BaseAddress);
        var ignored = new Recorder();
        for (var i = 0; i < 3; i++)
        {
            foreach (var route in Mix)
            {
                await GetAsync(http, route, Cookie(0), ignored);
            }
        }

        if (ignored.Errors > 0)
        {
            ignored.Print(Console.Out, "warm-up errors", 1);
        }
    }

    /// <summary><paramref name="clients"/> clients, each cycling through <paramref name="routes"/> from its own start, until the time is up.</summary>
    public async Task RunAsync(int clients, TimeSpan duration, Recorder recorder, IReadOnlyList<string> routes, CancellationToken stop = default)
    {
        var end = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(async client =>
        {
            using var http = NewClient(app.BaseAddress);
            var cookie = Cookie(client);
            for (var i = client; end.Elapsed < duration && !stop.IsCancellationRequested; i++)
            {
                await GetAsync(http, routes[i % routes.Count], cookie, recorder);
            }
        });
        await Task.WhenAll(tasks);
    }
}
