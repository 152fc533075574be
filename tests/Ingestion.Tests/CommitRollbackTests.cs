using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion.Excel;
using static TargetsDashboard.Ingestion.Tests.TestData.WorkbookEditor;

namespace TargetsDashboard.Ingestion.Tests;

/// <summary>A commit that fails half-way through its rows leaves the database exactly as it was: all rows or none.</summary>
public sealed class CommitRollbackTests : IAsyncLifetime
{
    private readonly ImportTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Commit_DatabaseFailsAfterHalfTheRows_RollsBackFiguresAuditAndHistory()
    {
        await using (var db = await _database.Contexts.CreateDbContextAsync())
        {
            // EF Core's SQLite provider stores DateOnly as ISO text; the trigger compares against that form.
            var stored = await db.Database.SqlQueryRaw<string>("SELECT typeof(Month) || ':' || Month AS Value FROM MonthLocks").SingleAsync();
            Assert.Equal("text:2025-12-01", stored);
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TRIGGER FailHalfWay BEFORE INSERT ON Measurements
                WHEN (SELECT COUNT(*) FROM Measurements WHERE Month = '2025-11-01') >= 250
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
                """);
        }

        var bytes = EditData(await _database.TemplateAsync(), s =>
        {
            for (var row = 2; row <= s.LastRowUsed().RowNumber(); row++)
            {
                Figures(s, row, 30, 60);
            }
        });
        var preview = await _database.Importer.PreviewAsync(new ImportWorkbookReader().Read(bytes, "ca-tinh.xlsx", ImportTestDatabase.Month));
        Assert.True(preview.CanCommit);
        Assert.Equal(545, preview.NewCount);
        var before = await _database.CountsAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() =>
            _database.Importer.CommitAsync(preview, ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong"));

        Assert.Contains("injected failure", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _database.CountsAsync());
        Assert.Empty(await _database.Importer.HistoryAsync(10));
    }
}
