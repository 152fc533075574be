using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.EndToEnd.Tests;

public class OverviewBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private static readonly Period October = Period.ForMonth(new YearMonth(2025, 10));

    [Fact]
    public async Task Overview_Open_ShowsEachProvinceRatioAsTheEngineComputesIt()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(page);
        var engine = (await app.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tháng 10/2025");
        await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        foreach (var indicator in engine.Indicators)
        {
            var total = engine.Total(indicator.Code, null, October);
            await Assertions.Expect(page.GetByTestId($"tile-{indicator.Code}").GetByTestId("ratio")).ToHaveTextAsync(VietnameseFormat.Percent(total.Value.Ratio));
        }

        await Assertions.Expect(page.GetByTestId("grid-row")).ToHaveCountAsync(110);
        await AppServerFixture.ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task Overview_SortByIndicatorThenReload_KeepsTheSameViewFromTheUrl()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?nhom=xa-phuong");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("sort-DIGITIZED").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sx=DIGITIZED"));
        await Assertions.Expect(page.GetByTestId("sort-DIGITIZED")).ToHaveAttributeAsync("aria-sort", "descending");
        var firstUnit = await page.GetByTestId("grid-row").First.GetAttributeAsync("data-unit");
        var ratios = await CellRatiosAsync(page, "DIGITIZED");

        Assert.Contains("giam=true", page.Url, StringComparison.Ordinal);
        Assert.Contains("nhom=xa-phuong", page.Url, StringComparison.Ordinal);
        Assert.Equal(ratios.OrderByDescending(r => r), ratios);
        Assert.Equal(95, ratios.Count + await page.Locator("td[data-code=DIGITIZED][data-status=Unknown]").CountAsync());

        var copied = page.Url;
        var second = await app.NewPageAsync();
        await second.GotoAsync(copied);
        await Assertions.Expect(second.GetByTestId("grid-row").First).ToHaveAttributeAsync("data-unit", firstUnit!);
    }

    [Fact]
    public async Task Overview_PickAnotherMonth_UpdatesUrlAndBackReturns()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("period").SelectOptionAsync(new SelectOptionValue { Label = "Tháng 09/2025" });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("ky=2025-09"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tháng 09/2025");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tháng 10/2025");
    }

    [Fact]
    public async Task Overview_PeriodSelectGivenAnOptionTheServerDidNotOffer_StaysOnThePage()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        // A value written into the page by hand (developer tools): the server navigates only to periods it offered.
        await page.GetByTestId("period").EvaluateAsync("s => { s.add(new Option('x', '1999-13')); s.value = '1999-13'; s.dispatchEvent(new Event('change', { bubbles: true })); }");
        await page.GetByTestId("group").SelectOptionAsync("xa-phuong");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("nhom=xa-phuong"));
        Assert.Contains("ky=2025-10", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tháng 10/2025");
    }

    [Fact]
    public async Task Overview_TypeInFilter_ShowsMatchingUnitsOnly()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.Locator("[data-testid=grid-filter] input, input[data-testid=grid-filter]").FillAsync("Biên Hòa");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("tim="));

        await Assertions.Expect(page.GetByTestId("grid-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("grid-row").First).ToHaveAttributeAsync("data-unit", "phuong-bien-hoa");
    }

    private static async Task<List<decimal>> CellRatiosAsync(IPage page, string code)
    {
        var texts = await page.Locator($"td[data-code={code}]:not([data-status=Unknown])").AllTextContentsAsync();
        return texts.Select(t => decimal.Parse(t.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"))).ToList();
    }
}
