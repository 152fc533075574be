using Bunit;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class ProvinceIndicatorCardTests
{
    [Fact]
    public async Task Card_UnknownValue_ShowsNoDataAndUnknownStatusNeverZeroPercent()
    {
        await using var ctx = NewContext();
        var tile = Tile(KpiStatus.Unknown, "Chưa có số liệu", "Không xác định");

        var card = ctx.Render<ProvinceIndicatorCard>(p => p.Add(c => c.Tile, tile));

        Assert.Equal("Chưa có số liệu", card.Find("[data-testid=ratio]").TextContent.Trim());
        Assert.Contains("Không xác định", card.Find("[data-testid=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.Find(".numeric-fraction").TextContent.Trim());
        Assert.Contains("status-unknown", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_MetValue_ShowsRatioTargetSourceAndSuccessChip()
    {
        await using var ctx = NewContext();
        var tile = Tile(KpiStatus.Met, "73,2%", "Đạt");

        var card = ctx.Render<ProvinceIndicatorCard>(p => p.Add(c => c.Tile, tile));

        Assert.Equal("73,2%", card.Find("[data-testid=ratio]").TextContent.Trim());
        Assert.Contains("mud-chip-color-success", card.Find("[data-testid=status]").ClassName, StringComparison.Ordinal);
        Assert.Contains("Căn cứ: Công văn số 4912/UBND-HCC", card.Markup, StringComparison.Ordinal);
        Assert.Contains("68/110 đơn vị đạt chỉ tiêu", card.Find("[data-testid=meeting]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_WorkingDefinition_IsFlagged()
    {
        await using var ctx = NewContext();
        var tile = Tile(KpiStatus.NotMet, "61,0%", "Chưa đạt") with { IsWorkingDefinition = true };

        var card = ctx.Render<ProvinceIndicatorCard>(p => p.Add(c => c.Tile, tile));

        Assert.Contains("định nghĩa làm việc", card.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-error", card.Find("[data-testid=status]").ClassName, StringComparison.Ordinal);
    }

    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx;
    }

    private static IndicatorTile Tile(KpiStatus status, string ratio, string statusText) => new(
        "DIGITIZED",
        "Hồ sơ, kết quả giải quyết TTHC được số hóa",
        new IndicatorFigureText(
            ratio,
            status == KpiStatus.Unknown ? string.Empty : "30.966/42.154",
            status,
            statusText,
            "≥ 70%",
            "Công văn số 4912/UBND-HCC ngày 26/04/2025"),
        "68/110 đơn vị đạt chỉ tiêu",
        null,
        false);
}
