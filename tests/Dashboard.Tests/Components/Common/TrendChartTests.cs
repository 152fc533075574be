using Bunit;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class TrendChartTests
{
    private static readonly TrendPoint[] Points =
    [
        new(new YearMonth(2025, 8), 0.5m, 0.7m, "50,0%", "≥ 70%", "50", "100", KpiStatus.NotMet, "Chưa đạt"),
        new(new YearMonth(2025, 9), null, 0.7m, "Chưa có số liệu", "≥ 70%", "–", "–", KpiStatus.Unknown, "Không xác định"),
        new(new YearMonth(2025, 10), 0.8m, 0.8m, "80,0%", "≥ 80%", "80", "100", KpiStatus.Met, "Đạt"),
        new(new YearMonth(2025, 11), 0.9m, 0.8m, "90,0%", "≥ 80%", "90", "100", KpiStatus.Met, "Đạt"),
    ];

    [Fact]
    public async Task Chart_UnknownMonth_DrawsNoPointAndBreaksTheLine()
    {
        await using var ctx = NewContext();

        var chart = ctx.Render<TrendChart>(p => p.Add(c => c.Points, Points).Add(c => c.Title, "Số hóa"));

        var points = chart.FindAll("[data-testid=trend-point]");
        Assert.Equal(["2025-08", "2025-10", "2025-11"], points.Select(p => p.GetAttribute("data-month")));
        var line = Assert.Single(chart.FindAll("[data-testid=trend-line]"));
        Assert.Equal(2, line.GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public async Task Chart_TargetChanges_DrawsDashedStepLine()
    {
        await using var ctx = NewContext();

        var chart = ctx.Render<TrendChart>(p => p.Add(c => c.Points, Points).Add(c => c.Title, "Số hóa"));

        var path = chart.Find("[data-testid=trend-target]").GetAttribute("d")!;
        Assert.StartsWith("M ", path, StringComparison.Ordinal);
        Assert.Single(path.Split(' '), part => part == "V");
        Assert.DoesNotContain(",", path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_AccessibleTitleDescAndTable_HoldTheValues()
    {
        await using var ctx = NewContext();

        var chart = ctx.Render<TrendChart>(p => p.Add(c => c.Points, Points).Add(c => c.Title, "Số hóa theo tháng").Add(c => c.Id, "t1"));

        Assert.Equal("t1-title t1-desc", chart.Find("svg").GetAttribute("aria-labelledby"));
        Assert.Equal("Số hóa theo tháng", chart.Find("#t1-title").TextContent);
        var desc = chart.Find("#t1-desc").TextContent;
        Assert.Contains("08/2025: 50,0% (chỉ tiêu ≥ 70%, Chưa đạt)", desc, StringComparison.Ordinal);
        Assert.Contains("09/2025: Chưa có số liệu", desc, StringComparison.Ordinal);
        var rows = chart.FindAll("[data-testid=trend-table] tbody tr");
        Assert.Equal(4, rows.Count);
        Assert.Contains("Chưa có số liệu", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("0,0%", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("90,0%", rows[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_NoKnownMonth_SaysSoAndDrawsNothing()
    {
        await using var ctx = NewContext();
        var unknown = Points.Select(p => p with { Ratio = null, RatioText = "Chưa có số liệu" }).ToArray();

        var chart = ctx.Render<TrendChart>(p => p.Add(c => c.Points, unknown).Add(c => c.Title, "Số hóa"));

        Assert.Contains("Chưa có số liệu trong các tháng này", chart.Find("[data-testid=trend-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(chart.FindAll("svg"));
    }

    internal static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx;
    }
}
