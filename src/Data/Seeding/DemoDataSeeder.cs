using Microsoft.Extensions.Logging;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Seeding;

/// <summary>Fills a database with the reference data (units, indicators, targets) and, on demand, demo figures. Running it twice changes nothing.</summary>
public sealed class DemoDataSeeder(IDbContextFactory<TargetsDbContext> contextFactory, ILogger<DemoDataSeeder> logger)
{
    public const string DemoReason = "Dữ liệu minh họa (demo)";

    /// <summary>Adds the units, indicators and targets that are missing; leaves existing rows as they are.</summary>
    public async Task SeedReferenceDataAsync(IReadOnlyList<CatalogUnit> units, DateOnly unitsValidFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        await using var db = await contextFactory.CreateForAsync(SystemActors.Seeding, cancellationToken);
        db.AuditReason = "Dữ liệu tham chiếu ban đầu";

        var existingUnits = await db.Units.Select(u => u.Code).ToHashSetAsync(cancellationToken);
        db.Units.AddRange(units.Where(u => !existingUnits.Contains(u.Code)).Select(u => new Unit
        {
            Code = u.Code,
            Name = u.Name,
            Kind = u.Kind,
            ValidFrom = unitsValidFrom,
        }));

        var existingIndicators = await db.Indicators.Select(i => i.Code).ToHashSetAsync(cancellationToken);
        var newIndicators = ReferenceData.Indicators().Where(i => !existingIndicators.Contains(i.Code)).ToList();
        db.Indicators.AddRange(newIndicators);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var indicator in newIndicators)
        {
            db.Targets.Add(ReferenceData.DirectiveTarget(indicator));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds <paramref name="units"/> when the database has no unit at all; a database with units is left as it is.</summary>
    /// <returns>The number of units added.</returns>
    public async Task<int> SeedUnitsIntoEmptyAsync(IReadOnlyList<CatalogUnit> units, DateOnly unitsValidFrom, string actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return 0;
        }

        db.ActAs(actingUser);
        db.AuditReason = "Danh mục đơn vị ban đầu (Province:UnitCatalog)";
        db.Units.AddRange(units.Select(u => new Unit { Code = u.Code, Name = u.Name, Kind = u.Kind, ValidFrom = unitsValidFrom }));
        await db.SaveChangesAsync(cancellationToken);
        return units.Count;
    }

    /// <summary>Writes demo figures for the months ending at <paramref name="lastMonth"/>, unless the database has figures already.</summary>
    /// <returns>The number of figures written.</returns>
    public async Task<int> SeedDemoFiguresAsync(DemoDataGenerator generator, YearMonth lastMonth, int months, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        await using var db = await contextFactory.CreateForAsync(SystemActors.Seeding, cancellationToken);
        if (await db.Measurements.AnyAsync(m => m.Indicator!.Scorecard == ScorecardKind.Directive, cancellationToken))
        {
            return 0;
        }

        db.AuditReason = DemoReason;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var unitIds = units.ToDictionary(u => u.Code, u => u.Id);
        var indicatorIds = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var catalog = units.Select(u => new CatalogUnit(u.Code, u.Name, u.Kind)).ToList();

        var firstMonth = lastMonth.AddMonths(1 - months);
        var measurements = generator.Generate(catalog, firstMonth, months)
            .Select(f => f.ToMeasurement(unitIds[f.UnitCode], indicatorIds[f.IndicatorCode], "DemoDataGenerator"))
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Measurements.AddRange(measurements);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo figures for {First} to {Last}.", measurements.Count, firstMonth, lastMonth);
        return measurements.Count;
    }
}
