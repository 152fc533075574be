using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class RankingsPageEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly Period October = Period.ForMonth(new YearMonth(2025, 10));

    [Fact]
    public async Task Rankings_October_ServesBothTablesWithEnginesFirstDepartment()
    {
        using var client = await factory.SignedInClientAsync();
        var engine = await EngineAsync();

        var response = await client.GetAsync(new Uri("/xep-hang?ky=2025-10", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Xếp hạng · Tháng 10/2025", html, StringComparison.Ordinal);
        var departments = Slice(html, "data-testid=\"ranking-so-ban-nganh\"", "data-testid=\"ranking-xa-phuong\"");
        var communes = Slice(html, "data-testid=\"ranking-xa-phuong\"", null);
        Assert.Contains("Sở, ban, ngành", departments, StringComparison.Ordinal);
        Assert.Contains("Xã, phường", communes, StringComparison.Ordinal);

        var first = engine.Rank(PeerGroup.Departments, October).Entries[0];
        var firstRow = Slice(departments, "data-testid=\"ranking-row\"", "</tr>");
        Assert.Contains($"data-unit=\"{first.Score.Unit.Code}\"", firstRow, StringComparison.Ordinal);
        Assert.Contains($">{first.Score.Unit.Name}<", firstRow, StringComparison.Ordinal);
        Assert.Contains($">{VietnameseFormat.Score(first.Score.Score)}/100<", firstRow, StringComparison.Ordinal);
        Assert.Contains(">1<", firstRow, StringComparison.Ordinal);

        var communeCount = engine.Rank(PeerGroup.CommunesAndWards, October).Entries.Count;
        Assert.Equal(communeCount, CountOf(communes, "data-testid=\"ranking-row\""));
    }

    [Fact]
    public async Task Rankings_UnitsInQuery_DrawsTheirRankHistoryAndIgnoresUnknownCodes()
    {
        using var client = await factory.SignedInClientAsync();
        var engine = await EngineAsync();
        var unit = engine.Rank(PeerGroup.CommunesAndWards, October).Entries[0].Score.Unit;

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/xep-hang?ky=2025-10&dv={unit.Code},khong-co", UriKind.Relative)));

        var legend = Slice(html, "data-testid=\"legend\"", "</ul>");
        Assert.Contains(unit.Name, legend, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(legend, "data-testid=\"legend-item\""));
        Assert.Contains("data-testid=\"history-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadersSummary_October_ShowsEachGroupsLeadersFromTheEngine()
    {
        using var client = await factory.SignedInClientAsync();
        var engine = await EngineAsync();

        var response = await client.GetAsync(new Uri("/xep-hang/tom-tat?ky=2025-10", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tóm tắt · Tháng 10/2025", html, StringComparison.Ordinal);
        foreach (var (group, key) in new[] { (PeerGroup.Departments, "so-ban-nganh"), (PeerGroup.CommunesAndWards, "xa-phuong") })
        {
            var section = Slice(html, $"data-testid=\"leaders-{key}\"", "</section>");
            var leaders = Slice(section, "data-testid=\"leaders\"", "</ol>");
            var expected = engine.Rank(group, October).Entries.Where(e => e.Rank is <= 3).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Count, CountOf(leaders, "<li"));
            foreach (var entry in expected)
            {
                Assert.Contains($">{entry.Score.Unit.Name}<", leaders, StringComparison.Ordinal);
                Assert.Contains($"{VietnameseFormat.Score(entry.Score.Score)}/100", leaders, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Rankings_MonthWithoutFigures_SaysSo()
    {
        var html = await factory.PageTextAsync("/xep-hang?ky=2020-01");

        Assert.Contains("Chưa có số liệu cho kỳ này", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ranking-row\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavMenu_AnyPage_LinksToRankingsAndLeadersKeepingPeriod()
    {
        var html = await factory.PageTextAsync("/xep-hang?ky=2025-09");

        Assert.Contains("href=\"/xep-hang/tom-tat?ky=2025-09\"", html, StringComparison.Ordinal);
        Assert.Contains("Tóm tắt cho lãnh đạo", html, StringComparison.Ordinal);
        Assert.Contains(">Xếp hạng<", html, StringComparison.Ordinal);
    }

    private async Task<KpiEngine> EngineAsync() => (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;

    private static int CountOf(string text, string marker)
    {
        var count = 0;
        for (var i = text.IndexOf(marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Slice(string html, string marker, string? end)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Marker {marker} not found.");
        var stop = end is null ? -1 : html.IndexOf(end, start + marker.Length, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }
}
