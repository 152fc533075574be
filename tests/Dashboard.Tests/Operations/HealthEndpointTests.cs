using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TargetsDashboard.Dashboard.Operations;
using TargetsDashboard.Data;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>/healthz and /healthz/ready, and PDF downloads on a server without a browser.</summary>
public class HealthEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Alive_Anonymous_AnswersHealthyWithoutData()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_Anonymous_ReportsDatabaseAndPdfWithoutSecrets()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("checks").TryGetProperty("pdf", out _), body);
        Assert.DoesNotContain("Data Source", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseCheck_UnmigratedDatabase_IsUnhealthyAndSaysToMigrate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"targets-unmigrated-{Guid.NewGuid():N}.db");

        // An existing database without the schema: an empty file is one for SQLite.
        await File.WriteAllBytesAsync(file, []);
        try
        {
            var options = new DbContextOptionsBuilder<TargetsDbContext>();
            DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", Path.GetTempPath(), ".");
            var check = new DatabaseHealthCheck(new PooledDbContextFactory<TargetsDbContext>(options.Options));

            var result = await check.CheckHealthAsync(new HealthCheckContext());

            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Contains("'migrate'", result.Description, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task PdfDownload_NoChromium_Answers503WithAVietnamesePageOfferingExcel()
    {
        using var withoutBrowser = factory.WithWebHostBuilder(b => b.UseSetting("Reports:ChromiumPath", "/nonexistent/chromium"));
        using var client = withoutBrowser.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await DashboardFactory.SignInAsync(client, DashboardFactory.Office, Security.AccountSeeder.DemoPassword);

        using var pdf = await client.GetAsync(new Uri("/bao-cao/don-vi/so-tu-phap/2025-10.pdf", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync());
        using var xlsx = await client.GetAsync(new Uri("/bao-cao/don-vi/so-tu-phap/2025-10.xlsx", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("text/html", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Báo cáo Excel vẫn tải được", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/don-vi/so-tu-phap/2025-10.xlsx\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("\"pdf\":{\"status\":\"Degraded\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
