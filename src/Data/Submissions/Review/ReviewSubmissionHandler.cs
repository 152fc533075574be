using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Figures;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Submissions.Review;

/// <summary>
/// The office accepts a unit's submission (its figures become the official ones, audited and linked to it) or returns it
/// with a reason. Both act on the version the office opened; accepting is refused when an official figure changed after
/// the unit made its submission (the office is told who changed it, as corrections do).
/// </summary>
public sealed class ReviewSubmissionHandler(IDbContextFactory<TargetsDbContext> contextFactory, UnitMonthQuery unitMonths, TimeProvider clock)
{
    /// <summary>The reference an accepted figure carries to its submission.</summary>
    public static string SourceReference(int submissionId) => $"nop-bao-cao:{submissionId}";

    public async Task<SubmissionResult> AcceptAsync(int submissionId, int expectedVersion, string actingUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (submission, problem) = await OpenAsync(db, submissionId, expectedVersion, cancellationToken);
        if (submission is null)
        {
            return problem!;
        }

        var month = YearMonth.FromDate(submission.Month);
        var day = submission.Month;
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
        var official = await db.Measurements.Where(m => m.UnitId == submission.UnitId && m.Month == day).ToListAsync(cancellationToken);
        var changed = new List<(string, FigureState?)>();
        foreach (var figure in submission.Figures.Where(f => official.FirstOrDefault(m => m.IndicatorId == f.IndicatorId)?.Version != f.BaseVersion))
        {
            changed.Add((indicators[figure.IndicatorId].ShortNameVi, await unitMonths.FigureAsync(submission.UnitId, figure.IndicatorId, month, cancellationToken)));
        }

        if (changed.Count > 0)
        {
            return new SubmissionFigureConflict(changed);
        }

        foreach (var figure in submission.Figures.Where(f => f.Numerator is not null && f.Denominator is not null))
        {
            var measurement = official.FirstOrDefault(m => m.IndicatorId == figure.IndicatorId);
            if (measurement is null)
            {
                measurement = new Measurement { UnitId = submission.UnitId, IndicatorId = figure.IndicatorId, Month = day };
                db.Measurements.Add(measurement);
            }

            measurement.Numerator = figure.Numerator!.Value;
            measurement.Denominator = figure.Denominator!.Value;
            measurement.Source = MeasurementSource.UnitSubmission;
            measurement.SourceReference = SourceReference(submission.Id);
        }

        submission.State = SubmissionState.Accepted;
        submission.ReviewedBy = actingUser;
        submission.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        submission.ReturnReason = null;
        db.AuditReason = $"Duyệt báo cáo tháng {month} do đơn vị nộp ({SourceReference(submission.Id)})";
        return await SaveAsync(db, transaction, $"Đã duyệt báo cáo tháng {month}: số liệu của đơn vị là số liệu chính thức.", cancellationToken);
    }

    public async Task<SubmissionResult> ReturnAsync(int submissionId, int expectedVersion, string? reason, string actingUser, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new SubmissionRefused(SubmissionLimits.ReturnReasonMissing);
        }

        if (reason.Trim().Length > SubmissionLimits.MaxReasonLength)
        {
            return new SubmissionRefused(SubmissionLimits.ReturnReasonTooLong);
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (submission, problem) = await OpenAsync(db, submissionId, expectedVersion, cancellationToken);
        if (submission is null)
        {
            return problem!;
        }

        submission.State = SubmissionState.Returned;
        submission.ReturnReason = reason.Trim();
        submission.ReviewedBy = actingUser;
        submission.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditReason = reason.Trim();
        return await SaveAsync(db, transaction, $"Đã trả lại báo cáo tháng {YearMonth.FromDate(submission.Month)} cho đơn vị, kèm lý do.", cancellationToken);
    }

    /// <summary>The submission, if it waits for review at the version the office opened and its month is open.</summary>
    private static async Task<(UnitSubmission? Submission, SubmissionResult? Problem)> OpenAsync(TargetsDbContext db, int submissionId, int expectedVersion, CancellationToken cancellationToken)
    {
        var submission = await db.UnitSubmissions.Include(s => s.Figures).SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return (null, new SubmissionRefused("Không tìm thấy báo cáo."));
        }

        if (submission.Version != expectedVersion || submission.State != SubmissionState.Submitted)
        {
            return (null, new SubmissionChanged("Báo cáo đã thay đổi (đơn vị sửa lại, hoặc người khác đã xử lý) sau khi bạn mở; hãy tải lại trang."));
        }

        var month = YearMonth.FromDate(submission.Month);
        return FigureRules.MonthProblem(await MonthLocks.IsLockedAsync(db, month, cancellationToken), month) is { } locked
            ? (null, new SubmissionRefused(locked))
            : (submission, null);
    }

    private static async Task<SubmissionResult> SaveAsync(TargetsDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, string done, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException saveFailed) when (saveFailed is DbUpdateConcurrencyException || DatabaseErrors.IsUniqueViolation(saveFailed))
        {
            return new SubmissionChanged("Số liệu hoặc báo cáo vừa được người khác thay đổi; chưa có gì được lưu. Hãy tải lại trang.");
        }

        await transaction.CommitAsync(cancellationToken);
        return new SubmissionDone(done);
    }
}
