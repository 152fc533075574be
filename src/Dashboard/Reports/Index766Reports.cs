using TargetsDashboard.Data.Index766;
using TargetsDashboard.Reporting;

namespace TargetsDashboard.Dashboard.Reports;

/// <summary>The 766 sections of the reports, over the year to date of the report's month as the national portal shows it.</summary>
public static class Index766Reports
{
    public static Index766ReportSection? Province(Index766Snapshot? data, YearMonth month)
    {
        var period = Period.YearToDate(month);
        if (data?.ProvinceBreakdown(period) is not { HasAnyFigure: true } breakdown)
        {
            return null;
        }

        var rank = data.NationalRanks.LastOrDefault(r => r.Month <= month);
        var rankText = rank is null
            ? null
            : $"hạng {VietnameseFormat.OutOf(rank.Rank, rank.OutOf)} toàn quốc tháng {VietnameseFormat.Month(rank.Month)} (nguồn: {rank.Source})";
        return Index766ReportSection.From(breakdown, period, "Toàn tỉnh", rankText);
    }

    public static Index766ReportSection? Unit(Index766Snapshot? data, UnitInfo unit, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var period = Period.YearToDate(month);
        if (data is null || !data.Engine.IsActive(unit.UnitId, period) || data.Breakdown(unit.UnitId, period) is not { HasAnyFigure: true } breakdown)
        {
            return null;
        }

        var entry = data.Engine.Rank(unit.PeerGroup, period).Entries.FirstOrDefault(e => e.Score.Unit.UnitId == unit.UnitId);
        var rankText = entry?.Rank is { } rank
            ? $"hạng {VietnameseFormat.OutOf(rank, data.Engine.RankedCount(unit.PeerGroup, period))} trong nhóm {VietnameseFormat.PeerGroupInSentence(unit.PeerGroup)}"
            : null;
        return Index766ReportSection.From(breakdown, period, unit.NameIn(period), rankText);
    }
}
