using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Tests;

public class IndicatorAdministrationTests
{
    private static NewIndicator Valid(string code = "PAYMENT_ONLINE") => new(
        code, "Hồ sơ thanh toán trực tuyến", null, "Thanh toán TT", "Số hồ sơ có thanh toán trực tuyến", "Tổng số hồ sơ có phí, lệ phí",
        "hồ sơ thanh toán trực tuyến", CountedOver.Dossiers, Aggregation.Flow, 6, IsWorkingDefinition: true, null);

    [Fact]
    public async Task Create_ValidIndicator_IsStoredAndAudited()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var administration = database.Services.GetRequiredService<IndicatorAdministration>();

        Assert.Null(await administration.CreateAsync(Valid("payment_online"), "admin.tinh"));

        await using var db = await database.Contexts.CreateDbContextAsync();
        var indicator = await db.Indicators.SingleAsync();
        Assert.Equal(("PAYMENT_ONLINE", "Hồ sơ thanh toán trực tuyến", Aggregation.Flow, true), (indicator.Code, indicator.NameEn, indicator.Aggregation, indicator.IsWorkingDefinition));
        Assert.Equal("admin.tinh", (await db.AuditLog.SingleAsync(a => a.EntityType == "Indicator")).UserName);
    }

    [Theory]
    [InlineData("1ABC", "Mã chỉ số")]
    [InlineData("DIGITIZED", "đã có")]
    public async Task Create_BadOrTakenCode_RefusedWithAMessage(string code, string expected)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var administration = database.Services.GetRequiredService<IndicatorAdministration>();
        await administration.ApplyPresetAsync(IndicatorPresets.Directive2025, "Công văn của Ủy ban nhân dân tỉnh Hưng Yên", "admin.tinh");

        var error = await administration.CreateAsync(Valid(code), "admin.tinh");

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingNumerator_RefusedAndNothingStored()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var administration = database.Services.GetRequiredService<IndicatorAdministration>();

        var error = await administration.CreateAsync(Valid() with { NumeratorVi = " " }, "admin.tinh");

        Assert.Contains("tử số", error, StringComparison.Ordinal);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Indicators.CountAsync());
    }

    [Fact]
    public async Task ApplyPreset_Twice_AddsTheFiveIndicatorsAndTheirTargetsOnce()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var administration = database.Services.GetRequiredService<IndicatorAdministration>();

        var first = await administration.ApplyPresetAsync(IndicatorPresets.Directive2025, "Công văn của Ủy ban nhân dân tỉnh Hưng Yên", "admin.tinh");
        var second = await administration.ApplyPresetAsync(IndicatorPresets.Directive2025, "Công văn của Ủy ban nhân dân tỉnh Hưng Yên", "admin.tinh");

        Assert.Equal((5, 0), (first, second));
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.Targets.CountAsync(t => t.SourceIssuer == "Công văn của Ủy ban nhân dân tỉnh Hưng Yên"));
    }

    [Theory]
    [InlineData("Hưng Yên", null, null, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "VĂN PHÒNG UBND TỈNH HƯNG YÊN")]
    [InlineData("Đắk Lắk", null, null, "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "VĂN PHÒNG UBND TỈNH ĐẮK LẮK")]
    [InlineData("Hà Nội", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI")]
    public void ProvinceOptions_Names_DerivedFromTheNameUnlessConfigured(string name, string? committee, string? office, string expectedCommittee, string expectedOffice)
    {
        var options = new ProvinceOptions { Name = name, CommitteeName = committee, OfficeName = office };

        Assert.Equal((expectedCommittee, expectedOffice), (options.CommitteeNameOrDefault, options.OfficeNameOrDefault));
    }
}
