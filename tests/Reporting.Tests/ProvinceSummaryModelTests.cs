using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting.Tests;

public class ProvinceSummaryModelTests
{
    private static readonly Period October = Period.ForMonth(ReportTestData.October);

    [Fact]
    public void BuildProvinceSummary_Totals_EqualTheEnginesProvinceTotals()
    {
        var engine = ProvinceTestData.Engine();

        var model = ProvinceTestData.Summary(engine);

        Assert.Equal(engine.Indicators.Count, model.Totals.Count);
        foreach (var total in model.Totals)
        {
            var expected = engine.Total(total.Indicator.Code, null, October);
            Assert.Equal(expected.Value.Ratio, total.Ratio);
            Assert.Equal(expected.Value.Numerator, total.Numerator);
            Assert.Equal(expected.UnitsMeeting, total.UnitsMeeting);
            Assert.Equal(expected.UnitsReported, total.UnitsReported);
            Assert.Equal(110, total.UnitsExpected);
        }

        Assert.Equal(engine.Completeness(null, October).UnitsReported, model.UnitsReported);
        Assert.Equal(110, model.UnitsExpected);
        Assert.True(model.UnitsReported < model.UnitsExpected);
    }

    [Fact]
    public void BuildProvinceSummary_Rankings_FollowTheEngineAndTheSharedHighlightRules()
    {
        var engine = ProvinceTestData.Engine();

        var model = ProvinceTestData.Summary(engine);

        Assert.Equal([PeerGroup.Departments, PeerGroup.CommunesAndWards], model.Groups.Select(g => g.Group));
        foreach (var group in model.Groups)
        {
            var ranking = engine.Rank(group.Group, October);
            Assert.Equal(ranking.Entries.Select(e => (e.Score.Unit.Code, e.Rank, e.RankChange)), group.Ranking.Select(r => (r.Unit.Code, r.Rank, r.Change)));
            Assert.Equal(RankingHighlights.Risers(ranking.Entries, ProvinceSummaryModel.MoverCount).Select(e => e.Score.Unit.Code), group.Risers.Select(r => r.Unit.Code));
            Assert.Equal(RankingHighlights.Fallers(ranking.Entries, ProvinceSummaryModel.MoverCount).Select(e => e.Score.Unit.Code), group.Fallers.Select(r => r.Unit.Code));
            Assert.All(group.BelowTarget, r => Assert.True(r.NotMetCount >= 3));
            Assert.Equal(ranking.Entries.Count(e => e.Score.NotMetCount >= 3), group.BelowTarget.Count);
        }

        Assert.NotEmpty(model.Groups.SelectMany(g => g.BelowTarget));
        Assert.NotEmpty(model.Groups.SelectMany(g => g.Risers));
    }

    [Fact]
    public void BuildProvinceSummary_StatusGrid_EveryActiveUnitWithTheEnginesRatioAndStatus()
    {
        var engine = ProvinceTestData.Engine();

        var model = ProvinceTestData.Summary(engine);

        Assert.Equal(110, model.StatusGrid.Count);
        Assert.Equal(["Phi địa giới", "Phi tiếp xúc", "Số hóa", "Toàn trình", "Xử lý trực tuyến"], model.Indicators.Select(i => i.ShortName));
        foreach (var row in model.StatusGrid)
        {
            for (var i = 0; i < engine.Indicators.Count; i++)
            {
                var result = engine.Evaluate(row.Unit.UnitId, engine.Indicators[i].Code, October);
                Assert.Equal(result.Value.Ratio, row.Cells[i].Ratio);
                Assert.Equal(result.Status, row.Cells[i].Status);
            }
        }
    }

    [Fact]
    public void BuildProvinceSummary_Header_IssuedByTheProvinceOffice()
    {
        var model = ProvinceTestData.Summary();

        Assert.Equal([("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", false), ("VĂN PHÒNG", true)], model.Header.LeftLines);
        Assert.Equal("Đồng Nai, ngày 05 tháng 11 năm 2025", model.Header.PlaceDate);
        Assert.Contains("tháng 10/2025", model.Summary, StringComparison.Ordinal);
    }
}
