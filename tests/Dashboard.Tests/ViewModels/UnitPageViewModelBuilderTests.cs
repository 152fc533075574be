using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;
using static TargetsDashboard.Dashboard.Tests.PageTestData;

namespace TargetsDashboard.Dashboard.Tests;

public class UnitPageViewModelBuilderTests
{
    [Fact]
    public void Build_UnknownCode_IsNotFound()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "khong-co", Period.ForMonth(October), []);

        Assert.False(model.Found);
    }

    [Fact]
    public void Build_Department_RankAmongDepartmentsWithChangeAndScore()
    {
        // September: so-b 60% (score 85,7) ahead of so-a 35% (50,0). October: so-a 90% (100) ahead of so-b 50% (71,4).
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "so-a", Period.ForMonth(October), []);

        Assert.True(model.Found);
        Assert.Equal("Sở A", model.UnitName);
        Assert.Equal("Sở, ban, ngành", model.KindText);
        Assert.Equal("Hạng 1/2 sở, ban, ngành", model.RankText);
        Assert.Equal("▲ 1 so với kỳ trước (hạng 2)", model.RankChangeText);
        Assert.Equal("100,0/100", model.ScoreText);
    }

    [Fact]
    public void Build_CommuneBelowTarget_PanelShowsRatioStatusTargetAndGap()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "xa-b", Period.ForMonth(October), []);

        var panel = Assert.Single(model.Indicators);
        Assert.Equal("10,0%", panel.Figure.RatioText);
        Assert.Equal("1/10", panel.Figure.FractionText);
        Assert.Equal(KpiStatus.NotMet, panel.Figure.Status);
        Assert.Equal("Chưa đạt", panel.Figure.StatusText);
        Assert.Equal("≥ 70%", panel.Figure.ThresholdText);
        Assert.Equal("cần thêm 6 hồ sơ được số hóa", panel.GapText);
        Assert.Equal("/chi-tieu/DIGITIZED?ky=2025-10", panel.Href);
    }

    [Fact]
    public void Build_UnitWithoutFigures_IsUnrankedAndUnknownNeverZero()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "xa-c", Period.ForMonth(October), []);

        var panel = Assert.Single(model.Indicators);
        Assert.Equal("Chưa có số liệu", panel.Figure.RatioText);
        Assert.Equal(KpiStatus.Unknown, panel.Figure.Status);
        Assert.Null(panel.GapText);
        Assert.StartsWith("Chưa xếp hạng", model.RankText, StringComparison.Ordinal);
        Assert.Equal("Chưa có số liệu", model.ScoreText);
        Assert.All(panel.Trend, p => Assert.Null(p.Ratio));
    }

    [Fact]
    public void Build_Trend_ZeroDenominatorMonthIsNullNotZero()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "so-a", Period.ForMonth(October), []);

        var trend = Assert.Single(model.Indicators).Trend;
        var august = trend.Single(p => p.Month == August);
        Assert.Null(august.Ratio);
        Assert.Equal("0", august.DenominatorText);
        Assert.Equal(KpiStatus.Unknown, august.Status);
        Assert.Equal(0.35m, trend.Single(p => p.Month == September).Ratio);
        Assert.Equal("–", trend[0].NumeratorText);
    }

    [Fact]
    public void Build_RankHistory_TwelveMonthsWithRankAmongRankedPeersAndChange()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "so-a", Period.ForMonth(October), []);

        Assert.Equal(12, model.RankHistory.Count);
        var august = model.RankHistory.Single(r => r.Month == August);
        var september = model.RankHistory.Single(r => r.Month == September);
        var october = model.RankHistory.Single(r => r.Month == October);
        Assert.Null(august.Rank);
        Assert.Equal("Chưa xếp hạng", august.RankText);
        Assert.Equal("2/2", september.RankText);
        Assert.Equal("50,0", september.ScoreText);
        Assert.Equal(string.Empty, september.ChangeText);
        Assert.Equal("1/2", october.RankText);
        Assert.Equal("▲ 1", october.ChangeText);
    }

    [Fact]
    public void Build_Notes_EveryMonthNewestFirstWithNoNoteSaidSo()
    {
        var notes = new[] { new UnitNote(September, "Mất điện hai ngày, tiếp nhận trực tiếp tăng.", "vp", new DateTime(2025, 10, 2, 1, 0, 0, DateTimeKind.Utc)) };

        var model = UnitPageViewModelBuilder.Build(Snapshot(), "so-a", Period.ForMonth(October), notes);

        Assert.True(model.HasNotes);
        Assert.Equal(12, model.Notes.Count);
        Assert.Equal(October, model.Notes[0].Month);
        Assert.Equal("Chưa có ghi chú", model.Notes[0].Text);
        Assert.False(model.Notes[0].HasNote);
        Assert.Equal("Mất điện hai ngày, tiếp nhận trực tiếp tăng.", model.Notes[1].Text);
    }

    [Fact]
    public void Build_NoNotes_HasNotesIsFalse()
    {
        var model = UnitPageViewModelBuilder.Build(Snapshot(), "so-a", Period.ForMonth(October), []);

        Assert.False(model.HasNotes);
        Assert.All(model.Notes, n => Assert.Equal("Chưa có ghi chú", n.Text));
    }
}
