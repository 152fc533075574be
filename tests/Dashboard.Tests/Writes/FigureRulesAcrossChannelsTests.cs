using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Send;
using TargetsDashboard.Ingestion;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// One set of figure rules: the same bad figure gets the same Vietnamese message in a correction, an Excel import row
/// and an API item. Only where it is (the place) and how the sent value is quoted ("ô này có", "giá trị gửi lên là",
/// "bạn đã nhập") follow the channel.
/// </summary>
public class FigureRulesAcrossChannelsTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    // Months no other test of this fixture writes.
    private static readonly YearMonth Month = new(2026, 7);

    [Theory]
    [InlineData("so-tu-phap", "DIGITIZED", 150, 100, "Tử số (150) lớn hơn mẫu số (100): tỷ lệ không thể vượt 100%.")]
    [InlineData("so-tu-phap", "FULL_ONLINE", 0, 0, "Mẫu số của chỉ tiêu DVCTT toàn trình không được bằng 0")]
    [InlineData("so-tu-phap", "DIGITIZED", -5, 10, "Tử số không được âm; ")]
    public async Task BadFigure_CorrectionImportRowAndApiItem_SayTheSameRule(string unitCode, string indicatorCode, long numerator, long denominator, string rule)
    {
        var correction = await CorrectionMessageAsync(unitCode, indicatorCode, numerator, denominator);
        var importRow = await ImportRowMessageAsync(unitCode, indicatorCode, numerator, denominator);
        var apiItem = await ApiItemMessageAsync(unitCode, indicatorCode, numerator, denominator);
        var submission = await SubmissionMessageAsync(unitCode, indicatorCode, numerator, denominator);

        Assert.StartsWith(rule, correction, StringComparison.Ordinal);
        Assert.Equal(Unquoted(correction), Unquoted(importRow));
        Assert.Equal(Unquoted(correction), Unquoted(apiItem));
        Assert.Equal(Unquoted(importRow), Unquoted(submission));
    }

    [Fact]
    public async Task UnitMergedAway_CorrectionImportRowAndApiItem_SayTheSameRule()
    {
        var merged = await MergedUnitAsync();

        var correction = await CorrectionMessageAsync(merged, "DIGITIZED", 1, 2);
        var importRow = await ImportRowMessageAsync(merged, "DIGITIZED", 1, 2);
        var apiItem = await ApiItemMessageAsync(merged, "DIGITIZED", 1, 2);

        Assert.StartsWith($"Đơn vị '{merged}' (", correction, StringComparison.Ordinal);
        Assert.Contains("không hoạt động trong tháng 07/2026: đã sáp nhập vào 'xa-an-vien'.", correction, StringComparison.Ordinal);
        Assert.Equal(correction, importRow);
        Assert.Equal(correction, apiItem);
    }

    [Fact]
    public async Task HugeUnitCode_ImportRowAndApiItem_QuoteAtMostFortyCharacters()
    {
        var code = new string('x', 32_000);

        var importRow = await ImportRowMessageAsync(code, "DIGITIZED", 1, 2);
        var apiItem = await ApiItemMessageAsync(code, "DIGITIZED", 1, 2);

        var quoted = $"'{new string('x', FigureMessages.MaxQuotedLength)}…'";
        Assert.Contains(quoted, importRow, StringComparison.Ordinal);
        Assert.Contains(quoted, apiItem, StringComparison.Ordinal);
        Assert.True(importRow.Length < 200, importRow);
        Assert.True(apiItem.Length < 200, apiItem);
    }

    /// <summary>The message without the channel's words for the value it quotes.</summary>
    private static string Unquoted(string message) =>
        message.Replace("ô này có ", string.Empty, StringComparison.Ordinal)
            .Replace("giá trị gửi lên là ", string.Empty, StringComparison.Ordinal)
            .Replace("bạn đã nhập ", string.Empty, StringComparison.Ordinal);

    private async Task<string> CorrectionMessageAsync(string unitCode, string indicatorCode, long numerator, long denominator)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == indicatorCode);
        var result = await factory.Services.GetRequiredService<CorrectFigureHandler>()
            .SaveFigureAsync(new FigureCorrection(unit.Id, Month, indicator.Id, numerator, denominator, null), "Kiểm tra quy tắc", "vanphong");
        return Assert.IsType<CorrectionInvalid>(result).Message;
    }

    /// <summary>The unit's own submission (a draft: the same rules refuse it before it can be sent), as its page says it on the row.</summary>
    private async Task<string> SubmissionMessageAsync(string unitCode, string indicatorCode, long numerator, long denominator)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == indicatorCode);
        var input = new SubmissionInput(unit.Id, Month, null, [new TypedFigure(indicator.Id, numerator, denominator, null, null)], SubmissionSections.Empty, MaySubmit: true);
        var result = await factory.Services.GetRequiredService<SendSubmissionHandler>().SaveDraftAsync(input, "dau-moi-so-tu-phap");
        var problem = Assert.Single(Assert.IsType<SubmissionRefused>(result).Problems);
        Assert.Equal(indicatorCode, problem.IndicatorCode);
        return problem.Message;
    }

    private async Task<string> ImportRowMessageAsync(string unitCode, string indicatorCode, long numerator, long denominator)
    {
        var batch = new FigureBatch(
            Month.FirstDay,
            [new IncomingFigure(unitCode, indicatorCode, IncomingNumber.Of(numerator), IncomingNumber.Of(denominator), FigureLocation.WorkbookRow("Số liệu", 5, "B", "D", "F", "G"))],
            [],
            "quy-tac.xlsx",
            "quy-tac");
        var preview = await factory.Services.GetRequiredService<FigureImporter>().PreviewAsync(batch);
        return Assert.Single(preview.Issues).Message;
    }

    private async Task<string> ApiItemMessageAsync(string unitCode, string indicatorCode, long numerator, long denominator)
    {
        var issued = await factory.Services.GetRequiredService<ApiKeys>().IssueAsync("quy-tac-" + Guid.NewGuid().ToString("N")[..8], "quantri");
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative))
        {
            Content = new StringContent(
                $$"""{ "month": "{{Month.ToIsoString()}}", "mode": "replace", "items": [ { "unitCode": "{{unitCode}}", "indicatorCode": "{{indicatorCode}}", "numerator": {{numerator}}, "denominator": {{denominator}} } ] }""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, issued.Issued!.Key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<ApiProblem>())!.Errors!).Message;
    }

    /// <summary>A commune merged into Xã An Viễn before the month, created here so no other test depends on it.</summary>
    private async Task<string> MergedUnitAsync()
    {
        const string code = "xa-da-sap-nhap-quy-tac";
        var maintenance = factory.Services.GetRequiredService<UnitMaintenance>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        if (!await db.Units.AnyAsync(u => u.Code == code))
        {
            Assert.Null(await maintenance.CreateAsync(code, "Xã Đã Sáp Nhập", UnitKind.Commune, new DateOnly(2025, 7, 1), "quantri"));
            var merged = await db.Units.SingleAsync(u => u.Code == code);
            var successor = await db.Units.SingleAsync(u => u.Code == "xa-an-vien");
            await maintenance.MergeAsync([merged.Id], successor.Id, new DateOnly(2026, 1, 1), "quantri");
        }

        return code;
    }
}
