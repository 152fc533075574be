using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>A month that has figures or a lock, and whether it is closed.</summary>
/// <param name="LockedBy">The administrator who closed it; null while open.</param>
public sealed record MonthLockState(YearMonth Month, bool IsClosed, string? LockedBy, DateTime? LockedAtUtc);

/// <summary>
/// Closes and reopens months. While a month is closed no edit, import or API call may change its figures; the
/// interceptor audits the lock row's insert (closing) and delete (reopening, with the administrator's reason).
/// </summary>
public sealed class MonthLocks(IDbContextFactory<TargetsDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Every month with figures or a lock, newest first.</summary>
    public async Task<IReadOnlyList<MonthLockState>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var monthsWithFigures = await db.Measurements.Select(m => m.Month).Distinct().ToListAsync(cancellationToken);
        var locks = await db.MonthLocks.AsNoTracking().ToListAsync(cancellationToken);
        return monthsWithFigures
            .Union(locks.Select(l => l.Month))
            .OrderByDescending(m => m)
            .Select(month => locks.FirstOrDefault(l => l.Month == month) is { } closed
                ? new MonthLockState(YearMonth.FromDate(month), true, closed.LockedBy, closed.LockedAtUtc)
                : new MonthLockState(YearMonth.FromDate(month), false, null, null))
            .ToList();
    }

    public async Task<bool> IsLockedAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await IsLockedAsync(db, month, cancellationToken);
    }

    /// <summary>The check on an open context, for writers that decide and save in one unit of work.</summary>
    public static Task<bool> IsLockedAsync(TargetsDbContext db, YearMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var day = month.FirstDay;
        return db.MonthLocks.AnyAsync(l => l.Month == day, cancellationToken);
    }

    /// <summary>Closes a month.</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> CloseAsync(YearMonth month, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        if (await IsLockedAsync(db, month, cancellationToken))
        {
            return $"Tháng {month} đã khóa sổ từ trước.";
        }

        db.MonthLocks.Add(new MonthLock { Month = month.FirstDay, LockedBy = actingUser, LockedAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException insertFailed) when (DatabaseErrors.IsUniqueViolation(insertFailed))
        {
            // Another administrator closed it between the check and the insert (the unique index refused ours).
            return $"Tháng {month} đã khóa sổ từ trước.";
        }

        return null;
    }

    /// <summary>Reopens a closed month; the reason is required and goes to the audit log with the deleted lock.</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> ReopenAsync(YearMonth month, string? reason, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actingUser);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Cần nhập lý do mở lại tháng đã khóa sổ.";
        }

        if (reason.Trim().Length > Corrections.CorrectionChecks.MaxReasonLength)
        {
            return Corrections.CorrectionChecks.ReasonTooLongMessage;
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var day = month.FirstDay;
        var existing = await db.MonthLocks.SingleOrDefaultAsync(l => l.Month == day, cancellationToken);
        if (existing is null)
        {
            return $"Tháng {month} đang mở, không cần mở lại.";
        }

        db.AuditReason = reason.Trim();
        db.MonthLocks.Remove(existing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another administrator reopened it first: the month is open, which is what was asked.
            return $"Tháng {month} vừa được người khác mở lại.";
        }

        return null;
    }
}
