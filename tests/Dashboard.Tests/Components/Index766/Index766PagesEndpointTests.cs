using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The 766 pages over the demo database, each figure checked against the 766 engine and calculator.</summary>
public class Index766PagesEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly Period YearToOctober = Period.YearToDate(new YearMonth(2025, 10));

    [Fact]
    public async Task Home_NoPeriodInUrl_ShowsYearToDateProvinceScoreAndEachGroupAgainstItsMaximum()
    {
        var data = await Index766Async();
        var province = data.ProvinceBreakdown(YearToOctober)!;

        var html = await factory.PageTextAsync("/chi-so-766");

        Assert.Contains("Chỉ số 766 toàn tỉnh · Từ đầu năm đến 10/2025", html, StringComparison.Ordinal);
        Assert.Equal(VietnameseFormat.Points766(province.Total), TextOf(html, "province-total"));
        foreach (var group in province.Groups)
        {
            var row = Slice(html, $"data-testid=\"group-{group.Group.Code}\"", "</tr>");
            Assert.Contains($">{group.Group.NameVi}<", row, StringComparison.Ordinal);
            Assert.Equal(VietnameseFormat.Points766(group.Points), TextOf(row, "points"));
            Assert.Contains($">{VietnameseFormat.MaxPoints766(group.MaxPoints)}<", row, StringComparison.Ordinal);
        }

        var firstAction = Slice(html, "data-testid=\"province-actions\"", "</li>");
        Assert.Contains(VietnameseFormat.WinBack766("Toàn tỉnh", province.WinBacks[0]), firstAction, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-gains\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_GroupSubIndicatorUnit_ShowsTheEnginesFiguresAtEachStep()
    {
        var data = await Index766Async();
        const string code = "SO_HOA_GIAY_TO_GIAI_QUYET";
        var provinceSub = data.ProvinceBreakdown(YearToOctober)!.Groups.Single(g => g.Group.Code == "DIGITISATION").SubIndicators.Single(s => s.SubIndicator.Code == code);

        var group = await factory.PageTextAsync("/chi-so-766/nhom/DIGITISATION?ky=2025-YTD10");
        var groupRow = Slice(group, $"data-testid=\"row-{code}\"", "</tr>");
        Assert.Equal(VietnameseFormat.Count(provinceSub.Figure!.Numerator), TextOf(groupRow, "numerator"));
        Assert.Equal(VietnameseFormat.Points766(provinceSub.Points), TextOf(groupRow, "points"));
        Assert.Contains($"href=\"/chi-so-766/chi-so/{code}?ky=2025-YTD10\"", groupRow, StringComparison.Ordinal);

        var sub = await factory.PageTextAsync($"/chi-so-766/chi-so/{code}?ky=2025-YTD10&nhom=xa-phuong");
        var unitTable = Slice(sub, "data-testid=\"unit-table\"", "</table>");
        var firstUnitCode = Slice(unitTable, "data-testid=\"row-", "\"")["data-testid=\"row-".Length..];
        var unit = data.Engine.FindUnit(firstUnitCode)!;
        Assert.NotEqual(UnitKind.Department, unit.Kind);
        var unitSub = data.Breakdown(unit.UnitId, YearToOctober)!.Groups.SelectMany(g => g.SubIndicators).Single(s => s.SubIndicator.Code == code);
        var lostMost = data.Engine.ActiveUnits(PeerGroup.CommunesAndWards, YearToOctober)
            .Max(u => data.Breakdown(u.UnitId, YearToOctober)!.Groups.SelectMany(g => g.SubIndicators).Single(s => s.SubIndicator.Code == code).PointsLost);
        Assert.Equal(lostMost, unitSub.PointsLost);
        var unitRow = Slice(unitTable, $"data-testid=\"row-{firstUnitCode}\"", "</tr>");
        Assert.Equal(VietnameseFormat.Rate766(unitSub.Rate), TextOf(unitRow, "rate"));
        Assert.Equal(VietnameseFormat.Count(unitSub.Figure!.Denominator), TextOf(unitRow, "denominator"));

        var unitPage = await factory.PageTextAsync($"/chi-so-766/don-vi/{firstUnitCode}?ky=2025-YTD10");
        var breakdown = data.Breakdown(unit.UnitId, YearToOctober)!;
        Assert.Equal(VietnameseFormat.Points766OutOf(breakdown.Total, 100m), TextOf(unitPage, "unit-score"));
        Assert.Contains(VietnameseFormat.WinBack766(unit.Name, breakdown.WinBacks[0]), unitPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rankings_YearToDate_RanksEachPeerGroupByTotalAsTheEngineDoes()
    {
        var data = await Index766Async();

        var html = await factory.PageTextAsync("/chi-so-766/xep-hang?ky=2025-YTD10");

        foreach (var (group, token) in new[] { (PeerGroup.Departments, "so-ban-nganh"), (PeerGroup.CommunesAndWards, "xa-phuong") })
        {
            var first = data.Engine.Rank(group, YearToOctober).Entries[0];
            var row = Slice(Slice(html, $"data-testid=\"ranking-{token}\"", "</table>"), "data-testid=\"rank-row-", "</tr>");
            Assert.Contains($"rank-row-{first.Score.Unit.Code}\"", row, StringComparison.Ordinal);
            Assert.Equal(VietnameseFormat.Points766(first.Score.Score), TextOf(row, "total"));
        }
    }

    [Theory]
    [InlineData("/chi-so-766/nhom/KHONG-CO", "Chỉ số 766 không có nhóm nào mang mã “KHONG-CO”.")]
    [InlineData("/chi-so-766/chi-so/DIGITIZED", "Chỉ số 766 không có chỉ số thành phần nào mang mã “DIGITIZED”.")]
    [InlineData("/chi-so-766/don-vi/khong-co", "Không có đơn vị nào mang mã “khong-co”.")]
    public async Task UnknownCode_Answers404WithTheReason(string url, string message)
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<Index766Snapshot> Index766Async() =>
        (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Index766!;

    /// <summary>The text of the first element marked <paramref name="testId"/> (through any inner tags; scoped CSS adds attributes).</summary>
    private static string TextOf(string html, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>(?:<[^>]+>)*([^<]*)");
        Assert.True(match.Success, $"No element {testId}.");
        return match.Groups[1].Value;
    }

    private static string Slice(string html, string marker, string? end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var stop = end is null ? -1 : html.IndexOf(end, start + marker.Length, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }
}
