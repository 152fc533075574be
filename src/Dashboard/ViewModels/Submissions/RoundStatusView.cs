using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Status;

namespace TargetsDashboard.Dashboard.ViewModels.Submissions;

/// <summary>One state's count on the status page, with the link that filters by it.</summary>
public sealed record RoundStatusCount(RoundStatus Status, string Label, int Count, string Link, bool Selected);

/// <summary>The office's status page of a month: counts per state (of the chosen group), the filtered list, the links.</summary>
public sealed record RoundStatusView(
    MonthRoundStatus Round,
    RoundStatus? Status,
    PeerGroup? Group,
    IReadOnlyList<RoundStatusCount> Counts,
    IReadOnlyList<UnitRoundStatus> Rows,
    string WorkbookLink)
{
    /// <summary>The filters come from the URL; an unknown token shows everything rather than nothing.</summary>
    public static RoundStatusView Build(MonthRoundStatus round, string? statusToken, string? groupToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var status = RoundWords.FromToken(statusToken);
        var group = ViewQuery.ParseGroup(groupToken);
        var inGroup = round.Units.Where(u => group is null || u.Group == group).ToList();
        var counts = RoundWords.All
            .Select(s => new RoundStatusCount(s, RoundWords.Label(s), inGroup.Count(u => u.Status == s), SubmissionLinks.Status(round.Month, s == status ? null : s, group), s == status))
            .ToList();
        var rows = inGroup.Where(u => status is null || u.Status == status).ToList();
        return new RoundStatusView(round, status, group, counts, rows, SubmissionLinks.StatusWorkbook(round.Month, status, group));
    }

    public YearMonth Month => Round.Month;
}
