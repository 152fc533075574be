using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// Builds <see cref="OverviewViewModel"/> from the KPI engine; no ratio is computed here. A model depends only on the
/// snapshot, the period and the group, so it is kept with its snapshot: a save replaces the snapshot, and with it every
/// model built from the old data.
/// </summary>
public sealed class OverviewViewModelBuilder(KpiDataSource dataSource)
{
    private const int MaxModelsPerSnapshot = 24;

    private static readonly ConditionalWeakTable<UnitScore, IReadOnlyDictionary<string, GridCell>> CellsByScore = new();

    private readonly ConditionalWeakTable<KpiSnapshot, ConcurrentDictionary<(Period?, PeerGroup?), OverviewViewModel>> _built = new();

    public async Task<OverviewViewModel> BuildAsync(string? periodToken, PeerGroup? group, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        var period = ViewQuery.ParsePeriod(periodToken, snapshot.LastMonth);
        var built = _built.GetOrCreateValue(snapshot);
        if (built.Count >= MaxModelsPerSnapshot)
        {
            // A national model holds 4,000 rows: someone paging through every period must not grow the cache forever.
            built.Clear();
        }

        return built.GetOrAdd((period, group), key => Build(snapshot, key.Item1, key.Item2));
    }

    public static OverviewViewModel Build(KpiSnapshot snapshot, Period? period, PeerGroup? group)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var engine = snapshot.Engine;
        if (period is null)
        {
            return new OverviewViewModel(null, VietnameseFormat.NoPeriod, group, snapshot.IsDemo, false, null, "Chưa đơn vị nào báo cáo", [], [], [], []);
        }

        var completeness = engine.Completeness(group, period);
        var tiles = engine.Indicators.Select(i => Tile(snapshot, engine.Total(i.Code, group, period))).ToList();
        var columns = engine.Indicators.Select(i => new IndicatorColumn(
            i.Code,
            snapshot.IndicatorDetails.GetValueOrDefault(i.Code)?.ShortNameVi ?? i.Code,
            i.NameVi,
            tiles.First(t => t.Code == i.Code).Figure.ThresholdText)).ToList();

        var groups = new[] { PeerGroup.Departments, PeerGroup.CommunesAndWards };
        var rows = groups.Where(g => group is null || g == group)
            .SelectMany(g => engine.Rank(g, period).Entries)
            .Select(Row)
            .ToList();

        return new OverviewViewModel(
            period,
            VietnameseFormat.PeriodName(period),
            group,
            snapshot.IsDemo,
            completeness.UnitsReported > 0,
            PeriodHeading.AsOf(snapshot),
            $"{completeness.UnitsReported}/{completeness.UnitsExpected} đơn vị đã báo cáo",
            groups.Where(g => group is null || g == group)
                .Select(g => engine.Completeness(g, period))
                .Select(c => new GroupCompleteness(VietnameseFormat.PeerGroup(c.Group), c.UnitsReported, c.UnitsExpected))
                .ToList(),
            tiles,
            columns,
            rows);
    }

    public static IndicatorTile Tile(KpiSnapshot snapshot, ProvinceTotal total)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(total);
        var value = total.Value;
        return new IndicatorTile(
            total.Indicator.Code,
            total.Indicator.NameVi,
            IndicatorFigureText.Of(value, total.Status, total.Target),
            $"{total.UnitsMeeting}/{total.UnitsExpected} đơn vị đạt chỉ tiêu",
            VietnameseFormat.ChangePoints(total.ChangePoints),
            snapshot.IndicatorDetails.GetValueOrDefault(total.Indicator.Code)?.IsWorkingDefinition ?? false);
    }

    public static GridCell Cell(UnitIndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var value = result.Value;
        var detail = value.IsKnown
            ? VietnameseFormat.Fraction(value)
            : value.Denominator == 0 ? "Mẫu số bằng 0" : VietnameseFormat.Unknown;
        if (result.Gap is { } gap)
        {
            detail += $" · {VietnameseFormat.GapText(gap, result.Indicator)}";
        }

        return new GridCell(result.Status, value.Ratio, value.IsKnown ? VietnameseFormat.Percent(value.Ratio) : "Chưa có", detail, result.Gap?.Points, result.IsClose);
    }

    private static OverviewRow Row(RankingEntry entry)
    {
        var score = entry.Score;
        return new OverviewRow(
            score.Unit.UnitId,
            score.Unit.Code,
            score.Unit.Name,
            VietnameseFormat.UnitKind(score.Unit.Kind),
            score.Score,
            score.HasAnyData ? VietnameseFormat.Score(score.Score) : VietnameseFormat.Unknown,
            entry.Rank,
            entry.RankChange,
            CellsOf(score));
    }

    /// <summary>
    /// A unit's cells, made once per score: after a save the engine keeps the scores of the units the save did not
    /// touch, so a national model built again formats only the changed unit's cells (4,000 × 5 otherwise).
    /// </summary>
    private static IReadOnlyDictionary<string, GridCell> CellsOf(UnitScore score) =>
        CellsByScore.GetValue(score, s => s.Indicators.ToDictionary(i => i.Indicator.Code, Cell));
}
