
namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>
/// The 766 rankings: departments and communes/wards ranked separately by total (the 766 engine ranks; ties share a
/// rank), ▲▼ since the previous period of the same kind, each unit's group points, and the rank history of chosen units.
/// </summary>
public sealed class Index766RankingsViewModelBuilder(KpiDataSource dataSource)
{
    public async Task<Index766RankingsViewModel> BuildAsync(string? periodToken, string? unitsToken, CancellationToken cancellationToken = default) =>
        Build(await dataSource.GetAsync(cancellationToken), periodToken, unitsToken);

    public static Index766RankingsViewModel Build(KpiSnapshot snapshot, string? periodToken, string? unitsToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (header, data, period) = Index766ViewModelBuilder.Header(snapshot, periodToken);
        var ruleSet = period is null ? null : data?.Scoring.RuleSetFor(period.End);
        if (data is null || period is null || ruleSet is null)
        {
            return new Index766RankingsViewModel(header, false, VietnameseFormat.NoPeriod, [], [], RankHistoryModel.Empty);
        }

        var engine = data.Engine;
        var token = period.ToToken();
        var selected = ViewQuery.ParseUnitCodes(unitsToken, engine.Units.Select(u => u.Code));
        var sections = RankingsViewModelBuilder.PeerGroups.Select(group =>
        {
            var ranking = engine.Rank(group, period);
            var rows = ranking.Entries.Select(entry =>
            {
                var unit = entry.Score.Unit;
                var breakdown = entry.Rank is null ? null : data.Scoring.Breakdown(entry.Score.Indicators);
                var isSelected = selected.Contains(unit.Code, StringComparer.Ordinal);
                var toggled = isSelected ? selected.Where(c => c != unit.Code) : selected.Append(unit.Code);
                return new Index766RankingRow(
                    unit.Code,
                    unit.Name,
                    Index766Links.Unit(unit.Code, token),
                    VietnameseFormat.Number(entry.Rank),
                    VietnameseFormat.RankChange(entry.RankChange),
                    entry.Rank is null ? VietnameseFormat.Dash : VietnameseFormat.Points766(entry.Score.Score),
                    breakdown is null ? [.. ruleSet.Groups.Select(_ => VietnameseFormat.Dash)] : [.. breakdown.Groups.Select(g => VietnameseFormat.Points766(g.Points))],
                    isSelected,
                    Index766Links.Rankings(token, toggled));
            }).ToList();
            return new Index766RankingSection(
                group,
                VietnameseFormat.PeerGroup(group),
                $"{engine.RankedCount(group, period)}/{rows.Count} đơn vị được xếp hạng",
                rows);
        }).ToList();

        var history = RankingsViewModelBuilder.History(
            engine, period, selected, score => VietnameseFormat.Points766(score), codes => Index766Links.Rankings(token, codes));
        return new Index766RankingsViewModel(
            header,
            sections.Any(s => s.Rows.Any(r => r.RankText != VietnameseFormat.Dash)),
            VietnameseFormat.PeriodName(period.Previous()),
            [.. ruleSet.Groups.Select(g => g.NameVi)],
            sections,
            history);
    }
}
