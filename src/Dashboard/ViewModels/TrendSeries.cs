namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>One month of a trend: the ratio (null when unknown, never 0) against the target then in force.</summary>
/// <param name="Ratio">The unrounded ratio as a fraction; null when unknown.</param>
/// <param name="Target">The threshold in force that month as a fraction; null when no target is.</param>
public sealed record TrendPoint(
    YearMonth Month,
    decimal? Ratio,
    decimal? Target,
    string RatioText,
    string TargetText,
    string NumeratorText,
    string DenominatorText,
    KpiStatus Status,
    string StatusText)
{
    /// <summary>"10/2025".</summary>
    public string MonthLabel => Month.ToString();
}

/// <summary>Month-by-month series read from the engine, one <see cref="TrendPoint"/> per month.</summary>
public static class TrendSeries
{
    /// <summary>How many months a trend shows at least.</summary>
    public const int DefaultMonths = 12;

    /// <summary>The last twelve months up to the period's end, or the period's own months when it is longer.</summary>
    public static IReadOnlyList<YearMonth> MonthsFor(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var count = Math.Max(DefaultMonths, period.End.Index - period.Start.Index + 1);
        var first = period.End.AddMonths(-(count - 1));
        return Enumerable.Range(0, count).Select(first.AddMonths).ToList();
    }

    /// <summary>A unit's indicator, each month judged by the target in force for it that month.</summary>
    public static IReadOnlyList<TrendPoint> ForUnit(KpiEngine engine, int unitId, string indicatorCode, IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(months);
        return engine.MonthlySeries(unitId, indicatorCode, months)
            .Select(r => Point(r.Period.End, r.Value, r.Target, r.Status))
            .ToList();
    }

    /// <summary>The total over a group (the province when null), each month against the target in force that month.</summary>
    public static IReadOnlyList<TrendPoint> ForTotal(KpiEngine engine, string indicatorCode, PeerGroup? group, IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(months);
        return months
            .Select(m => engine.Total(indicatorCode, group, Period.ForMonth(m)))
            .Select(t => Point(t.Period.End, t.Value, t.Target, t.Status))
            .ToList();
    }

    private static TrendPoint Point(YearMonth month, KpiValue value, TargetRule? target, KpiStatus status) => new(
        month,
        value.Ratio,
        target?.Threshold,
        value.IsKnown ? VietnameseFormat.Percent(value.Ratio) : VietnameseFormat.Unknown,
        VietnameseFormat.Threshold(target),
        CountOrDash(value.Numerator),
        CountOrDash(value.Denominator),
        status,
        VietnameseFormat.Status(status));

    /// <summary>A figure as sent, or a dash when none was sent.</summary>
    public static string CountOrDash(long? value) => value is { } v ? VietnameseFormat.Count(v) : "–";
}
