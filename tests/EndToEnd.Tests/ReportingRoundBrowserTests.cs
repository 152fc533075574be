using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.EndToEnd.Tests;

/// <summary>
/// One month's round in the browser: the focal officer fills the month, explains a warning and sends it; the office
/// returns it with a reason; the officer fixes it and sends again; the office accepts. The status page's counts follow
/// each step; the overview shows the new figures and the unit's PDF prints the text sections.
/// </summary>
public class ReportingRoundBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private const string Month = "2025-11";
    private const string Highlights = "Tiếp nhận hồ sơ trực tuyến tăng ở cả ba bộ phận một cửa.";
    private const string Difficulties = "Đường truyền tại bộ phận một cửa chập chờn đầu tháng.";

    [Fact]
    public async Task FocalOfficer_SendsTheMonth_OfficeReturnsThenAccepts_OverviewAndPdfShowIt()
    {
        var last = await OctoberFiguresAsync();
        var officer = await app.NewPageAsync(height: 1400, userName: "dau-moi-so-tu-phap");
        await officer.GotoAsync($"/don-vi/so-tu-phap/nop-bao-cao?thang={Month}");
        await AppServerFixture.WaitForInteractivityAsync(officer);
        await Assertions.Expect(officer.GetByTestId("state")).ToHaveTextAsync("Chưa nộp");

        // Every figure moves a little from October's; DIGITIZED repeats October's exactly: one warning to explain.
        foreach (var (code, (numerator, denominator)) in last)
        {
            var same = code == "DIGITIZED";
            await FillAsync(officer, code, same ? numerator : numerator + 1, same ? denominator : denominator + 1);
        }

        await officer.Locator("textarea[data-testid=section-highlights]").FillAsync(Highlights);
        await officer.Locator("textarea[data-testid=section-difficulties]").FillAsync(Difficulties);
        await officer.Locator("textarea[data-testid=section-proposals]").FillAsync("Đề nghị tỉnh hỗ trợ nâng cấp đường truyền.");
        await officer.Locator("textarea[data-testid=section-next-tasks]").FillAsync("Số hóa toàn bộ hồ sơ tồn tháng trước.");
        var digitized = officer.Locator("tr[data-code=DIGITIZED]");
        await Assertions.Expect(digitized.GetByTestId("warning")).ToContainTextAsync("Số liệu giống hệt tháng trước");
        await officer.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(digitized.GetByTestId("row-problem")).ToHaveTextAsync("cần giải trình ngắn cho cảnh báo trước khi nộp.");
        await AppServerFixture.ScreenshotAsync(officer, "round-1-warning-needs-explanation");

        await digitized.GetByTestId("explanation").FillAsync("Sở đã đối chiếu: số hồ sơ đúng như tháng trước.");
        await officer.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("done-message")).ToContainTextAsync("Đã nộp báo cáo tháng 11/2025, muộn");
        await Assertions.Expect(officer.GetByTestId("state")).ToHaveTextAsync("Đã nộp");
        await AppServerFixture.ScreenshotAsync(officer, "round-2-submitted");

        var office = await app.NewPageAsync(height: 1400);
        await office.GotoAsync($"/?ky={Month}");
        await Assertions.Expect(office.GetByTestId("waiting-submissions")).ToContainTextAsync("còn 1 báo cáo của đơn vị chờ văn phòng duyệt");
        await ExpectCountAsync(office, "nop-muon", 1);
        await AppServerFixture.ScreenshotAsync(office, "round-3-status-late");

        await office.Locator("tr[data-unit=so-tu-phap] a").ClickAsync();
        await AppServerFixture.WaitForInteractivityAsync(office);
        await Assertions.Expect(office.Locator("tr[data-code=DIGITIZED]").GetByTestId("explanation-text")).ToContainTextAsync("đúng như tháng trước");
        await office.Locator("textarea[data-testid=return-reason-input]").FillAsync("Số hóa phải khác tháng trước: đề nghị kiểm tra lại.");
        await office.GetByTestId("return").ClickAsync();
        await Assertions.Expect(office.GetByTestId("done-message")).ToContainTextAsync("Đã trả lại báo cáo tháng 11/2025");
        await ExpectCountAsync(office, "bi-tra-lai", 1);

        await officer.ReloadAsync();
        await AppServerFixture.WaitForInteractivityAsync(officer);
        await Assertions.Expect(officer.GetByTestId("return-reason")).ToContainTextAsync("Số hóa phải khác tháng trước");
        await AppServerFixture.ScreenshotAsync(officer, "round-4-returned");
        var (n, d) = last["DIGITIZED"];
        await FillAsync(officer, "DIGITIZED", n + 1, d + 1);
        await officer.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("done-message")).ToContainTextAsync("Đã nộp báo cáo tháng 11/2025");
        await ExpectCountAsync(office, "nop-muon", 1);

        await office.GotoAsync($"/don-vi/so-tu-phap/nop-bao-cao?thang={Month}");
        await AppServerFixture.WaitForInteractivityAsync(office);
        await AppServerFixture.ScreenshotAsync(office, "round-5-review");
        await office.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(office.GetByTestId("done-message")).ToContainTextAsync("Đã duyệt báo cáo tháng 11/2025");
        await ExpectCountAsync(office, "da-duyet", 1);
        await ExpectCountAsync(office, "nop-muon", 0);
        await AppServerFixture.ScreenshotAsync(office, "round-6-status-accepted");

        await office.GotoAsync($"/?ky={Month}&tim=T%C6%B0%20ph%C3%A1p");
        var cell = office.Locator("tr[data-unit=so-tu-phap] td[data-code=DIGITIZED]");
        await Assertions.Expect(cell).ToHaveTextAsync(Percent(n + 1, d + 1));
        await Assertions.Expect(office.GetByTestId("waiting-submissions")).ToHaveCountAsync(0);
        await AppServerFixture.ScreenshotAsync(office, "round-7-overview");

        var pdf = await PdfTextAsync(office, $"/bao-cao/don-vi/so-tu-phap/{Month}.pdf");
        Assert.Contains("1. Kết quả nổi bật", pdf, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận hồ sơ trực tuyến tăng", pdf, StringComparison.Ordinal);
        Assert.Contains("2. Khó khăn, vướng mắc", pdf, StringComparison.Ordinal);
        Assert.Contains("4. Nhiệm vụ tháng tới", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn vị chưa ghi nhận nội dung", pdf, StringComparison.Ordinal);
    }

    private static async Task FillAsync(IPage page, string code, long numerator, long denominator)
    {
        var row = page.Locator($"tr[data-code={code}]");
        await row.GetByTestId("numerator").FillAsync(numerator.ToString(CultureInfo.InvariantCulture));
        await row.GetByTestId("denominator").FillAsync(denominator.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task ExpectCountAsync(IPage page, string status, int count)
    {
        await page.GotoAsync($"/tinh-hinh-nop-bao-cao?thang={Month}");
        await Assertions.Expect(page.Locator($"[data-testid=count][data-status={status}] strong")).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A ratio as the pages print it: one decimal, a comma, a percent sign.</summary>
    private static string Percent(long numerator, long denominator) =>
        Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + "%";

    /// <summary>Sở Tư pháp's official October figures by indicator, as the demo wrote them.</summary>
    private async Task<Dictionary<string, (long Numerator, long Denominator)>> OctoberFiguresAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        var october = new DateOnly(2025, 10, 1);
        return await db.Measurements.Where(m => m.Unit!.Code == "so-tu-phap" && m.Month == october && m.Indicator!.Scorecard == ScorecardKind.Directive)
            .Select(m => new { m.Indicator!.Code, m.Numerator, m.Denominator })
            .ToDictionaryAsync(m => m.Code, m => (m.Numerator, m.Denominator));
    }

    /// <summary>The PDF downloaded with the page's sign-in, read with poppler's pdftotext.</summary>
    private static async Task<string> PdfTextAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.Equal(200, response.Status);
        var file = Path.Combine(Path.GetTempPath(), $"round-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await response.BodyAsync());
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return Regex.Replace(text, @"\s+", " ");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
