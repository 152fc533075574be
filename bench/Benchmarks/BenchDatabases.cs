using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TargetsDashboard.Data;

namespace TargetsDashboard.Benchmarks;

/// <summary>The databases to measure, named by environment variables so that BenchmarkDotNet's parameters stay short.</summary>
public static class BenchDatabases
{
    public const string ProvinceVariable = "BENCH_PROVINCE_DB";
    public const string NationalVariable = "BENCH_NATIONAL_DB";

    public static IEnumerable<(string Size, string File)> Available()
    {
        foreach (var (size, variable) in new[] { ("province", ProvinceVariable), ("national", NationalVariable) })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } file && File.Exists(file))
            {
                yield return (size, Path.GetFullPath(file));
            }
        }
    }

    public static string FileFor(string size) =>
        Available().FirstOrDefault(d => d.Size == size).File
        ?? throw new InvalidOperationException($"No database for {size}: set {ProvinceVariable} or {NationalVariable} to a file from tools/DataGenerator.");

    /// <summary>The app's data services over the file, without migrating or seeding it.</summary>
    public static ServiceProvider Services(string file)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = $"Data Source={file}",
            ["Database:SeedDemoData"] = "false",
            ["Database:MigrateOnStart"] = "false",
        }).Build();
        var environment = new HostingEnvironment { ContentRootPath = Path.GetDirectoryName(file)!, EnvironmentName = Environments.Production };
        return new ServiceCollection().AddLogging().AddTargetsData(configuration, environment).BuildServiceProvider();
    }
}
