using System.Globalization;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>Everything the pages need to show figures: the engine over all measurements, and facts about the data.</summary>
/// <param name="IsDemo">The database holds generated demo figures; every page says so.</param>
/// <param name="LastChangedUtc">When the newest figure was written: the as-of time of the data.</param>
/// <param name="FirstMonth">The earliest month with figures, for period pickers.</param>
/// <param name="Index766">The 766 index's own engine over its sub-indicators; null when no rule set is stored.</param>
public sealed record KpiSnapshot(
    KpiEngine Engine,
    bool IsDemo,
    DateTime? LastChangedUtc,
    IReadOnlyDictionary<string, IndicatorDetails> IndicatorDetails,
    YearMonth? FirstMonth = null,
    Index766Snapshot? Index766 = null)
{
    /// <summary>The latest month with figures.</summary>
    public YearMonth? LastMonth => Engine.LatestMonthWithData;
}

/// <summary>What the pages show about an indicator beyond what the engine needs.</summary>
public sealed record IndicatorDetails(string Code, string NameVi, string NameEn, string ShortNameVi, string NumeratorVi, string DenominatorVi, bool IsWorkingDefinition, string? DefinitionNoteVi);

/// <summary>
/// Builds the KPI engine from the database and keeps it until a save anywhere in the app raises
/// <see cref="DataChangeSignal"/>. Pages never compute ratios themselves: they ask this.
/// </summary>
public sealed class KpiDataSource(IDbContextFactory<TargetsDbContext> contextFactory, DataChangeSignal changeSignal, IOptions<KpiOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Version, KpiSnapshot Snapshot)? _cached;

    public void Dispose() => _gate.Dispose();

    public async Task<KpiSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var version = changeSignal.Version;
        if (_cached is { } hit && hit.Version == version)
        {
            return hit.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            version = changeSignal.Version;
            if (_cached is { } again && again.Version == version)
            {
                return again.Snapshot;
            }

            var snapshot = await LoadAsync(cancellationToken);
            _cached = (version, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<KpiSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var allIndicators = await db.Indicators.AsNoTracking().OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);
        var indicators = allIndicators.Where(i => i.Scorecard == ScorecardKind.Directive).ToList();
        var codes = allIndicators.ToDictionary(i => i.Id, i => i.Code);
        var directiveIds = indicators.Select(i => i.Id).ToHashSet();
        var units = await db.Units.AsNoTracking().Include(u => u.NameHistory).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().ToListAsync(cancellationToken);
        var rows = await db.Measurements.AsNoTracking()
            .Select(m => new { m.UnitId, m.IndicatorId, m.Month, m.Numerator, m.Denominator })
            .ToListAsync(cancellationToken);
        var isDemo = await db.Measurements.AnyAsync(m => m.Source == MeasurementSource.Demo, cancellationToken);
        var lastChanged = rows.Count == 0 ? (DateTime?)null : await db.Measurements.MaxAsync(m => m.UpdatedAtUtc, cancellationToken);
        var unitInfos = units.Select(ToUnitInfo).ToList();
        var index766 = await Index766Snapshot.LoadAsync(
            db,
            unitInfos,
            allIndicators.Where(i => i.Scorecard == ScorecardKind.Index766).ToList(),
            rows.Where(r => !directiveIds.Contains(r.IndicatorId)).Select(r => new Kpi.Measurement(r.UnitId, codes[r.IndicatorId], YearMonth.FromDate(r.Month), r.Numerator, r.Denominator)).ToList(),
            cancellationToken);
        rows = [.. rows.Where(r => directiveIds.Contains(r.IndicatorId))];

        var engine = new KpiEngine(
            unitInfos,
            indicators.Select(i => new IndicatorInfo(i.Code, i.NameVi, i.Aggregation, i.CountedOver, i.NumeratorItemVi, i.DisplayOrder)).ToList(),
            targets.Select(t => ToTargetRule(t, codes[t.IndicatorId])).ToList(),
            rows.Select(r => new Kpi.Measurement(r.UnitId, codes[r.IndicatorId], YearMonth.FromDate(r.Month), r.Numerator, r.Denominator)),
            options.Value.ToSettings());

        var details = indicators.ToDictionary(
            i => i.Code,
            i => new IndicatorDetails(i.Code, i.NameVi, i.NameEn, i.ShortNameVi, i.NumeratorVi, i.DenominatorVi, i.IsWorkingDefinition, i.DefinitionNoteVi));
        var firstMonth = rows.Count == 0 ? (YearMonth?)null : YearMonth.FromDate(rows.Min(r => r.Month));
        return new KpiSnapshot(engine, isDemo, lastChanged, details, firstMonth, index766);
    }

    /// <summary>The unit as the engine sees it, with its former names when <see cref="Unit.NameHistory"/> is loaded.</summary>
    public static UnitInfo ToUnitInfo(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitInfo(
            unit.Id,
            unit.Code,
            unit.Name,
            unit.Kind,
            YearMonth.FromDate(unit.ValidFrom),
            unit.ValidTo is { } to ? YearMonth.FromDate(to) : null,
            unit.NameHistory.Count == 0 ? null : [.. unit.NameHistory.OrderBy(h => h.ValidFrom).Select(h => new UnitName(h.Name, h.ValidFrom, h.ValidTo))]);
    }

    public static TargetRule ToTargetRule(Target target, string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TargetRule(
            target.Id,
            indicatorCode,
            target.Threshold,
            target.Comparison,
            YearMonth.FromDate(target.EffectiveFrom),
            target.EffectiveTo is { } to ? YearMonth.FromDate(to) : null,
            target.AppliesToKind,
            string.Create(CultureInfo.InvariantCulture, $"{target.SourceIssuer} số {target.SourceDocumentNumber} ngày {target.SourceDocumentDate:dd/MM/yyyy}"));
    }
}
