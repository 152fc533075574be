using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TargetsDashboard.EndToEnd.Tests;

/// <summary>A period the app cannot show, reached inside the running circuit: the page says so and keeps working.</summary>
public class PeriodRangeBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Circuit_NavigatesToAPeriodOutOfRange_SaysSoAndStaysInteractive()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        // A marker on the window survives client-side navigation only: a full reload would drop it.
        await page.EvaluateAsync("() => { window.__stayed = true; }");
        await page.EvaluateAsync("() => Blazor.navigateTo('/xep-hang?ky=1900-01')");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/xep-hang\\?ky=1900-01"));
        await Assertions.Expect(page.GetByTestId("not-found"))
            .ToContainTextAsync("Kỳ “1900-01” không có: chỉ xem được các kỳ từ tháng 01/2000 đến tháng 12/2099");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không có kỳ báo cáo này");
        await AppServerFixture.ScreenshotAsync(page, "period-out-of-range");

        await page.EvaluateAsync("() => Blazor.navigateTo('/don-vi/so-tu-phap?ky=9999-12')");
        await Assertions.Expect(page.GetByTestId("not-found")).ToContainTextAsync("Kỳ “9999-12” không có");

        // Still the same circuit, still answering: the link back renders the overview without a reload.
        await page.GetByTestId("back-to-overview").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tổng quan · Tháng 10/2025");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__stayed === true"));
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
