using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class HomePageEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Home_FirstStart_ServesLatestMonthWithDemoBanner()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dữ liệu minh họa", html, StringComparison.Ordinal);
        Assert.Contains("Tổng quan · Tháng 10/2025", html, StringComparison.Ordinal);
        Assert.Contains("đơn vị đã báo cáo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_EveryIndicatorTile_ShowsTheEnginesProvinceRatio()
    {
        using var client = await factory.SignedInClientAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var period = Period.ForMonth(new YearMonth(2025, 10));

        Assert.Equal(5, engine.Indicators.Count);
        foreach (var indicator in engine.Indicators)
        {
            var total = engine.Total(indicator.Code, null, period);
            var tile = Slice(html, $"data-testid=\"tile-{indicator.Code}\"");
            Assert.Contains($">{VietnameseFormat.Percent(total.Value.Ratio)}<", tile, StringComparison.Ordinal);
            Assert.Contains($"{total.UnitsMeeting}/{total.UnitsExpected} đơn vị đạt chỉ tiêu", tile, StringComparison.Ordinal);
            Assert.Contains("4912/UBND-HCC", tile, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_RawHtml_VietnameseAsCharactersAndMarkupInTheQueryStillEncoded()
    {
        using var client = await factory.SignedInClientAsync();

        var raw = await client.GetStringAsync(new Uri("/?tim=%3Cb%3Eh%E1%BB%99i%3C%2Fb%3E", UriKind.Relative));

        Assert.Contains("Tổng quan · Tháng 10/2025", raw, StringComparison.Ordinal);
        Assert.Contains("Lọc theo tên đơn vị", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x1EA1;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>hội</b>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;hội&lt;/b&gt;", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ky=2025-Q3", "Quý III/2025")]
    [InlineData("/?ky=2025", "Năm 2025")]
    [InlineData("/?ky=2025-09", "Tháng 09/2025")]
    public async Task Home_PeriodInQuery_ShowsThatPeriod(string url, string heading)
    {
        var html = await factory.PageTextAsync(url);

        Assert.Contains($"Tổng quan · {heading}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_MonthWithoutFigures_SaysSoInsteadOfShowingZero()
    {
        var html = await factory.PageTextAsync("/?ky=2020-01");

        Assert.Contains("Chưa có số liệu cho kỳ này", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ratio\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_Get_Returns404WithVietnamesePage()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    public async Task StaticAssets_NeededForInteractivity_AreServed(string path)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Slice(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var next = html.IndexOf("data-testid=\"tile-", start + marker.Length, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }
}
