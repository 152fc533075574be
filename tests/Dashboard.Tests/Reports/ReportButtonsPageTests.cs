using System.Net;

namespace TargetsDashboard.Dashboard.Tests;

public class ReportButtonsPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private async Task<string> PageAsync(string url, string user = DashboardFactory.Office)
    {
        using var client = await factory.SignedInClientAsync(user);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }

    [Fact]
    public async Task UnitPage_MonthWithFigures_ShowsPdfAndExcelDownloadsForThatMonth()
    {
        var html = await PageAsync("/don-vi/so-tu-phap?ky=2025-10");

        Assert.Contains("Tải báo cáo PDF", html, StringComparison.Ordinal);
        Assert.Contains("Tải báo cáo Excel", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/don-vi/so-tu-phap/2025-10.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/don-vi/so-tu-phap/2025-10.xlsx\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/don-vi/so-tu-phap?ky=2025-Q3")]
    [InlineData("/don-vi/so-tu-phap?ky=2020-01")]
    public async Task UnitPage_QuarterOrMonthWithoutFigures_ShowsNoReportButtons(string url)
    {
        var html = await PageAsync(url);

        Assert.DoesNotContain("Tải báo cáo PDF", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_OfficeStaff_LinksToSummaryExportAndAllUnitsArchive()
    {
        var html = await PageAsync("/?ky=2025-10");

        Assert.Contains("href=\"/bao-cao/tong-hop/2025-10.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/tong-hop/2025-10.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/du-lieu.xlsx?tu=2025-01&den=2025-10\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/bao-cao/tat-ca?thang=2025-10\"", html, StringComparison.Ordinal);
        Assert.Contains("Báo cáo tổng hợp (PDF)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_UnitHead_NoProvinceFiles()
    {
        var html = await PageAsync("/?ky=2025-10", "so-tu-phap");

        Assert.DoesNotContain("/bao-cao/tong-hop/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/bao-cao/tat-ca", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchivePage_OfficeStaff_ShowsTheMonthAndTheStartButton()
    {
        var html = await PageAsync("/bao-cao/tat-ca?thang=2025-10");

        Assert.Contains("Báo cáo của tất cả đơn vị · tháng 10/2025", html, StringComparison.Ordinal);
        Assert.Contains("Tạo tệp nén", html, StringComparison.Ordinal);
    }
}
