namespace TargetsDashboard.Data.Entities;

/// <summary>
/// A closed month: while the row exists no import, edit or API call may change that month's figures.
/// Reopening deletes the row; both are audited with the administrator's reason.
/// </summary>
public class MonthLock : IAudited
{
    public int Id { get; set; }

    /// <summary>First day of the closed month.</summary>
    public DateOnly Month { get; set; }

    public required string LockedBy { get; set; }

    public DateTime LockedAtUtc { get; set; }
}
