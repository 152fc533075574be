using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Data.Tests;
using TargetsDashboard.Ingestion.Excel;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>What a test compares before and after an import attempt: nothing may change unless a commit succeeded.</summary>
public sealed record DatabaseCounts(int Measurements, int AuditEntries, int ImportBatches);

/// <summary>A real SQLite file with the province's 110 units and five indicators (no figures), and the import services over it.</summary>
public sealed class ImportTestDatabase : IAsyncLifetime
{
    public static readonly DateOnly Month = new(2025, 11, 1);

    private SqliteTestDatabase? _database;

    public SqliteTestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public IDbContextFactory<TargetsDbContext> Contexts => Database.Contexts;

    public FigureImporter Importer => new(Contexts, TimeProvider.System);

    public ImportTemplateSource Templates => new(Contexts);

    /// <summary>A commune merged into another from 1 July 2025: inactive in the test month.</summary>
    public string MergedUnitCode { get; private set; } = string.Empty;

    public string SuccessorUnitCode { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await Database.Services.GetRequiredService<DemoDataSeeder>()
            .SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2024, 1, 1), CancellationToken.None);

        await using var db = await Contexts.CreateForAsync("test");
        var communes = await db.Units.Where(u => u.Kind == Kpi.UnitKind.Commune).OrderBy(u => u.Id).ToListAsync();
        var (merged, successor) = (communes[^1], communes[^2]);
        MergedUnitCode = merged.Code;
        SuccessorUnitCode = successor.Code;
        await Database.Services.GetRequiredService<UnitMaintenance>().MergeAsync([merged.Id], successor.Id, new DateOnly(2025, 7, 1), "quantri");
        db.MonthLocks.Add(new MonthLock { Month = TestData.MalformedWorkbooks.LockedMonth, LockedBy = "quantri", LockedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public async Task<DatabaseCounts> CountsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return new DatabaseCounts(await db.Measurements.CountAsync(), await db.AuditLog.CountAsync(), await db.ImportBatches.CountAsync());
    }

    /// <summary>
    /// The counts and a checksum of every figure's values and version: what a refused commit must leave exactly as it
    /// was, including figures it would have overwritten.
    /// </summary>
    public async Task<(DatabaseCounts Counts, long FigureChecksum)> FingerprintAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var checksum = await db.Measurements.SumAsync(m => (long)m.Version + m.Numerator + m.Denominator);
        return (await CountsAsync(), checksum);
    }

    /// <summary>The template of <paramref name="month"/> as the download endpoint makes it.</summary>
    public async Task<byte[]> TemplateAsync(DateOnly? month = null) => await Templates.CreateAsync(month ?? Month);
}
