using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Admin;
using TargetsDashboard.Dashboard.Components.Pages;
using TargetsDashboard.Dashboard.Import;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Corrections.CorrectNote;
using TargetsDashboard.Data.Corrections.UnitMonth;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// A database that refuses writes (SQLite triggers that abort, as a read-only file or a full disk would): every write a
/// person starts ends in a Vietnamese message with an error id, no earlier "saved" stays on screen, and the page goes
/// on working. The pages run in bUnit over the app's own services and database.
/// </summary>
public sealed partial class WriteFailureTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task CorrectionPage_DatabaseRefusesTheSave_SaysNothingWasSavedWithAnErrorIdAndStaysUsable()
    {
        await using var ctx = NewContext();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/don-vi/phuong-an-loc/sua-so-lieu?ky=2025-10");
        var page = ctx.Render<CorrectionPage>(p => p.Add(c => c.UnitCode, "phuong-an-loc"));
        page.WaitForElement("[data-testid=figures]");
        page.Find("[data-testid=reason]").Input("Phường gửi báo cáo bổ sung");
        await SaveDigitizedAsync(page, 190, 210);
        page.WaitForAssertion(() => Assert.Equal("Đã lưu Số hóa: 190/210 (90,5%).", page.Find("[data-testid=edit-message]").TextContent.Trim()));

        await RefuseWritesAsync();
        try
        {
            await SaveDigitizedAsync(page, 195, 210);

            page.WaitForAssertion(() => Assert.Contains("Không lưu được số liệu Số hóa", page.Find("[data-testid=write-failed]").TextContent, StringComparison.Ordinal));
            var failure = page.Find("[data-testid=write-failed]").TextContent;
            Assert.Contains("chưa được lưu", failure, StringComparison.Ordinal);
            Assert.Matches(ErrorId(), failure);
            Assert.Contains("Bạn đã nhập 195/210; số liệu đang lưu: 190/210.", failure, StringComparison.Ordinal);
            Assert.DoesNotContain("Đã lưu", page.Markup, StringComparison.Ordinal);
            Assert.Empty(page.FindAll("[data-testid=edit-message]"));

            // The page still answers: the note's save fails the same way, with its own message.
            page.Find("textarea[data-testid=note]").Input("Đường truyền chậm");
            page.Find("[data-testid=save-note]").Click();
            page.WaitForAssertion(() => Assert.Contains("Không lưu được ghi chú của tháng", page.Find("[data-testid=write-failed]").TextContent, StringComparison.Ordinal));
        }
        finally
        {
            await AcceptWritesAsync();
        }

        // The typed figures are still there: saving again is one click, and now it lands.
        page.Find("tr[data-code=DIGITIZED] [data-testid=save-row]").Click();
        page.WaitForAssertion(() => Assert.Equal("Đã lưu Số hóa: 195/210 (92,9%).", page.Find("[data-testid=edit-message]").TextContent.Trim()));
    }

    [Fact]
    public async Task CorrectionPage_ReloadedAfterAFailedSave_SaysWhichSaveWasTheLast()
    {
        await using var ctx = NewContext();
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo("/don-vi/phuong-bao-vinh/sua-so-lieu?ky=2025-10");
        var page = ctx.Render<CorrectionPage>(p => p.Add(c => c.UnitCode, "phuong-bao-vinh"));
        page.WaitForElement("[data-testid=figures]");
        page.Find("[data-testid=reason]").Input("Theo công văn của xã");
        await SaveDigitizedAsync(page, 70, 80);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=edit-message]")));
        await RefuseWritesAsync();
        try
        {
            await SaveDigitizedAsync(page, 75, 80);
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=write-failed]")));
        }
        finally
        {
            await AcceptWritesAsync();
        }

        var reloaded = ctx.Render<CorrectionPage>(p => p.Add(c => c.UnitCode, "phuong-bao-vinh"));

        reloaded.WaitForAssertion(() => Assert.StartsWith(
            "Lần lưu gần nhất: Số hóa 70/80 — Chuyên viên Văn phòng UBND tỉnh (demo), ",
            reloaded.Find("[data-testid=last-save]").TextContent.Trim(),
            StringComparison.Ordinal));
        Assert.EndsWith("(lý do: Theo công văn của xã).", reloaded.Find("[data-testid=last-save]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthLocksPage_DatabaseRefusesTheLock_SaysSoWithAnErrorIdAndTheMonthStaysOpen()
    {
        await using var ctx = NewContext();
        var page = ctx.Render<MonthLocksPage>();
        page.WaitForElement("[data-month='2025-03'] [data-testid=close-month]");

        await RefuseWritesAsync();
        try
        {
            page.Find("[data-month='2025-03'] [data-testid=close-month]").Click();

            page.WaitForAssertion(() => Assert.Contains("Không lưu được việc khóa sổ tháng 03/2025", page.Find("[data-testid=admin-message]").TextContent, StringComparison.Ordinal));
            Assert.Matches(ErrorId(), page.Find("[data-testid=admin-message]").TextContent);
            Assert.NotEmpty(page.FindAll("[data-month='2025-03'] [data-testid=close-month]"));
        }
        finally
        {
            await AcceptWritesAsync();
        }

        Assert.False(await factory.Services.GetRequiredService<MonthLocks>().IsLockedAsync(new Kpi.YearMonth(2025, 3)));
    }

    [Fact]
    public async Task IndicatorsPage_DatabaseRefusesTheNewIndicator_SaysSoWithAnErrorIdAndCreatesNothing()
    {
        await using var ctx = NewContext();
        var page = ctx.Render<IndicatorsPage>();
        page.WaitForElement("[data-testid=indicators]");
        page.Find("input[data-testid=new-indicator-code]").Change("REFUSED_INDICATOR");
        page.Find("input[data-testid=new-indicator-name]").Change("Chỉ số không lưu được");
        page.Find("input[data-testid=new-indicator-short]").Change("Không lưu được");
        page.Find("input[data-testid=new-indicator-numerator]").Change("Số hồ sơ đạt");
        page.Find("input[data-testid=new-indicator-denominator]").Change("Tổng số hồ sơ");
        page.Find("input[data-testid=new-indicator-item]").Change("hồ sơ đạt");

        await RefuseWritesAsync();
        try
        {
            await page.Find("[data-testid=create-indicator]").ClickAsync(new());

            page.WaitForAssertion(() => Assert.Contains("Không lưu được chỉ số mới", page.Find("[data-testid=admin-message]").TextContent, StringComparison.Ordinal));
            Assert.Matches(ErrorId(), page.Find("[data-testid=admin-message]").TextContent);
        }
        finally
        {
            await AcceptWritesAsync();
        }

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Indicators.AnyAsync(i => i.Code == "REFUSED_INDICATOR"));
    }

    [Fact]
    public async Task ImportConfirm_DatabaseRefusesTheCommit_SaysNothingWasWrittenAndCanBeConfirmedAgain()
    {
        var workflow = factory.Services.GetRequiredService<ImportWorkflow>();
        await workflow.SelectMonthAsync("2025-09");
        var template = await factory.Services.GetRequiredService<ImportTemplateSource>().CreateAsync(new DateOnly(2025, 9, 1));
        var bytes = ImportEndpointTests.Filled(template, (2, 1, 2));
        await workflow.LoadAsync(_ => new MemoryStream(bytes), "thang-9.xlsx", bytes.Length);
        workflow.Mode = ImportMode.Replace;

        await RefuseWritesAsync();
        try
        {
            await workflow.ConfirmAsync(DashboardFactory.Office);
        }
        finally
        {
            await AcceptWritesAsync();
        }

        Assert.False(workflow.OutcomeSucceeded);
        Assert.StartsWith("Không lưu được số liệu tháng 09/2025 từ tệp thang-9.xlsx", workflow.OutcomeMessage, StringComparison.Ordinal);
        Assert.Matches(ErrorId(), workflow.OutcomeMessage!);
        Assert.True(workflow.CanConfirm);
        await workflow.ConfirmAsync(DashboardFactory.Office);
        Assert.True(workflow.OutcomeSucceeded);
    }

    private static Task SaveDigitizedAsync(IRenderedComponent<CorrectionPage> page, long numerator, long denominator)
    {
        page.Find("tr[data-code=DIGITIZED] [data-testid=numerator]").Input(numerator.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Find("tr[data-code=DIGITIZED] [data-testid=denominator]").Input(denominator.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return page.Find("tr[data-code=DIGITIZED] [data-testid=save-row]").ClickAsync(new());
    }

    /// <summary>Every insert and update the pages make aborts, as SQLite aborts on a read-only file.</summary>
    private async Task RefuseWritesAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        foreach (var (table, operation) in Refused)
        {
            // Table and operation names come from the constant list below, never from input.
            var create = $"CREATE TRIGGER \"refuse_{table}_{operation}\" BEFORE {operation} ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END;";
            await db.Database.ExecuteSqlRawAsync(create);
        }
    }

    private async Task AcceptWritesAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        foreach (var (table, operation) in Refused)
        {
            var drop = $"DROP TRIGGER IF EXISTS \"refuse_{table}_{operation}\";";
            await db.Database.ExecuteSqlRawAsync(drop);
        }
    }

    private static readonly (string Table, string Operation)[] Refused =
    [
        ("Measurements", "INSERT"), ("Measurements", "UPDATE"), ("UnitMonthNotes", "INSERT"), ("UnitMonthNotes", "UPDATE"), ("MonthLocks", "INSERT"), ("ImportBatches", "INSERT"), ("Indicators", "INSERT"),
    ];

    /// <summary>The page over the app's services, signed in as the office's demo account.</summary>
    private BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var app = factory.Services;
        ctx.Services.AddSingleton(app.GetRequiredService<TimeProvider>());
        ctx.Services.AddSingleton(app.GetRequiredService<KpiDataSource>());
        ctx.Services.AddSingleton(app.GetRequiredService<MonthLocks>());
        ctx.Services.AddSingleton(app.GetRequiredService<UnitMonthQuery>());
        ctx.Services.AddSingleton(app.GetRequiredService<CorrectFigureHandler>());
        ctx.Services.AddSingleton(app.GetRequiredService<CorrectNoteHandler>());
        ctx.Services.AddSingleton(app.GetRequiredService<TargetAdministration>());
        ctx.Services.AddSingleton(app.GetRequiredService<IndicatorAdministration>());
        ctx.Services.AddSingleton(app.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProvinceOptions>>());
        ctx.Services.AddSingleton(app.GetRequiredService<WriteGuard>());
        ctx.Services.AddScoped<ICurrentActor>(_ => new FixedActor(DashboardFactory.Office));
        ctx.Services.AddScoped<CorrectionWorkflow>();
        ctx.SignIn(Roles.ProvinceOffice);
        return ctx;
    }

    [GeneratedRegex("mã lỗi [0-9A-F]{8}")]
    private static partial Regex ErrorId();
}
