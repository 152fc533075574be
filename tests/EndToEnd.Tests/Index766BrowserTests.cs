using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Data;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.EndToEnd.Tests;

public class Index766BrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    private static readonly Period YearToOctober = Period.YearToDate(new YearMonth(2025, 10));

    [Fact]
    public async Task Walk_ProvinceToGroupToSubIndicatorToUnit_ShowsTheEnginesPointsAtEachStep()
    {
        var data = (await app.Services.GetRequiredService<KpiDataSource>().GetAsync()).Index766!;
        var province = data.ProvinceBreakdown(YearToOctober)!;
        var page = await app.NewPageAsync(height: 1400);
        await page.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("nav-766").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chi-so-766$"));
        await Assertions.Expect(page.GetByTestId("province-total")).ToHaveTextAsync(VietnameseFormat.Points766(province.Total));
        await AppServerFixture.ScreenshotAsync(page, "766-province");

        var digitisation = province.Groups.Single(g => g.Group.Code == "DIGITISATION");
        await page.GetByTestId("group-DIGITISATION").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chi-so-766/nhom/DIGITISATION\\?ky=2025-YTD10"));
        await Assertions.Expect(page.GetByTestId("group-points")).ToHaveTextAsync(VietnameseFormat.Points766(digitisation.Points));
        await AppServerFixture.ScreenshotAsync(page, "766-group");

        const string code = "SO_HOA_GIAY_TO_GIAI_QUYET";
        await page.GetByTestId($"row-{code}").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/chi-so-766/chi-so/{code}"));
        var firstRow = page.GetByTestId("unit-table").Locator("tbody tr").First;
        var unitCode = (await firstRow.GetAttributeAsync("data-testid"))!["row-".Length..];
        var unit = data.Engine.FindUnit(unitCode)!;
        var unitSub = data.Breakdown(unit.UnitId, YearToOctober)!.Groups.SelectMany(g => g.SubIndicators).Single(s => s.SubIndicator.Code == code);
        await Assertions.Expect(firstRow.GetByTestId("numerator")).ToHaveTextAsync(VietnameseFormat.Count(unitSub.Figure!.Numerator));
        await Assertions.Expect(firstRow.GetByTestId("denominator")).ToHaveTextAsync(VietnameseFormat.Count(unitSub.Figure.Denominator));
        await Assertions.Expect(firstRow.GetByTestId("rate")).ToHaveTextAsync(VietnameseFormat.Rate766(unitSub.Rate));
        await Assertions.Expect(firstRow.GetByTestId("points")).ToHaveTextAsync(VietnameseFormat.Points766(unitSub.Points));
        await Assertions.Expect(firstRow.GetByTestId("max")).ToHaveTextAsync(VietnameseFormat.MaxPoints766(unitSub.MaxPoints));
        await AppServerFixture.ScreenshotAsync(page, "766-sub-indicator");

        await firstRow.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/chi-so-766/don-vi/{unitCode}\\?ky=2025-YTD10"));
        var breakdown = data.Breakdown(unit.UnitId, YearToOctober)!;
        await Assertions.Expect(page.GetByTestId("unit-score")).ToHaveTextAsync(VietnameseFormat.Points766OutOf(breakdown.Total, 100m));
        await Assertions.Expect(page.GetByTestId("unit-actions").Locator("li").First).ToHaveTextAsync(VietnameseFormat.WinBack766(unit.Name, breakdown.WinBacks[0]));
        await AppServerFixture.ScreenshotAsync(page, "766-unit");

        await page.GetByTestId("nav-766-rankings").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chi-so-766/xep-hang"));
        var first = data.Engine.Rank(PeerGroup.CommunesAndWards, YearToOctober).Entries[0];
        await Assertions.Expect(page.GetByTestId("ranking-xa-phuong").Locator("tbody tr").First.GetByTestId("total")).ToHaveTextAsync(VietnameseFormat.Points766(first.Score.Score));
        await AppServerFixture.ScreenshotAsync(page, "766-rankings");
    }
}
