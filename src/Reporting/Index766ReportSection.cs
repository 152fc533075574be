
namespace TargetsDashboard.Reporting;

/// <summary>A group's line in a report's 766 section.</summary>
public sealed record Index766ReportGroup(string Name, decimal Points, decimal MaxPoints, string PointsText, string MaxText);

/// <summary>
/// The 766 index in a report: the total and each group against its maximum for the year to date of the report's month
/// (as the national portal shows it), the things that win the most points back, and for the province its national rank.
/// </summary>
public sealed record Index766ReportSection(
    string PeriodText,
    string RuleSetText,
    decimal Total,
    string TotalText,
    IReadOnlyList<Index766ReportGroup> Groups,
    IReadOnlyList<string> Actions,
    string? RankText)
{
    /// <summary>How many things to do a report lists.</summary>
    public const int ActionCount = 5;

    /// <param name="who">Who does the things to do: the unit's name, or "Toàn tỉnh".</param>
    /// <param name="rankText">"Hạng 3/15 trong nhóm sở, ban, ngành"; "Hạng 48/63 toàn quốc (tháng 10/2025)".</param>
    public static Index766ReportSection From(Index766Breakdown breakdown, Period period, string who, string? rankText)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        ArgumentNullException.ThrowIfNull(period);
        return new Index766ReportSection(
            VietnameseFormat.PeriodName(period),
            breakdown.RuleSet.Source,
            breakdown.Total,
            VietnameseFormat.Points766OutOf(breakdown.Total, breakdown.MaxPoints),
            [.. breakdown.Groups.Select(g => new Index766ReportGroup(
                g.Group.NameVi, g.Points, g.MaxPoints, VietnameseFormat.Points766(g.Points), VietnameseFormat.MaxPoints766(g.MaxPoints)))],
            [.. breakdown.WinBacks.Take(ActionCount).Select(w => VietnameseFormat.WinBack766(who, w))],
            rankText);
    }
}
