using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The template download and the import pages over the whole app, and the import workflow without a browser.</summary>
public class ImportEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Template_OfficeStaff_GetsAnXlsxWithEveryActiveUnit()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri("/nhap-so-lieu/mau/2025-11.xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mau-nhap-so-lieu-11-2025.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var codes = workbook.Worksheet(ImportTemplateLayout.DataSheet).Column(ImportTemplateLayout.UnitCodeColumn).CellsUsed().Skip(1).Select(c => c.GetString()).Distinct().ToList();
        Assert.Equal(110, codes.Count);
        Assert.Contains("so-tu-phap", codes);
        Assert.Contains("phuong-bien-hoa", codes);
        Assert.Empty(new ImportWorkbookReader().Read(bytes, "mau.xlsx", new DateOnly(2025, 11, 1)).Figures);
    }

    [Fact]
    public async Task Template_WithCurrentFigures_PrefillsTheMonth()
    {
        using var client = await factory.SignedInClientAsync();

        var bytes = await client.GetByteArrayAsync(new Uri("/nhap-so-lieu/mau/2025-10.xlsx?kem-so-lieu=true", UriKind.Relative));

        var batch = new ImportWorkbookReader().Read(bytes, "mau.xlsx", new DateOnly(2025, 10, 1));
        Assert.Empty(batch.ReaderIssues);
        Assert.True(batch.Figures.Count > 500, $"{batch.Figures.Count} figures.");
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("so-tu-phap")]
    [InlineData("phuong-bien-hoa")]
    public async Task Template_ReadOnlyRoles_AreForbidden(string userName)
    {
        using var client = await factory.SignedInClientAsync(userName);

        var response = await client.GetAsync(new Uri("/nhap-so-lieu/mau/2025-11.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Template_InvalidMonth_IsNotFoundInVietnamese()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri("/nhap-so-lieu/mau/2025-13.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("không hợp lệ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_OfficeStaff_ShowsMonthAndTemplateLink()
    {
        var text = await factory.PageTextAsync("/nhap-so-lieu?thang=2025-11");

        Assert.Contains("Nhập số liệu từ Excel", text, StringComparison.Ordinal);
        Assert.Contains("/nhap-so-lieu/mau/2025-11.xlsx", text, StringComparison.Ordinal);
        Assert.Contains("Tải tệp mẫu tháng 11/2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflow_CleanPreview_ConfirmsOnlyAfterAModeIsChosen()
    {
        var workflow = factory.Services.GetRequiredService<ImportWorkflow>();
        await workflow.SelectMonthAsync("2025-08");
        var bytes = Filled(await TemplateAsync("2025-08"), (2, 1, 2));

        await workflow.LoadAsync(_ => new MemoryStream(bytes), "thang-8.xlsx", bytes.Length);

        Assert.True(workflow.Preview!.CanCommit);
        Assert.Equal(1, workflow.Preview.ChangedCount);
        Assert.False(workflow.CanConfirm);
        workflow.Mode = ImportMode.Replace;
        Assert.True(workflow.CanConfirm);
        await workflow.ConfirmAsync("vanphong");
        Assert.True(workflow.OutcomeSucceeded);
        Assert.StartsWith("Đã ghi số liệu tháng 08/2025: 0 số liệu mới, 1 số liệu được thay thế", workflow.OutcomeMessage, StringComparison.Ordinal);
        Assert.Equal("/?ky=2025-08", workflow.OverviewHref);
        Assert.False(workflow.CanConfirm);
    }

    [Fact]
    public async Task Workflow_PreviewWithProblems_CannotConfirmWhateverTheMode()
    {
        var workflow = factory.Services.GetRequiredService<ImportWorkflow>();
        await workflow.SelectMonthAsync("2025-07");
        var bytes = Filled(await TemplateAsync("2025-07"), (2, 200, 100));

        await workflow.LoadAsync(_ => new MemoryStream(bytes), "loi.xlsx", bytes.Length);
        workflow.Mode = ImportMode.AddMissing;
        await workflow.ConfirmAsync("vanphong");

        var issue = Assert.Single(workflow.Preview!.Issues);
        Assert.Equal(("Số liệu", 2, "F"), (issue.Sheet, issue.Row, issue.Column));
        Assert.False(workflow.CanConfirm);
        Assert.Null(workflow.Outcome);
    }

    [Fact]
    public async Task Workflow_LockedMonth_SaysSoAndRefusesTheFile()
    {
        await using (var db = await factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TargetsDbContext>>().CreateForAsync("test"))
        {
            db.MonthLocks.Add(new MonthLock { Month = new DateOnly(2025, 1, 1), LockedBy = "quantri", LockedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var workflow = factory.Services.GetRequiredService<ImportWorkflow>();
        await workflow.SelectMonthAsync("2025-01");
        var bytes = Filled(await TemplateAsync("2025-01"), (2, 1, 2));
        await workflow.LoadAsync(_ => new MemoryStream(bytes), "khoa.xlsx", bytes.Length);

        Assert.Equal("Tháng 01/2025 đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.", workflow.MonthLockedMessage);
        Assert.Contains(workflow.Preview!.Issues, i => i.Message == workflow.MonthLockedMessage);
        Assert.False(workflow.CanConfirm);
        var text = await factory.PageTextAsync("/nhap-so-lieu?thang=2025-01");
        Assert.Contains("Tháng 01/2025 đã khóa sổ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflow_FileOverTheLimit_IsRefusedWithoutReadingIt()
    {
        var workflow = factory.Services.GetRequiredService<ImportWorkflow>();
        await workflow.SelectMonthAsync("2025-06");

        await workflow.LoadAsync(_ => throw new InvalidOperationException("must not open"), "lon.xlsx", 11 * 1024 * 1024);

        Assert.Contains("Tệp lớn hơn 10 MB", Assert.Single(workflow.Preview!.Issues).Message, StringComparison.Ordinal);
    }

    private async Task<byte[]> TemplateAsync(string month) =>
        await factory.Services.GetRequiredService<ImportTemplateSource>().CreateAsync(new DateOnly(int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture), 1));

    /// <summary>Writes one row's figures into a template.</summary>
    internal static byte[] Filled(byte[] template, (int Row, long Numerator, long Denominator) figure)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheet(ImportTemplateLayout.DataSheet);
        sheet.Cell(figure.Row, ImportTemplateLayout.NumeratorColumn).SetValue(figure.Numerator);
        sheet.Cell(figure.Row, ImportTemplateLayout.DenominatorColumn).SetValue(figure.Denominator);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
