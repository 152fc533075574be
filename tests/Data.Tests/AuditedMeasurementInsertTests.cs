using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Data.Tests;

public class AuditedMeasurementInsertTests
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
            db.ActingUser = "vanphong";
            db.AuditReason = "Lần nhập #7: so-lieu.xlsx";
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Measurements.Add(Figure(unitId, otherIndicatorId, 3, 4));
            await db.SaveChangesAsync();
            await AuditedMeasurementInsert.InsertAsync(db, [Figure(unitId, indicatorId, 7, 9)], at, CancellationToken.None);
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
    public async Task InsertAsync_OutsideATransaction_Refuses()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, _) = await IdsAsync(database);
        await using var db = await database.Contexts.CreateDbContextAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AuditedMeasurementInsert.InsertAsync(db, [Figure(unitId, indicatorId, 1, 2)], DateTime.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task DataChangeSignal_SaveInsideATransaction_RaisedOnCommitNotBefore()
    {
        await using var database = await SeededAsync();
        var (unitId, indicatorId, _) = await IdsAsync(database);
        var signal = database.Services.GetRequiredService<DataChangeSignal>();
        await using var db = await database.Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = signal.Version;

        db.Measurements.Add(Figure(unitId, indicatorId, 1, 2));
        await db.SaveChangesAsync();
        var afterSave = signal.Version;
        await transaction.CommitAsync();

        Assert.Equal(before, afterSave);
        Assert.Equal(before + 1, signal.Version);
    }

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
