using Microsoft.Playwright;

namespace TargetsDashboard.LoadBench;

/// <summary>
/// Interactive circuits held open in Chromium through a load run (each its own browser context); at the end each
/// navigates inside the app, which only a live circuit can answer (the title changes when the server renders).
/// </summary>
public sealed class Circuits : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IPage> _pages = [];

    private Circuits(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Circuits> OpenAsync(Uri baseAddress, string cookieHeader, int count)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var circuits = new Circuits(playwright, browser);
        var cookies = cookieHeader.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2))
            .Select(p => new Cookie { Name = p[0], Value = p[1], Domain = baseAddress.Host, Path = "/" })
            .ToList();
        for (var i = 0; i < count; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "vi-VN" });
            await context.AddCookiesAsync(cookies);
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            await page.GotoAsync("/");
            try
            {
                await page.Locator("[data-interactive=true]").WaitForAsync();
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"Circuit {i + 1} did not start; the browser shows {page.Url}.");
            }

            circuits._pages.Add(page);
        }

        return circuits;
    }

    /// <summary>How many circuits answered a navigation within the timeout.</summary>
    public async Task<int> CountRespondingAsync(TimeSpan timeout)
    {
        var answered = 0;
        foreach (var page in _pages)
        {
            try
            {
                var title = await page.TitleAsync();
                await page.EvaluateAsync("() => Blazor.navigateTo('/xep-hang')");
                await page.WaitForFunctionAsync("t => document.title !== t", title, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds });
                answered++;
            }
            catch (PlaywrightException exception)
            {
                Console.WriteLine($"circuit did not answer: {exception.Message.Split('\n')[0]}");
            }
        }

        return answered;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
