namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The leaders' one-screen summary of a period: per peer group, who leads, who moved, who falls behind.</summary>
public sealed record LeadersViewModel(PeriodHeading Heading, IReadOnlyList<LeadersGroup> Groups);

/// <summary>The summary of one peer group.</summary>
/// <param name="Leaders">The units ranked 1 to 3 (more when tied at 3).</param>
/// <param name="Risers">Up to three units that gained most places since the previous period.</param>
/// <param name="Fallers">Up to three units that lost most places since the previous period.</param>
/// <param name="BelowTarget">Units not meeting the target on <see cref="LeadersViewModelBuilder.BelowTargetThreshold"/> or more indicators, most first.</param>
public sealed record LeadersGroup(
    PeerGroup Group,
    string Key,
    string Title,
    string RankedText,
    IReadOnlyList<LeaderItem> Leaders,
    IReadOnlyList<LeaderItem> Risers,
    IReadOnlyList<LeaderItem> Fallers,
    IReadOnlyList<LeaderItem> BelowTarget,
    string BelowTargetText,
    IReadOnlyList<LeaderIndicator> Indicators);

/// <summary>A unit in a list of the summary.</summary>
/// <param name="Detail">What the list is about for this unit: "4/5 chỉ tiêu chưa đạt".</param>
public sealed record LeaderItem(
    string UnitCode,
    string UnitName,
    string Href,
    int? Rank,
    string RankText,
    string ScoreText,
    int? RankChange,
    string RankChangeText,
    int NotMetCount,
    string Detail);

/// <summary>The group's ratio for one indicator (Σ numerators ÷ Σ denominators) and how many units meet the target.</summary>
public sealed record LeaderIndicator(string Code, string ShortName, string Name, KpiStatus Status, string RatioText, string ThresholdText, string MeetingText);
