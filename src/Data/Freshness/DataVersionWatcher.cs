using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TargetsDashboard.Data.Freshness;

/// <summary>
/// Reads the <see cref="DataVersion"/> stamp every second and raises <see cref="DataChangeSignal"/> when another
/// process (the operator's command line, a second instance behind the same proxy) changed the data: the KPI engine is
/// then rebuilt by the next page, so such a change shows within a few seconds. One primary-key read per second.
/// </summary>
public sealed class DataVersionWatcher(
    IDbContextFactory<TargetsDbContext> contextFactory,
    DataChangeSignal changeSignal,
    LocalDataStamps localStamps,
    ILogger<DataVersionWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private Guid? _seen;

    /// <summary>Reads the stamp once; raises the signal when it moved and this process did not move it.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await db.DataVersions.AsNoTracking()
            .Where(v => v.Id == DataVersion.SingletonId)
            .Select(v => v.Stamp)
            .FirstOrDefaultAsync(cancellationToken);
        var previous = _seen;
        _seen = stamp;
        if (previous is null || previous == stamp || localStamps.Forget(stamp))
        {
            return false;
        }

        changeSignal.Raise();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        do
        {
            try
            {
                if (await CheckAsync(stoppingToken))
                {
                    logger.LogInformation("The data changed in another process; the figures are reloaded.");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database may be unreachable or not yet migrated for a while: keep watching.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogDebug(exception, "The data version could not be read; trying again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
