using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Dashboard.Tests;

public class ProvinceReportEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task ProvinceSummaryPdf_LatestMonth_ReturnsPdfAttachmentWithMeaningfulName()
    {
        using var client = await factory.SignedInClientAsync("lanhdao");

        var response = await client.GetAsync(new Uri(Links.ProvinceSummary(DashboardFactory.LatestMonthToken, "pdf"), UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-tong-hop-thang-10-2025.pdf", FileName(response));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task ProvinceSummaryXlsx_LatestMonth_TotalsEqualTheEngines()
    {
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(Links.ProvinceSummary(DashboardFactory.LatestMonthToken, "xlsx"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportEndpointsContentTypes.Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-tong-hop-thang-10-2025.xlsx", FileName(response));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(ProvinceSummaryWorkbook.TotalsSheetName);
        var row = ProvinceSummaryWorkbook.TotalsHeaderRow + 1;
        foreach (var indicator in engine.Indicators)
        {
            var total = engine.Total(indicator.Code, null, Period.ForMonth(new YearMonth(2025, 10)));
            Assert.Equal(indicator.NameVi, sheet.Cell(row, 2).GetString());
            Assert.Equal((double)total.Value.Ratio!.Value, sheet.Cell(row, 5).GetDouble(), 10);
            Assert.Equal(total.UnitsMeeting, sheet.Cell(row, 9).GetValue<int>());
            row++;
        }
    }

    [Theory]
    [InlineData("/bao-cao/tong-hop/2020-01.pdf", HttpStatusCode.NotFound, "Chưa có số liệu tháng 01/2020")]
    [InlineData("/bao-cao/tong-hop/thang-muoi.xlsx", HttpStatusCode.NotFound, "không hợp lệ")]
    [InlineData("/bao-cao/du-lieu.xlsx?tu=2020-01&den=2025-10", HttpStatusCode.BadRequest, "tối đa 60 tháng")]
    [InlineData("/bao-cao/du-lieu.xlsx?tu=2025-10&den=2025-01", HttpStatusCode.BadRequest, "sau tháng kết thúc")]
    [InlineData("/bao-cao/du-lieu.xlsx?tu=thang-mot", HttpStatusCode.BadRequest, "không hợp lệ")]
    [InlineData("/bao-cao/tat-ca/trang-thai/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound, "Không tìm thấy yêu cầu")]
    public async Task ProvinceReports_BadMonthOrRange_AnswerWithVietnameseMessage(string url, HttpStatusCode status, string message)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/bao-cao/tong-hop/2025-10.pdf")]
    [InlineData("/bao-cao/tong-hop/2025-10.xlsx")]
    [InlineData("/bao-cao/du-lieu.xlsx")]
    public async Task ProvinceReports_UnitHead_Forbidden(string url)
    {
        using var client = await factory.SignedInClientAsync("so-tu-phap");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("không có quyền", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataExport_Range_OneRowPerMeasurementWithDatesAndPercents()
    {
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(Links.DataExport("2025-09", "2025-10"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("so-lieu-chi-tieu-09-2025-den-10-2025.xlsx", FileName(response));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(DataExportWorkbook.DataSheetName);
        var expectedRows = new[] { new YearMonth(2025, 9), new YearMonth(2025, 10) }
            .Sum(m => engine.Units.Sum(u => engine.Indicators.Count(i => engine.Value(u.UnitId, i.Code, Period.ForMonth(m)).MonthsWithData > 0)));
        Assert.Equal(expectedRows + 1, sheet.RangeUsed()!.LastRow().RowNumber());
        Assert.Equal(new DateTime(2025, 9, 1), sheet.Cell(2, 6).GetDateTime());
        Assert.Equal("mm/yyyy", sheet.Cell(2, 6).Style.NumberFormat.Format);
        var unit = engine.Units.Single(u => u.Code == sheet.Cell(2, 1).GetString());
        var value = engine.Value(unit.UnitId, sheet.Cell(2, 4).GetString(), Period.ForMonth(new YearMonth(2025, 9)));
        Assert.Equal(unit.Name, sheet.Cell(2, 2).GetString());
        Assert.Equal((double)value.Ratio!.Value, sheet.Cell(2, 9).GetDouble(), 10);
    }

    /// <summary>
    /// The whole path through the real endpoints, on the departments only (?nhom=so-ban-nganh) to keep CI quick:
    /// the 110-unit archive is what the benchmark builds.
    /// </summary>
    [Fact]
    public async Task AllUnitsZip_StartPollDownload_HoldsEveryUnitsPdfAndWorkbook()
    {
        var month = new YearMonth(2025, 10);
        // The demo leaves about 2% of unit-months without figures, and a unit without figures has no report:
        // complete the month so that the archive holds every unit of the group.
        await CompleteMonthAsync(month);
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var units = engine.Units.Where(u => u.IsActiveIn(month) && u.Kind == UnitKind.Department).ToList();
        using var client = await factory.SignedInClientAsync();

        var start = await client.PostAsync(new Uri(Links.AllUnitsArchiveStart(DashboardFactory.LatestMonthToken, "so-ban-nganh"), UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var job = await start.Content.ReadFromJsonAsync<JsonElement>();
        var statusUrl = job.GetProperty("statusUrl").GetString()!;
        Assert.Equal(statusUrl, start.Headers.Location?.OriginalString);
        Assert.Equal(units.Count, job.GetProperty("total").GetInt32());

        JsonElement status;
        var polls = 0;
        do
        {
            await Task.Delay(500);
            status = await client.GetFromJsonAsync<JsonElement>(new Uri(statusUrl, UriKind.Relative));
            Assert.False(status.GetProperty("failed").GetBoolean());
            Assert.InRange(status.GetProperty("done").GetInt32(), 0, units.Count);
        }
        while (!status.GetProperty("finished").GetBoolean() && ++polls < 2000);

        var download = await client.GetAsync(new Uri(job.GetProperty("downloadUrl").GetString()!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-cac-don-vi-thang-10-2025-so-ban-nganh.zip", FileName(download));
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.True(units.Count >= 15, $"Only {units.Count} departments.");
        Assert.Equal(units.Count, names.Count(n => n.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Equal(units.Count, names.Count(n => n.EndsWith(".xlsx", StringComparison.Ordinal)));
        Assert.All(units, u => Assert.Contains($"so-ban-nganh/bao-cao-thang-10-2025-{u.Code}.pdf", names));
        Assert.DoesNotContain(names, n => n.StartsWith("xa-phuong/", StringComparison.Ordinal));

        await using var workbookStream = new MemoryStream();
        await using (var entry = await zip.GetEntry("so-ban-nganh/bao-cao-thang-10-2025-so-tu-phap.xlsx")!.OpenAsync())
        {
            await entry.CopyToAsync(workbookStream);
        }

        workbookStream.Position = 0;
        using var workbook = new XLWorkbook(workbookStream);
        Assert.Equal("SỞ TƯ PHÁP", workbook.Worksheet(UnitReportWorkbook.ReportSheetName).Cell("A2").GetString());
    }

    [Fact]
    public async Task AllUnitsZip_OtherUserOrUnitHead_CannotStartOrSeeTheJob()
    {
        using var office = await factory.SignedInClientAsync();
        using var leader = await factory.SignedInClientAsync("lanhdao");
        using var head = await factory.SignedInClientAsync("so-tu-phap");

        var forbidden = await head.PostAsync(new Uri(Links.AllUnitsArchiveStart(DashboardFactory.LatestMonthToken), UriKind.Relative), null);
        var noFigures = await office.PostAsync(new Uri(Links.AllUnitsArchiveStart("2020-01"), UriKind.Relative), null);
        var badGroup = await office.PostAsync(new Uri(Links.AllUnitsArchiveStart(DashboardFactory.LatestMonthToken, "huyen"), UriKind.Relative), null);
        var start = await office.PostAsync(new Uri(Links.AllUnitsArchiveStart(DashboardFactory.LatestMonthToken, "so-ban-nganh"), UriKind.Relative), null);
        var job = await start.Content.ReadFromJsonAsync<JsonElement>();
        var othersView = await leader.GetAsync(new Uri(job.GetProperty("statusUrl").GetString()!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noFigures.StatusCode);
        Assert.Contains("Chưa có số liệu tháng 01/2020", await noFigures.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, othersView.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badGroup.StatusCode);
        Assert.Contains("không hợp lệ", await badGroup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task CompleteMonthAsync(YearMonth month)
    {
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var contextFactory = factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        await using var db = await contextFactory.CreateForAsync("test");
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id);
        var period = Period.ForMonth(month);
        foreach (var unit in engine.Units.Where(u => u.IsActiveIn(month)))
        {
            foreach (var indicator in engine.Indicators.Where(i => engine.Value(unit.UnitId, i.Code, period).MonthsWithData == 0))
            {
                db.Measurements.Add(new Data.Entities.Measurement { UnitId = unit.UnitId, IndicatorId = indicators[indicator.Code], Month = month.FirstDay, Numerator = 80, Denominator = 100, UpdatedBy = "test" });
            }
        }

        await db.SaveChangesAsync();
        factory.Services.GetRequiredService<DataChangeSignal>().Raise();
    }

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    private static class ReportEndpointsContentTypes
    {
        public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
