using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class OverviewViewModelBuilderTests
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public void Build_NoFigures_SaysNoPeriodAndNoData()
    {
        var model = OverviewViewModelBuilder.Build(Snapshot([]), null, null);

        Assert.False(model.HasData);
        Assert.Empty(model.Tiles);
        Assert.Equal("Chưa có kỳ báo cáo", model.PeriodLabel);
    }

    [Fact]
    public void Build_TwoUnits_ShowsProvinceRatioAsSumOverSumAndCompleteness()
    {
        // 90/100 and 1/10: the province ratio is 91/110 = 82,7%, not the mean of 90% and 10%.
        var model = OverviewViewModelBuilder.Build(
            Snapshot([new(1, "DIGITIZED", October, 90, 100), new(2, "DIGITIZED", October, 1, 10)]),
            Period.ForMonth(October),
            null);

        var tile = Assert.Single(model.Tiles);
        Assert.Equal("Tháng 10/2025", model.PeriodLabel);
        Assert.Equal("82,7%", tile.Figure.RatioText);
        Assert.Equal("91/110", tile.Figure.FractionText);
        Assert.Equal("1/3 đơn vị đạt chỉ tiêu", tile.MeetingText);
        Assert.Equal("2/3 đơn vị đã báo cáo", model.CompletenessText);
        Assert.Equal(KpiStatus.Met, tile.Figure.Status);
        Assert.Equal("≥ 70%", tile.Figure.ThresholdText);
    }

    [Fact]
    public void Build_UnitBelowTarget_CellShowsGapAsWorkToDo()
    {
        // 1/10 against 70%: ceil(0,7 × 10) − 1 = 6 more dossiers.
        var model = OverviewViewModelBuilder.Build(
            Snapshot([new(1, "DIGITIZED", October, 90, 100), new(2, "DIGITIZED", October, 1, 10)]),
            Period.ForMonth(October),
            PeerGroup.CommunesAndWards);

        var commune = model.Rows.Single(r => r.UnitCode == "xa-b").Cells["DIGITIZED"];
        var silent = model.Rows.Single(r => r.UnitCode == "xa-c").Cells["DIGITIZED"];
        Assert.Equal(KpiStatus.NotMet, commune.Status);
        Assert.Equal("10,0%", commune.RatioText);
        Assert.Contains("cần thêm 6 hồ sơ được số hóa", commune.Detail, StringComparison.Ordinal);
        Assert.Equal(KpiStatus.Unknown, silent.Status);
        Assert.Equal("Chưa có", silent.RatioText);
        Assert.Equal(2, model.Rows.Count);
    }

    private static KpiSnapshot Snapshot(IReadOnlyList<Measurement> figures)
    {
        var engine = new KpiEngine(
            [new UnitInfo(1, "so-a", "Sở A", UnitKind.Department), new UnitInfo(2, "xa-b", "Xã B", UnitKind.Commune), new UnitInfo(3, "xa-c", "Xã C", UnitKind.Commune)],
            [new IndicatorInfo("DIGITIZED", "Hồ sơ được số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ được số hóa")],
            [new TargetRule(1, "DIGITIZED", 0.7m, Comparison.AtLeast, new YearMonth(2025, 1), null, null, "Công văn 4912/UBND-HCC")],
            figures);
        return new KpiSnapshot(engine, false, null, new Dictionary<string, IndicatorDetails>());
    }
}
