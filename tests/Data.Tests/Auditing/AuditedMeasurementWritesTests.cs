using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Data.Tests;

public class AuditedMeasurementWritesTests
{
    private static readonly DateOnly Month = new(2025, 11, 1);

    [Fact]
    public async Task InsertAsync_NewFigure_RowAndAuditEntryMatchWhatSaveChangesWrites()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, otherIndicatorId) = await IdsAsync(database);
        var at = new DateTime(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc);

        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.ActAs("vanphong");
            db.AuditReason = "Lần nhập #7: so-lieu.xlsx";
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Measurements.Add(Figure(unitId, otherIndicatorId, 3, 4));
            await db.SaveChangesAsync();
            await AuditedMeasurementWrites.InsertAsync(db, [Figure(unitId, indicatorId, 7, 9)], at, CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var check = await database.Contexts.CreateDbContextAsync();
        var bulk = await check.Measurements.AsNoTracking().SingleAsync(m => m.IndicatorId == indicatorId);
        Assert.Equal((Month, 7L, 9L, MeasurementSource.ExcelImport, "import:7", "vanphong", at, 0), (bulk.Month, bulk.Numerator, bulk.Denominator, bulk.Source, bulk.SourceReference, bulk.UpdatedBy, bulk.UpdatedAtUtc, bulk.Version));

        var entries = await check.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Measurement)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, entries.Count);
        var (tracked, inserted) = (entries[0], entries[1]);
        Assert.Equal($"{unitId}/{indicatorId}/2025-11", inserted.EntityKey);
        Assert.Equal((tracked.Action, tracked.UserName, tracked.Reason, tracked.OldValues), (inserted.Action, inserted.UserName, inserted.Reason, inserted.OldValues));
        var trackedValues = JsonDocument.Parse(tracked.NewValues!).RootElement;
        var insertedValues = JsonDocument.Parse(inserted.NewValues!).RootElement;
        Assert.Equal(trackedValues.EnumerateObject().Select(p => p.Name), insertedValues.EnumerateObject().Select(p => p.Name));
        Assert.Equal(trackedValues.GetProperty("Source").ValueKind, insertedValues.GetProperty("Source").ValueKind);
        Assert.Equal("2025-11-01", insertedValues.GetProperty("Month").GetString());
        Assert.Equal(7, insertedValues.GetProperty("Numerator").GetInt64());
    }

    [Fact]
    public async Task UpdateAsync_ChangedFigure_RowAndAuditEntryMatchWhatSaveChangesWrites()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, otherIndicatorId) = await IdsAsync(database);
        await using (var seed = await database.Contexts.CreateForAsync("test"))
        {
            seed.Measurements.AddRange(Figure(unitId, indicatorId, 5, 10), Figure(unitId, otherIndicatorId, 5, 10));
            await seed.SaveChangesAsync();
        }

        var at = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        int moved;
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.ActAs("vanphong");
            db.AuditReason = "Lần nhập #8: sua.xlsx";
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tracked = await db.Measurements.SingleAsync(m => m.IndicatorId == otherIndicatorId);
            tracked.Numerator = 8;
            tracked.SourceReference = "import:8";
            await db.SaveChangesAsync();
            var read = await db.Measurements.AsNoTracking().SingleAsync(m => m.IndicatorId == indicatorId);
            var changed = Figure(unitId, indicatorId, 8, 10);
            changed.SourceReference = "import:8";
            moved = await AuditedMeasurementWrites.UpdateAsync(db, [(read, changed)], at, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(0, moved);
        await using var check = await database.Contexts.CreateDbContextAsync();
        var bulk = await check.Measurements.AsNoTracking().SingleAsync(m => m.IndicatorId == indicatorId);
        Assert.Equal((8L, 10L, "import:8", "vanphong", at, 1), (bulk.Numerator, bulk.Denominator, bulk.SourceReference, bulk.UpdatedBy, bulk.UpdatedAtUtc, bulk.Version));
        var entries = await check.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Measurement) && a.Action == "Modified").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, entries.Count);
        var (tracker, statement) = (entries[0], entries[1]);
        Assert.Equal((tracker.UserName, tracker.Reason), (statement.UserName, statement.Reason));
        Assert.Equal(Names(tracker.OldValues), Names(statement.OldValues));
        Assert.Equal(Names(tracker.NewValues), Names(statement.NewValues));
        Assert.Equal(["Numerator", "SourceReference"], Names(statement.NewValues).Order(StringComparer.Ordinal));
        Assert.Equal(5, JsonDocument.Parse(statement.OldValues!).RootElement.GetProperty("Numerator").GetInt64());
    }

    [Fact]
    public async Task UpdateAsync_RowMovedSinceRead_CountsItAndWritesNothingForIt()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, _) = await IdsAsync(database);
        Measurement read;
        await using (var seed = await database.Contexts.CreateForAsync("test"))
        {
            seed.Measurements.Add(Figure(unitId, indicatorId, 5, 10));
            await seed.SaveChangesAsync();
            read = await seed.Measurements.AsNoTracking().SingleAsync();
            var other = await seed.Measurements.SingleAsync();
            other.Numerator = 6;
            await seed.SaveChangesAsync();
        }

        await using var db = await database.Contexts.CreateForAsync("test");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var auditBefore = await db.AuditLog.CountAsync();
        var moved = await AuditedMeasurementWrites.UpdateAsync(db, [(read, Figure(unitId, indicatorId, 9, 10))], DateTime.UtcNow, CancellationToken.None);

        Assert.Equal(1, moved);
        Assert.Equal(6, (await db.Measurements.AsNoTracking().SingleAsync()).Numerator);
        Assert.Equal(auditBefore, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task InsertAsync_OutsideATransaction_Refuses()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, _) = await IdsAsync(database);
        await using var db = await database.Contexts.CreateDbContextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AuditedMeasurementWrites.InsertAsync(db, [Figure(unitId, indicatorId, 1, 2)], DateTime.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task DataChangeSignal_SaveInsideATransaction_RaisedOnCommitNotBefore()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, _) = await IdsAsync(database);
        var signal = database.Services.GetRequiredService<DataChangeSignal>();
        await using var db = await database.Contexts.CreateForAsync("test");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = signal.Version;

        db.Measurements.Add(Figure(unitId, indicatorId, 1, 2));
        await db.SaveChangesAsync();
        var afterSave = signal.Version;
        await transaction.CommitAsync();

        Assert.Equal(before, afterSave);
        Assert.Equal(before + 1, signal.Version);
    }

    private static List<string> Names(string? json) =>
        json is null ? [] : JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ToList();

    private static Measurement Figure(int unitId, int indicatorId, long numerator, long denominator) => new()
    {
        UnitId = unitId,
        IndicatorId = indicatorId,
        Month = Month,
        Numerator = numerator,
        Denominator = denominator,
        Source = MeasurementSource.ExcelImport,
        SourceReference = "import:7",
    };

    private static async Task<(int Unit, int Indicator, int OtherIndicator)> IdsAsync(SqliteTestDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var unit = await db.Units.FirstAsync(u => u.Code == "so-tu-phap");
        var digitized = await db.Indicators.FirstAsync(i => i.Code == ReferenceData.Digitized);
        var online = await db.Indicators.FirstAsync(i => i.Code == ReferenceData.OnlineProcessed);
        return (unit.Id, digitized.Id, online.Id);
    }

    private static async Task<SqliteTestDatabase> SeededAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>().SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 7, 1), CancellationToken.None);
        return database;
    }
}
