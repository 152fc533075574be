namespace TargetsDashboard.Kpi;

/// <summary>
/// One unit-month figure as it stands after a save, for <see cref="KpiEngine.WithFigures"/>: its numbers, or
/// <see cref="Removed"/> when the figure no longer exists.
/// </summary>
public readonly record struct FigureUpdate(int UnitId, string IndicatorCode, YearMonth Month, long Numerator, long Denominator, bool Removed)
{
    /// <summary>The figure is now this measurement (added or changed).</summary>
    public static FigureUpdate Set(Measurement figure) =>
        new(figure.UnitId, figure.IndicatorCode, figure.Month, figure.Numerator, figure.Denominator, Removed: false);

    /// <summary>The figure no longer exists.</summary>
    public static FigureUpdate Remove(int unitId, string indicatorCode, YearMonth month) =>
        new(unitId, indicatorCode, month, 0, 0, Removed: true);
}
