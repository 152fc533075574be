using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TargetsDashboard.EndToEnd.Tests;

public class AdministrationBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Administrator_CreatesAUnitHead_WhoThenSignsInToTheirOwnUnit()
    {
        var admin = await app.NewPageAsync(height: 1200, userName: "quantri");
        await admin.GotoAsync("/quan-tri/nguoi-dung");
        await AppServerFixture.WaitForInteractivityAsync(admin);

        await admin.GetByLabel("Tên đăng nhập").FillAsync("xa-xuan-thanh");
        await admin.GetByLabel("Họ tên, chức vụ").FillAsync("Chủ tịch UBND xã Xuân Thành");
        await admin.GetByLabel("Mật khẩu ban đầu").FillAsync("XuanThanh@2026");
        await admin.GetByTestId("new-unit").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Xã Xuân Thành", Exact = true }).ClickAsync();

        // The choice travels to the server before the button may be pressed: wait until the select shows it.
        await Assertions.Expect(admin.GetByTestId("new-unit")).ToHaveTextAsync("Xã Xuân Thành");
        await admin.GetByTestId("create-user").ClickAsync();

        await Assertions.Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("Đã thêm người dùng xa-xuan-thanh");
        await Assertions.Expect(admin.Locator("[data-user=xa-xuan-thanh]")).ToContainTextAsync("Xã Xuân Thành");
        await AppServerFixture.ScreenshotAsync(admin, "admin-users");

        var head = await app.NewPageAsync(userName: null);
        await AppServerFixture.SignInAsync(head, "xa-xuan-thanh", "XuanThanh@2026");
        await head.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(head);
        await head.GetByTestId("own-unit").ClickAsync();
        await Assertions.Expect(head).ToHaveURLAsync(new Regex("/don-vi/xa-xuan-thanh"));
        await Assertions.Expect(head.GetByTestId("unit-name")).ToHaveTextAsync("Xã Xuân Thành");
    }

    [Fact]
    public async Task Leadership_OpensAdministration_IsRefused()
    {
        var page = await app.NewPageAsync(userName: "lanhdao");

        var response = await page.GotoAsync("/quan-tri/chi-tieu");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_TargetsPage_ShowsEachIndicatorsTargetAndSource()
    {
        var page = await app.NewPageAsync(height: 1400, userName: "quantri");
        await page.GotoAsync("/quan-tri/chi-tieu");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await Assertions.Expect(page.GetByTestId("indicator-FULL_ONLINE").GetByTestId("target-row")).ToContainTextAsync("≥ 80%");
        await Assertions.Expect(page.GetByTestId("indicator-CONTACTLESS")).ToContainTextAsync("4912/UBND-HCC");
        await AppServerFixture.ScreenshotAsync(page, "admin-targets");
    }
}
