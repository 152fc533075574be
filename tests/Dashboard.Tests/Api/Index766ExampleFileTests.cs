using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The example file the README shows for 766 figures stays one the import accepts as it is.</summary>
public class Index766ExampleFileTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task ReadmeExample_ReadAndPreviewed_HasNoIssueAndStoresTheRateOverTenThousand()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "examples", "chi-so-766-2025-10.json");

        var read = FigureRequestReader.Read(await File.ReadAllBytesAsync(path), "README");
        var preview = await factory.Services.GetRequiredService<FigureImporter>().PreviewAsync(read.Batch!);

        Assert.Empty(preview.Issues);
        Assert.Equal(10, preview.Rows.Count);
        var rate = Assert.Single(preview.Rows, r => r.IndicatorCode == "ONLINE_SERVICE");
        Assert.Equal((8857L, 10_000L), (rate.Numerator, rate.Denominator));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TargetsDashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
