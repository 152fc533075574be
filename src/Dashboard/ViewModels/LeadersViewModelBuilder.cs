namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Builds <see cref="LeadersViewModel"/> from the engine's rankings and province totals; nothing is computed here.</summary>
public sealed class LeadersViewModelBuilder(KpiDataSource dataSource)
{
    /// <summary>A unit is listed as falling behind when it misses the target on this many indicators or more.</summary>
    public const int BelowTargetThreshold = RankingHighlights.BelowTargetThreshold;

    /// <summary>How many units the leaders, risers and fallers lists show.</summary>
    public const int TopCount = 3;

    public async Task<LeadersViewModel> BuildAsync(string? periodToken, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        return Build(snapshot, ViewQuery.ParsePeriod(periodToken, snapshot.LastMonth));
    }

    public static LeadersViewModel Build(KpiSnapshot snapshot, Period? period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (period is null)
        {
            return new LeadersViewModel(PeriodHeading.None(snapshot), []);
        }

        var engine = snapshot.Engine;
        var groups = RankingsViewModelBuilder.PeerGroups.Select(g => Group(snapshot, engine.Rank(g, period))).ToList();
        return new LeadersViewModel(PeriodHeading.For(snapshot, period), groups);
    }

    private static LeadersGroup Group(KpiSnapshot snapshot, Ranking ranking)
    {
        var engine = snapshot.Engine;
        var period = ranking.Period;
        var token = period.ToToken();
        var entries = ranking.Entries;
        var indicatorCount = engine.Indicators.Count;

        var leaders = entries.Where(e => e.Rank is <= TopCount)
            .Select(e => Item(e, token, $"{VietnameseFormat.Score(e.Score.Score)}/100"))
            .ToList();
        var risers = RankingHighlights.Risers(entries, TopCount)
            .Select(e => Item(e, token, $"hạng {e.PreviousRank} → {e.Rank}"))
            .ToList();
        var fallers = RankingHighlights.Fallers(entries, TopCount)
            .Select(e => Item(e, token, $"hạng {e.PreviousRank} → {e.Rank}"))
            .ToList();
        var below = RankingHighlights.BelowTarget(entries, BelowTargetThreshold)
            .Select(e => Item(e, token, $"{e.Score.NotMetCount}/{indicatorCount} chỉ tiêu chưa đạt"))
            .ToList();

        var indicators = engine.Indicators.Select(i => engine.Total(i.Code, ranking.Group, period)).Select(t => new LeaderIndicator(
            t.Indicator.Code,
            RankingsViewModelBuilder.ShortName(snapshot, t.Indicator.Code),
            t.Indicator.NameVi,
            t.Status,
            VietnameseFormat.Percent(t.Value.Ratio),
            VietnameseFormat.Threshold(t.Target),
            $"{t.UnitsMeeting}/{t.UnitsExpected} đơn vị đạt")).ToList();

        return new LeadersGroup(
            ranking.Group,
            ViewQuery.GroupToken(ranking.Group)!,
            VietnameseFormat.PeerGroup(ranking.Group),
            $"{engine.RankedCount(ranking.Group, period)}/{entries.Count} đơn vị được xếp hạng",
            leaders,
            risers,
            fallers,
            below,
            $"{below.Count}/{entries.Count} đơn vị chưa đạt từ {BelowTargetThreshold} chỉ tiêu trở lên",
            indicators);
    }

    private static LeaderItem Item(RankingEntry entry, string periodToken, string detail) => new(
        entry.Score.Unit.Code,
        entry.Score.Unit.Name,
        Links.Unit(entry.Score.Unit.Code, periodToken),
        entry.Rank,
        RankingsViewModelBuilder.RankText(entry.Rank),
        entry.Score.HasAnyData ? VietnameseFormat.Score(entry.Score.Score) : VietnameseFormat.Unknown,
        entry.RankChange,
        VietnameseFormat.RankChange(entry.RankChange),
        entry.Score.NotMetCount,
        detail);
}
