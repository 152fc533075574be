using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>The upload limits are checked when the app starts: a limit of zero would refuse every file, or none.</summary>
public sealed class ImportReaderOptionsTests
{
    [Theory]
    [InlineData("MaxPartBytes")]
    [InlineData("MaxCells")]
    public void Start_UploadLimitZero_FailsValidationNamingTheLimit(string limit)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ExcelImport:" + limit] = "0" })
            .Build();
        using var services = new ServiceCollection().AddIngestion(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
    }
}
