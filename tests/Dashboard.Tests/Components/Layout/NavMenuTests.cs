using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components.Routing;
using TargetsDashboard.Dashboard.Components.Layout;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The menu every page renders: which links each role sees, which one is the current page, the period kept.</summary>
public class NavMenuTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("/?ky=2025-10", "/", NavLinkMatch.All, true)]
    [InlineData("/?ky=2025-10", "/xep-hang", NavLinkMatch.All, false)]
    [InlineData("/xep-hang?ky=2025-09", "/xep-hang", NavLinkMatch.All, true)]
    [InlineData("/xep-hang?ky=2025-09", "/xep-hang/tom-tat", NavLinkMatch.All, false)]
    [InlineData("/chi-so-766", "/chi-so-766/xep-hang", NavLinkMatch.Prefix, true)]
    [InlineData("/chi-so-766", "/chi-so-7660", NavLinkMatch.Prefix, false)]
    [InlineData("/quan-tri/don-vi", "/Quan-Tri/Don-Vi", NavLinkMatch.Prefix, true)]
    [InlineData("/don-vi/so-tu-phap?ky=2025-10", "/don-vi/so-tu-phap/nop-bao-cao", NavLinkMatch.Prefix, true)]
    [InlineData("/nhap-so-lieu", "/nhap-so-lieu/lich-su", NavLinkMatch.All, false)]
    public void IsActive_LinkAndCurrentPath_MatchesAsBlazorNavLink(string href, string path, NavLinkMatch match, bool expected) =>
        Assert.Equal(expected, NavMenu.IsActive(href, path, match));

    [Fact]
    public async Task NavMenu_OfficeStaffOnRankings_MarksRankingsCurrentAndShowsDataButNotAdministration()
    {
        var menu = await MenuAsync("/xep-hang?ky=2025-09", DashboardFactory.Office);

        var current = Assert.Single(menu.QuerySelectorAll("a.active"));
        Assert.Equal("/xep-hang?ky=2025-09", current.GetAttribute("href"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("Xếp hạng", current.QuerySelector(".mud-nav-link-text")!.TextContent);
        Assert.Equal("/?ky=2025-09", Link(menu, "Tổng quan").GetAttribute("href"));
        Assert.NotNull(menu.QuerySelector("[data-testid=nav-import]"));
        Assert.NotNull(menu.QuerySelector("[data-testid=nav-round-status]"));
        Assert.Null(menu.QuerySelector("a[href='/quan-tri/nguoi-dung']"));
        Assert.Null(menu.QuerySelector("[data-testid=own-unit]"));
    }

    [Fact]
    public async Task NavMenu_Administrator_ShowsAdministrationLinks()
    {
        var menu = await MenuAsync("/?ky=2025-10", "quantri");

        foreach (var href in new[] { "/quan-tri/nguoi-dung", "/quan-tri/don-vi", "/quan-tri/chi-so", "/quan-tri/chi-tieu", "/quan-tri/khoa-api", "/quan-tri/thu-dien-tu" })
        {
            Assert.NotNull(menu.QuerySelector($"a[href='{href}']"));
        }

        Assert.NotNull(menu.QuerySelector("[data-testid=nav-766-rules]"));
        Assert.Equal("/?ky=2025-10", Assert.Single(menu.QuerySelectorAll("a.active")).GetAttribute("href"));
    }

    [Theory]
    [InlineData("so-tu-phap")]
    [InlineData("dau-moi-so-tu-phap")]
    public async Task NavMenu_UnitBoundUser_ShowsOwnUnitAndSubmissionOnly(string userName)
    {
        var menu = await MenuAsync("/don-vi/so-tu-phap?ky=2025-10", userName);

        Assert.Equal("/don-vi/so-tu-phap?ky=2025-10", menu.QuerySelector("[data-testid=own-unit]")!.GetAttribute("href"));
        Assert.Equal("/don-vi/so-tu-phap/nop-bao-cao", menu.QuerySelector("[data-testid=nav-submission]")!.GetAttribute("href"));
        Assert.Null(menu.QuerySelector("[data-testid=nav-import]"));
        Assert.Null(menu.QuerySelector("[data-testid=nav-round-status]"));
        Assert.Null(menu.QuerySelector("a[href='/quan-tri/nguoi-dung']"));
    }

    private static IElement Link(IElement menu, string text) =>
        menu.QuerySelectorAll("a.mud-nav-link").Single(a => a.TextContent.Trim() == text);

    private async Task<IElement> MenuAsync(string url, string userName)
    {
        var html = await factory.PageTextAsync(url, userName);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.QuerySelector("nav.mud-navmenu") ?? throw new InvalidOperationException("The page has no menu.");
    }
}
