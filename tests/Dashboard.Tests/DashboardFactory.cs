using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The whole app over a fresh SQLite file seeded with demo figures ending October 2025.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-web-tests", Guid.NewGuid().ToString("N"));

    public const string LatestMonthToken = "2025-10";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(_folder, "web.db")};Pooling=False");
        builder.UseSetting("Database:DemoEndMonth", LatestMonthToken);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
