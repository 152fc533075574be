using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class IndicatorAndUnitPageEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly Period October = Period.ForMonth(new YearMonth(2025, 10));

    [Fact]
    public async Task IndicatorPage_Digitized_ShowsEnginesProvinceRatioTargetAndEveryUnit()
    {
        using var client = await factory.SignedInClientAsync();
        var engine = await EngineAsync();

        var response = await client.GetAsync(new Uri("/chi-tieu/DIGITIZED?ky=2025-10", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = engine.Total("DIGITIZED", null, October);
        Assert.Contains($">{VietnameseFormat.Percent(total.Value.Ratio)}<", Slice(html, "data-testid=\"total-ratio\"", "</span>"), StringComparison.Ordinal);
        Assert.Contains($"{total.UnitsMeeting}/{total.UnitsExpected} đơn vị đạt chỉ tiêu", html, StringComparison.Ordinal);
        Assert.Contains("Hồ sơ, kết quả giải quyết TTHC được số hóa", html, StringComparison.Ordinal);
        Assert.Contains("4912/UBND-HCC", html, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu minh họa", html, StringComparison.Ordinal);
        Assert.Equal(engine.Units.Count, Count(html, "data-testid=\"bar-row\""));
        foreach (var unit in engine.Units.Take(20))
        {
            var result = engine.Evaluate(unit.UnitId, "DIGITIZED", October);
            var row = Slice(html, $"data-testid=\"unit-table-row\" data-unit=\"{unit.Code}\"", "</tr>");
            Assert.Contains($">{VietnameseFormat.Percent(result.Value.Ratio)}<", row, StringComparison.Ordinal);
            Assert.Contains($"href=\"/don-vi/{unit.Code}?ky=2025-10\"", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task IndicatorPage_ProvincePageOutOfRange_StillEveryUnitOnOnePageWithoutPager()
    {
        var engine = await EngineAsync();

        var html = await factory.PageTextAsync("/chi-tieu/DIGITIZED?ky=2025-10&trang=5");

        Assert.Equal(engine.Units.Count, Count(html, "data-testid=\"bar-row\""));
        Assert.Equal(engine.Units.Count, Count(html, "data-testid=\"unit-table-row\""));
        Assert.DoesNotContain("data-testid=\"pager", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_Contactless_FlagsWorkingDefinition()
    {
        var html = await factory.PageTextAsync("/chi-tieu/CONTACTLESS?ky=2025-10");

        Assert.Contains("data-testid=\"working-definition\"", html, StringComparison.Ordinal);
        Assert.Contains("Định nghĩa làm việc", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorPage_GroupInQuery_ShowsOnlyThatGroupsTotal()
    {
        var engine = await EngineAsync();

        var html = await factory.PageTextAsync("/chi-tieu/DIGITIZED?ky=2025-10&nhom=so-ban-nganh");

        var total = engine.Total("DIGITIZED", PeerGroup.Departments, October);
        Assert.Contains($">{VietnameseFormat.Percent(total.Value.Ratio)}<", Slice(html, "data-testid=\"total-ratio\"", "</span>"), StringComparison.Ordinal);
        Assert.Equal(engine.Units.Count(u => u.Kind == UnitKind.Department), Count(html, "data-testid=\"bar-row\""));
    }

    [Fact]
    public async Task UnitPage_Department_ShowsEnginesRatioForEveryIndicatorAndRank()
    {
        using var client = await factory.SignedInClientAsync();
        var engine = await EngineAsync();
        var unit = engine.Units.Single(u => u.Code == "so-tu-phap");

        var response = await client.GetAsync(new Uri("/don-vi/so-tu-phap?ky=2025-10", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sở Tư pháp", html, StringComparison.Ordinal);
        foreach (var indicator in engine.Indicators)
        {
            var result = engine.Evaluate(unit.UnitId, indicator.Code, October);
            var panel = Slice(html, $"data-testid=\"unit-indicator-{indicator.Code}\"", "data-testid=\"trend-chart\"");
            Assert.Contains($">{VietnameseFormat.Percent(result.Value.Ratio)}<", Slice(panel, "data-testid=\"ratio\"", "</span>"), StringComparison.Ordinal);
            Assert.Contains(VietnameseFormat.Threshold(result.Target), panel, StringComparison.Ordinal);
            if (result.Gap is { } gap)
            {
                Assert.Contains(VietnameseFormat.GapText(gap, result.Indicator), panel, StringComparison.Ordinal);
            }
        }

        var entry = engine.Rank(PeerGroup.Departments, October).Entries.Single(e => e.Score.Unit.UnitId == unit.UnitId);
        Assert.Contains($"Hạng {entry.Rank}/", html, StringComparison.Ordinal);
        Assert.Contains($"{VietnameseFormat.Score(entry.Score.Score)}/100", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rank-history\"", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có ghi chú", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chi-tieu/KHONG_CO?ky=2025-10", "Không có chỉ tiêu nào mang mã “KHONG_CO”")]
    [InlineData("/don-vi/khong-co-don-vi?ky=2025-10", "Không có đơn vị nào mang mã “khong-co-don-vi”")]
    public async Task Page_UnknownCode_Returns404WithVietnameseMessage(string url, string message)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_GridHeader_LinksToIndicatorPageKeepingPeriod()
    {
        var html = await factory.PageTextAsync("/?ky=2025-09");

        Assert.Contains("href=\"/chi-tieu/DIGITIZED?ky=2025-09\"", html, StringComparison.Ordinal);
    }

    private async Task<KpiEngine> EngineAsync() => (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;

    private static int Count(string html, string marker)
    {
        var count = 0;
        for (var i = html.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = html.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Slice(string html, string marker, string end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var stop = html.IndexOf(end, start + marker.Length, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..(stop + end.Length)];
    }
}
