using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>Migrates the database and seeds it before the app takes its first request.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<TargetsDbContext> contextFactory,
    DemoDataSeeder seeder,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The two-tier local government took effect on this day; the seeded units exist from then.</summary>
    public static readonly DateOnly TwoTierReformDate = new(2025, 7, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.MigrateOnStart)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!settings.SeedDemoData)
        {
            await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), TwoTierReformDate, cancellationToken);
        }
        else
        {
            var lastMonth = YearMonth.TryParseIso(settings.DemoEndMonth, out var configured)
                ? configured
                : YearMonth.FromDate(Vietnam.Today(clock)).AddMonths(-1);

            // Demo history reaches back before the 2025 reform: the new units are shown as if they had existed then,
            // as provinces did when they re-attributed their predecessors' figures.
            var firstMonth = lastMonth.AddMonths(1 - settings.DemoMonths);
            await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), firstMonth.FirstDay, cancellationToken);
            var written = await seeder.SeedDemoFiguresAsync(new DemoDataGenerator(), lastMonth, settings.DemoMonths, cancellationToken);
            if (written > 0)
            {
                logger.LogInformation("The database holds demo figures: the dashboard says so on every page.");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
