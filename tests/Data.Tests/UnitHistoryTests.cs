using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Seeding;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests;

public class UnitHistoryTests
{
    [Fact]
    public async Task Rename_Unit_KeepsOldNameForEarlierMonthsAndItsFigures()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await Seed(database);
        var maintenance = database.Services.GetRequiredService<UnitMaintenance>();
        var unitId = await UnitIdAsync(database, "so-ngoai-vu");

        await maintenance.RenameAsync(unitId, "Sở Ngoại vụ và Hợp tác quốc tế", new DateOnly(2026, 1, 1), "admin");

        await using var db = await database.Contexts.CreateDbContextAsync();
        var unit = await db.Units.Include(u => u.NameHistory).SingleAsync(u => u.Id == unitId);
        Assert.Equal("Sở Ngoại vụ và Hợp tác quốc tế", unit.Name);
        Assert.Equal("so-ngoai-vu", unit.Code);
        Assert.Equal("Sở Ngoại vụ", UnitMaintenance.NameOn(unit, new DateOnly(2025, 10, 31)));
        Assert.Equal("Sở Ngoại vụ và Hợp tác quốc tế", UnitMaintenance.NameOn(unit, new DateOnly(2026, 1, 1)));
        Assert.Equal(24, await db.Measurements.Where(m => m.UnitId == unitId).Select(m => m.Month).Distinct().CountAsync());
    }

    [Fact]
    public async Task Rename_TwiceOnOneDay_SecondReplacesFirstAndNoRowEndsBeforeItStarts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await Seed(database);
        var maintenance = database.Services.GetRequiredService<UnitMaintenance>();
        var unitId = await UnitIdAsync(database, "so-ngoai-vu");
        var day = new DateOnly(2025, 10, 1);

        await maintenance.RenameAsync(unitId, "Sở Ngoại vụ mới", day, "admin");
        await maintenance.RenameAsync(unitId, "Sở Ngoại vụ và Hợp tác quốc tế", day, "admin");

        await using var db = await database.Contexts.CreateDbContextAsync();
        var unit = await db.Units.Include(u => u.NameHistory).SingleAsync(u => u.Id == unitId);
        var row = Assert.Single(unit.NameHistory);
        Assert.Equal("Sở Ngoại vụ", row.Name);
        Assert.Equal(unit.ValidFrom, row.ValidFrom);
        Assert.Equal(new DateOnly(2025, 9, 30), row.ValidTo);
        Assert.Equal("Sở Ngoại vụ và Hợp tác quốc tế", unit.Name);
        Assert.Equal("Sở Ngoại vụ", UnitMaintenance.NameOn(unit, new DateOnly(2025, 9, 30)));
        Assert.Equal("Sở Ngoại vụ và Hợp tác quốc tế", UnitMaintenance.NameOn(unit, day));
    }

    [Fact]
    public async Task Rename_ThreeTimes_HistoryCoversEveryDayOnceInOrder()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await Seed(database);
        var maintenance = database.Services.GetRequiredService<UnitMaintenance>();
        var unitId = await UnitIdAsync(database, "so-ngoai-vu");

        await maintenance.RenameAsync(unitId, "Tên B", new DateOnly(2025, 3, 1), "admin");
        await maintenance.RenameAsync(unitId, "Tên C", new DateOnly(2025, 8, 1), "admin");
        // Dated before the rename to C: C never held for a day, B ends the day before D.
        await maintenance.RenameAsync(unitId, "Tên D", new DateOnly(2025, 6, 1), "admin");

        await using var db = await database.Contexts.CreateDbContextAsync();
        var unit = await db.Units.Include(u => u.NameHistory).SingleAsync(u => u.Id == unitId);
        var rows = unit.NameHistory.OrderBy(h => h.ValidFrom).ToList();
        Assert.Equal(["Sở Ngoại vụ", "Tên B"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.True(r.ValidFrom <= r.ValidTo, $"{r.Name}: {r.ValidFrom} – {r.ValidTo}"));
        Assert.Equal(rows[0].ValidTo.AddDays(1), rows[1].ValidFrom);
        Assert.Equal(new DateOnly(2025, 5, 31), rows[1].ValidTo);
        Assert.Equal("Tên D", unit.Name);
    }

    [Fact]
    public async Task Merge_TwoCommunes_EndsThemKeepsTheirFiguresAndDropsThemFromExpectedUnits()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await Seed(database);
        var maintenance = database.Services.GetRequiredService<UnitMaintenance>();
        var first = await UnitIdAsync(database, "xa-an-phuoc");
        var second = await UnitIdAsync(database, "xa-an-vien");
        var successor = await UnitIdAsync(database, "phuong-bien-hoa");
        var figuresBefore = await CountFiguresAsync(database, first, second);

        await maintenance.MergeAsync([first, second], successor, new DateOnly(2025, 10, 1), "admin");

        var engine = (await database.Services.GetRequiredService<KpiDataSource>().GetAsync()).Engine;
        var september = Kpi.Period.ForMonth(new YearMonth(2025, 9));
        var october = Kpi.Period.ForMonth(new YearMonth(2025, 10));
        Assert.Equal(figuresBefore, await CountFiguresAsync(database, first, second));
        Assert.Equal(95, engine.Completeness(Kpi.PeerGroup.CommunesAndWards, september).UnitsExpected);
        Assert.Equal(93, engine.Completeness(Kpi.PeerGroup.CommunesAndWards, october).UnitsExpected);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.All(await db.Units.Where(u => u.Id == first || u.Id == second).ToListAsync(), u => Assert.Equal(successor, u.SuccessorId));
    }

    private static async Task Seed(SqliteTestDatabase database)
    {
        var seeder = database.Services.GetRequiredService<DemoDataSeeder>();
        await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2023, 11, 1), CancellationToken.None);
        await seeder.SeedDemoFiguresAsync(new DemoDataGenerator { MissingShare = 0 }, new YearMonth(2025, 10), 24, CancellationToken.None);
    }

    private static async Task<int> UnitIdAsync(SqliteTestDatabase database, string code)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> CountFiguresAsync(SqliteTestDatabase database, params int[] unitIds)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Measurements.CountAsync(m => unitIds.Contains(m.UnitId));
    }
}
