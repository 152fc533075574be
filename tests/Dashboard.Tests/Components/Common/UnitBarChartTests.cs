using Bunit;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class UnitBarChartTests
{
    private static readonly UnitBar[] Bars =
    [
        new("xa-a", "Xã A", "Xã", "/don-vi/xa-a?ky=2025-10", 0.905m, 0.7m, "90,5%", "181", "200", KpiStatus.Met, "Đạt", null, 1, "1"),
        new("xa-b", "Xã B", "Xã", "/don-vi/xa-b?ky=2025-10", 0.5m, 0.7m, "50,0%", "5", "10", KpiStatus.NotMet, "Chưa đạt", "cần thêm 2 hồ sơ được số hóa", 2, "2"),
        new("xa-c", "Xã C", "Xã", "/don-vi/xa-c?ky=2025-10", null, 0.7m, "Chưa có số liệu", "–", "–", KpiStatus.Unknown, "Không xác định", null, null, "–"),
    ];

    [Fact]
    public async Task Chart_Target_DrawnAsLineAtItsPositionWithDotDecimals()
    {
        await using var ctx = TrendChartTests.NewContext().SignIn(Roles.ProvinceOffice);

        var chart = ctx.Render<UnitBarChart>(p => p.Add(c => c.Bars, Bars).Add(c => c.TargetThreshold, 0.7m).Add(c => c.TargetText, "≥ 70%"));

        var lines = chart.FindAll("[data-testid=target-line]");
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal("left: 70%", l.GetAttribute("style")));
        Assert.Equal("width: 90.5%", chart.Find("[data-unit=xa-a] [data-testid=bar]").GetAttribute("style"));
        Assert.Contains("Chỉ tiêu ≥ 70%", chart.Find("[data-testid=target-label]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_UnknownUnit_ListedWithoutBar()
    {
        await using var ctx = TrendChartTests.NewContext().SignIn(Roles.ProvinceOffice);

        var chart = ctx.Render<UnitBarChart>(p => p.Add(c => c.Bars, Bars).Add(c => c.TargetThreshold, 0.7m));

        var unknown = chart.Find("[data-unit=xa-c]");
        Assert.Empty(unknown.QuerySelectorAll("[data-testid=bar]"));
        Assert.Contains("Chưa có số liệu", unknown.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, chart.FindAll("[data-testid=bar]").Count);
        Assert.Equal(["xa-a", "xa-b", "xa-c"], chart.FindAll("[data-testid=bar-row]").Select(r => r.GetAttribute("data-unit")));
    }

    [Fact]
    public async Task Chart_EachUnit_LinksToItsUnitPage()
    {
        await using var ctx = TrendChartTests.NewContext().SignIn(Roles.ProvinceOffice);

        var chart = ctx.Render<UnitBarChart>(p => p.Add(c => c.Bars, Bars));

        Assert.Equal(
            ["/don-vi/xa-a?ky=2025-10", "/don-vi/xa-b?ky=2025-10", "/don-vi/xa-c?ky=2025-10"],
            chart.FindAll("a.bar-name").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Chart_NoUnits_SaysSo()
    {
        await using var ctx = TrendChartTests.NewContext().SignIn(Roles.ProvinceOffice);

        var chart = ctx.Render<UnitBarChart>(p => p.Add(c => c.Bars, Array.Empty<UnitBar>()));

        Assert.Contains("Không có đơn vị nào", chart.Find("[data-testid=bars-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_SameRows_ShowsFiguresGapAndPeerRank()
    {
        await using var ctx = TrendChartTests.NewContext().SignIn(Roles.ProvinceOffice);

        var table = ctx.Render<UnitRatioTable>(p => p.Add(c => c.Bars, Bars));

        var row = table.Find("[data-testid=unit-table-row][data-unit=xa-b]");
        Assert.Contains("cần thêm 2 hồ sơ được số hóa", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("50,0%", row.QuerySelector("[data-testid=unit-ratio]")!.TextContent);
        Assert.Equal(3, table.FindAll("[data-testid=unit-table-row]").Count);
    }
}
