using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>Healthy when the database answers and has every migration this version of the app needs.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<TargetsDbContext> contextFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("Reachable and migrated.")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied: run the 'migrate' command.");
        }
#pragma warning disable CA1031 // Any failure to reach the database is the answer of this check, not an error of the endpoint.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The exception's text may hold a server name or a path: not for an anonymous endpoint. The log has it.
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
