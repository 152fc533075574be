namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Builds <see cref="RankingsViewModel"/> from the KPI engine's rankings; no score or rank is computed here.</summary>
public sealed class RankingsViewModelBuilder(KpiDataSource dataSource)
{
    /// <summary>Months shown in the rank history chart, ending with the period's last month.</summary>
    public const int HistoryMonths = 12;

    public static IReadOnlyList<PeerGroup> PeerGroups { get; } = [PeerGroup.Departments, PeerGroup.CommunesAndWards];

    public async Task<RankingsViewModel> BuildAsync(string? periodToken, string? unitsToken, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        return Build(snapshot, ViewQuery.ParsePeriod(periodToken, snapshot.LastMonth), unitsToken);
    }

    public static RankingsViewModel Build(KpiSnapshot snapshot, Period? period, string? unitsToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var engine = snapshot.Engine;
        var selected = ViewQuery.ParseUnitCodes(unitsToken, engine.Units.Select(u => u.Code));
        if (period is null)
        {
            return new RankingsViewModel(PeriodHeading.None(snapshot), "Chưa đơn vị nào báo cáo", [], [], [], selected, RankHistoryModel.Empty, false);
        }

        var token = period.ToToken();
        var completeness = engine.Completeness(null, period);
        var columns = Columns(snapshot, period);
        var sections = PeerGroups
            .Select(g => Section(snapshot, engine.Rank(g, period), token, selected))
            .ToList();

        return new RankingsViewModel(
            PeriodHeading.For(snapshot, period),
            $"{completeness.UnitsReported}/{completeness.UnitsExpected} đơn vị đã báo cáo",
            PeerGroups.Select(g => engine.Completeness(g, period))
                .Select(c => new GroupCompleteness(VietnameseFormat.PeerGroup(c.Group), c.UnitsReported, c.UnitsExpected))
                .ToList(),
            columns,
            sections,
            selected,
            History(engine, period, selected),
            AnyTargetInForce(engine, period));
    }

    /// <summary>The rank history of the chosen units over the <see cref="HistoryMonths"/> months ending with the period's last month.</summary>
    /// <param name="formatScore">How a score reads in the chart's tooltips; the directive's one decimal when null.</param>
    /// <param name="pageWith">The page's URL with the given units in the chart; the directive's rankings when null.</param>
    public static RankHistoryModel History(
        KpiEngine engine,
        Period period,
        IReadOnlyList<string> unitCodes,
        Func<decimal, string>? formatScore = null,
        Func<IEnumerable<string>, string>? pageWith = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(unitCodes);
        var months = Enumerable.Range(0, HistoryMonths)
            .Select(i => Period.ForMonth(period.End.AddMonths(i - HistoryMonths + 1)))
            .ToList();
        var token = period.ToToken();
        formatScore ??= score => VietnameseFormat.Score(score);
        pageWith ??= codes => Links.Rankings(token, codes);
        var series = new List<RankHistorySeries>();
        foreach (var code in unitCodes)
        {
            var unit = engine.FindUnit(code)!;
            var points = engine.RankHistory(unit.UnitId, months);
            series.Add(new RankHistorySeries(
                unit.Code,
                unit.NameIn(period),
                VietnameseFormat.PeerGroup(unit.PeerGroup),
                points.Select(p => p.Rank).ToList(),
                points.Select(p => p.Score is { } score ? formatScore(score) : "–").ToList(),
                pageWith(unitCodes.Where(c => c != code))));
        }

        var maxRank = series.SelectMany(s => s.Ranks).Max() ?? 1;
        return new RankHistoryModel(months.Select(m => m.Start.ToString()).ToList(), series, Math.Max(maxRank, 1));
    }

    /// <summary>The indicator columns with their short names and the threshold in force at the end of the period.</summary>
    public static IReadOnlyList<IndicatorColumn> Columns(KpiSnapshot snapshot, Period period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(period);
        var engine = snapshot.Engine;
        return engine.Indicators.Select(i => new IndicatorColumn(
            i.Code,
            ShortName(snapshot, i.Code),
            i.NameVi,
            VietnameseFormat.Threshold(engine.Total(i.Code, null, period).Target))).ToList();
    }

    public static string ShortName(KpiSnapshot snapshot, string code)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.IndicatorDetails.GetValueOrDefault(code)?.ShortNameVi ?? code;
    }

    private static RankingSection Section(KpiSnapshot snapshot, Ranking ranking, string periodToken, IReadOnlyList<string> selected)
    {
        var rows = ranking.Entries.Select(e => Row(snapshot, e, periodToken, selected)).ToList();
        var ranked = snapshot.Engine.RankedCount(ranking.Group, ranking.Period);
        return new RankingSection(
            ranking.Group,
            ViewQuery.GroupToken(ranking.Group)!,
            VietnameseFormat.PeerGroup(ranking.Group),
            $"{ranked}/{rows.Count} đơn vị được xếp hạng",
            rows);
    }

    private static RankingRow Row(KpiSnapshot snapshot, RankingEntry entry, string periodToken, IReadOnlyList<string> selected)
    {
        var score = entry.Score;
        var unit = score.Unit;
        var isSelected = selected.Contains(unit.Code, StringComparer.Ordinal);
        var toggled = isSelected ? selected.Where(c => c != unit.Code) : selected.Append(unit.Code);
        return new RankingRow(
            unit.Code,
            unit.Name,
            VietnameseFormat.UnitKind(unit.Kind),
            Links.Unit(unit.Code, periodToken),
            entry.Rank,
            RankText(entry.Rank),
            entry.RankChange,
            VietnameseFormat.RankChange(entry.RankChange),
            score.HasAnyData ? VietnameseFormat.Score(score.Score) + "/100" : VietnameseFormat.Unknown,
            score.Indicators.ToDictionary(i => i.Indicator.Code, OverviewViewModelBuilder.Cell),
            score.MetCount,
            $"{score.MetCount}/{score.Indicators.Count}",
            score.UnknownIndicators.Select(c => ShortName(snapshot, c)).ToList(),
            UnscoredText(snapshot, score),
            isSelected,
            Links.Rankings(periodToken, toggled));
    }

    /// <summary>Why indicators earned nothing: "chưa có số liệu: Số hóa; chưa có chỉ tiêu: Toàn trình"; null when all earned.</summary>
    public static string? UnscoredText(KpiSnapshot snapshot, UnitScore score)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(score);
        var unscored = score.Indicators.Where(i => score.UnknownIndicators.Contains(i.Indicator.Code)).ToList();
        var noData = unscored.Where(i => !i.Value.IsKnown).Select(i => ShortName(snapshot, i.Indicator.Code)).ToList();
        var noTarget = unscored.Where(i => i.Value.IsKnown).Select(i => ShortName(snapshot, i.Indicator.Code)).ToList();
        var parts = new List<string>();
        if (noData.Count > 0)
        {
            parts.Add("chưa có số liệu: " + string.Join(", ", noData));
        }

        if (noTarget.Count > 0)
        {
            parts.Add("chưa có chỉ tiêu: " + (noTarget.Count == score.Indicators.Count ? "tất cả" : string.Join(", ", noTarget)));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Whether any target is in force at the end of the period for either peer group; scores mean nothing otherwise.</summary>
    public static bool AnyTargetInForce(KpiEngine engine, Period period)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(period);
        return engine.Indicators.Any(i => Enum.GetValues<UnitKind>().Any(k => engine.TargetFor(i.Code, k, period.End) is not null));
    }

    public static string RankText(int? rank) => VietnameseFormat.Number(rank);
}
