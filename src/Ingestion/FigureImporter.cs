using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Ingestion;

/// <summary>
/// Previews a batch against the database and commits it: every row in one transaction or none, refused when the
/// month is closed or when a figure moved after the preview, recorded in the import history with each audit entry
/// linked to it.
/// </summary>
public sealed class FigureImporter(IDbContextFactory<TargetsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Up to this many units a batch reads the month's figures by unit; past it, the whole month at once.</summary>
    internal const int UnitsReadByKey = 200;

    public async Task<ImportPreview> PreviewAsync(FigureBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var context = await LoadValidationContextAsync(db, batch, cancellationToken);
        return FigureValidator.Validate(batch, context);
    }

    /// <summary>Writes what <paramref name="preview"/> showed, in <paramref name="mode"/>, as <paramref name="userName"/>.</summary>
    public async Task<ImportOutcome> CommitAsync(
        ImportPreview preview, ImportMode mode, MeasurementSource source, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (!preview.CanCommit)
        {
            return ImportOutcome.Refused(ImportStatus.Invalid, preview.Issues.Count > 0 ? preview.Issues : [FigureIssue.ForBatch(IngestionMessages.Empty)]);
        }

        var batch = preview.Batch;
        await using var db = await contextFactory.CreateForAsync(userName, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        if (await db.MonthLocks.AnyAsync(l => l.Month == batch.Month, cancellationToken))
        {
            return ImportOutcome.Refused(ImportStatus.MonthLocked, [FigureIssue.ForBatch(FigureMessages.MonthLocked(TargetsDashboard.Kpi.YearMonth.FromDate(batch.Month)))]);
        }

        var current = await MonthFiguresAsync(db, batch.Month, [.. preview.Rows.Select(r => r.UnitId).Distinct()], cancellationToken);
        var moved = preview.Rows.Count(r => (current.TryGetValue((r.UnitId, r.IndicatorId), out var now) ? now.Version : (int?)null) != r.ExistingVersion);
        if (moved > 0)
        {
            return ImportOutcome.Refused(ImportStatus.Conflict, [FigureIssue.ForBatch(IngestionMessages.ChangedSincePreview(moved))]);
        }

        var toWrite = preview.RowsToWrite(mode).ToList();
        var kept = preview.Rows.Count(r => r.Kind == PreviewRowKind.Changed) - toWrite.Count(r => r.Kind == PreviewRowKind.Changed);
        if (toWrite.Count == 0 && await db.ImportBatches.AnyAsync(
                b => b.Month == batch.Month && b.Origin == batch.Origin && b.ContentHash == batch.ContentHash, cancellationToken))
        {
            return new ImportOutcome(ImportStatus.AlreadyApplied, null, 0, 0, preview.UnchangedCount, kept, []);
        }

        var record = new ImportBatch
        {
            Month = batch.Month,
            Source = source,
            Mode = mode,
            Origin = batch.Origin,
            ContentHash = batch.ContentHash,
            UserName = userName,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            RowsAdded = toWrite.Count(r => r.Kind == PreviewRowKind.New),
            RowsChanged = toWrite.Count(r => r.Kind == PreviewRowKind.Changed),
            RowsUnchanged = preview.UnchangedCount + kept,
        };
        db.ImportBatches.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        db.ImportBatchId = record.Id;
        db.AuditReason = string.Create(CultureInfo.InvariantCulture, $"Lần nhập #{record.Id}: {batch.Origin}");
        var reference = string.Create(CultureInfo.InvariantCulture, $"import:{record.Id}");
        var added = new List<Measurement>(toWrite.Count);
        var updated = new List<(Measurement Read, Measurement Changed)>(toWrite.Count);
        foreach (var row in toWrite)
        {
            var written = new Measurement
            {
                UnitId = row.UnitId,
                IndicatorId = row.IndicatorId,
                Month = batch.Month,
                Numerator = row.Numerator,
                Denominator = row.Denominator,
                Source = source,
                SourceReference = reference,
            };
            if (current.TryGetValue((row.UnitId, row.IndicatorId), out var read))
            {
                updated.Add((read, written));
            }
            else
            {
                added.Add(written);
            }
        }

        try
        {
            // Both through audited bulk statements in this transaction: a national month is 10,000 rows, and the
            // change tracker would spend seconds on them. Updates are conditioned on the version read above.
            if (await AuditedMeasurementWrites.UpdateAsync(db, updated, record.AtUtc, cancellationToken) is > 0 and var movedMeanwhile)
            {
                return ImportOutcome.Refused(ImportStatus.Conflict, [FigureIssue.ForBatch(IngestionMessages.ChangedSincePreview(movedMeanwhile))]);
            }

            await AuditedMeasurementWrites.InsertAsync(db, added, record.AtUtc, cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            // Someone added one of these figures between our read and our write; the transaction rolls back when it
            // is disposed.
            return ImportOutcome.Refused(ImportStatus.Conflict, [FigureIssue.ForBatch(IngestionMessages.ChangedSincePreview(1))]);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(ImportStatus.Committed, record.Id, record.RowsAdded, record.RowsChanged, preview.UnchangedCount, kept, []);
    }

    /// <summary>Records a refused batch in the history (the API's callers are machines: someone must see the refusals).</summary>
    public async Task<long> RecordRefusalAsync(ImportPreview preview, ImportMode mode, MeasurementSource source, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        await using var db = await contextFactory.CreateForAsync(userName, cancellationToken);
        var record = new ImportBatch
        {
            Month = preview.Month,
            Source = source,
            Mode = mode,
            Origin = preview.Batch.Origin,
            ContentHash = preview.Batch.ContentHash,
            UserName = userName,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            RowsRejected = Math.Max(1, preview.RejectedRowCount),
        };
        db.ImportBatches.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>The most recent batches, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatch>> HistoryAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(take).ToListAsync(cancellationToken);
    }

    private static async Task<ValidationContext> LoadValidationContextAsync(TargetsDbContext db, FigureBatch batch, CancellationToken cancellationToken)
    {
        var month = batch.Month;
        var units = await db.Units.AsNoTracking().Include(u => u.Successor).ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var batchUnits = batch.Figures
            .Select(f => f.UnitCode?.Trim() is { Length: > 0 } code && units.TryGetValue(code, out var unit) ? unit.Id : (int?)null)
            .OfType<int>()
            .Distinct()
            .ToList();
        var existing = await MonthFiguresAsync(db, month, batchUnits, cancellationToken);
        var locked = await db.MonthLocks.AnyAsync(l => l.Month == month, cancellationToken);
        var ym = Kpi.YearMonth.FromDate(month);
        var ruleSet = (await Index766Store.LoadRuleSetsAsync(db, cancellationToken)).Where(r => r.IsInForce(ym)).MaxBy(r => r.EffectiveFrom);
        var previous = batch.IsYearToDate && ym.Month > 1 ? await PreviousYearToDateAsync(db, ym, cancellationToken) : [];
        return new ValidationContext(units, indicators, existing, locked, ruleSet, previous);
    }

    /// <summary>
    /// The month's stored figures of <paramref name="unitIds"/>, by unit and indicator. A batch of a few units (a unit's
    /// month sent through the API) reads those units' rows by key; a large import reads the month in one scan, which is
    /// cheaper than thousands of keys. Either way the batch sees every figure it could replace.
    /// </summary>
    private static async Task<Dictionary<(int UnitId, int IndicatorId), Measurement>> MonthFiguresAsync(
        TargetsDbContext db, DateOnly month, List<int> unitIds, CancellationToken cancellationToken)
    {
        var figures = db.Measurements.AsNoTracking().Where(m => m.Month == month);
        if (unitIds.Count <= UnitsReadByKey)
        {
            figures = figures.Where(m => unitIds.Contains(m.UnitId));
        }

        return await figures.ToDictionaryAsync(m => (m.UnitId, m.IndicatorId), cancellationToken);
    }

    /// <summary>
    /// The year to date of the month before, from the stored months: where a unit has the sub-indicator's figure for
    /// the month before, the sum of its months from January to then. Where it has none, there is nothing to subtract
    /// from, and the year-to-date rule refuses the figure by name.
    /// </summary>
    private static async Task<IReadOnlyList<Kpi.Measurement>> PreviousYearToDateAsync(TargetsDbContext db, Kpi.YearMonth month, CancellationToken cancellationToken)
    {
        var before = month.AddMonths(-1);
        var january = new Kpi.YearMonth(month.Year, 1).FirstDay;
        var rows = await db.Measurements.AsNoTracking()
            .Where(m => m.Indicator!.Scorecard == ScorecardKind.Index766 && m.Month >= january && m.Month <= before.FirstDay)
            .Select(m => new { m.UnitId, m.Indicator!.Code, m.Month, m.Numerator, m.Denominator })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.UnitId, r.Code))
            .Where(g => g.Any(r => r.Month == before.FirstDay))
            .Select(g => new Kpi.Measurement(g.Key.UnitId, g.Key.Code, before, g.Sum(r => r.Numerator), g.Sum(r => r.Denominator)))];
    }
}
