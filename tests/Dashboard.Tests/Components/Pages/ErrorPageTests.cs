using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>An unexpected failure in Production: a Vietnamese page with a request id, and the same id in the log.</summary>
public sealed partial class ErrorPageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-error-page", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task UnhandledError_Production_ShowsAVietnamesePageWithTheRequestIdTheLogCarries()
    {
        Directory.CreateDirectory(_folder);
        var logs = new LogSink();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Province:Name", "Hưng Yên");
            b.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_folder, "error.db")};Pooling=False");
            b.UseSetting("Database:SeedDemoData", "false");
            b.UseSetting("Accounts:InitialAdminUserName", "quantri-tinh");
            b.UseSetting("Accounts:InitialAdminPassword", "Khoi@Tao2025");
            b.ConfigureLogging(l => l.AddProvider(logs));
            b.ConfigureServices(s => s.AddTransient<IStartupFilter, FailingRoute>());
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        // Signed in: an anonymous request would be sent to the sign-in page before it reached the failing code.
        await DashboardFactory.SignInAsync(client, "quantri-tinh", "Khoi@Tao2025");

        using var response = await client.GetAsync(new Uri(FailingRoute.Path, UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã xảy ra lỗi", page, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingRoute.Secret, page, StringComparison.Ordinal);
        var requestId = RequestIdCode().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(requestId), page);
        Assert.Contains(logs.Messages, m => m.Contains(requestId, StringComparison.Ordinal) && m.Contains(FailingRoute.Path, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex("<strong>Mã yêu cầu:</strong> <code>([^<]+)</code>")]
    private static partial Regex RequestIdCode();

    /// <summary>A route that fails after the app's error handling is in place, as a bug in a page would.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public const string Path = "/thu-loi";
        public const string Secret = "chi-tiet-noi-bo";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == Path ? throw new InvalidOperationException(Secret) : following(context));
        };
    }

    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentBag<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogSink sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    sink.Messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
