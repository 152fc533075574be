using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Figures;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Corrections.UnitMonth;

/// <summary>A stored figure and who wrote it last.</summary>
/// <param name="UpdatedByName">The writer's display name when they have an account, else the stored user name.</param>
public sealed record FigureState(long Numerator, long Denominator, int Version, string UpdatedBy, string UpdatedByName, DateTime UpdatedAtUtc, MeasurementSource Source);

/// <summary>A stored month note and who wrote it last.</summary>
public sealed record NoteState(string Text, int Version, string UpdatedBy, string UpdatedByName, DateTime UpdatedAtUtc);

/// <summary>One indicator of a unit-month: what it counts and its figure, null when none was reported.</summary>
public sealed record IndicatorFigure(int IndicatorId, string Code, string NameVi, string ShortNameVi, string NumeratorVi, string DenominatorVi, FigureState? Current);

/// <summary>
/// The latest change of the unit-month's figures, from the audit log: after a crash or a lost connection, a reload
/// answers whether the last save happened.
/// </summary>
/// <param name="What">The indicator's short name.</param>
/// <param name="ImportBatchId">The import that wrote it, when it was not a correction.</param>
public sealed record LastSave(string What, FigureState? Figure, string UserName, string UserDisplayName, DateTime AtUtc, string? Reason, long? ImportBatchId);

/// <summary>Everything the correction page shows for one unit and month.</summary>
/// <param name="LockedMessage">Why the month cannot be changed because it is closed; null while open.</param>
/// <param name="InactiveMessage">Why the unit takes no figures for the month (not yet founded, merged away); null when it does.</param>
public sealed record UnitMonthFigures(
    int UnitId,
    string UnitCode,
    string UnitName,
    YearMonth Month,
    string? LockedMessage,
    string? InactiveMessage,
    IReadOnlyList<IndicatorFigure> Figures,
    NoteState? Note,
    LastSave? LastSave = null)
{
    public bool IsReadOnly => LockedMessage is not null || InactiveMessage is not null;
}

/// <summary>Reads a unit-month for the correction page, and the current figure or note after a refused save.</summary>
public sealed class UnitMonthQuery(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public async Task<UnitMonthFigures?> LoadAsync(string unitCode, YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Include(u => u.NameHistory).Include(u => u.Successor).SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var day = month.FirstDay;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Scorecard == ScorecardKind.Directive).OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.UnitId == unit.Id && m.Month == day).ToListAsync(cancellationToken);
        var note = await db.UnitMonthNotes.AsNoTracking().SingleOrDefaultAsync(n => n.UnitId == unit.Id && n.Month == day, cancellationToken);
        var lastSave = await LastSaveAsync(db, unit.Id, month, indicators, cancellationToken);
        var names = await DisplayNamesAsync(
            db, measurements.Select(m => m.UpdatedBy).Append(note?.UpdatedBy ?? string.Empty).Append(lastSave?.UserName ?? string.Empty), cancellationToken);

        return new UnitMonthFigures(
            unit.Id,
            unit.Code,
            UnitMaintenance.NameOn(unit, month.LastDay),
            month,
            FigureRules.MonthProblem(await MonthLocks.IsLockedAsync(db, month, cancellationToken), month),
            FigureRules.UnitProblem(unit, month, unit.Successor?.Code),
            indicators.Select(i => new IndicatorFigure(
                    i.Id,
                    i.Code,
                    i.NameVi,
                    i.ShortNameVi,
                    i.NumeratorVi,
                    i.DenominatorVi,
                    measurements.FirstOrDefault(m => m.IndicatorId == i.Id) is { } m ? ToState(m, names) : null))
                .ToList(),
            note is null ? null : ToState(note, names),
            lastSave is null
                ? null
                : lastSave with
                {
                    UserDisplayName = names.GetValueOrDefault(lastSave.UserName, lastSave.UserName),
                    Figure = measurements.FirstOrDefault(m => indicators.Single(i => i.Id == m.IndicatorId).ShortNameVi == lastSave.What) is { } last ? ToState(last, names) : null,
                });
    }

    /// <summary>The figure as stored now, read on a fresh context (the one that failed still holds the values it tried to write).</summary>
    public async Task<FigureState?> FigureAsync(int unitId, int indicatorId, YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        var current = await db.Measurements.AsNoTracking()
            .SingleOrDefaultAsync(m => m.UnitId == unitId && m.IndicatorId == indicatorId && m.Month == day, cancellationToken);
        return current is null ? null : ToState(current, await DisplayNamesAsync(db, [current.UpdatedBy], cancellationToken));
    }

    /// <summary>The note as stored now, read on a fresh context.</summary>
    public async Task<NoteState?> NoteAsync(int unitId, YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var day = month.FirstDay;
        var current = await db.UnitMonthNotes.AsNoTracking().SingleOrDefaultAsync(n => n.UnitId == unitId && n.Month == day, cancellationToken);
        return current is null ? null : ToState(current, await DisplayNamesAsync(db, [current.UpdatedBy], cancellationToken));
    }

    /// <summary>The newest audit entry of the unit-month's figures, found by their natural keys.</summary>
    private static async Task<LastSave?> LastSaveAsync(TargetsDbContext db, int unitId, YearMonth month, IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken)
    {
        var figureKeys = indicators.ToDictionary(i => AuditInterceptor.MeasurementKey(unitId, i.Id, month.FirstDay), i => i.ShortNameVi);
        var keys = figureKeys.Keys.ToList();
        var entry = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(Measurement) && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return entry is null
            ? null
            : new LastSave(figureKeys[entry.EntityKey], null, entry.UserName, entry.UserName, entry.AtUtc, entry.Reason, entry.ImportBatchId);
    }

    private static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(TargetsDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.Where(n => n.Length > 0).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        return accounts.Where(a => !string.IsNullOrWhiteSpace(a.DisplayName)).ToDictionary(a => a.UserName!, a => a.DisplayName);
    }

    private static FigureState ToState(Measurement m, IReadOnlyDictionary<string, string> names) =>
        new(m.Numerator, m.Denominator, m.Version, m.UpdatedBy, names.GetValueOrDefault(m.UpdatedBy, m.UpdatedBy), m.UpdatedAtUtc, m.Source);

    private static NoteState ToState(UnitMonthNote n, IReadOnlyDictionary<string, string> names) =>
        new(n.Text, n.Version, n.UpdatedBy, names.GetValueOrDefault(n.UpdatedBy, n.UpdatedBy), n.UpdatedAtUtc);
}
