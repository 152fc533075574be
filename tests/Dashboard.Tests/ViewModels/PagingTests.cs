using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Common;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class PagingTests
{
    private static readonly int[] NationalUnits = [.. Enumerable.Range(1, 4_000)];

    [Fact]
    public void Page_ProvinceSizedList_AllItemsOnOnePage()
    {
        var items = Enumerable.Range(1, 110).ToList();

        var page = Paging.Page(items, null);

        Assert.Equal(1, page.PageCount);
        Assert.Same(items, page.Items);
        Assert.Equal("110 đơn vị", page.RangeText);
    }

    [Fact]
    public void Page_SecondPageOfNationalList_SkipsFirstPageSizeItems()
    {
        var page = Paging.Page(NationalUnits, 2);

        Assert.Equal(34, page.PageCount);
        Assert.Equal(Paging.PageSize, page.Items.Count);
        Assert.Equal(Paging.PageSize + 1, page.Items[0]);
        Assert.Equal(Paging.PageSize, page.Offset);
        Assert.Equal("121–240 trong 4.000 đơn vị", page.RangeText);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0002", 2)]
    [InlineData("0", 1)]
    [InlineData("999999", 999_999)]
    [InlineData("2147483648", Paging.MaxPageNumber)]
    [InlineData("99999999999", Paging.MaxPageNumber)]
    public void ParsePage_DigitsFromTheUrl_AreBounded(string token, int expected)
    {
        Assert.Equal(expected, Paging.ParsePage(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("1.5")]
    [InlineData("２")]
    [InlineData("trang")]
    public void ParsePage_NotDigits_MeansTheFirstPage(string? token)
    {
        Assert.Null(Paging.ParsePage(token));
    }

    [Fact]
    public void Page_NumberBeyondTheLastPage_GivesTheLastPage()
    {
        var page = Paging.Page(NationalUnits, Paging.ParsePage("2147483648"));

        Assert.Equal(34, page.Page);
        Assert.Equal(4_000, page.Items[^1]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(99, 34)]
    public void Page_OutOfRange_GivesNearestPage(int asked, int expected)
    {
        var page = Paging.Page(NationalUnits, asked);

        Assert.Equal(expected, page.Page);
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public void Page_LastPage_HoldsTheRemainder()
    {
        var page = Paging.Page(NationalUnits, 34);

        Assert.Equal(4_000 - (33 * Paging.PageSize), page.Items.Count);
        Assert.Equal(4_000, page.Items[^1]);
    }

    [Fact]
    public async Task ListPager_OnePage_RendersNothing()
    {
        await using var ctx = NewContext();

        var pager = ctx.Render<ListPager>(p => p.Add(c => c.Page, 1).Add(c => c.PageCount, 1).Add(c => c.RangeText, "110 đơn vị"));

        Assert.Empty(pager.FindAll("nav"));
    }

    [Fact]
    public async Task ListPager_MiddlePage_LinksChangeOnlyItsOwnKeyAndKeepTheSelections()
    {
        await using var ctx = NewContext();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/xep-hang?ky=2025-10&dv=so-a&trang-xa=3");

        var pager = ctx.Render<ListPager>(p => p.Add(c => c.Page, 3).Add(c => c.PageCount, 30).Add(c => c.RangeText, "241–360 trong 3.600 đơn vị")
            .Add(c => c.QueryKey, ViewQuery.CommunesPageKey));

        Assert.Equal("http://localhost/xep-hang?ky=2025-10&dv=so-a&trang-xa=2", pager.Find("[data-testid=previous-page]").GetAttribute("href"));
        Assert.Equal("http://localhost/xep-hang?ky=2025-10&dv=so-a&trang-xa=4", pager.Find("[data-testid=next-page]").GetAttribute("href"));
        Assert.Contains("Trang 3/30 · 241–360 trong 3.600 đơn vị", pager.Find("nav").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPager_BackToFirstPage_DropsTheKeyFromTheUrl()
    {
        await using var ctx = NewContext();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/chi-tieu/DIGITIZED?ky=2025-10&trang=2");

        var pager = ctx.Render<ListPager>(p => p.Add(c => c.Page, 2).Add(c => c.PageCount, 34));

        Assert.Equal("http://localhost/chi-tieu/DIGITIZED?ky=2025-10", pager.Find("[data-testid=previous-page]").GetAttribute("href"));
    }

    [Fact]
    public async Task RankingTable_WithPage_ShowsPagerUnderItsOwnKey()
    {
        await using var ctx = NewContext();
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(new YearMonth(2025, 10)), null);
        var section = model.Sections[0];
        var page = Paging.Page(section.Rows, 2, pageSize: 1);

        var table = ctx.Render<RankingTable>(p => p.Add(c => c.Section, section with { Rows = page.Items }).Add(c => c.Columns, model.Columns)
            .Add(c => c.Page, page).Add(c => c.PageQueryKey, ViewQuery.DepartmentsPageKey));

        var row = Assert.Single(table.FindAll("[data-testid=ranking-row]"));
        Assert.Equal(section.Rows[1].UnitCode, row.GetAttribute("data-unit"));
        var pager = table.Find($"[data-testid=pager-{section.Key}]");
        Assert.Contains($"{ViewQuery.DepartmentsPageKey}=3", pager.QuerySelector("[data-testid=next-page]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitRatioTable_OnePageOfMany_SummarySaysHowManyInAll()
    {
        await using var ctx = NewContext();
        var bar = new UnitBar("xa-a", "Xã A", "Xã", "/don-vi/xa-a", 0.9m, 0.7m, "90,0%", "9", "10", KpiStatus.Met, "Đạt", null, 1, "1");

        var table = ctx.Render<UnitRatioTable>(p => p.Add(c => c.Bars, [bar]).Add(c => c.TotalCount, 4_000));

        Assert.Contains("1 trong 4.000 đơn vị", table.Find("summary").TextContent, StringComparison.Ordinal);
    }

    /// <summary>Province office staff: every unit name is a link to its page.</summary>
    private static BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        return ctx.SignIn(Roles.ProvinceOffice);
    }
}
