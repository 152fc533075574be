using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class CorrectionPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task EditPage_Office_ShowsEveryIndicatorWithInputsReasonAndNote()
    {
        var html = await factory.PageTextAsync("/don-vi/so-tu-phap/sua-so-lieu?ky=2025-10");

        Assert.Contains("Sửa số liệu · Sở Tư pháp", html, StringComparison.Ordinal);
        Assert.Contains("Tháng 10/2025", html, StringComparison.Ordinal);
        Assert.Equal(5, Count(html, "data-testid=\"numerator\""));
        Assert.Equal(5, Count(html, "data-testid=\"denominator\""));
        Assert.Contains("Lý do sửa (bắt buộc)", html, StringComparison.Ordinal);
        Assert.Contains("Ghi chú của đơn vị tháng 10/2025", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"read-only\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("so-tu-phap")]
    [InlineData("phuong-bien-hoa")]
    public async Task EditPage_LeadershipAndUnitHeads_AreForbidden(string userName)
    {
        using var client = await factory.SignedInClientAsync(userName, followRedirects: false);

        using var response = await client.GetAsync(new Uri("/don-vi/so-tu-phap/sua-so-lieu?ky=2025-10", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task EditPage_UnknownUnit_Answers404()
    {
        using var client = await factory.SignedInClientAsync();

        using var response = await client.GetAsync(new Uri("/don-vi/khong-co/sua-so-lieu?ky=2025-10", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditPage_ClosedMonth_IsReadOnlyWithTheLockMessage()
    {
        Assert.Null(await factory.Services.GetRequiredService<MonthLocks>().CloseAsync(new YearMonth(2025, 6), "quantri"));

        var html = await factory.PageTextAsync("/don-vi/so-tu-phap/sua-so-lieu?ky=2025-06");

        Assert.Contains("Tháng 06/2025 đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"numerator\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save-row\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitPage_Office_LinksToTheEditPageOfTheMonth()
    {
        var html = await factory.PageTextAsync("/don-vi/so-tu-phap?ky=2025-10");

        Assert.Contains("href=\"/don-vi/so-tu-phap/sua-so-lieu?ky=2025-10\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("so-tu-phap")]
    public async Task UnitPage_WithoutEditRight_HasNoEditLink(string userName)
    {
        var html = await factory.PageTextAsync("/don-vi/so-tu-phap?ky=2025-10", userName);

        Assert.DoesNotContain("sua-so-lieu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionWorkflow_TwoEditorsSaveOneFigure_SecondGetsTheConflictAndTheFirstsValue()
    {
        var editor = factory.Services.CreateScope().ServiceProvider.GetRequiredService<CorrectionWorkflow>();
        var september = new YearMonth(2025, 9);
        var mine = (await editor.LoadAsync("xa-an-vien", september))!;
        var theirs = (await editor.LoadAsync("xa-an-vien", september))!;
        var theirRow = theirs.Rows.Single(r => r.Code == "DIGITIZED");
        var myRow = mine.Rows.Single(r => r.Code == "DIGITIZED");
        theirRow.Numerator = 45;
        theirRow.Denominator = 60;
        theirs.Reason = "Xã gửi lại báo cáo";
        myRow.Numerator = 50;
        myRow.Denominator = 60;
        mine.Reason = "Theo công văn của xã";

        await editor.SaveRowAsync(theirs, theirRow, "quantri");
        await editor.SaveRowAsync(mine, myRow, "vanphong");

        Assert.Equal(CorrectionMessageKind.Saved, theirs.Message!.Kind);
        Assert.Equal("Đã lưu Số hóa: 45/60 (75,0%).", theirs.Message.Text);
        Assert.Equal(CorrectionMessageKind.Conflict, mine.Message!.Kind);
        Assert.StartsWith("Số liệu Số hóa đã được Quản trị hệ thống (demo) sửa lúc ", mine.Message.Text, StringComparison.Ordinal);
        Assert.EndsWith("thành 45/60. " + CorrectionWorkflow.KeepYourChanges, mine.Message.Text, StringComparison.Ordinal);
        Assert.Equal("Bạn đã nhập 50/60.", mine.Message.Detail);
        Assert.Equal((45L, 60L), (myRow.Numerator!.Value, myRow.Denominator!.Value));
        Assert.False(myRow.IsChanged);
    }

    [Fact]
    public void ConflictMessage_OthersSave_ReadsTheirNameVietnamTimeAndFigures()
    {
        var theirs = new FigureState(1234, 1500, 3, "nva", "Nguyễn Văn A", new DateTime(2026, 11, 23, 7, 32, 0, DateTimeKind.Utc), MeasurementSource.ManualEdit);

        var message = CorrectionWorkflow.ConflictMessage("Số hóa", theirs);

        Assert.Equal(
            "Số liệu Số hóa đã được Nguyễn Văn A sửa lúc 14:32 23/11/2026 thành 1.234/1.500. Thay đổi của bạn chưa được lưu; hãy xem lại và lưu lại nếu vẫn cần.",
            message);
    }

    [Fact]
    public void CorrectionRow_ZeroDenominator_IsUnknownNotZeroPercent()
    {
        var row = new CorrectionRow(new IndicatorFigure(1, "DIGITIZED", "Số hóa", "Số hóa", "tử", "mẫu", new FigureState(0, 0, 0, "a", "a", DateTime.UnixEpoch, MeasurementSource.Api)));

        row.Numerator = 3;
        row.Denominator = 4;

        Assert.Equal("Chưa có số liệu", row.SavedRatioText);
        Assert.Equal("75,0%", row.TypedRatioText);
        Assert.True(row.IsChanged);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
