using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Tests;

public class SeedingTests
{
    private static readonly Dictionary<string, string?> DemoSettings = new()
    {
        ["Demo:Enabled"] = "true",
        ["Database:SeedDemoData"] = "true",
        ["Database:DemoEndMonth"] = "2025-10",
        ["Database:DemoMonths"] = "24",
    };

    [Fact]
    public void UnitCatalog_DongNai_Has15Departments23Wards72CommunesWithUniqueCodes()
    {
        var units = UnitCatalog.DongNai();

        Assert.Equal(15, units.Count(u => u.Kind == UnitKind.Department));
        Assert.Equal(23, units.Count(u => u.Kind == UnitKind.Ward));
        Assert.Equal(72, units.Count(u => u.Kind == UnitKind.Commune));
        Assert.Equal(units.Count, units.Select(u => u.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(units, u => u.Name == "Sở Tư pháp" && u.Code == "so-tu-phap");
    }

    [Theory]
    [InlineData("Sở Tư pháp", "so-tu-phap")]
    [InlineData("Phường Biên Hòa", "phuong-bien-hoa")]
    [InlineData("Xã Đắk Lua", "xa-dak-lua")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich")]
    public void Slug_VietnameseName_GivesAsciiHyphenatedCode(string name, string expected) =>
        Assert.Equal(expected, UnitCatalog.Slug(name));

    [Fact]
    public async Task Initializer_StartedTwice_SeedsReferenceAndDemoDataOnce()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false, DemoSettings);
        var initializer = database.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single();

        await initializer.StartAsync(CancellationToken.None);
        var first = await CountsAsync(database);
        await initializer.StartAsync(CancellationToken.None);
        var second = await CountsAsync(database);

        Assert.Equal(first, second);
        // The directive's five indicators with their targets, and the 766 index's 22 sub-indicators (scored by rule set, no target).
        Assert.Equal((110, 5 + 22, 5), (first.Units, first.Indicators, first.Targets));
        // 110 units × 5 indicators × 24 months, less the ~2% of unit-months the generator leaves out.
        Assert.InRange(first.Measurements, 12_500, 13_200);
        // The 766 index's figures from January of the last month's year: 110 units × 22 sub-indicators × 10 months.
        Assert.Equal(110 * 22 * 10, first.Index766Measurements);
    }

    [Fact]
    public async Task Initializer_DemoData_CoversTheConfiguredTwentyFourMonths()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false, DemoSettings);
        await database.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(CancellationToken.None);
        await using var db = await database.Contexts.CreateDbContextAsync();

        var months = await db.Measurements.Select(m => m.Month).Distinct().OrderBy(m => m).ToListAsync();

        Assert.Equal(24, months.Count);
        Assert.Equal(new DateOnly(2023, 11, 1), months[0]);
        Assert.Equal(new DateOnly(2025, 10, 1), months[^1]);
        Assert.All(await db.Measurements.Select(m => m.Source).Distinct().ToListAsync(), s => Assert.Equal(MeasurementSource.Demo, s));
    }

    [Fact]
    public void DemoGenerator_SameSeed_GivesTheSameFigures()
    {
        var units = UnitCatalog.DongNai();
        var first = new DemoDataGenerator(7).Generate(units, new YearMonth(2025, 1), 6).ToList();
        var again = new DemoDataGenerator(7).Generate(units, new YearMonth(2025, 1), 6).ToList();
        var other = new DemoDataGenerator(8).Generate(units, new YearMonth(2025, 1), 6).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void DemoGenerator_Figures_HaveRealisticSizesAndGaps()
    {
        var units = UnitCatalog.DongNai();
        var kinds = units.ToDictionary(u => u.Code, u => u.Kind);
        var figures = new DemoDataGenerator().Generate(units, new YearMonth(2024, 1), 24).ToList();
        var dossiers = figures.Where(f => f.IndicatorCode == ReferenceData.OnlineProcessed).ToList();

        Assert.All(figures, f => Assert.InRange(f.Numerator, 0, f.Denominator));
        Assert.All(dossiers.Where(f => kinds[f.UnitCode] != UnitKind.Department), f => Assert.InRange(f.Denominator, 10, 700));
        Assert.All(dossiers.Where(f => kinds[f.UnitCode] == UnitKind.Department), f => Assert.InRange(f.Denominator, 100, 5_000));
        // Some unit-months are missing, but not many.
        Assert.InRange(dossiers.Count, units.Count * 24 * 0.95, (units.Count * 24) - 1);
    }

    private static async Task<(int Units, int Indicators, int Targets, int Measurements, int Index766Measurements)> CountsAsync(SqliteTestDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return (
            await db.Units.CountAsync(),
            await db.Indicators.CountAsync(),
            await db.Targets.CountAsync(),
            await db.Measurements.CountAsync(m => m.Indicator!.Scorecard == ScorecardKind.Directive),
            await db.Measurements.CountAsync(m => m.Indicator!.Scorecard == ScorecardKind.Index766));
    }
}
