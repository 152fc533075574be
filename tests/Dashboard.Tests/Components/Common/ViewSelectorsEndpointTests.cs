using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The period and group pickers, as the server's HTML shows them before the circuit connects.</summary>
public class ViewSelectorsEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task ViewSelectors_QuarterAndCommunes_ShowTheViewSelected()
    {
        var document = await new HtmlParser().ParseDocumentAsync(await factory.PageTextAsync("/?ky=2025-Q3&nhom=xa-phuong"));

        Assert.Equal("Quý", Selected(document, "period-kind"));
        Assert.Equal("Quý III/2025", Selected(document, "period"));
        Assert.Equal("Xã, phường", Selected(document, "group"));
        var periods = ((IHtmlSelectElement)document.QuerySelector("select[data-testid=period]")!).Options.Select(o => o.Value).ToList();
        Assert.Equal("2025-Q4", periods[0]);
        Assert.Contains("2024-Q1", periods);
    }

    [Fact]
    public async Task ViewSelectors_Rankings_NoGroupPickerAndLatestMonthByDefault()
    {
        var document = await new HtmlParser().ParseDocumentAsync(await factory.PageTextAsync("/xep-hang"));

        Assert.Equal("Tháng", Selected(document, "period-kind"));
        Assert.Equal("Tháng 10/2025", Selected(document, "period"));
        Assert.Null(document.QuerySelector("select[data-testid=group]"));
    }

    /// <summary>The text of the one option the HTML marks selected: what the user sees in the closed select.</summary>
    private static string Selected(AngleSharp.Dom.IDocument document, string testId) =>
        Assert.Single(document.QuerySelectorAll($"select[data-testid={testId}] option[selected]")).TextContent;
}
