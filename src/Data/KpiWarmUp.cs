using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TargetsDashboard.Data;

/// <summary>
/// Builds the KPI engine in the background as soon as the database is migrated and seeded, so that the first
/// visitor does not wait for every measurement to be loaded (over a second on a national database, 706,000
/// figures). Registered after <see cref="Seeding.DatabaseInitializer"/>: hosted services start in order.
/// </summary>
public sealed class KpiWarmUp(KpiDataSource dataSource, ILogger<KpiWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the server starts listening while the engine is built.
        await Task.Yield();
        try
        {
            await dataSource.GetAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed warm-up must not stop the app: the first page that asks builds again and shows the error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "The KPI engine could not be built at start; the first page will try again.");
        }
    }
}
