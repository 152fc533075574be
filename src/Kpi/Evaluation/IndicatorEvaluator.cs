namespace TargetsDashboard.Kpi;

/// <summary>
/// Judges one unit's indicator over a period by the target in force in the period's end month: status, gap to the
/// target, the close band, and the change since the previous period of the same kind.
/// </summary>
internal sealed class IndicatorEvaluator(MeasurementIndex index, TargetSelector targets, KpiSettings settings)
{
    public UnitIndicatorResult Evaluate(int unitIndex, int indicatorIndex, Period period)
    {
        var unit = index.Units[unitIndex];
        var indicator = index.Indicators[indicatorIndex];
        var value = index.ValueAt(unitIndex, indicatorIndex, period);
        var target = targets.Select(indicator.Code, period.End, unit.Kind);
        var status = StatusOf(value, target);

        KpiGap? gap = null;
        var isClose = false;
        if (status == KpiStatus.NotMet)
        {
            gap = GapOf(value, target!);
            isClose = settings.CloseBandPoints is { } band && gap.Points <= band;
        }

        var previousPeriod = PreviousOrNull(period);
        var previous = previousPeriod is null ? KpiValue.NoData : index.ValueAt(unitIndex, indicatorIndex, previousPeriod);
        return new UnitIndicatorResult(unit.In(period), indicator, period, value, target, status, gap, isClose, previous, ChangeInPoints(value, previous));
    }

    public static KpiStatus StatusOf(KpiValue value, TargetRule? target)
    {
        if (target is null || value.Ratio is not { } ratio)
        {
            return KpiStatus.Unknown;
        }

        return target.IsMetBy(ratio) ? KpiStatus.Met : KpiStatus.NotMet;
    }

    public static decimal? ChangeInPoints(KpiValue current, KpiValue previous) =>
        current.Ratio is { } now && previous.Ratio is { } before ? (now - before) * 100m : null;

    public static Period? PreviousOrNull(Period period)
    {
        try
        {
            return period.Previous();
        }
        catch (ArgumentOutOfRangeException)
        {
            // Before the first representable year there is no previous period.
            return null;
        }
    }

    /// <summary>
    /// Points short of the threshold, and the smallest number of extra numerator items, with the denominator
    /// unchanged, that meets the comparison. When the target cannot be reached with the denominator fixed
    /// (a threshold above 100%, or "greater than 100%"), the formula value is returned even though it exceeds
    /// denominator − numerator.
    /// </summary>
    private static KpiGap GapOf(KpiValue value, TargetRule target)
    {
        var numerator = value.Numerator!.Value;
        var denominator = value.Denominator!.Value;
        var ratio = value.Ratio!.Value;
        var required = target.Threshold * denominator;
        var neededNumerator = target.Comparison == Comparison.GreaterThan
            ? decimal.Floor(required) + 1m
            : decimal.Ceiling(required);
        var items = Math.Max(0L, (long)neededNumerator - numerator);
        return new KpiGap((target.Threshold - ratio) * 100m, items);
    }
}
