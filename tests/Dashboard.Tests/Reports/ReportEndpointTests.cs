using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting.Excel;

namespace TargetsDashboard.Dashboard.Tests;

public class ReportEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task UnitReportPdf_KnownUnitAndMonth_ReturnsPdfAttachmentWithMeaningfulName()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(Links.UnitReport("so-tu-phap", DashboardFactory.LatestMonthToken, "pdf"), UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("bao-cao-thang-10-2025-so-tu-phap.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    [Fact]
    public async Task UnitReportXlsx_KnownUnitAndMonth_WorkbookHoldsTheEnginesFiguresAndTheNote()
    {
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var unit = engine.Units.Single(u => u.Code == "so-tu-phap");
        var month = new YearMonth(2025, 10);
        await SaveNoteAsync(unit.UnitId, month, "=HYPERLINK(\"http://example.com\",\"xem\")");
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(Links.UnitReport("so-tu-phap", DashboardFactory.LatestMonthToken, "xlsx"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-thang-10-2025-so-tu-phap.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(UnitReportWorkbook.ReportSheetName);
        Assert.Equal("SỞ TƯ PHÁP", sheet.Cell("A2").GetString());
        var row = UnitReportWorkbook.FirstDataRow;
        foreach (var indicator in engine.Indicators)
        {
            var value = engine.Value(unit.UnitId, indicator.Code, Period.ForMonth(month));
            var ratio = sheet.Cell(row, 5);
            Assert.Equal(indicator.NameVi, sheet.Cell(row, 2).GetString());
            if (value.Ratio is { } expected)
            {
                Assert.Equal(XLDataType.Number, ratio.DataType);
                Assert.Equal((double)expected, ratio.GetDouble(), 10);
                Assert.Equal("0.0%", ratio.Style.NumberFormat.Format);
            }
            else
            {
                Assert.Equal("Chưa có số liệu", ratio.GetString());
            }

            row++;
        }

        var note = sheet.CellsUsed().Single(c => c.GetString().StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.False(note.HasFormula);
        Assert.Equal(XLDataType.Text, note.DataType);
    }

    [Theory]
    [InlineData("/bao-cao/don-vi/khong-co-don-vi-nay/2025-10.pdf", "Không tìm thấy đơn vị")]
    [InlineData("/bao-cao/don-vi/khong-co-don-vi-nay/2025-10.xlsx", "Không tìm thấy đơn vị")]
    [InlineData("/bao-cao/don-vi/so-tu-phap/2020-01.pdf", "Chưa có số liệu")]
    [InlineData("/bao-cao/don-vi/so-tu-phap/thang-muoi.xlsx", "không hợp lệ")]
    public async Task UnitReport_UnknownUnitOrMonthWithoutFigures_Returns404WithVietnameseMessage(string url, string message)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task SaveNoteAsync(int unitId, YearMonth month, string text)
    {
        var contextFactory = factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        await using var db = await contextFactory.CreateForAsync("test");
        var day = month.FirstDay;
        var existing = await db.UnitMonthNotes.SingleOrDefaultAsync(n => n.UnitId == unitId && n.Month == day);
        if (existing is null)
        {
            db.UnitMonthNotes.Add(new UnitMonthNote { UnitId = unitId, Month = day, Text = text });
        }
        else
        {
            existing.Text = text;
        }

        await db.SaveChangesAsync();
    }
}
