using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.EndToEnd.Tests;

public class ApiKeysBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Administrator_IssuesAKey_SeesItOnce_ThenRevokesIt()
    {
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var page = await app.NewPageAsync(height: 900, userName: "quantri");
        await page.GotoAsync("/quan-tri/khoa-api");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByLabel("Tên hệ thống nguồn").FillAsync("he-thong-tthc");
        await page.GetByTestId("issue-key").ClickAsync();

        var shown = page.GetByTestId("issued-key");
        await Assertions.Expect(shown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^tdk_"));
        await Assertions.Expect(page.GetByTestId("issued-key-panel")).ToContainTextAsync("Hãy sao chép khóa này ngay");
        var key = await shown.InnerTextAsync();
        Assert.NotNull(await keys.ValidateAsync(key));
        await AppServerFixture.ScreenshotAsync(page, "admin-api-keys-issued");

        // Once: after "copied", and on any later visit, only the prefix is left.
        await page.GetByTestId("dismiss-key").ClickAsync();
        await Assertions.Expect(shown).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await AppServerFixture.WaitForInteractivityAsync(page);
        var row = page.Locator("[data-client=he-thong-tthc]");
        await Assertions.Expect(row).ToContainTextAsync(key[..12]);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        await row.GetByTestId("revoke").ClickAsync();
        await Assertions.Expect(row.GetByTestId("revoke-confirmation")).ToContainTextAsync("không hoàn tác được");
        await row.GetByTestId("confirm-revoke").ClickAsync();

        await Assertions.Expect(row.GetByTestId("client-status")).ToContainTextAsync("Đã thu hồi");
        Assert.Null(await keys.ValidateAsync(key));
        await AppServerFixture.ScreenshotAsync(page, "admin-api-keys-revoked");
    }
}
