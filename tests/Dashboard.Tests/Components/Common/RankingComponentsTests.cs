using System.Globalization;
using Bunit;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class RankingComponentsTests
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task RankingTable_RankChanges_RenderGreenUpAndRedDownArrows()
    {
        await using var ctx = NewContext();

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, Departments()).Add(c => c.Columns, Columns()));

        var up = table.Find("tr[data-unit=so-a] [data-testid=rank-change]");
        var down = table.Find("tr[data-unit=so-c] [data-testid=rank-change]");
        Assert.Equal("▲ 1", up.TextContent.Trim());
        Assert.Contains("rank-up", up.ClassName, StringComparison.Ordinal);
        Assert.Equal("▼ 2", down.TextContent.Trim());
        Assert.Contains("rank-down", down.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankingTable_Row_LinksUnitNameToUnitPageWithPeriod()
    {
        await using var ctx = NewContext();

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, Departments()).Add(c => c.Columns, Columns()));

        var link = table.Find("tr[data-unit=so-a] a[data-testid=unit-link]");
        Assert.Equal("Sở A", link.TextContent.Trim());
        Assert.Equal("/don-vi/so-a?ky=2025-10", link.GetAttribute("href"));
        Assert.Equal("100,0/100", table.Find("tr[data-unit=so-a] [data-testid=score]").TextContent.Trim());
    }

    [Fact]
    public async Task RankingTable_UnknownIndicator_FlaggedAndCellShownAsUnknownNotZero()
    {
        await using var ctx = NewContext();

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, Departments()).Add(c => c.Columns, Columns()));

        var flag = table.Find("tr[data-unit=so-b] [data-testid=unknown-flag]");
        Assert.Contains("⚠", flag.TextContent, StringComparison.Ordinal);
        Assert.Contains("Số hóa", flag.TextContent, StringComparison.Ordinal);
        var cell = table.Find("tr[data-unit=so-b] td[data-code=DIGITIZED]");
        Assert.Contains("cell-unknown", cell.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("0%", cell.TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("tr[data-unit=so-a] [data-testid=unknown-flag]"));
    }

    [Fact]
    public async Task RankingTable_SelectedUnit_ToggleIsCheckedAndLinksToRemoveIt()
    {
        await using var ctx = NewContext();
        var section = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), "so-c").Sections[0];

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, section).Add(c => c.Columns, Columns()));

        var toggle = table.Find("tr[data-unit=so-c] [data-testid=history-toggle]");
        Assert.Equal("true", toggle.GetAttribute("aria-checked"));
        Assert.Equal("/xep-hang?ky=2025-10", toggle.GetAttribute("href"));
        Assert.Equal("false", table.Find("tr[data-unit=so-a] [data-testid=history-toggle]").GetAttribute("aria-checked"));
    }

    [Fact]
    public async Task RankHistoryChart_RankOne_DrawnAtTopAndLowestRankAtBottom()
    {
        await using var ctx = NewContext();
        var model = new RankHistoryModel(["09/2025", "10/2025"], [Series("so-a", "Sở A", [1, 5])], 5);

        var chart = ctx.Render<RankHistoryChart>(p => p.Add(c => c.Model, model));

        var points = chart.FindAll("circle[data-testid=point]");
        Assert.Equal(2, points.Count);
        Assert.Equal(RankHistoryChart.Top, Cy(points[0]));
        Assert.Equal(RankHistoryChart.Height - RankHistoryChart.Bottom, Cy(points[1]));
        Assert.True(Cy(points[0]) < Cy(points[1]));
    }

    [Fact]
    public async Task RankHistoryChart_NullRank_DrawsNoPointAndBreaksTheLine()
    {
        await using var ctx = NewContext();
        var model = new RankHistoryModel(["08/2025", "09/2025", "10/2025", "11/2025"], [Series("so-a", "Sở A", [2, null, 3, 1])], 3);

        var chart = ctx.Render<RankHistoryChart>(p => p.Add(c => c.Model, model));

        var points = chart.FindAll("circle[data-testid=point]");
        Assert.Equal(["08/2025", "10/2025", "11/2025"], points.Select(p => p.GetAttribute("data-month")));
        var line = Assert.Single(chart.FindAll("polyline"));
        Assert.Equal(2, line.GetAttribute("points")!.Split(' ').Length);
        Assert.Contains("–", chart.Find("[data-testid=history-table] tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankHistoryChart_TwoUnits_LegendNamesEachInItsColour()
    {
        await using var ctx = NewContext();
        var model = new RankHistoryModel(["10/2025"], [Series("so-a", "Sở A", [1]), Series("xa-b", "Xã B", [2])], 2);

        var chart = ctx.Render<RankHistoryChart>(p => p.Add(c => c.Model, model));

        var items = chart.FindAll("[data-testid=legend-item]");
        Assert.Equal(["Sở A", "Xã B"], items.Select(i => i.QuerySelector(".legend-name")!.TextContent));
        Assert.Contains(RankHistoryChart.Colour(1), items[1].QuerySelector(".swatch")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(2, chart.FindAll("[data-testid=history-table] tbody tr").Count);
    }

    [Fact]
    public async Task RankHistoryChart_NoUnitChosen_SaysSo()
    {
        await using var ctx = NewContext();

        var chart = ctx.Render<RankHistoryChart>(p => p.Add(c => c.Model, RankHistoryModel.Empty).Add(c => c.EmptyText, "Chưa chọn đơn vị nào."));

        Assert.Equal("Chưa chọn đơn vị nào.", chart.Find("[data-testid=history-empty]").TextContent.Trim());
        Assert.Empty(chart.FindAll("svg"));
    }

    private static double Cy(AngleSharp.Dom.IElement point) => double.Parse(point.GetAttribute("cy")!, CultureInfo.InvariantCulture);

    private static RankHistorySeries Series(string code, string name, int?[] ranks) =>
        new(code, name, "Sở, ban, ngành", ranks, ranks.Select(r => r is null ? "–" : "90,0").ToList(), "/xep-hang");

    private static RankingSection Departments() =>
        RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null).Sections[0];

    private static IReadOnlyList<IndicatorColumn> Columns() =>
        RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null).Columns;

    /// <summary>Province office staff: every unit name is a link to its page.</summary>
    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx.SignIn(Roles.ProvinceOffice);
    }
}
