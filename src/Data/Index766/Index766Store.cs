using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Index766;

/// <summary>
/// The 766 index's stored rule sets and its sub-indicators as indicators of the 766 scorecard: seeded from
/// <see cref="Index766RuleSet.Portal2025"/> into a database that has none, read by <see cref="KpiDataSource"/>.
/// </summary>
public sealed class Index766Store(IDbContextFactory<TargetsDbContext> contextFactory, TimeProvider clock, DataChangeSignal changeSignal)
{
    public const string SeedReason = "Bộ chỉ số 766 ban đầu (cách tính hiện hành của Cổng DVCQG)";

    /// <summary>Adds the portal's rule set when none is stored, and an indicator row for each sub-indicator that has none.</summary>
    /// <returns>The number of indicator rows added.</returns>
    public async Task<int> EnsureSeededAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(actor, cancellationToken);
        db.AuditReason = SeedReason;
        if (!await db.Index766RuleSets.AnyAsync(cancellationToken))
        {
            db.Index766RuleSets.Add(Index766RuleSetJson.ToRecord(Index766RuleSet.Portal2025));
            await db.SaveChangesAsync(cancellationToken);
        }

        var ruleSets = await LoadRuleSetsAsync(db, cancellationToken);
        var existing = await db.Indicators.Select(i => i.Code).ToHashSetAsync(StringComparer.OrdinalIgnoreCase, cancellationToken);
        var added = ruleSets
            .SelectMany(r => Index766RuleSetJson.ToIndicatorRows(r))
            .DistinctBy(i => i.Code, StringComparer.Ordinal)
            .Where(i => !existing.Contains(i.Code))
            .ToList();
        db.Indicators.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    /// <summary>Writes demo 766 figures from January of the last month's year to it, unless any 766 figure exists.</summary>
    public async Task<int> SeedDemoFiguresAsync(YearMonth lastMonth, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(SystemActors.Seeding, cancellationToken);
        if (await db.Measurements.AnyAsync(m => m.Indicator!.Scorecard == ScorecardKind.Index766, cancellationToken))
        {
            return 0;
        }

        db.AuditReason = DemoDataSeeder.DemoReason;
        var ruleSet = (await LoadRuleSetsAsync(db, cancellationToken)).Where(r => r.IsInForce(lastMonth)).MaxBy(r => r.EffectiveFrom) ?? Index766RuleSet.Portal2025;
        var units = await db.Units.AsNoTracking().Where(u => u.ValidTo == null).ToListAsync(cancellationToken);
        var unitIds = units.ToDictionary(u => u.Code, u => u.Id);
        var indicatorIds = await db.Indicators.AsNoTracking().Where(i => i.Scorecard == ScorecardKind.Index766).ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var firstMonth = new YearMonth(lastMonth.Year, 1);
        var rows = new Index766DemoGenerator()
            .Generate([.. units.Select(u => new CatalogUnit(u.Code, u.Name, u.Kind))], ruleSet, firstMonth, lastMonth.Month)
            .Where(f => indicatorIds.ContainsKey(f.IndicatorCode))
            .Select(f => f.ToMeasurement(unitIds[f.UnitCode], indicatorIds[f.IndicatorCode], nameof(Index766DemoGenerator)))
            .ToList();

        // Through the importer's audited bulk statements: a year of 766 figures is over 20.000 rows, which the change
        // tracker would take most of a minute to write at every demo start.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditedMeasurementWrites.InsertAsync(db, rows, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changeSignal.Raise();
        return rows.Count;
    }

    public async Task<IReadOnlyList<Index766RuleSet>> LoadRuleSetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadRuleSetsAsync(db, cancellationToken);
    }

    public static async Task<IReadOnlyList<Index766RuleSet>> LoadRuleSetsAsync(TargetsDbContext db, CancellationToken cancellationToken)
    {
        var records = await db.Index766RuleSets.AsNoTracking().OrderBy(r => r.EffectiveFrom).ToListAsync(cancellationToken);
        return [.. records.Select(Index766RuleSetJson.ToRuleSet)];
    }
}
