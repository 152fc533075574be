using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Deadlines;

/// <summary>
/// A month's deadline: the last day (Vietnam time) on which its report is on time. "By the 5th" means until 23:59:59 on
/// the 5th in Vietnam; from 00:00 on the 6th a report is one day late, from 00:00 on the 7th two days, and so on.
/// </summary>
public sealed record RoundDeadline(YearMonth Month, DateOnly LastDay, bool IsOverride)
{
    /// <summary>The default day of the following month.</summary>
    public const int DefaultDay = 5;

    /// <summary>The deadline of <paramref name="month"/>: the override when the office set one, else the given day of the following month.</summary>
    public static RoundDeadline For(YearMonth month, int deadlineDay, DateOnly? overrideDay)
    {
        if (overrideDay is { } day)
        {
            return new RoundDeadline(month, day, true);
        }

        var next = month.AddMonths(1);
        return new RoundDeadline(month, new DateOnly(next.Year, next.Month, Math.Clamp(deadlineDay, 1, 28)), false);
    }

    /// <summary>Whole days late at <paramref name="utc"/>: 0 until 23:59:59 of the last day in Vietnam, 1 from 00:00 the day after.</summary>
    public int DaysLateAt(DateTime utc) => Math.Max(0, DateOnly.FromDateTime(Vietnam.ToLocalTime(utc)).DayNumber - LastDay.DayNumber);

    public bool IsLateAt(DateTime utc) => DaysLateAt(utc) > 0;
}
