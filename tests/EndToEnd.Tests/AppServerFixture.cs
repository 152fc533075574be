using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TargetsDashboard.EndToEnd.Tests;

/// <summary>
/// The real app on Kestrel (loopback, a free port) over a fresh SQLite file with demo figures ending October 2025,
/// and Debian's Chromium driven by Playwright. One per test class.
/// </summary>
public sealed class AppServerFixture : IAsyncLifetime
{
    public const string LatestMonthToken = "2025-10";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-e2e", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root, kept by CI as test artefacts.</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_folder, "e2e.db")};Pooling=False");
            builder.UseSetting("Database:DemoEndMonth", LatestMonthToken);
            // Tests read what they just changed: a full reload of the figures is waited for, however slow the machine.
            builder.UseSetting("Kpi:RebuildWaitMilliseconds", "60000");
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        // The suite's other test projects run at the same time on two cores: a circuit can take a few seconds to
        // answer, and Expect's own 5 s default made busy runs fail on timing alone.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// A new page at desktop size (or the given size), with Vietnamese locale, signed in through the sign-in form as
    /// <paramref name="userName"/> (a demo account; office staff by default), or anonymous when null.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1400, int height = 1000, string? userName = "vanphong")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        if (userName is not null)
        {
            await SignInAsync(page, userName);
        }

        return page;
    }

    public static async Task SignInAsync(IPage page, string userName, string password = Dashboard.Security.AccountSeeder.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal));
    }

    /// <summary>Waits until the Blazor circuit is connected, so that clicks reach the server.</summary>
    public static async Task WaitForInteractivityAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        // Transitions finished: a button enabled a moment ago would otherwise be caught half-way, still grey.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string FindScreenshotFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TargetsDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
    }
}
