using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting.Tests;

public class ReportModelBuilderTests
{
    private static readonly Period October = Period.ForMonth(ReportTestData.October);

    [Fact]
    public void BuildUnitReport_Department_FiguresEqualTheEngines()
    {
        var engine = ReportTestData.Engine();
        var model = ReportTestData.Builder().BuildUnitReport(engine, new UnitReportRequest("so-tu-phap", ReportTestData.October, ReportTestData.IssueDate))!;

        Assert.Equal(5, model.Indicators.Count);
        foreach (var row in model.Indicators)
        {
            var result = engine.Evaluate(ReportTestData.Justice, row.Code, October);
            Assert.Equal(result.Value.Ratio, row.Ratio);
            Assert.Equal(result.Status, row.Status);
            Assert.Equal(result.ChangePoints, row.ChangePoints);
            Assert.Equal(result.Target?.Threshold, row.Threshold);
            Assert.Equal(ReportTestData.Source, row.TargetSource);
            if (result.Value.IsKnown)
            {
                Assert.Equal(result.Value.Numerator, row.Numerator);
                Assert.Equal(result.Value.Denominator, row.Denominator);
            }
        }
    }

    [Fact]
    public void BuildUnitReport_IndicatorBelowTarget_GapReadsAsWorkToDo()
    {
        var digitized = ReportTestData.JusticeReport().Indicators.Single(i => i.Code == "DIGITIZED");

        Assert.Equal(300, digitized.Numerator);
        Assert.Equal(1234, digitized.Denominator);
        Assert.Equal(KpiStatus.NotMet, digitized.Status);
        // 70% of 1.234 is 863,8: 864 needed, 564 more.
        Assert.Equal("cần thêm 564 hồ sơ được số hóa", digitized.GapText);
        Assert.Equal("24,3%", digitized.RatioText);
    }

    [Fact]
    public void BuildUnitReport_IndicatorWithoutFigures_StaysUnknownNeverZero()
    {
        var contactless = ReportTestData.JusticeReport().Indicators.Single(i => i.Code == "CONTACTLESS");

        Assert.Null(contactless.Ratio);
        Assert.Null(contactless.Numerator);
        Assert.Equal(KpiStatus.Unknown, contactless.Status);
        Assert.Equal("Chưa có số liệu", contactless.RatioText);
        Assert.Null(contactless.GapText);
        Assert.Null(contactless.ChangePoints);
    }

    [Fact]
    public void BuildUnitReport_Department_HeaderNumberDateAndSigningFollowDecree30()
    {
        var model = ReportTestData.JusticeReport();

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", model.Header.ParentBody);
        Assert.Equal("SỞ TƯ PHÁP", model.Header.IssuingBody);
        Assert.Equal("Số: …/BC-STP", model.Header.Number);
        Assert.Equal("Đồng Nai, ngày 05 tháng 11 năm 2025", model.Header.PlaceDate);
        Assert.Equal("BÁO CÁO", model.Title);
        Assert.Equal("Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 10/2025", model.Summary);
        Assert.Null(model.Signing.OnBehalfOf);
        Assert.Equal("THỦ TRƯỞNG ĐƠN VỊ", model.Signing.Title);
        Assert.Contains("Lưu: VT.", model.Recipients);
    }

    [Fact]
    public void BuildUnitReport_Commune_IssuedByItsPeoplesCommitteeAndSignedByTheChairman()
    {
        var model = ReportTestData.Builder().BuildUnitReport(ReportTestData.Engine(), new UnitReportRequest("xa-an-binh", ReportTestData.October, ReportTestData.IssueDate))!;

        Assert.Equal("ỦY BAN NHÂN DÂN XÃ AN BÌNH", model.Header.IssuingBody);
        Assert.Null(model.Header.ParentBody);
        Assert.Equal([("ỦY BAN NHÂN DÂN", true), ("XÃ AN BÌNH", true)], model.Header.LeftLines);
        Assert.Equal("Số: …/BC-UBND", model.Header.Number);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", model.Signing.OnBehalfOf);
        Assert.Equal("CHỦ TỊCH", model.Signing.Title);
        Assert.Equal(PeerGroup.CommunesAndWards, model.Rank.Group);
        Assert.Equal(2, model.Rank.PeerCount);
    }

    [Fact]
    public void BuildUnitReport_Rank_EqualsTheEnginesRankingWithChange()
    {
        var engine = ReportTestData.Engine();
        var model = ReportTestData.Builder().BuildUnitReport(engine, new UnitReportRequest("so-tu-phap", ReportTestData.October, ReportTestData.IssueDate))!;
        var entry = engine.Rank(PeerGroup.Departments, October).Entries.Single(e => e.Score.Unit.UnitId == ReportTestData.Justice);

        Assert.Equal(entry.Rank, model.Rank.Rank);
        Assert.Equal(entry.PreviousRank, model.Rank.PreviousRank);
        Assert.Equal(entry.RankChange, model.Rank.Change);
        Assert.Equal(entry.Score.Score, model.Rank.Score);
        Assert.Equal(12, model.Rank.History.Count);
    }

    [Fact]
    public void BuildUnitReport_Trend_TwelveMonthsEndingWithTheReportMonth()
    {
        var engine = ReportTestData.Engine();
        var model = ReportTestData.Builder().BuildUnitReport(engine, new UnitReportRequest("so-tu-phap", ReportTestData.October, ReportTestData.IssueDate))!;

        Assert.Equal(new YearMonth(2024, 11), model.TrendMonths[0]);
        Assert.Equal(ReportTestData.October, model.TrendMonths[^1]);
        foreach (var row in model.Indicators)
        {
            Assert.Equal(12, row.Trend.Count);
            var september = row.Trend.Single(p => p.Month == new YearMonth(2025, 9));
            Assert.Equal(engine.Value(ReportTestData.Justice, row.Code, Period.ForMonth(new YearMonth(2025, 9))).Ratio, september.Ratio);
        }
    }

    [Fact]
    public void BuildUnitReport_UnknownUnit_ReturnsNull()
    {
        Assert.Null(ReportTestData.Builder().BuildUnitReport(ReportTestData.Engine(), new UnitReportRequest("khong-co", ReportTestData.October, ReportTestData.IssueDate)));
    }

    [Fact]
    public void BuildUnitReport_MonthWithoutFigures_HasNoFigures()
    {
        var model = ReportTestData.Builder().BuildUnitReport(ReportTestData.Engine(), new UnitReportRequest("so-tu-phap", new YearMonth(2020, 1), ReportTestData.IssueDate))!;

        Assert.False(model.HasFigures);
        Assert.All(model.Indicators, i => Assert.Equal("Chưa có số liệu", i.RatioText));
    }

    [Theory]
    [InlineData("Sở Nông nghiệp và Môi trường", "SNNMT")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL")]
    [InlineData("Sở Y tế", "SYT")]
    public void Abbreviation_DepartmentName_InitialsWithoutVa(string name, string expected)
    {
        Assert.Equal(expected, ReportModelBuilder.Abbreviation(new UnitInfo(9, "x", name, UnitKind.Department)));
    }
}
