using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>
/// Migrates the database and fills it before the app takes its first request: in demo mode with the demo units, the
/// directive's indicators and generated figures; otherwise with what Province:UnitCatalog and Province:IndicatorPreset
/// name, each only into an empty table.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<TargetsDbContext> contextFactory,
    DemoDataSeeder seeder,
    IndicatorAdministration indicators,
    Index766.Index766Store index766,
    DemoMode demo,
    IOptions<DatabaseOptions> options,
    IOptions<ProvinceOptions> province,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The two-tier local government took effect on this day; the seeded units exist from then.</summary>
    public static readonly DateOnly TwoTierReformDate = new(2025, 7, 1);

    /// <summary>Who the audit log names for what configuration put in.</summary>
    public const string ConfigurationUser = "cấu hình";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.MigrateOnStart)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (demo.IsEnabled)
        {
            await SeedDemoAsync(settings, cancellationToken);
        }
        else
        {
            await SeedProvinceAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedProvinceAsync(CancellationToken cancellationToken)
    {
        var configured = province.Value;
        if (configured.UnitCatalogPath(environment.ContentRootPath) is { } path)
        {
            var added = await seeder.SeedUnitsIntoEmptyAsync(UnitCatalog.Load(path), TwoTierReformDate, ConfigurationUser, cancellationToken);
            if (added > 0)
            {
                logger.LogInformation("Loaded {Count} units from {Path} into an empty database.", added, path);
            }
        }

        if (IndicatorPresets.IsKnown(configured.IndicatorPreset))
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Indicators.AnyAsync(i => i.Scorecard == Entities.ScorecardKind.Directive, cancellationToken))
            {
                var added = await indicators.ApplyPresetAsync(configured.IndicatorPreset!.Trim(), configured.DirectiveIssuer, ConfigurationUser, cancellationToken);
                logger.LogInformation("Applied the indicator preset {Preset}: {Count} indicators.", configured.IndicatorPreset, added);
            }
        }

        await index766.EnsureSeededAsync(ConfigurationUser, cancellationToken);
    }

    private async Task SeedDemoAsync(DatabaseOptions settings, CancellationToken cancellationToken)
    {
        if (!settings.SeedDemoData)
        {
            await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), TwoTierReformDate, cancellationToken);
            await index766.EnsureSeededAsync(Auditing.SystemActors.Seeding, cancellationToken);
            return;
        }

        var lastMonth = YearMonth.TryParseIso(settings.DemoEndMonth, out var configured)
            ? configured
            : YearMonth.FromDate(Vietnam.Today(clock)).AddMonths(-1);

        // Demo history reaches back before the 2025 reform: the new units are shown as if they had existed then,
        // as provinces did when they re-attributed their predecessors' figures.
        var firstMonth = lastMonth.AddMonths(1 - settings.DemoMonths);
        await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), firstMonth.FirstDay, cancellationToken);
        await index766.EnsureSeededAsync(Auditing.SystemActors.Seeding, cancellationToken);
        var written = await seeder.SeedDemoFiguresAsync(new DemoDataGenerator(), lastMonth, settings.DemoMonths, cancellationToken);
        written += await index766.SeedDemoFiguresAsync(lastMonth, cancellationToken);
        if (written > 0)
        {
            logger.LogInformation("The database holds demo figures: the dashboard says so on every page.");
        }
    }
}
