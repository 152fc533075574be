using ClosedXML.Excel;
using Microsoft.Playwright;
using TargetsDashboard.Ingestion.Units;

namespace TargetsDashboard.EndToEnd.Tests;

/// <summary>An administrator sets a province up in the browser: units from a workbook, an indicator of its own.</summary>
public class ProvinceAdministrationBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("targets-e2e-units").FullName;

    [Fact]
    public async Task Administrator_ImportsUnitsFromTheTemplate_FixesTheErrorAndSeesTheNewUnits()
    {
        var page = await app.NewPageAsync(height: 1400, userName: "quantri");
        await page.GotoAsync("/quan-tri/don-vi");
        await AppServerFixture.WaitForInteractivityAsync(page);
        await AppServerFixture.ScreenshotAsync(page, "admin-units");

        // The link names the file; the template is fetched with the page's own session cookie.
        var link = page.GetByTestId("unit-template");
        await Assertions.Expect(link).ToHaveAttributeAsync("download", UnitWorkbook.TemplateFileName);
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        var template = Path.Combine(_folder, UnitWorkbook.TemplateFileName);
        await File.WriteAllBytesAsync(template, await response.BodyAsync());

        var withError = Path.Combine(_folder, "don-vi-loi.xlsx");
        Fill(template, withError, "Xã Thử Nghiệm Một", "Huyện");
        await page.GetByTestId("unit-upload").SetInputFilesAsync(withError);
        var problem = page.GetByTestId("problem");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await Assertions.Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync("2");
        await Assertions.Expect(problem.Locator("td").Nth(2)).ToHaveTextAsync("C");
        await Assertions.Expect(page.GetByTestId("unit-confirm")).ToHaveCountAsync(0);

        var fixedFile = Path.Combine(_folder, "don-vi.xlsx");
        Fill(template, fixedFile, "Xã Thử Nghiệm Một", "Xã");
        await page.GetByTestId("unit-upload").SetInputFilesAsync(fixedFile);
        await Assertions.Expect(page.GetByTestId("unit-preview-row")).ToHaveCountAsync(2);
        await AppServerFixture.ScreenshotAsync(page, "admin-unit-import-preview");
        await page.GetByTestId("unit-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("unit-outcome")).ToContainTextAsync("Đã thêm 2 đơn vị từ tệp don-vi.xlsx");
        await Assertions.Expect(page.Locator("[data-testid=unit-row][data-unit=xa-thu-nghiem-mot]")).ToContainTextAsync("Xã Thử Nghiệm Một");
    }

    [Fact]
    public async Task Administrator_CreatesAnIndicator_ItIsListedWithoutTargetsYet()
    {
        var page = await app.NewPageAsync(height: 1400, userName: "quantri");
        await page.GotoAsync("/quan-tri/chi-so");
        await AppServerFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByTestId("preset-applied")).ToBeVisibleAsync();
        await AppServerFixture.ScreenshotAsync(page, "admin-indicators");

        await page.GetByLabel("Mã (vd. DIGITIZED)", new() { Exact = true }).FillAsync("PAYMENT_ONLINE");
        await page.GetByLabel("Tên chỉ số", new() { Exact = true }).FillAsync("Hồ sơ thanh toán trực tuyến");
        await page.GetByLabel("Tên ngắn (tiêu đề cột)", new() { Exact = true }).FillAsync("Thanh toán TT");
        await page.GetByLabel("Tử số đếm gì", new() { Exact = true }).FillAsync("Số hồ sơ có thanh toán trực tuyến");
        await page.GetByLabel("Mẫu số đếm gì", new() { Exact = true }).FillAsync("Tổng số hồ sơ có phí, lệ phí");
        await page.GetByLabel("Một đơn vị của tử số (vd. hồ sơ được số hóa)", new() { Exact = true }).FillAsync("hồ sơ thanh toán trực tuyến");
        await page.GetByLabel("Một đơn vị của tử số (vd. hồ sơ được số hóa)", new() { Exact = true }).BlurAsync();
        await page.GetByTestId("create-indicator").ClickAsync();

        await Assertions.Expect(page.GetByTestId("admin-message")).ToContainTextAsync("Đã tạo chỉ số PAYMENT_ONLINE");
        var row = page.Locator("[data-testid=indicator-row][data-indicator=PAYMENT_ONLINE]");
        await Assertions.Expect(row).ToContainTextAsync("chưa có");
        await AppServerFixture.ScreenshotAsync(page, "admin-indicator-created");
    }

    /// <summary>The downloaded template with one commune written over its example ward.</summary>
    private static void Fill(string template, string path, string name, string kind)
    {
        using var workbook = new XLWorkbook(template);
        var sheet = workbook.Worksheet(UnitWorkbook.Sheet);
        sheet.Cell(2, 1).Value = "xa-thu-nghiem-mot";
        sheet.Cell(2, 2).Value = name;
        sheet.Cell(2, 3).Value = kind;
        sheet.Cell(3, 2).Value = "Phường Thử Nghiệm Hai";
        workbook.SaveAs(path);
    }
}
