using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TargetsDashboard.EndToEnd.Tests;

public class FigureCorrectionBrowserTests(AppServerFixture app) : IClassFixture<AppServerFixture>
{
    [Fact]
    public async Task Office_CorrectsAFigureWithAReason_UnitPageShowsTheNewRatio()
    {
        var page = await app.NewPageAsync(height: 1200);
        await page.GotoAsync("/don-vi/so-tu-phap?ky=2025-10");
        await AppServerFixture.WaitForInteractivityAsync(page);

        await page.GetByTestId("edit-figures").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/don-vi/so-tu-phap/sua-so-lieu\\?ky=2025-10"));
        var row = page.Locator("tr[data-code=DIGITIZED]");
        await row.GetByTestId("numerator").FillAsync("737");
        await row.GetByTestId("denominator").FillAsync("1000");
        await page.GetByLabel("Lý do sửa (bắt buộc)").FillAsync("Sở gửi báo cáo bổ sung ngày 05/11");
        await Assertions.Expect(row.GetByTestId("typed-ratio")).ToHaveTextAsync("→ 73,7%");
        await row.GetByTestId("save-row").ClickAsync();

        await Assertions.Expect(page.GetByTestId("edit-message")).ToHaveTextAsync("Đã lưu Số hóa: 737/1.000 (73,7%).");
        await Assertions.Expect(row.GetByTestId("updated")).ToContainTextAsync("Chuyên viên Văn phòng UBND tỉnh (demo)");
        await AppServerFixture.ScreenshotAsync(page, "figure-edit-saved");

        await page.GetByTestId("back-to-unit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/don-vi/so-tu-phap\\?ky=2025-10"));
        await Assertions.Expect(page.GetByTestId("unit-indicator-DIGITIZED").GetByTestId("ratio")).ToHaveTextAsync("73,7%");
    }

    [Fact]
    public async Task TwoEditors_SaveTheSameFigure_SecondIsToldWhoChangedItAndSeesTheirValue()
    {
        const string url = "/don-vi/phuong-bien-hoa/sua-so-lieu?ky=2025-10";
        var first = await app.NewPageAsync(height: 1100, userName: "quantri");
        var second = await app.NewPageAsync(height: 1100, userName: "vanphong");
        await first.GotoAsync(url);
        await second.GotoAsync(url);
        await AppServerFixture.WaitForInteractivityAsync(first);
        await AppServerFixture.WaitForInteractivityAsync(second);

        await EditAsync(first, "40", "50", "Phường gửi lại báo cáo tháng 10");
        await Assertions.Expect(first.GetByTestId("edit-message")).ToContainTextAsync("Đã lưu Phi tiếp xúc: 40/50");
        await EditAsync(second, "45", "50", "Theo công văn của phường");

        var conflict = second.GetByTestId("conflict-message");
        await Assertions.Expect(conflict).ToContainTextAsync(new Regex(
            "Số liệu Phi tiếp xúc đã được Quản trị hệ thống \\(demo\\) sửa lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4} thành 40/50\\. "
            + "Thay đổi của bạn chưa được lưu; hãy xem lại và lưu lại nếu vẫn cần\\."));
        await Assertions.Expect(conflict).ToContainTextAsync("Bạn đã nhập 45/50.");
        var row = second.Locator("tr[data-code=CONTACTLESS]");
        await Assertions.Expect(row.GetByTestId("numerator")).ToHaveValueAsync("40");
        await Assertions.Expect(row.GetByTestId("ratio")).ToHaveTextAsync("80,0%");
        await AppServerFixture.ScreenshotAsync(second, "figure-edit-conflict");
    }

    [Fact]
    public async Task Administrator_ClosesAMonth_EditPageTurnsReadOnly_ThenReopensWithAReason()
    {
        var admin = await app.NewPageAsync(height: 1100, userName: "quantri");
        await admin.GotoAsync("/quan-tri/khoa-so");
        await AppServerFixture.WaitForInteractivityAsync(admin);
        var august = admin.Locator("tr[data-month='2025-08']");

        await august.GetByTestId("close-month").ClickAsync();
        await Assertions.Expect(august.GetByTestId("month-status")).ToHaveTextAsync("Đã khóa sổ");
        await Assertions.Expect(august).ToContainTextAsync("quantri");
        await AppServerFixture.ScreenshotAsync(admin, "admin-month-locks");

        var office = await app.NewPageAsync(userName: "vanphong");
        await office.GotoAsync("/don-vi/so-tu-phap/sua-so-lieu?ky=2025-08");
        await Assertions.Expect(office.GetByTestId("read-only")).ToHaveTextAsync("Tháng 08/2025 đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.");
        await Assertions.Expect(office.GetByTestId("numerator")).ToHaveCountAsync(0);

        await august.GetByTestId("reopen-month").ClickAsync();
        await august.GetByTestId("reopen-confirm").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("admin-message")).ToHaveTextAsync("Cần nhập lý do mở lại tháng đã khóa sổ.");
        await august.GetByLabel("Lý do mở lại (bắt buộc)").FillAsync("Sở Tư pháp điều chỉnh số liệu tháng 8");
        await august.GetByTestId("reopen-confirm").ClickAsync();
        await Assertions.Expect(august.GetByTestId("month-status")).ToHaveTextAsync("Đang mở");
    }

    private static async Task EditAsync(IPage page, string numerator, string denominator, string reason)
    {
        var row = page.Locator("tr[data-code=CONTACTLESS]");
        await row.GetByTestId("numerator").FillAsync(numerator);
        await row.GetByTestId("denominator").FillAsync(denominator);
        await page.GetByLabel("Lý do sửa (bắt buộc)").FillAsync(reason);
        await Assertions.Expect(row.GetByTestId("save-row")).ToBeEnabledAsync();
        await row.GetByTestId("save-row").ClickAsync();
    }
}
