using TargetsDashboard.Dashboard.Formatting;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Builds <see cref="HomeViewModel"/> from the KPI engine; no ratio is computed here.</summary>
public sealed class HomeViewModelBuilder(KpiDataSource dataSource)
{
    /// <param name="period">The period to show; null for the latest month with figures.</param>
    public async Task<HomeViewModel> BuildAsync(Period? period, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        return Build(snapshot, period);
    }

    public static HomeViewModel Build(KpiSnapshot snapshot, Period? period)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var engine = snapshot.Engine;
        if (period is null && engine.LatestMonthWithData is null)
        {
            return new HomeViewModel("Chưa có kỳ báo cáo", snapshot.IsDemo, false, null, "Chưa đơn vị nào báo cáo", [], []);
        }

        period ??= Period.ForMonth(engine.LatestMonthWithData!.Value);
        var completeness = engine.Completeness(null, period);
        var tiles = engine.Indicators.Select(indicator =>
        {
            var total = engine.Total(indicator.Code, null, period);
            var details = snapshot.IndicatorDetails.GetValueOrDefault(indicator.Code);
            return new IndicatorTile(
                indicator.Code,
                indicator.NameVi,
                VietnameseFormat.Percent(total.Value.Ratio),
                total.Value.IsKnown ? $"{VietnameseFormat.Count(total.Value.Numerator!.Value)}/{VietnameseFormat.Count(total.Value.Denominator!.Value)}" : string.Empty,
                total.Status,
                VietnameseFormat.Status(total.Status),
                VietnameseFormat.Threshold(total.Target),
                total.Target?.Source,
                $"{total.UnitsMeeting}/{total.UnitsExpected} đơn vị đạt chỉ tiêu",
                VietnameseFormat.ChangePoints(total.ChangePoints),
                details?.IsWorkingDefinition ?? false);
        }).ToList();

        var groups = new[] { PeerGroup.Departments, PeerGroup.CommunesAndWards }
            .Select(g => engine.Completeness(g, period))
            .Select(c => new GroupCompleteness(VietnameseFormat.PeerGroup(c.Group), c.UnitsReported, c.UnitsExpected))
            .ToList();

        return new HomeViewModel(
            period.ToDisplayString(),
            snapshot.IsDemo,
            completeness.UnitsReported > 0,
            snapshot.LastChangedUtc is { } changed ? VietnameseFormat.DateTime(changed.ToLocalTime()) : null,
            $"{completeness.UnitsReported}/{completeness.UnitsExpected} đơn vị đã báo cáo",
            tiles,
            groups);
    }
}
