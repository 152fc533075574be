using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class UnitLinkTests
{
    private const string Href = "/don-vi/phuong-bien-hoa?ky=2025-10";

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.ProvinceOffice)]
    [InlineData(Roles.Leadership)]
    public async Task UnitLink_ProvinceWideRole_RendersLink(string role)
    {
        await using var ctx = NewContext().SignIn(role);

        var link = RenderBienHoa(ctx);

        var anchor = link.Find("a");
        Assert.Equal(Href, anchor.GetAttribute("href"));
        Assert.Equal("Phường Biên Hòa", anchor.TextContent);
    }

    [Fact]
    public async Task UnitLink_LinkAndText_KeepTheListStyleOfUnitLinkCss()
    {
        await using var linked = NewContext().SignIn(Roles.ProvinceOffice);
        await using var plain = NewContext().SignIn(Roles.UnitHead, "so-tu-phap");

        // UnitLink.razor.css styles ".unit" in the leaders' summary and the movers list: only elements written by
        // UnitLink's own markup carry its scope attribute (b-…), so the name must not be written by code.
        foreach (var element in new[] { RenderBienHoa(linked).Find("a"), RenderBienHoa(plain).Find("span") })
        {
            Assert.Contains(element.Attributes, a => a.Name.StartsWith("b-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task UnitLink_UnitHeadOwnUnit_RendersLink()
    {
        await using var ctx = NewContext().SignIn(Roles.UnitHead, "phuong-bien-hoa");

        var link = RenderBienHoa(ctx);

        Assert.Equal(Href, link.Find("a").GetAttribute("href"));
    }

    [Fact]
    public async Task UnitLink_UnitHeadOtherUnit_RendersNameAsTextWithSameAttributes()
    {
        await using var ctx = NewContext().SignIn(Roles.UnitHead, "so-tu-phap");

        var link = RenderBienHoa(ctx);

        Assert.Empty(link.FindAll("a"));
        var text = link.Find("span");
        Assert.Equal("Phường Biên Hòa", text.TextContent);
        Assert.Equal("unit", text.ClassName);
        Assert.Equal("unit-link", text.GetAttribute("data-testid"));
        Assert.Null(text.GetAttribute("href"));
    }

    [Fact]
    public async Task UnitLink_UnitHeadOtherUnitWithPeerDetailAllowed_RendersLink()
    {
        await using var ctx = NewContext().SignIn(Roles.UnitHead, "so-tu-phap", unitHeadsSeePeerDetail: true);

        var link = RenderBienHoa(ctx);

        Assert.Equal(Href, link.Find("a").GetAttribute("href"));
    }

    [Fact]
    public async Task UnitLink_NoAuthenticationState_RendersNameAsText()
    {
        await using var ctx = NewContext();
        ctx.Services.AddSingleton<UnitAccess>();
        ctx.Services.AddOptions();

        var link = RenderBienHoa(ctx);

        Assert.Empty(link.FindAll("a"));
        Assert.Equal("Phường Biên Hòa", link.Find("span").TextContent);
    }

    [Fact]
    public async Task RankingTable_UnitHead_OwnUnitLinkedPeersPlainText()
    {
        await using var ctx = NewContext().SignIn(Roles.UnitHead, "so-a");
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(new YearMonth(2025, 10)), null);

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, model.Sections[0]).Add(c => c.Columns, model.Columns));

        Assert.Equal("/don-vi/so-a?ky=2025-10", table.Find("tr[data-unit=so-a] a[data-testid=unit-link]").GetAttribute("href"));
        Assert.Empty(table.FindAll("tr[data-unit=so-b] a[data-testid=unit-link]"));
        Assert.Equal("Sở B", table.Find("tr[data-unit=so-b] span[data-testid=unit-link]").TextContent);
    }

    private static IRenderedComponent<UnitLink> RenderBienHoa(BunitContext ctx) => ctx.Render<UnitLink>(p => p
        .Add(c => c.UnitCode, "phuong-bien-hoa")
        .Add(c => c.Name, "Phường Biên Hòa")
        .Add(c => c.Href, Href)
        .AddUnmatched("class", "unit")
        .AddUnmatched("data-testid", "unit-link"));

    private static BunitContext NewContext() => TrendChartTests.NewContext();
}
