using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using TargetsDashboard.Formatting;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.EndToEnd.Tests;

public class ImportBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("targets-e2e-import").FullName;

    [Fact]
    public async Task OfficeStaff_ImportsAFilledTemplate_FixesTheErrorAndSeesTheFiguresOnTheOverview()
    {
        var page = await app.NewPageAsync(height: 1200);
        await page.GotoAsync("/nhap-so-lieu?thang=2025-11");
        await AppServerFixture.WaitForInteractivityAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-template").ClickAsync());
        Assert.Equal("mau-nhap-so-lieu-11-2025.xlsx", download.SuggestedFilename);
        var template = Path.Combine(_folder, download.SuggestedFilename);
        await download.SaveAsAsync(template);

        // Two units' five indicators; one numerator above its denominator.
        var withError = Path.Combine(_folder, "so-lieu-thang-11.xlsx");
        var errorRow = Fill(template, withError, numerator: 120);
        await page.GetByTestId("upload").SetInputFilesAsync(withError);

        var problem = page.GetByTestId("problem");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await Assertions.Expect(problem.Locator("td").Nth(0)).ToHaveTextAsync("Số liệu");
        await Assertions.Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync(errorRow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(problem.Locator("td").Nth(2)).ToHaveTextAsync("F");
        await Assertions.Expect(problem.Locator("td").Nth(3)).ToContainTextAsync("Tử số (120) lớn hơn mẫu số (100)");
        await Assertions.Expect(page.GetByTestId("confirm-panel")).ToHaveCountAsync(0);
        await AppServerFixture.ScreenshotAsync(page, "import-preview-errors");

        var fixedFile = Path.Combine(_folder, "so-lieu-thang-11-da-sua.xlsx");
        Fill(template, fixedFile, numerator: 90);
        await page.GetByTestId("upload").SetInputFilesAsync(fixedFile);

        await Assertions.Expect(page.GetByTestId("new-count")).ToHaveTextAsync("10");
        await Assertions.Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("confirm")).ToBeDisabledAsync();
        await page.GetByText("Thay thế số liệu hiện có của các đơn vị trong tệp").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm")).ToBeEnabledAsync();
        await Assertions.Expect(page.GetByTestId("confirm")).Not.ToHaveClassAsync(new Regex("mud-button-disabled"));
        await AppServerFixture.ScreenshotAsync(page, "import-preview-clean");
        await page.GetByTestId("confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("outcome")).ToContainTextAsync("Đã ghi số liệu tháng 11/2025: 10 số liệu mới, 0 số liệu được thay thế");
        await AppServerFixture.ScreenshotAsync(page, "import-confirmed");

        await page.GetByTestId("overview-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?ky=2025-11$"));
        var digitized = page.Locator("[data-testid=grid-row][data-unit=so-tu-phap] td[data-code=DIGITIZED]");
        await Assertions.Expect(digitized).ToHaveTextAsync(VietnameseFormat.Percent(0.75m));
        var ward = page.Locator("[data-testid=grid-row][data-unit=phuong-bien-hoa] td[data-code=DIGITIZED]");
        await Assertions.Expect(ward).ToHaveTextAsync(VietnameseFormat.Percent(0.9m));

        await page.GotoAsync("/nhap-so-lieu/lich-su");
        await Assertions.Expect(page.GetByTestId("history-row").First).ToContainTextAsync("so-lieu-thang-11-da-sua.xlsx");
        await AppServerFixture.ScreenshotAsync(page, "import-history");

        // The audit log's link to the import, as a person follows it: the import's own page lists what it wrote.
        await page.GetByRole(AriaRole.Link, new() { Name = "so-lieu-thang-11-da-sua.xlsx" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-change")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("[data-testid=import-change][data-unit=phuong-bien-hoa]").Filter(new() { HasText = "Số hóa" }))
            .ToContainTextAsync("Thêm mới");
        await AppServerFixture.ScreenshotAsync(page, "import-detail");
    }

    /// <summary>
    /// Fills so-tu-phap's five rows with 75 / 100 and phuong-bien-hoa's with <paramref name="numerator"/> / 100 on
    /// DIGITIZED (80 / 100 elsewhere), as a user would in Excel; returns the row of that DIGITIZED figure.
    /// </summary>
    private static int Fill(string template, string output, int numerator)
    {
        using var workbook = new XLWorkbook(template);
        var sheet = workbook.Worksheet(ImportTemplateLayout.DataSheet);
        var errorRow = 0;
        foreach (var row in sheet.RowsUsed().Skip(1))
        {
            var unit = row.Cell(ImportTemplateLayout.UnitCodeColumn).GetString();
            var indicator = row.Cell(ImportTemplateLayout.IndicatorCodeColumn).GetString();
            if (unit == "so-tu-phap")
            {
                row.Cell(ImportTemplateLayout.NumeratorColumn).SetValue(75);
                row.Cell(ImportTemplateLayout.DenominatorColumn).SetValue(100);
            }
            else if (unit == "phuong-bien-hoa")
            {
                var isTarget = indicator == "DIGITIZED";
                row.Cell(ImportTemplateLayout.NumeratorColumn).SetValue(isTarget ? numerator : 80);
                row.Cell(ImportTemplateLayout.DenominatorColumn).SetValue(100);
                errorRow = isTarget ? row.RowNumber() : errorRow;
            }
        }

        workbook.SaveAs(output);
        return errorRow;
    }
}
