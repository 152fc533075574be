using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;
using static TargetsDashboard.Dashboard.Tests.PageTestData;

namespace TargetsDashboard.Dashboard.Tests;

public class IndicatorPageViewModelBuilderTests
{
    [Fact]
    public void Build_UnknownCode_IsNotFound()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "KHONG_CO", Period.ForMonth(October), null);

        Assert.False(model.Found);
        Assert.Empty(model.Bars);
    }

    [Fact]
    public void Build_CodeInOtherCase_FindsTheIndicatorAndItsDefinition()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "digitized", Period.ForMonth(October), null);

        Assert.True(model.Found);
        Assert.Equal("DIGITIZED", model.Code);
        Assert.Equal("Số hồ sơ được số hóa", model.NumeratorText);
        Assert.Equal("Tổng số hồ sơ đã giải quyết", model.DenominatorText);
        Assert.Equal("≥ 70%", model.Total!.Figure.ThresholdText);
        Assert.Equal("Công văn 4912/UBND-HCC", model.Total.Figure.TargetSource);
        Assert.Equal(0.7m, model.TargetThreshold);
    }

    [Fact]
    public void Build_AllUnits_BarsHighestFirstUnknownLast()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "DIGITIZED", Period.ForMonth(October), null);

        Assert.Equal(["so-a", "so-b", "xa-b", "xa-c"], model.Bars.Select(b => b.UnitCode));
        var unknown = model.Bars[^1];
        Assert.Null(unknown.Ratio);
        Assert.Equal("Chưa có số liệu", unknown.RatioText);
        Assert.Equal(KpiStatus.Unknown, unknown.Status);
        Assert.Null(unknown.GapText);
    }

    [Fact]
    public void Build_ProvinceTotal_IsSumOverSumOfKnownUnits()
    {
        // (90 + 50 + 1) / (100 + 100 + 10) = 141/210 = 67,1%.
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "DIGITIZED", Period.ForMonth(October), null);

        Assert.Equal("67,1%", model.Total!.Figure.RatioText);
        Assert.Equal("141/210", model.Total.Figure.FractionText);
        Assert.Equal("Tỷ lệ toàn tỉnh", model.GroupLabel);
    }

    [Fact]
    public void Build_UnitsBelowTarget_GapIsWorkToDoAndRankIsWithinPeers()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "DIGITIZED", Period.ForMonth(October), null);

        var department = model.Bars.Single(b => b.UnitCode == "so-b");
        var commune = model.Bars.Single(b => b.UnitCode == "xa-b");
        Assert.Equal("cần thêm 20 hồ sơ được số hóa", department.GapText);
        Assert.Equal("cần thêm 6 hồ sơ được số hóa", commune.GapText);
        Assert.Equal(2, department.PeerRank);
        Assert.Equal(1, commune.PeerRank);
        Assert.Equal("–", model.Bars.Single(b => b.UnitCode == "xa-c").PeerRankText);
        Assert.Equal("50", department.NumeratorText);
        Assert.Equal("100", department.DenominatorText);
        Assert.Equal("/don-vi/so-b?ky=2025-10", department.Href);
    }

    [Fact]
    public void Build_GroupChosen_ShowsOnlyThatGroup()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "DIGITIZED", Period.ForMonth(October), PeerGroup.CommunesAndWards);

        Assert.Equal(["xa-b", "xa-c"], model.Bars.Select(b => b.UnitCode));
        Assert.Equal("10,0%", model.Total!.Figure.RatioText);
        Assert.Equal("Tỷ lệ chung của xã, phường", model.GroupLabel);
    }

    [Fact]
    public void Build_Trend_TwelveMonthsWithUnknownAsNullAndTargetOnlyWhereInForce()
    {
        var model = IndicatorPageViewModelBuilder.Build(Snapshot(), "DIGITIZED", Period.ForMonth(October), null);

        Assert.Equal(12, model.Trend.Count);
        Assert.Equal(new YearMonth(2024, 11), model.Trend[0].Month);
        Assert.Equal(October, model.Trend[^1].Month);
        var august = model.Trend.Single(p => p.Month == August);
        Assert.Null(august.Ratio);
        Assert.Equal("Chưa có số liệu", august.RatioText);
        Assert.Equal(100m / 210m, model.Trend.Single(p => p.Month == September).Ratio);
        Assert.Equal(141m / 210m, model.Trend[^1].Ratio);
        Assert.Null(model.Trend[0].Target);
        Assert.Equal("Chưa có chỉ tiêu", model.Trend[0].TargetText);
        Assert.Equal(0.7m, model.Trend[^1].Target);
    }

    [Fact]
    public void MonthsFor_Year_IsTheYearsTwelveMonths()
    {
        var months = TrendSeries.MonthsFor(Period.ForYear(2025));

        Assert.Equal(new YearMonth(2025, 1), months[0]);
        Assert.Equal(new YearMonth(2025, 12), months[^1]);
        Assert.Equal(12, months.Count);
    }
}
