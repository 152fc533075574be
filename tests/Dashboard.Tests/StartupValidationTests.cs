using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Tests;

public class StartupValidationTests
{
    [Fact]
    public void Start_SqlServerWithoutConnectionString_FailsWithAMessageNamingTheSetting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "SqlServer");
            b.UseSetting("ConnectionStrings:Dashboard", string.Empty);
        });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:Dashboard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_NegativeIndicatorWeight_FailsValidation()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Kpi:Weights:DIGITIZED", "-1");
            b.UseSetting("Database:MigrateOnStart", "false");
            b.UseSetting("Database:SeedDemoData", "false");
            b.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(Path.GetTempPath(), "never-created.db")}");
        });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Kpi:Weights:DIGITIZED", error.Message, StringComparison.Ordinal);
    }
}
