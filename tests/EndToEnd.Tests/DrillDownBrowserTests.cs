using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.EndToEnd.Tests;

public class DrillDownBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private static readonly Period October = Period.ForMonth(new YearMonth(2025, 10));

    [Fact]
    public async Task DrillDown_OverviewToIndicatorToUnitAndBack_ShowsTheEnginesFiguresAtEachStep()
    {
        var engine = await EngineAsync();
        var page = await app.NewPageAsync(height: 1200);
        await page.GotoAsync("/?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("tile-DIGITIZED").GetByTestId("indicator-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chi-tieu/DIGITIZED\\?ky=2025-10"));
        var total = engine.Total("DIGITIZED", null, October);
        await Assertions.Expect(page.GetByTestId("total-ratio")).ToHaveTextAsync(VietnameseFormat.Percent(total.Value.Ratio));
        await AppServerFixture.ScreenshotAsync(page, "indicator");

        var firstBar = page.GetByTestId("bar-row").First;
        var unitCode = await firstBar.GetAttributeAsync("data-unit");
        await firstBar.Locator("a.bar-name").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/don-vi/{unitCode}\\?ky=2025-10"));
        var unit = engine.Units.Single(u => u.Code == unitCode);
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(unit.Name);
        foreach (var indicator in engine.Indicators)
        {
            var result = engine.Evaluate(unit.UnitId, indicator.Code, October);
            await Assertions.Expect(page.GetByTestId($"unit-indicator-{indicator.Code}").GetByTestId("ratio"))
                .ToHaveTextAsync(VietnameseFormat.Percent(result.Value.Ratio));
        }

        await AppServerFixture.ScreenshotAsync(page, "unit");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chi-tieu/DIGITIZED"));
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tổng quan · Tháng 10/2025");
    }

    [Fact]
    public async Task UnitPage_CopiedUrlOpenedAgain_ShowsTheSameUnitAndPeriod()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/don-vi/so-tu-phap?ky=2025-09");
        await AppServerFixture.WaitForInteractivityAsync(page);
        var ratio = await page.GetByTestId("unit-indicator-DIGITIZED").GetByTestId("ratio").TextContentAsync();

        var again = await app.NewPageAsync();
        await again.GotoAsync(page.Url);

        await Assertions.Expect(again.GetByTestId("unit-name")).ToHaveTextAsync("Sở Tư pháp");
        await Assertions.Expect(again.GetByTestId("rank")).ToContainTextAsync("Tháng 09/2025");
        await Assertions.Expect(again.GetByTestId("unit-indicator-DIGITIZED").GetByTestId("ratio")).ToHaveTextAsync(ratio!);
    }

    [Fact]
    public async Task Rankings_Open_FirstDepartmentIsTheEnginesFirst()
    {
        var engine = await EngineAsync();
        var first = engine.Rank(PeerGroup.Departments, October).Entries[0];
        var page = await app.NewPageAsync(height: 1200);
        await page.GotoAsync("/xep-hang?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        var firstRow = page.GetByTestId("ranking-so-ban-nganh").GetByTestId("ranking-row").First;
        await Assertions.Expect(firstRow).ToHaveAttributeAsync("data-unit", first.Score.Unit.Code);
        await Assertions.Expect(firstRow.GetByTestId("rank")).ToContainTextAsync(first.Rank!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AppServerFixture.ScreenshotAsync(page, "rankings");
    }

    [Fact]
    public async Task LeadersSummary_PhoneWidth_FitsWithoutHorizontalScrollAndNamesTheLeaders()
    {
        var engine = await EngineAsync();
        var page = await app.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/xep-hang/tom-tat?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        var leader = engine.Rank(PeerGroup.CommunesAndWards, October).Entries[0].Score.Unit.Name;
        await Assertions.Expect(page.GetByTestId("leaders-xa-phuong").GetByTestId("leaders")).ToContainTextAsync(leader);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than a 390 px phone.");
        await AppServerFixture.ScreenshotAsync(page, "leaders-phone");
    }

    private async Task<KpiEngine> EngineAsync() => (await app.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
}
