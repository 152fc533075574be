using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace TargetsDashboard.Data.Tests;

/// <summary>A real SQLite file in a fresh folder, wired with the app's own registration (interceptor, factory, seeder).</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SqliteTestDatabase(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "test.db");

    public IServiceProvider Services => _services;

    public IDbContextFactory<TargetsDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();

    public static async Task<SqliteTestDatabase> CreateAsync(bool migrate = true, IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "targets-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = $"Data Source={Path.Combine(folder, "test.db")};Pooling=False",
            ["Database:SeedDemoData"] = "false",
            // Tests read what they just changed: a full reload of the figures is waited for, however slow the machine.
            ["Kpi:RebuildWaitMilliseconds"] = "60000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var environment = new HostingEnvironment { ContentRootPath = folder, EnvironmentName = Environments.Development };
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddTargetsData(configuration, environment)
            .BuildServiceProvider(validateScopes: true);

        var database = new SqliteTestDatabase(folder, services);
        if (migrate)
        {
            await using var db = await database.Contexts.CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder; it does not affect other tests.
        }
    }
}
