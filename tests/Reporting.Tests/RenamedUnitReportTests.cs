using ClosedXML.Excel;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting.Tests;

/// <summary>Files of a month before a rename print the name of their time; files of later months the new name.</summary>
public class RenamedUnitReportTests
{
    private const string OldName = "Xã An Bình";
    private const string NewName = "Xã Bình An Mới";
    private static readonly YearMonth September = new(2025, 9);

    /// <summary>The commune was renamed from 01/10/2025: September is the last month of its old name.</summary>
    private static KpiEngine Engine() => ReportTestData.Engine(
    [
        .. ReportTestData.Units.Select(u => u.UnitId == ReportTestData.Commune
            ? u with { Name = NewName, FormerNames = [new UnitName(OldName, new DateOnly(2024, 1, 1), new DateOnly(2025, 9, 30))] }
            : u),
    ]);

    [Fact]
    public void UnitReport_MonthBeforeRename_TitleIssuerWorkbookAndDocumentUseOldName()
    {
        var model = new ReportModelBuilder().BuildUnitReport(Engine(), new UnitReportRequest("xa-an-binh", September, ReportTestData.IssueDate))!;

        Assert.Equal(OldName, model.Unit.Name);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ AN BÌNH", model.Header.IssuingBody);
        var html = System.Net.WebUtility.HtmlDecode(UnitReportDocument.Render(model));
        Assert.Contains("XÃ AN BÌNH", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BÌNH AN MỚI", html, StringComparison.Ordinal);
        Assert.DoesNotContain(NewName, html, StringComparison.Ordinal);
        var texts = CellTexts(UnitReportWorkbook.Create(model));
        Assert.Contains(texts, t => t.Contains(OldName, StringComparison.Ordinal) || t.Contains("XÃ AN BÌNH", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(NewName, StringComparison.Ordinal) || t.Contains("BÌNH AN MỚI", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitReport_MonthOfRename_UsesNewName()
    {
        var model = new ReportModelBuilder().BuildUnitReport(Engine(), new UnitReportRequest("xa-an-binh", ReportTestData.October, ReportTestData.IssueDate))!;

        Assert.Equal(NewName, model.Unit.Name);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ BÌNH AN MỚI", model.Header.IssuingBody);
    }

    [Fact]
    public void ProvinceSummary_MonthBeforeRename_RankingGridAndFilesUseOldName()
    {
        var model = new ReportModelBuilder().BuildProvinceSummary(Engine(), new ProvinceSummaryRequest(September, ReportTestData.IssueDate));

        var communes = model.Groups.Single(g => g.Group == PeerGroup.CommunesAndWards);
        Assert.Equal(OldName, communes.Ranking.Single(r => r.Unit.UnitId == ReportTestData.Commune).Unit.Name);
        Assert.Equal(OldName, model.StatusGrid.Single(r => r.Unit.UnitId == ReportTestData.Commune).Unit.Name);
        var html = System.Net.WebUtility.HtmlDecode(ProvinceSummaryDocument.Render(model));
        Assert.Contains(OldName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(NewName, html, StringComparison.Ordinal);
        var texts = CellTexts(ProvinceSummaryWorkbook.Create(model));
        Assert.Contains(OldName, texts);
        Assert.DoesNotContain(NewName, texts);
    }

    [Fact]
    public void DataExport_RangeOverRename_EachMonthRowsCarryThatMonthsName()
    {
        var model = ReportModelBuilder.BuildDataExport(Engine(), September, ReportTestData.October, ReportTestData.IssueDate);

        var commune = model.Rows.Where(r => r.Unit.UnitId == ReportTestData.Commune).ToList();
        Assert.All(commune.Where(r => r.Month == September), r => Assert.Equal(OldName, r.Unit.Name));
        Assert.All(commune.Where(r => r.Month == ReportTestData.October), r => Assert.Equal(NewName, r.Unit.Name));
        var texts = CellTexts(DataExportWorkbook.Create(model));
        Assert.Equal(5, texts.Count(t => t == OldName));
        Assert.Equal(5, texts.Count(t => t == NewName));
    }

    private static List<string> CellTexts(byte[] workbook)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        return [.. book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString())];
    }
}
