using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class AdministrationTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task CreateUser_UnitHeadWithoutUnit_IsRefusedInVietnamese()
    {
        var administration = factory.Services.GetRequiredService<UserAdministration>();

        var result = await administration.CreateAsync("xa-moi", "Chủ tịch xã mới", Roles.UnitHead, null, "Tam@2026x");

        Assert.Equal("Thủ trưởng đơn vị phải gắn với một đơn vị.", result.Error);
    }

    [Fact]
    public async Task CreateUser_UnitHead_SignsInAndSeesOnlyTheirUnit()
    {
        var administration = factory.Services.GetRequiredService<UserAdministration>();
        var unitId = await UnitIdAsync("xa-xuan-loc");

        var result = await administration.CreateAsync("xa-xuan-loc", "Chủ tịch UBND xã Xuân Lộc", Roles.UnitHead, unitId, "XuanLoc@2026");

        Assert.True(result.Succeeded, result.Error);
        using var client = await factory.SignedInClientAsync("xa-xuan-loc", "XuanLoc@2026", followRedirects: false);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/don-vi/xa-xuan-loc?ky=2025-10", UriKind.Relative))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/don-vi/so-tu-phap?ky=2025-10", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SetRole_LeaderBecomesUnitHead_NowSeesOnlyThatUnit()
    {
        var administration = factory.Services.GetRequiredService<UserAdministration>();
        var leader = (await administration.ListAsync()).Single(u => u.UserName == "lanhdao");

        var result = await administration.SetRoleAsync(leader.Id, Roles.UnitHead, await UnitIdAsync("phuong-bien-hoa"));

        Assert.True(result.Succeeded, result.Error);
        using var client = await factory.SignedInClientAsync("lanhdao", followRedirects: false);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/don-vi/phuong-bien-hoa", UriKind.Relative))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/don-vi/so-tu-phap", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task CreateUser_WeakPassword_ExplainsWhatIsMissing()
    {
        var result = await factory.Services.GetRequiredService<UserAdministration>().CreateAsync("yeu", "Mật khẩu yếu", Roles.Leadership, null, "abc");

        Assert.Contains("ít nhất 8 ký tự", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTarget_From2026To100Percent_ClosesThe2025TargetAndJudgesEachMonthByItsOwn()
    {
        var targets = factory.Services.GetRequiredService<TargetAdministration>();
        var indicator = (await targets.ListAsync()).Single(i => i.Code == "NON_BOUNDARY");

        var error = await targets.AddAsync(
            new NewTarget(indicator.Id, 1m, Comparison.AtLeast, new DateOnly(2025, 9, 1), null, null, "66/NQ-CP", new DateOnly(2025, 3, 26), "Nghị quyết của Chính phủ"),
            "quantri");

        Assert.Null(error);
        var engine = (await factory.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        Assert.Equal(0.7m, engine.TargetFor("NON_BOUNDARY", UnitKind.Commune, new YearMonth(2025, 8))!.Threshold);
        Assert.Equal(1m, engine.TargetFor("NON_BOUNDARY", UnitKind.Commune, new YearMonth(2025, 9))!.Threshold);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.EntityType == "Target" && a.UserName == "quantri"));
    }

    [Theory]
    [InlineData(0, "Ngưỡng chỉ tiêu phải lớn hơn 0%")]
    [InlineData(1.5, "Ngưỡng chỉ tiêu phải lớn hơn 0%")]
    public async Task AddTarget_ThresholdOutOfRange_IsRefused(double threshold, string expected)
    {
        var targets = factory.Services.GetRequiredService<TargetAdministration>();
        var indicator = (await targets.ListAsync())[0];

        var error = await targets.AddAsync(
            new NewTarget(indicator.Id, (decimal)threshold, Comparison.AtLeast, new DateOnly(2026, 1, 1), null, null, "1/QĐ", new DateOnly(2026, 1, 1), "Quyết định"),
            "quantri");

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }
}
