using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The 766 sections of the province summary and a unit's report, as downloaded, against the 766 engine.</summary>
public class Index766ReportTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task ProvinceSummaryXlsx_October_Has766SheetWithTheProvincesYearToDateGroupsAndTotal()
    {
        var province = (await SnapshotAsync()).Index766!.ProvinceBreakdown(Period.YearToDate(October))!;
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(Links.ProvinceSummary(DashboardFactory.LatestMonthToken, "xlsx"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("Chỉ số 766");
        Assert.Contains("Từ đầu năm đến 10/2025", sheet.Cell(2, 1).GetString(), StringComparison.Ordinal);
        for (var i = 0; i < province.Groups.Count; i++)
        {
            Assert.Equal(province.Groups[i].Group.NameVi, sheet.Cell(5 + i, 2).GetString());
            Assert.Equal((double)Math.Round(province.Groups[i].Points, 2, MidpointRounding.AwayFromZero), sheet.Cell(5 + i, 3).GetDouble(), 6);
        }

        Assert.Equal((double)Math.Round(province.Total, 2, MidpointRounding.AwayFromZero), sheet.Cell(5 + province.Groups.Count, 3).GetDouble(), 6);
    }

    [Fact]
    public async Task UnitReport_October_PdfHtmlAndXlsxCarryTheUnits766TotalAndFirstThingToDo()
    {
        var snapshot = await SnapshotAsync();
        var unit = snapshot.Engine.FindUnit("so-tu-phap")!;
        var breakdown = snapshot.Index766!.Breakdown(unit.UnitId, Period.YearToDate(October))!;
        var source = factory.Services.GetRequiredService<ReportSource>();

        var model = (await source.UnitReportAsync("so-tu-phap", October, CancellationToken.None)).Model!;
        var html = WebUtility.HtmlDecode(UnitReportDocument.Render(model));
        using var client = await factory.SignedInClientAsync();
        var xlsx = await client.GetByteArrayAsync(new Uri(Links.UnitReport("so-tu-phap", DashboardFactory.LatestMonthToken, "xlsx"), UriKind.Relative));

        Assert.Contains("VI. CHỈ SỐ 766 CỦA ĐƠN VỊ", html, StringComparison.Ordinal);
        Assert.Contains($"Tổng điểm: {VietnameseFormat.Points766OutOf(breakdown.Total, 100m)}", html, StringComparison.Ordinal);
        Assert.Contains(VietnameseFormat.WinBack766(unit.Name, breakdown.WinBacks[0]), html, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal((double)Math.Round(breakdown.Total, 2, MidpointRounding.AwayFromZero), workbook.Worksheet("Chỉ số 766").Cell(5 + breakdown.Groups.Count, 3).GetDouble(), 6);
    }

    private Task<KpiSnapshot> SnapshotAsync() => factory.Services.GetRequiredService<KpiDataSource>().GetAsync();
}
