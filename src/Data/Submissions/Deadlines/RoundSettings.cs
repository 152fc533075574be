using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Deadlines;

/// <summary>The round's settings as the office set them (defaults while it has not).</summary>
public sealed record RoundSettingsState(int DeadlineDay, bool FocalOfficersMaySubmit);

/// <summary>
/// The office's settings of the reporting round: the default deadline day, who may submit, and a deadline per month.
/// Every change is audited.
/// </summary>
public sealed class RoundSettings(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public async Task<RoundSettingsState> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await GetAsync(db, cancellationToken);
    }

    public static async Task<RoundSettingsState> GetAsync(TargetsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.ReportingRoundSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return row is null ? new RoundSettingsState(RoundDeadline.DefaultDay, true) : new RoundSettingsState(row.DeadlineDay, row.FocalOfficersMaySubmit);
    }

    /// <summary>The deadline of one month, on an open context.</summary>
    public static async Task<RoundDeadline> DeadlineAsync(TargetsDbContext db, YearMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await GetAsync(db, cancellationToken);
        var day = month.FirstDay;
        var overrideDay = await db.SubmissionDeadlines.AsNoTracking().Where(d => d.Month == day).Select(d => (DateOnly?)d.Deadline).SingleOrDefaultAsync(cancellationToken);
        return RoundDeadline.For(month, settings.DeadlineDay, overrideDay);
    }

    public async Task<RoundDeadline> DeadlineAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await DeadlineAsync(db, month, cancellationToken);
    }

    /// <summary>Saves the default day (1–28) and who may submit.</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> SaveAsync(RoundSettingsState settings, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.DeadlineDay is < 1 or > 28)
        {
            return "Ngày hạn nộp phải từ 1 đến 28 (tháng nào cũng có).";
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var row = await db.ReportingRoundSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new ReportingRoundSetting();
            db.ReportingRoundSettings.Add(row);
        }

        row.DeadlineDay = settings.DeadlineDay;
        row.FocalOfficersMaySubmit = settings.FocalOfficersMaySubmit;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Sets (or, with null, removes) a month's own deadline: not before the month's end, within a year after it.</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> SetMonthDeadlineAsync(YearMonth month, DateOnly? lastDay, string actingUser, CancellationToken cancellationToken = default)
    {
        if (lastDay is { } day && (day <= month.LastDay || day > month.LastDay.AddYears(1)))
        {
            return $"Hạn nộp của tháng {month} phải sau ngày {VietnameseFormat.Date(month.LastDay)} và trong vòng một năm.";
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var first = month.FirstDay;
        var row = await db.SubmissionDeadlines.SingleOrDefaultAsync(d => d.Month == first, cancellationToken);
        if (lastDay is null)
        {
            if (row is not null)
            {
                db.SubmissionDeadlines.Remove(row);
            }
        }
        else if (row is null)
        {
            db.SubmissionDeadlines.Add(new SubmissionDeadline { Month = first, Deadline = lastDay.Value });
        }
        else
        {
            row.Deadline = lastDay.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException insertFailed) when (DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            return $"Hạn nộp của tháng {month} vừa được người khác đặt; hãy tải lại trang.";
        }

        return null;
    }
}
