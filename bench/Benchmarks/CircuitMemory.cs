using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace TargetsDashboard.Benchmarks;

/// <summary>
/// Memory per idle interactive circuit: starts the app as its own process on a copy of the database, opens N
/// pages in Chromium, each its own browser context (so its own circuit), waits until each circuit is up, and
/// divides the growth of the server's memory by N.
/// </summary>
public static class CircuitMemory
{
    public static async Task<int> RunAsync(string appDll, string database, int circuits)
    {
        var folder = Directory.CreateTempSubdirectory("targets-memory-");
        var copy = Path.Combine(folder.FullName, "bench.db");
        File.Copy(database, copy);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        using var app = StartApp(Path.GetFullPath(appDll), copy, baseAddress);
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress };
            await WaitUntilUpAsync(http);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });

            // Every page needs sign-in: sign in once as the Development administrator, on a static page (no circuit),
            // and give each circuit's browser context the same cookie. The admin context also reads the memory figures.
            await using var admin = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "vi-VN" });
            var signIn = await admin.NewPageAsync();
            await signIn.GotoAsync("/dang-nhap?returnUrl=/tai-khoan/doi-mat-khau");
            await signIn.GetByLabel("Tên đăng nhập").FillAsync("quantri");
            await signIn.GetByLabel("Mật khẩu").FillAsync("Demo@2025");
            await signIn.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await signIn.WaitForURLAsync(url => url.Contains("/doi-mat-khau", StringComparison.Ordinal));
            var state = await admin.StorageStateAsync();
            await signIn.CloseAsync();

            // One circuit first and closed again: the JIT, the engine's cache and the first render are not per circuit.
            var warm = await OpenCircuitAsync(browser, baseAddress, state);
            await warm.CloseAsync();
            await Task.Delay(1000);

            var before = await MeasureAsync(admin, app);
            var pages = new List<IBrowserContext>();
            for (var i = 0; i < circuits; i++)
            {
                pages.Add(await OpenCircuitAsync(browser, baseAddress, state));
            }

            // Let the circuits settle (first interactive renders, JS interop calls) before measuring them idle.
            await Task.Delay(3000);
            var after = await MeasureAsync(admin, app);

            var managed = (after.ManagedBytes - before.ManagedBytes) / (double)circuits / 1024 / 1024;
            var rss = (after.RssBytes - before.RssBytes) / (double)circuits / 1024 / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"circuits: {circuits} (each its own browser context, overview page, waited for data-interactive)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap after full GC: {before.ManagedBytes / 1048576.0:0.0} MiB → {after.ManagedBytes / 1048576.0:0.0} MiB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"VmRSS: {before.RssBytes / 1048576.0:0.0} MiB → {after.RssBytes / 1048576.0:0.0} MiB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MEMORY-SUMMARY per circuit: managed {managed:0.00} MiB, RSS {rss:0.00} MiB"));

            foreach (var context in pages)
            {
                await context.CloseAsync();
            }

            return 0;
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            folder.Delete(recursive: true);
        }
    }

    /// <summary>A port no one listens on: other benchmarks may run on the same machine, and must not answer ours.</summary>
    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process StartApp(string appDll, string database, Uri baseAddress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appDll, "--urls", baseAddress.ToString() },
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Development: the only environment where the app answers /_diagnostics/memory (the heap after a full collection).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Dashboard"] = $"Data Source={database}";
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("app: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
            }

            await Task.Delay(100);
        }
    }

    private static async Task<IBrowserContext> OpenCircuitAsync(IBrowser browser, Uri baseAddress, string storageState)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "vi-VN", StorageState = storageState });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        // The layout sets this after its first interactive render: the circuit is up.
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return context;
    }

    private static async Task<(long ManagedBytes, long RssBytes)> MeasureAsync(IBrowserContext signedIn, Process app)
    {
        var response = await signedIn.APIRequest.GetAsync("/_diagnostics/memory");
        // The endpoint answers in web casing (managedBytes); Playwright's reader is case-sensitive.
        var figures = System.Text.Json.JsonSerializer.Deserialize<MemoryFigures>(await response.TextAsync(), System.Text.Json.JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"No memory figures ({response.Status}).");
        return (figures.ManagedBytes, RssOf(app.Id));
    }

    /// <summary>VmRSS from /proc, in bytes: what the operating system gives the process.</summary>
    private static long RssOf(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private sealed record MemoryFigures(long ManagedBytes, long WorkingSetBytes);
}
