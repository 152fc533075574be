namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The indicator page: its definition, every unit of the group for the period, and the group's monthly trend.</summary>
/// <param name="Found">False when no indicator has the code asked for; nothing else is filled then.</param>
public sealed record IndicatorPageViewModel(
    bool Found,
    string Code,
    string Name,
    string ShortName,
    string NumeratorText,
    string DenominatorText,
    string AggregationText,
    bool IsWorkingDefinition,
    string? DefinitionNote,
    Period? Period,
    string PeriodLabel,
    PeerGroup? Group,
    string GroupLabel,
    bool IsDemo,
    string? AsOfText,
    IndicatorTile? Total,
    decimal? TargetThreshold,
    IReadOnlyList<UnitBar> Bars,
    IReadOnlyList<TrendPoint> Trend)
{
    public static IndicatorPageViewModel NotFound(string code) =>
        new(false, code, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, false, null, null, string.Empty, null, string.Empty, false, null, null, null, [], []);

    public bool HasData => Total is { Figure.Status: not KpiStatus.Unknown };
}

/// <summary>One unit's bar and table row on the indicator page.</summary>
/// <param name="Ratio">Unrounded fraction; null when unknown (the unit is listed without a bar).</param>
/// <param name="Target">The threshold in force for this unit; null when none.</param>
/// <param name="PeerRank">Rank by this indicator among the unit's peers (departments; communes and wards); ties share a rank.</param>
public sealed record UnitBar(
    string UnitCode,
    string UnitName,
    string KindText,
    string Href,
    decimal? Ratio,
    decimal? Target,
    string RatioText,
    string NumeratorText,
    string DenominatorText,
    KpiStatus Status,
    string StatusText,
    string? GapText,
    int? PeerRank,
    string PeerRankText);
