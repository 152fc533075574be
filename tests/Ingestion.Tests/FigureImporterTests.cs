using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Ingestion.Tests;

public sealed class FigureImporterTests : IAsyncLifetime
{
    private readonly ImportTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Commit_Replace_WritesEveryRowAndLinksEachAuditEntryToTheImport()
    {
        await SetAsync("so-tu-phap", "DIGITIZED", 5, 10);
        var importer = _database.Importer;
        var preview = await importer.PreviewAsync(Batch(("so-tu-phap", "DIGITIZED", 8, 10), ("phuong-bien-hoa", "DIGITIZED", 3, 4)));

        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal((ImportStatus.Committed, 1, 1), (outcome.Status, outcome.Added, outcome.Changed));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var import = await db.ImportBatches.SingleAsync();
        Assert.Equal(("bao-cao-11.xlsx", "vanphong", 1, 1), (import.Origin, import.UserName, import.RowsAdded, import.RowsChanged));
        var changed = await db.Measurements.SingleAsync(m => m.Unit!.Code == "so-tu-phap" && m.Month == ImportTestDatabase.Month);
        Assert.Equal((8L, MeasurementSource.ExcelImport, $"import:{import.Id}"), (changed.Numerator, changed.Source, changed.SourceReference));
        var audit = await db.AuditLog.Where(a => a.ImportBatchId == import.Id).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("vanphong", a.UserName));
        var modified = Assert.Single(audit, a => a.Action == "Modified");
        Assert.Equal(5, JsonDocument.Parse(modified.OldValues!).RootElement.GetProperty("Numerator").GetInt64());
    }

    [Fact]
    public async Task Commit_AddMissing_LeavesExistingFiguresAsTheyAre()
    {
        await SetAsync("so-tu-phap", "DIGITIZED", 5, 10);
        var importer = _database.Importer;
        var preview = await importer.PreviewAsync(Batch(("so-tu-phap", "DIGITIZED", 8, 10), ("phuong-bien-hoa", "DIGITIZED", 3, 4)));

        var outcome = await importer.CommitAsync(preview, ImportMode.AddMissing, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal((1, 0, 1), (outcome.Added, outcome.Changed, outcome.Kept));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.Equal(5, (await db.Measurements.SingleAsync(m => m.Unit!.Code == "so-tu-phap")).Numerator);
        Assert.Equal(3, (await db.Measurements.SingleAsync(m => m.Unit!.Code == "phuong-bien-hoa")).Numerator);
    }

    [Fact]
    public async Task Commit_MonthClosedAfterPreview_RefusedAndNothingWritten()
    {
        var importer = _database.Importer;
        var preview = await importer.PreviewAsync(Batch(("so-tu-phap", "DIGITIZED", 8, 10)));
        await using (var db = await _database.Contexts.CreateForAsync("test"))
        {
            db.MonthLocks.Add(new MonthLock { Month = ImportTestDatabase.Month, LockedBy = "quantri" });
            await db.SaveChangesAsync();
        }

        var before = await _database.FingerprintAsync();
        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal(ImportStatus.MonthLocked, outcome.Status);
        Assert.Contains("đã khóa sổ", Assert.Single(outcome.Issues).Message, StringComparison.Ordinal);
        Assert.Equal(before, await _database.FingerprintAsync());
    }

    [Fact]
    public async Task Commit_FigureChangedByAnotherUserAfterPreview_ConflictAndNothingWritten()
    {
        await SetAsync("so-tu-phap", "DIGITIZED", 5, 10);
        var importer = _database.Importer;
        var preview = await importer.PreviewAsync(Batch(("so-tu-phap", "DIGITIZED", 8, 10), ("phuong-bien-hoa", "DIGITIZED", 3, 4)));
        await SetAsync("so-tu-phap", "DIGITIZED", 6, 10);

        var before = await _database.FingerprintAsync();
        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal(ImportStatus.Conflict, outcome.Status);
        Assert.Contains("đã được người khác thay đổi sau khi bạn xem trước", Assert.Single(outcome.Issues).Message, StringComparison.Ordinal);
        Assert.Equal(before, await _database.FingerprintAsync());
    }

    [Fact]
    public async Task Commit_SameBatchTwice_SecondChangesNothing()
    {
        var importer = _database.Importer;
        var batch = Batch(("so-tu-phap", "DIGITIZED", 8, 10), ("phuong-bien-hoa", "DIGITIZED", 3, 4));
        Assert.Equal(ImportStatus.Committed, (await importer.CommitAsync(await importer.PreviewAsync(batch), ImportMode.Replace, MeasurementSource.Api, "api:tthc")).Status);

        var before = await _database.FingerprintAsync();
        var again = await importer.CommitAsync(await importer.PreviewAsync(batch), ImportMode.Replace, MeasurementSource.Api, "api:tthc");

        Assert.Equal((ImportStatus.AlreadyApplied, 2), (again.Status, again.Unchanged));
        Assert.Equal(before, await _database.FingerprintAsync());
    }

    [Fact]
    public async Task Commit_PreviewWithIssues_RefusedAndNothingWritten()
    {
        var importer = _database.Importer;
        var preview = await importer.PreviewAsync(Batch(("so-tu-phap", "DIGITIZED", 8, 10), ("phuong-bien-hoa", "DIGITIZED", 5, 4)));

        var before = await _database.FingerprintAsync();
        var outcome = await importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");

        Assert.Equal(ImportStatus.Invalid, outcome.Status);
        Assert.Equal(before, await _database.FingerprintAsync());
    }

    private static FigureBatch Batch(params (string Unit, string Indicator, long Numerator, long Denominator)[] rows) => new(
        ImportTestDatabase.Month,
        [.. rows.Select((r, i) => new IncomingFigure(r.Unit, r.Indicator, IncomingNumber.Of(r.Numerator), IncomingNumber.Of(r.Denominator), FigureLocation.RequestItem(i)))],
        [],
        "bao-cao-11.xlsx",
        string.Join(';', rows));

    private async Task SetAsync(string unitCode, string indicatorCode, long numerator, long denominator)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        db.ActAs("nguoi-khac");
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var indicator = await db.Indicators.SingleAsync(i => i.Code == indicatorCode);
        var measurement = await db.Measurements.SingleOrDefaultAsync(m => m.UnitId == unit.Id && m.IndicatorId == indicator.Id && m.Month == ImportTestDatabase.Month);
        if (measurement is null)
        {
            measurement = new Measurement { UnitId = unit.Id, IndicatorId = indicator.Id, Month = ImportTestDatabase.Month };
            db.Measurements.Add(measurement);
        }

        measurement.Numerator = numerator;
        measurement.Denominator = denominator;
        measurement.Source = MeasurementSource.ManualEdit;
        await db.SaveChangesAsync();
    }
}
