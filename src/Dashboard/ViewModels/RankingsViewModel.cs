namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The rankings page: one table per peer group and the rank history of the units chosen in <c>dv</c>.</summary>
/// <param name="AnyTargetInForce">False for a period before any target: every score is 0 and the ranks mean nothing.</param>
public sealed record RankingsViewModel(
    PeriodHeading Heading,
    string CompletenessText,
    IReadOnlyList<GroupCompleteness> Groups,
    IReadOnlyList<IndicatorColumn> Columns,
    IReadOnlyList<RankingSection> Sections,
    IReadOnlyList<string> SelectedUnitCodes,
    RankHistoryModel History,
    bool AnyTargetInForce);

/// <summary>The ranking table of one peer group: departments, or communes and wards.</summary>
/// <param name="Key">A stable identifier for the page and tests: so-ban-nganh, xa-phuong.</param>
public sealed record RankingSection(PeerGroup Group, string Key, string Title, string RankedText, IReadOnlyList<RankingRow> Rows);

/// <summary>A unit's row of a ranking table, in the engine's order (ranked first, unranked last).</summary>
/// <param name="RankText">The rank, or "–" for a unit with no figures at all.</param>
/// <param name="RankChange">Places gained since the previous period (positive is up); null when either rank is missing.</param>
/// <param name="UnknownIndicators">Short names of the indicators that earned nothing (value unknown, or no target in force).</param>
/// <param name="UnscoredText">Why they earned nothing, grouped by reason; null when every indicator earned its points.</param>
/// <param name="ToggleHref">The same page with this unit added to or removed from the rank history chart.</param>
public sealed record RankingRow(
    string UnitCode,
    string UnitName,
    string KindText,
    string UnitHref,
    int? Rank,
    string RankText,
    int? RankChange,
    string RankChangeText,
    string ScoreText,
    IReadOnlyDictionary<string, GridCell> Cells,
    int MetCount,
    string MetText,
    IReadOnlyList<string> UnknownIndicators,
    string? UnscoredText,
    bool IsSelected,
    string ToggleHref);

/// <summary>The rank history chart and its table: months on one axis, one series per chosen unit.</summary>
/// <param name="Months">Labels of the months, oldest first ("11/2024").</param>
/// <param name="MaxRank">The lowest (largest) rank drawn, for the scale of the y axis; at least 1.</param>
public sealed record RankHistoryModel(IReadOnlyList<string> Months, IReadOnlyList<RankHistorySeries> Series, int MaxRank)
{
    public static RankHistoryModel Empty { get; } = new([], [], 1);
}

/// <summary>One unit's ranks over the months of the chart; a null rank is a month without a rank (a gap in the line).</summary>
/// <param name="GroupName">The peer group the rank is counted in.</param>
/// <param name="RemoveHref">The rankings page without this unit in the chart.</param>
public sealed record RankHistorySeries(string UnitCode, string UnitName, string GroupName, IReadOnlyList<int?> Ranks, IReadOnlyList<string> ScoreTexts, string RemoveHref);
