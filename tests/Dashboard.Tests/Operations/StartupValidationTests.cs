using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TargetsDashboard.Reporting;

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

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        // The host may wrap the validation failure (an AggregateException when several validators run): look inside.
        var messages = Flatten(error).ToList();
        Assert.True(messages.Any(m => m.Contains("ConnectionStrings:Dashboard", StringComparison.Ordinal)), string.Join(" | ", messages));
    }

    public static IEnumerable<string> Flatten(Exception error)
    {
        yield return $"{error.GetType().Name}: {error.Message}";
        var inner = error is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(error.InnerException is null ? [] : [error.InnerException]);
        foreach (var message in inner.SelectMany(Flatten))
        {
            yield return message;
        }
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

        var messages = Flatten(Assert.ThrowsAny<Exception>(() => factory.CreateClient())).ToList();

        Assert.True(messages.Any(m => m.Contains("Kpi:Weights:DIGITIZED", StringComparison.Ordinal)), string.Join(" | ", messages));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("60001")]
    public void Start_RebuildWaitOutOfRange_FailsValidationNamingIt(string value)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Kpi:RebuildWaitMilliseconds", value);
            b.UseSetting("Database:MigrateOnStart", "false");
            b.UseSetting("Database:SeedDemoData", "false");
            b.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(Path.GetTempPath(), "never-created.db")}");
        });

        var messages = Flatten(Assert.ThrowsAny<Exception>(() => factory.CreateClient())).ToList();

        Assert.True(messages.Any(m => m.Contains("RebuildWaitMilliseconds", StringComparison.Ordinal)), string.Join(" | ", messages));
    }

    [Theory]
    [InlineData("Reports:MaxConcurrentPrints", "0")]
    [InlineData("Reports:ChromiumPath", " ")]
    public void Start_UnusableReportSetting_FailsValidationNamingIt(string setting, string value)
    {
        // The check the host runs first at start (IStartupValidator), over the app's own registration of the reports:
        // starting a whole WebApplicationFactory host that fails raced its own disposal now and then.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value }).Build();
        using var services = new ServiceCollection()
            .AddReporting(options => configuration.GetSection(ReportOptions.SectionName).Bind(options))
            .BuildServiceProvider();

        var messages = Flatten(Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate())).ToList();

        Assert.True(messages.Any(m => m.Contains(setting, StringComparison.Ordinal)), string.Join(" | ", messages));
    }
}
