namespace TargetsDashboard.Reporting;

/// <summary>One measurement as exported: a unit, an indicator and a month, with the engine's ratio and status.</summary>
/// <param name="Numerator">As sent; a measurement with a zero denominator keeps its figures but has no ratio.</param>
/// <param name="Ratio">Null when unknown (zero denominator).</param>
public sealed record DataExportRow(UnitInfo Unit, IndicatorInfo Indicator, YearMonth Month, long? Numerator, long? Denominator, decimal? Ratio, KpiStatus Status);

/// <summary>Every measurement of a range of months, for office staff to analyse.</summary>
public sealed record DataExportModel(YearMonth From, YearMonth To, IReadOnlyList<DataExportRow> Rows, bool IsDemo, DateOnly IssueDate)
{
    /// <summary>The longest range one export may cover: 5 years of months keeps a province's workbook near 30,000 rows.</summary>
    public const int MaxMonths = 60;

    public int MonthCount => To.Index - From.Index + 1;
}
