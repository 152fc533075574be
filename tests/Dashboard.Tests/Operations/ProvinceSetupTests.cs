using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;
using TargetsDashboard.Reporting;
using TargetsDashboard.Reporting.Excel;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>A real province set up by configuration alone, in Production: its units, its indicators, its name; no demo.</summary>
public class ProvinceSetupTests
{
    [Fact]
    public async Task Production_HungYenCatalog_Loads104UnitsAndNoneFromDongNai()
    {
        using var app = new ProductionApp(ProductionApp.HungYen());
        app.CreateClient().Dispose();

        await using var db = await Contexts(app).CreateDbContextAsync();
        var names = await db.Units.Select(u => u.Name).ToListAsync();
        var fileNames = HungYenNames();
        Assert.Equal(104, names.Count);
        Assert.Equal(fileNames.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.False(await db.Units.AnyAsync(u => u.Kind == UnitKind.Department));
        Assert.DoesNotContain(UnitCatalog.DongNai(), u => u.Code is "so-tu-phap" or "phuong-bien-hoa" && names.Contains(u.Name));
    }

    [Fact]
    public async Task Production_DemoSwitchesAllOn_NoDemoFiguresNorDemoAccounts()
    {
        var settings = ProductionApp.HungYen();
        settings["Demo:Enabled"] = "true";
        settings["Database:SeedDemoData"] = "true";
        settings["Accounts:SeedDemoAccounts"] = "true";
        using var app = new ProductionApp(settings);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await using (var db = await Contexts(app).CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Measurements.CountAsync());
            Assert.Equal(104, await db.Units.CountAsync());
        }

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([ProductionApp.AdminUser], await users.Users.Select(u => u.UserName!).ToListAsync());
        Assert.Contains("loi=sai", (await DashboardFactory.SignInAsync(client, "vanphong", AccountSeeder.DemoPassword)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var overview = await PageAsync(app, "/");
        Assert.DoesNotContain("Dữ liệu minh họa", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_PresetApplied_FiveIndicatorsWithTargetsIssuedByTheProvince()
    {
        using var app = new ProductionApp(ProductionApp.HungYen());
        app.CreateClient().Dispose();

        await using var db = await Contexts(app).CreateDbContextAsync();
        Assert.Equal(
            [ReferenceData.NonBoundary, ReferenceData.Contactless, ReferenceData.Digitized, ReferenceData.FullOnline, ReferenceData.OnlineProcessed],
            await db.Indicators.Where(i => i.Scorecard == ScorecardKind.Directive).OrderBy(i => i.DisplayOrder).Select(i => i.Code).ToListAsync());
        var issuers = await db.Targets.Select(t => t.SourceIssuer).ToListAsync();
        Assert.Equal(5, issuers.Count);
        Assert.All(issuers, i => Assert.Equal("Công văn của Ủy ban nhân dân tỉnh Hưng Yên", i));
    }

    [Fact]
    public async Task Production_HungYen_PagesReportsAndWorkbooksNameHungYenNotDongNai()
    {
        using var app = new ProductionApp(ProductionApp.HungYen());
        app.CreateClient().Dispose();
        await AddFigureAsync(app, "phuong-pho-hien", ReferenceData.Digitized, new YearMonth(2025, 10), 30, 40);

        var overview = await PageAsync(app, "/?ky=2025-10");
        Assert.Contains("Chỉ tiêu cải cách TTHC · Hưng Yên", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Đồng Nai", overview, StringComparison.Ordinal);
        using var anonymous = app.CreateClient();
        Assert.Contains("VĂN PHÒNG UBND TỈNH HƯNG YÊN", WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative))), StringComparison.Ordinal);

        using var client = await SignedInAsync(app);
        var response = await client.GetAsync(new Uri("/bao-cao/tong-hop/2025-10.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var totals = workbook.Worksheet(ProvinceSummaryWorkbook.TotalsSheetName);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", totals.Cell("A1").GetString());

        var engine = (await app.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var model = app.Services.GetRequiredService<ReportModelBuilder>().BuildProvinceSummary(engine, new ProvinceSummaryRequest(new YearMonth(2025, 10), new DateOnly(2025, 11, 5)));
        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", false), model.Header.LeftLines[0]);
        Assert.Equal("Hưng Yên, ngày 05 tháng 11 năm 2025", model.Header.PlaceDate);
        var html = WebUtility.HtmlDecode(ProvinceSummaryDocument.Render(model));
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐỒNG NAI", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_CommitteeAndOfficeNamesConfigured_OverrideTheDerivedOnes()
    {
        var settings = ProductionApp.HungYen();
        settings["Province:CommitteeName"] = "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN (MỚI)";
        settings["Province:OfficeName"] = "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN";
        using var app = new ProductionApp(settings);
        using var anonymous = app.CreateClient();

        var signIn = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative)));
        var engine = (await app.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var model = app.Services.GetRequiredService<ReportModelBuilder>().BuildProvinceSummary(engine, new ProvinceSummaryRequest(new YearMonth(2025, 10), new DateOnly(2025, 11, 5)));

        Assert.Contains("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", signIn, StringComparison.Ordinal);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN (MỚI)", model.Header.LeftLines[0].Text);
    }

    [Fact]
    public async Task Production_FreshDatabaseWithoutPreset_OverviewTellsTheAdministratorWhereToGoAndOthersWhatIsMissing()
    {
        var settings = ProductionApp.HungYen();
        settings.Remove("Province:IndicatorPreset");
        using var app = new ProductionApp(settings);
        app.CreateClient().Dispose();
        await using (var db = await Contexts(app).CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Indicators.CountAsync(i => i.Scorecard == ScorecardKind.Directive));
        }

        var forAdmin = await PageAsync(app, "/");
        Assert.Contains("Chưa cấu hình chỉ tiêu", forAdmin, StringComparison.Ordinal);
        Assert.Contains("href=\"/quan-tri/chi-so\"", forAdmin, StringComparison.Ordinal);

        await CreateUserAsync(app, "lanhdao.tinh", Roles.Leadership);
        using var leader = await SignedInAsync(app, "lanhdao.tinh");
        var forLeader = WebUtility.HtmlDecode(await leader.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("Chưa cấu hình chỉ tiêu", forLeader, StringComparison.Ordinal);
        Assert.DoesNotContain("/quan-tri/chi-so", forLeader, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_FreshDatabaseWithoutFirstAdministrator_RefusesToStartNamingBothKeys()
    {
        var settings = ProductionApp.HungYen();
        settings.Remove("Accounts:InitialAdminUserName");
        settings.Remove("Accounts:InitialAdminPassword");
        using var app = new ProductionApp(settings);

        var messages = StartupValidationTests.Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient())).ToList();

        Assert.Contains(messages, m => m.Contains("Accounts:InitialAdminUserName", StringComparison.Ordinal) && m.Contains("Accounts:InitialAdminPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Province:Name", null, "Province:Name")]
    [InlineData("Province:IndicatorPreset", "directive-2030", "Province:IndicatorPreset")]
    [InlineData("Province:UnitCatalog", "/khong/co/tep.json", "Province:UnitCatalog")]
    public void Production_ProvinceSettingMissingOrWrong_RefusesToStartNamingTheKey(string key, string? value, string expected)
    {
        var settings = ProductionApp.HungYen();
        settings[key] = value;
        using var app = new ProductionApp(settings);

        var messages = StartupValidationTests.Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient())).ToList();

        Assert.True(messages.Any(m => m.Contains(expected, StringComparison.Ordinal)), string.Join(" | ", messages));
    }

    private static IDbContextFactory<TargetsDbContext> Contexts(ProductionApp app) => app.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();

    private static List<string> HungYenNames()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ProductionApp.SharedDataFile("hung-yen-units.json")));
        return document.RootElement.GetProperty("communes").EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();
    }

    private static async Task<HttpClient> SignedInAsync(ProductionApp app, string user = ProductionApp.AdminUser)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await DashboardFactory.SignInAsync(client, user, ProductionApp.AdminPassword);
        return client;
    }

    private static async Task<string> PageAsync(ProductionApp app, string url)
    {
        using var client = await SignedInAsync(app);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }

    private static async Task CreateUserAsync(ProductionApp app, string userName, string role)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName, LockoutEnabled = true };
        Assert.True((await users.CreateAsync(user, ProductionApp.AdminPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private static async Task AddFigureAsync(ProductionApp app, string unitCode, string indicatorCode, YearMonth month, long numerator, long denominator)
    {
        await using var db = await Contexts(app).CreateForAsync("test");
        db.Measurements.Add(new Data.Entities.Measurement
        {
            UnitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(),
            IndicatorId = await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => i.Id).SingleAsync(),
            Month = month.FirstDay,
            Numerator = numerator,
            Denominator = denominator,
            Source = MeasurementSource.ManualEdit,
            SourceReference = "test",
        });
        await db.SaveChangesAsync();
    }
}
