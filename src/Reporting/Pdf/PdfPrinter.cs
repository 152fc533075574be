using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace TargetsDashboard.Reporting.Pdf;

/// <summary>Page size and orientation of a printed report.</summary>
public enum PageOrientation
{
    Portrait = 0,
    Landscape = 1,
}

/// <summary>
/// Prints report HTML to PDF with headless Chromium (Playwright). One warm browser for the whole app, launched on
/// first use and relaunched if it dies; at most <see cref="ReportOptions.MaxConcurrentPrints"/> pages at a time.
/// Each print gets its own context with JavaScript disabled and no network: the HTML is set as content and
/// every request it might make is aborted.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable, IDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly ReportOptions _options;
    private readonly ILogger<PdfPrinter> _logger;
    private readonly SemaphoreSlim _launchGate = new(1, 1);
    private readonly SemaphoreSlim _slots;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    public PdfPrinter(IOptions<ReportOptions> options, ILogger<PdfPrinter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? NullLogger<PdfPrinter>.Instance;
        _slots = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentPrints));
    }

    /// <summary>
    /// A4 with the margins of Decree 30/2020/NĐ-CP: top and bottom 20 mm, left 30 mm, right 15 mm (in landscape the
    /// binding edge is the top: 30 mm there, 15 mm at the bottom, 20 mm at the sides).
    /// </summary>
    public async Task<byte[]> PrintAsync(string html, PageOrientation orientation = PageOrientation.Portrait, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            await using var context = await NewContextAsync(cancellationToken);
            var page = await context.NewPageAsync();
            return await PrintOnAsync(page, html, orientation, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Prints many documents: <paramref name="workers"/> pages, each kept for the whole batch, take the documents in
    /// turn. A fresh context and page per document costs a renderer process each time, which for a province's 110
    /// reports is most of the time; the documents are ours (encoded text, no script), so one page may print several.
    /// Each print still takes one of the printer's slots, so single downloads keep their turn during a batch.
    /// </summary>
    /// <param name="render">The HTML of document i, built when a page is free for it.</param>
    /// <param name="printed">Receives document i's PDF; called from several workers at once.</param>
    public async Task PrintAllAsync(
        int count,
        Func<int, string> render,
        Func<int, byte[], ValueTask> printed,
        int workers,
        PageOrientation orientation = PageOrientation.Portrait,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(printed);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var next = -1;
        async Task Work()
        {
            await using var context = await NewContextAsync(cancellationToken);
            var page = await context.NewPageAsync();
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var html = render(index);
                byte[] pdf;
                await _slots.WaitAsync(cancellationToken);
                try
                {
                    pdf = await PrintOnAsync(page, html, orientation, cancellationToken);
                }
                finally
                {
                    _slots.Release();
                }

                await printed(index, pdf);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(workers, 1, Math.Max(1, count))).Select(_ => Work()));
    }

    /// <summary>Which browser prints: the channel when one is configured, otherwise the Chromium executable's path.</summary>
    public string BrowserDescription => UsesChannel ? $"channel {_options.BrowserChannel}" : _options.ChromiumPath;

    private bool UsesChannel => !string.IsNullOrWhiteSpace(_options.BrowserChannel);

    /// <summary>
    /// Why no browser can be launched, found without launching one (a missing executable), or null. A channel is
    /// found by Playwright only when it launches.
    /// </summary>
    public string? MissingBrowser() =>
        !UsesChannel && !File.Exists(_options.ChromiumPath)
            ? $"No Chromium at {_options.ChromiumPath}: install it (Debian: apt-get install chromium) or set Reports:ChromiumPath, or Reports:BrowserChannel (e.g. msedge on Windows)."
            : null;

    /// <summary>Launches the browser if it is not running yet (it stays warm for the prints); throws <see cref="PdfPrinterUnavailableException"/>.</summary>
    public async Task EnsureLaunchedAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await GetBrowserAsync(cancellationToken);
    }

    /// <summary>For containers disposed synchronously; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _launchGate.Dispose();
        _slots.Dispose();
    }

    /// <summary>A context with JavaScript disabled, offline, and every request aborted.</summary>
    private async Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Offline = true,
            Locale = Vietnam.Culture.Name,
        });
        await context.RouteAsync("**/*", route => route.AbortAsync());
        return context;
    }

    private static async Task<byte[]> PrintOnAsync(IPage page, string html, PageOrientation orientation, CancellationToken cancellationToken)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        cancellationToken.ThrowIfCancellationRequested();
        var landscape = orientation == PageOrientation.Landscape;
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            Landscape = landscape,
            PrintBackground = true,
            Margin = landscape
                ? new Margin { Top = "30mm", Bottom = "15mm", Left = "20mm", Right = "20mm" }
                : new Margin { Top = "20mm", Bottom = "20mm", Left = "30mm", Right = "15mm" },
        });
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } ready)
        {
            return ready;
        }

        await _launchGate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } again)
            {
                return again;
            }

            if (_browser is not null)
            {
                _logger.LogWarning("The PDF browser was disconnected; launching it again.");
                await _browser.DisposeAsync();
            }

            if (MissingBrowser() is { } missing)
            {
                throw new PdfPrinterUnavailableException(missing);
            }

            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = UsesChannel ? null : _options.ChromiumPath,
                    Channel = UsesChannel ? _options.BrowserChannel : null,
                    Headless = true,
                    Args = ChromiumArgs,
                });
            }
            catch (PlaywrightException e)
            {
                throw new PdfPrinterUnavailableException($"The PDF browser ({BrowserDescription}) could not be launched: {e.Message}", e);
            }

            _logger.LogInformation("PDF browser launched: {Browser}.", BrowserDescription);
            return _browser;
        }
        finally
        {
            _launchGate.Release();
        }
    }
}
