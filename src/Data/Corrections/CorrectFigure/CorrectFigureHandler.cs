using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Figures;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Corrections.CorrectFigure;

/// <summary>A corrected figure as the user entered it, with the version they saw (null when they saw none).</summary>
public sealed record FigureCorrection(int UnitId, YearMonth Month, int IndicatorId, long Numerator, long Denominator, int? ExpectedVersion);

/// <summary>
/// Saves one indicator's figures of a unit-month (creating the figure when none exists) against the version the user
/// saw, under the figure rules every channel shares, refused for a closed month or an inactive unit; audited with the
/// user's reason by the interceptor.
/// </summary>
public sealed class CorrectFigureHandler(IDbContextFactory<TargetsDbContext> contextFactory, UnitMonthQuery query)
{
    public async Task<CorrectionResult> SaveFigureAsync(FigureCorrection correction, string? reason, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        if (Validate(correction, reason) is { } error)
        {
            return new CorrectionInvalid(error);
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);

        // The lock check and the write in one transaction: a month closed in between cannot take this correction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await CorrectionChecks.RefuseAsync(db, correction.UnitId, correction.Month, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == correction.IndicatorId, cancellationToken);
        if (indicator is null)
        {
            return new CorrectionInvalid("Không tìm thấy chỉ tiêu.");
        }

        if (FigureRules.RatioProblem(correction.Numerator, correction.Denominator, indicator) is { } ratio)
        {
            return new CorrectionInvalid(ratio);
        }

        var day = correction.Month.FirstDay;
        var existing = await db.Measurements.SingleOrDefaultAsync(
            m => m.UnitId == correction.UnitId && m.IndicatorId == correction.IndicatorId && m.Month == day, cancellationToken);
        if (existing is null)
        {
            if (correction.ExpectedVersion is not null)
            {
                return new FigureConflict(null);
            }

            db.Measurements.Add(new Measurement
            {
                UnitId = correction.UnitId,
                IndicatorId = correction.IndicatorId,
                Month = day,
                Numerator = correction.Numerator,
                Denominator = correction.Denominator,
                Source = MeasurementSource.ManualEdit,
            });
        }
        else
        {
            if (existing.Version != correction.ExpectedVersion)
            {
                return new FigureConflict(await CurrentAsync(correction, cancellationToken));
            }

            if (existing.Numerator == correction.Numerator && existing.Denominator == correction.Denominator)
            {
                return new CorrectionInvalid("Số liệu không thay đổi, không có gì để lưu.");
            }

            // The UPDATE is conditioned on the version loaded here: a save that lands in between makes it touch no row.
            existing.Numerator = correction.Numerator;
            existing.Denominator = correction.Denominator;
            existing.Source = MeasurementSource.ManualEdit;
            existing.SourceReference = null;
        }

        db.AuditReason = reason!.Trim();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FigureConflict(await CurrentAsync(correction, cancellationToken));
        }
        catch (DbUpdateException insertFailed) when (existing is null && DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            // Someone created the figure after the page loaded: the unique index refused the second insert.
            return new FigureConflict(await CurrentAsync(correction, cancellationToken) ?? throw new InvalidOperationException("The figure was refused, and none exists.", insertFailed));
        }

        await transaction.CommitAsync(cancellationToken);
        return new CorrectionSaved();
    }

    /// <summary>The checks that need no database, in the order a user would fix them; null when the correction may be tried.</summary>
    public static string? Validate(FigureCorrection correction, string? reason)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return FigureRules.CountProblem(correction.Numerator, FigureMessages.Numerator, FigureChannel.Form)
            ?? FigureRules.CountProblem(correction.Denominator, FigureMessages.Denominator, FigureChannel.Form)
            ?? (correction.Numerator > correction.Denominator ? FigureMessages.NumeratorAboveDenominator(correction.Numerator, correction.Denominator) : null)
            ?? CorrectionChecks.ReasonProblem(reason);
    }

    private Task<FigureState?> CurrentAsync(FigureCorrection correction, CancellationToken cancellationToken) =>
        query.FigureAsync(correction.UnitId, correction.IndicatorId, correction.Month, cancellationToken);
}
