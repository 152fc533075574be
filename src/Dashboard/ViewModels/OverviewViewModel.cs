namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The overview page: province tiles and the unit × indicator status grid for one period and group.</summary>
public sealed record OverviewViewModel(
    Period? Period,
    string PeriodLabel,
    PeerGroup? Group,
    bool IsDemo,
    bool HasData,
    string? AsOfText,
    string CompletenessText,
    IReadOnlyList<GroupCompleteness> Groups,
    IReadOnlyList<IndicatorTile> Tiles,
    IReadOnlyList<IndicatorColumn> Columns,
    IReadOnlyList<OverviewRow> Rows);

/// <summary>An indicator's figure as the cards show it, for the province or for one unit.</summary>
/// <param name="FractionText">"91/110"; empty when unknown.</param>
public sealed record IndicatorFigureText(string RatioText, string FractionText, KpiStatus Status, string StatusText, string ThresholdText, string? TargetSource)
{
    public static IndicatorFigureText Of(KpiValue value, KpiStatus status, TargetRule? target)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            VietnameseFormat.Percent(value.Ratio),
            VietnameseFormat.Fraction(value),
            status,
            VietnameseFormat.Status(status),
            VietnameseFormat.Threshold(target),
            target?.Source);
    }
}

/// <summary>One indicator's province figure.</summary>
public sealed record IndicatorTile(
    string Code,
    string Name,
    IndicatorFigureText Figure,
    string MeetingText,
    string? ChangeText,
    bool IsWorkingDefinition);

/// <summary>Completeness of one peer group: "95/95 xã, phường đã báo cáo".</summary>
public sealed record GroupCompleteness(string GroupName, int Reported, int Expected);

/// <summary>A column of the status grid.</summary>
public sealed record IndicatorColumn(string Code, string ShortName, string Name, string ThresholdText);

/// <summary>A unit's row of the status grid.</summary>
/// <param name="Rank">Rank within the unit's own peer group (departments; communes and wards).</param>
public sealed record OverviewRow(
    int UnitId,
    string UnitCode,
    string UnitName,
    string KindText,
    decimal Score,
    string ScoreText,
    int? Rank,
    int? RankChange,
    IReadOnlyDictionary<string, GridCell> Cells)
{
    public int NotMetCount => Cells.Values.Count(c => c.Status == KpiStatus.NotMet);
}

/// <summary>A cell of the status grid: the ratio coloured by status, with what it would take to reach the target.</summary>
/// <param name="GapPoints">Points below the target; null when met or unknown.</param>
public sealed record GridCell(KpiStatus Status, decimal? Ratio, string RatioText, string Detail, decimal? GapPoints, bool IsClose);
