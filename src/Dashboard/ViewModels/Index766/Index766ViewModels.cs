
namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>What every 766 page shows at its top: the period, its rule set's source, whether the figures are demo ones.</summary>
/// <param name="FirstMonth">The first and last months with 766 figures, for the period picker.</param>
public sealed record Index766Header(Period? Period, string PeriodLabel, bool IsDemo, string RuleSetText, YearMonth? FirstMonth, YearMonth? LastMonth)
{
    public string? PeriodToken => Period?.ToToken();
}

/// <summary>A group against its maximum.</summary>
/// <param name="Share">Points ÷ maximum (0 to 1), for the bar.</param>
public sealed record Index766GroupRow(string Code, string Name, string PointsText, string MaxText, decimal Share, string LostText, string Href);

/// <summary>A thing to do, and the points it wins: "Xã A: thêm 45 hồ sơ số hóa → +0,31 điểm nhóm Số hóa hồ sơ".</summary>
public sealed record Index766ActionRow(string Text, string? Href);

/// <summary>The national rank of one month, and the months before it.</summary>
public sealed record NationalRankTile(string RankText, string MonthText, string? ScoreText, string Source, string? ChangeText, IReadOnlyList<NationalRankPoint> History);

public sealed record NationalRankPoint(string MonthText, string RankText, string? ScoreText);

/// <summary>The province page: its score, each group against its maximum, where the points are lost.</summary>
/// <param name="UnitGains">The units × sub-indicators whose improvement adds most to the province.</param>
public sealed record Index766OverviewViewModel(
    Index766Header Header,
    bool HasData,
    string TotalText,
    string MaxText,
    IReadOnlyList<Index766GroupRow> Groups,
    IReadOnlyList<Index766ActionRow> ProvinceActions,
    IReadOnlyList<Index766ActionRow> UnitGains,
    NationalRankTile? NationalRank);

/// <summary>A sub-indicator's figures for the province or a unit: numerator, denominator, rate, points, maximum.</summary>
/// <param name="RuleText">"đủ điểm từ 80%; mẫu số 0 được đủ điểm".</param>
/// <param name="Href">The sub-indicator's page (units' figures); null where the row is already on it.</param>
public sealed record Index766SubRow(
    string Code,
    string Name,
    string NumeratorText,
    string DenominatorText,
    string RateText,
    string PointsText,
    string MaxText,
    string RuleText,
    bool IsScored,
    string? Href);

/// <summary>A group of the province, or of a unit, with its sub-indicators.</summary>
public sealed record Index766GroupDetail(Index766GroupRow Group, string? FormulaText, IReadOnlyList<Index766SubRow> SubIndicators);

/// <summary>One group of the province, drilled to its sub-indicators.</summary>
public sealed record Index766GroupViewModel(Index766Header Header, bool Found, string GroupCode, Index766GroupDetail? Detail);

/// <summary>A unit's figures for one sub-indicator.</summary>
public sealed record Index766UnitFigureRow(string UnitCode, string UnitName, string KindText, string Href, Index766SubRow Figures);

/// <summary>One sub-indicator, drilled to the units: each unit's numerator, denominator, rate, points and maximum.</summary>
/// <param name="Group">The peer group chosen in <c>nhom</c>; null for every unit.</param>
public sealed record Index766SubIndicatorViewModel(
    Index766Header Header,
    bool Found,
    string Code,
    string Name,
    string GroupName,
    string GroupHref,
    Index766SubRow? Province,
    PeerGroup? Group,
    IReadOnlyList<Index766UnitFigureRow> Units);

/// <summary>One unit's 766 score: total, rank in its peer group, each group and sub-indicator, and what to do.</summary>
public sealed record Index766UnitViewModel(
    Index766Header Header,
    bool Found,
    string UnitCode,
    string UnitName,
    string KindText,
    string TotalText,
    string RankText,
    IReadOnlyList<Index766GroupDetail> Groups,
    IReadOnlyList<Index766ActionRow> Actions,
    string? MissingText);

/// <summary>A unit's row in a 766 ranking.</summary>
/// <param name="GroupPoints">The unit's points in each group, in the rule set's order.</param>
/// <param name="ToggleHref">The rankings page with this unit added to or removed from the history chart.</param>
public sealed record Index766RankingRow(
    string UnitCode,
    string UnitName,
    string Href,
    string RankText,
    string ChangeText,
    string TotalText,
    IReadOnlyList<string> GroupPoints,
    bool IsSelected,
    string ToggleHref);

public sealed record Index766RankingSection(PeerGroup Group, string Title, string RankedText, IReadOnlyList<Index766RankingRow> Rows);

/// <summary>The two 766 rankings (departments; communes and wards) with the rank history of the units chosen in <c>dv</c>.</summary>
public sealed record Index766RankingsViewModel(
    Index766Header Header,
    bool HasData,
    string PreviousPeriodLabel,
    IReadOnlyList<string> GroupHeaders,
    IReadOnlyList<Index766RankingSection> Sections,
    RankHistoryModel History);
