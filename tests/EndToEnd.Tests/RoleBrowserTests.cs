using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TargetsDashboard.Dashboard.Security;

namespace TargetsDashboard.EndToEnd.Tests;

public class RoleBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Anonymous_OpenAnyPage_IsSentToTheVietnameseSignInPage()
    {
        var page = await app.NewPageAsync(userName: null);

        await page.GotoAsync("/xep-hang?ky=2025-10");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await AppServerFixture.ScreenshotAsync(page, "sign-in");
    }

    [Fact]
    public async Task UnitHead_SignsIn_SeesOwnUnitLinkedButNotAnotherEvenInsideTheCircuit()
    {
        var page = await app.NewPageAsync(userName: "so-tu-phap");
        await page.GotoAsync("/?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Giám đốc Sở Tư pháp (demo)");

        await page.GetByTestId("own-unit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Sở Tư pháp");

        // Another unit's name is plain text on the overview: no link that would only lead to a refusal.
        await page.GotoAsync("/?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByTestId("grid-row").First.Locator("th.unit-name")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("[data-testid=grid-row]:not([data-unit=so-tu-phap]) a[href^='/don-vi/']")).ToHaveCountAsync(0);
        await AppServerFixture.ScreenshotAsync(page, "unit-head-overview");
        await page.GotoAsync("/?ky=2025-10&tim=Bi%C3%AAn%20H%C3%B2a");
        await AppServerFixture.WaitForInteractivityAsync(page);
        var ward = page.Locator("[data-testid=grid-row][data-unit=phuong-bien-hoa] th.unit-name");
        await Assertions.Expect(ward).ToContainTextAsync("Phường Biên Hòa");
        await Assertions.Expect(ward.Locator("a")).ToHaveCountAsync(0);

        // Navigating inside the running circuit to another unit, as an old bookmark or a typed address would: the server refuses it just the same.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/don-vi/phuong-bien-hoa?ky=2025-10");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/don-vi/phuong-bien-hoa"));
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveCountAsync(0);
        await AppServerFixture.ScreenshotAsync(page, "unit-head-denied");
    }

    [Theory]
    [InlineData("lanhdao", "Lãnh đạo UBND tỉnh")]
    [InlineData("vanphong", "Văn phòng UBND tỉnh")]
    [InlineData("quantri", "Quản trị hệ thống")]
    public async Task ProvinceRole_SignsIn_SeesEveryUnitsDetail(string userName, string roleText)
    {
        var page = await app.NewPageAsync(userName: userName);
        await page.GotoAsync("/don-vi/phuong-bien-hoa?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync(roleText);
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Phường Biên Hòa");
        await page.GotoAsync("/don-vi/so-tu-phap?ky=2025-10");
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Sở Tư pháp");
    }

    [Fact]
    public async Task SignOut_FromTheMenu_EndsTheSession()
    {
        var page = await app.NewPageAsync(userName: "lanhdao");
        await page.GotoAsync("/");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
        await page.GotoAsync("/");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
    }

    [Fact]
    public async Task OpenPage_AdministratorResetsThePassword_IsSentToSignInWithoutReloading()
    {
        var page = await app.NewPageAsync(userName: "phuong-bien-hoa");
        await page.GotoAsync("/don-vi/phuong-bien-hoa?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Phường Biên Hòa");
        var administration = app.Services.GetRequiredService<UserAdministration>();
        var userId = (await administration.ListAsync()).Single(u => u.UserName == "phuong-bien-hoa").Id;

        var reset = await administration.ResetPasswordAsync(userId, "Dat@Lai2026");
        try
        {
            Assert.True(reset.Succeeded, reset.Error);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
        }
        finally
        {
            await administration.ResetPasswordAsync(userId, AccountSeeder.DemoPassword);
        }
    }
}
