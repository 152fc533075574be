using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Data.Tests;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>A real SQLite file with the Đồng Nai units and the five indicators, and an importer over it.</summary>
public static class IngestionDatabase
{
    public static readonly DateOnly Month = new(2025, 11, 1);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>()
            .SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 1, 1), CancellationToken.None);
        return database;
    }

    public static FigureImporter Importer(this SqliteTestDatabase database) => new(database.Contexts, TimeProvider.System);

    /// <summary>What a failed or refused import must leave exactly as it was.</summary>
    public static async Task<(int Measurements, int AuditEntries, int Imports, long VersionSum)> FingerprintAsync(this SqliteTestDatabase database)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var measurements = await db.Measurements.CountAsync();
        var versions = measurements == 0 ? 0 : await db.Measurements.SumAsync(m => (long)m.Version + m.Numerator + m.Denominator);
        return (measurements, await db.AuditLog.CountAsync(), await db.ImportBatches.CountAsync(), versions);
    }
}
