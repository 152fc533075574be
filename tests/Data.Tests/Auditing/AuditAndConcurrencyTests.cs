using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using Comparison = TargetsDashboard.Kpi.Comparison;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests;

public class AuditAndConcurrencyTests
{
    [Fact]
    public async Task SaveChanges_MeasurementChanged_WritesOneAuditEntryWithOldAndNewValues()
    {
        await using var database = await SeededAsync();
        var id = await AddMeasurementAsync(database, numerator: 40, denominator: 100);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.ActAs("vp.nguyenvana");
            db.AuditReason = "Sửa theo báo cáo bổ sung";
            var measurement = await db.Measurements.SingleAsync(m => m.Id == id);
            measurement.Numerator = 75;
            await db.SaveChangesAsync();
        }

        await using var check = await database.Contexts.CreateDbContextAsync();
        var entry = await check.AuditLog.SingleAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Modified");
        Assert.Equal("vp.nguyenvana", entry.UserName);
        Assert.Equal("Sửa theo báo cáo bổ sung", entry.Reason);
        Assert.Equal(40, JsonDocument.Parse(entry.OldValues!).RootElement.GetProperty("Numerator").GetInt64());
        Assert.Equal(75, JsonDocument.Parse(entry.NewValues!).RootElement.GetProperty("Numerator").GetInt64());
        Assert.False(JsonDocument.Parse(entry.NewValues!).RootElement.TryGetProperty("Denominator", out _), "Only changed values are logged.");

        var saved = await check.Measurements.SingleAsync(m => m.Id == id);
        Assert.Equal("vp.nguyenvana", saved.UpdatedBy);
        Assert.Equal(1, saved.Version);
    }

    [Fact]
    public async Task SaveChanges_TargetAdded_IsAuditedAsAnInsert()
    {
        await using var database = await SeededAsync();
        await using var db = await database.Contexts.CreateDbContextAsync();
        var indicator = await db.Indicators.SingleAsync(i => i.Code == ReferenceData.NonBoundary);
        var before = await db.AuditLog.CountAsync(a => a.EntityType == nameof(Target));

        db.ActAs("admin");
        db.Targets.Add(new Target
        {
            IndicatorId = indicator.Id,
            Threshold = 1m,
            Comparison = Comparison.AtLeast,
            EffectiveFrom = new DateOnly(2026, 1, 1),
            SourceDocumentNumber = "66/NQ-CP",
            SourceDocumentDate = new DateOnly(2025, 3, 26),
            SourceIssuer = "Nghị quyết của Chính phủ",
        });
        await db.SaveChangesAsync();

        var added = await db.AuditLog.Where(a => a.EntityType == nameof(Target)).OrderBy(a => a.Id).LastAsync();
        Assert.Equal(before + 1, await db.AuditLog.CountAsync(a => a.EntityType == nameof(Target)));
        Assert.Equal("Added", added.Action);
        Assert.Equal("admin", added.UserName);
        Assert.Contains("66/NQ-CP", added.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_TwoContextsUpdateOneMeasurement_SecondIsRefusedAndOnlyOneChangeIsLogged()
    {
        await using var database = await SeededAsync();
        var id = await AddMeasurementAsync(database, numerator: 10, denominator: 50);

        await using var first = await database.Contexts.CreateForAsync("test");
        await using var second = await database.Contexts.CreateForAsync("test");
        var mine = await first.Measurements.SingleAsync(m => m.Id == id);
        var theirs = await second.Measurements.SingleAsync(m => m.Id == id);

        mine.Numerator = 20;
        await first.SaveChangesAsync();
        theirs.Numerator = 30;
        var conflict = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        var current = await conflict.Entries.Single().GetDatabaseValuesAsync();
        Assert.Equal(20L, current![nameof(Measurement.Numerator)]);
        await using var check = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(20, (await check.Measurements.SingleAsync(m => m.Id == id)).Numerator);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.EntityType == nameof(Measurement) && a.Action == "Modified"));
    }

    [Fact]
    public async Task SaveChanges_NumeratorAboveDenominator_IsRejectedByTheDatabase()
    {
        await using var database = await SeededAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => AddMeasurementAsync(database, numerator: 101, denominator: 100));

        await using var check = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await check.Measurements.CountAsync());
        Assert.Equal(0, await check.AuditLog.CountAsync(a => a.EntityType == nameof(Measurement)));
    }

    [Fact]
    public async Task KpiDataSource_AfterASave_RebuildsTheEngine()
    {
        await using var database = await SeededAsync();
        var source = database.Services.GetRequiredService<KpiDataSource>();
        var before = await source.GetAsync();
        Assert.Null(before.Engine.LatestMonthWithData);

        await AddMeasurementAsync(database, numerator: 7, denominator: 10);
        var after = await source.GetAsync();

        Assert.Equal(new YearMonth(2025, 10), after.Engine.LatestMonthWithData);
        Assert.Same(after, await source.GetAsync());
    }

    private static async Task<SqliteTestDatabase> SeededAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>().SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 7, 1), CancellationToken.None);
        return database;
    }

    private static async Task<long> AddMeasurementAsync(SqliteTestDatabase database, long numerator, long denominator)
    {
        await using var db = await database.Contexts.CreateForAsync("test");
        var unit = await db.Units.FirstAsync(u => u.Code == "so-tu-phap");
        var indicator = await db.Indicators.FirstAsync(i => i.Code == ReferenceData.Digitized);
        var measurement = new Measurement
        {
            UnitId = unit.Id,
            IndicatorId = indicator.Id,
            Month = new DateOnly(2025, 10, 1),
            Numerator = numerator,
            Denominator = denominator,
            Source = MeasurementSource.ManualEdit,
        };
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync();
        return measurement.Id;
    }
}
