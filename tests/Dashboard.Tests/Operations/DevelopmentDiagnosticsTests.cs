using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TargetsDashboard.Dashboard.Tests;

public class DevelopmentDiagnosticsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task MemoryEndpoint_Development_ReturnsHeapAfterCollection()
    {
        using var client = await factory.SignedInClientAsync("quantri");

        var figures = await client.GetFromJsonAsync<MemoryFigures>(new Uri(DevelopmentDiagnostics.MemoryPath, UriKind.Relative));

        Assert.NotNull(figures);
        Assert.True(figures.ManagedBytes > 0);
        Assert.True(figures.WorkingSetBytes >= figures.ManagedBytes);
    }

    [Fact]
    public async Task MemoryEndpoint_Production_IsNotMapped()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Province:Name", "Hưng Yên");

            // A database of its own: the first administrator is created only where none exists yet.
            builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(Path.GetTempPath(), $"targets-prod-{Guid.NewGuid():N}.db")};Pooling=False");
            builder.UseSetting("Accounts:InitialAdminUserName", "admin.tinh");
            builder.UseSetting("Accounts:InitialAdminPassword", "Khoi@Tao2026");
        });
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await DashboardFactory.SignInAsync(client, "admin.tinh", "Khoi@Tao2026");

        var response = await client.GetAsync(new Uri(DevelopmentDiagnostics.MemoryPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
