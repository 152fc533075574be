namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// What a period page says above its content: the period and its name, the previous period it compares with, the demo
/// banner, whether any unit reported, and when the figures last changed.
/// </summary>
public sealed record PeriodHeading(Period? Period, string PeriodLabel, string? PreviousPeriodLabel, bool IsDemo, bool HasData, string? AsOfText)
{
    /// <summary>The heading of a database without any reporting period.</summary>
    public static PeriodHeading None(KpiSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(null, VietnameseFormat.NoPeriod, null, snapshot.IsDemo, false, null);
    }

    public static PeriodHeading For(KpiSnapshot snapshot, Period period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(period);
        return new(
            period,
            VietnameseFormat.PeriodName(period),
            VietnameseFormat.PeriodName(period.Previous()),
            snapshot.IsDemo,
            snapshot.Engine.Completeness(null, period).UnitsReported > 0,
            AsOf(snapshot));
    }

    /// <summary>When the figures last changed, in Vietnam time; null for a database nobody has written to.</summary>
    public static string? AsOf(KpiSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.LastChangedUtc is { } changed ? VietnameseFormat.LocalDateTime(changed) : null;
    }
}
