using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Seeding;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests;

public class MonthLocksTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task CloseAsync_OpenMonth_LocksItAndAuditsTheClosing()
    {
        await using var database = await SeededAsync();
        var locks = Locks(database);

        var error = await locks.CloseAsync(October, "quantri");

        Assert.Null(error);
        Assert.True(await locks.IsLockedAsync(October));
        Assert.False(await locks.IsLockedAsync(September));
        await using var db = await database.Contexts.CreateDbContextAsync();
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(MonthLock));
        Assert.Equal(("Added", "2025-10", "quantri"), (audit.Action, audit.EntityKey, audit.UserName));
    }

    [Fact]
    public async Task CloseAsync_AlreadyClosed_IsRefused()
    {
        await using var database = await SeededAsync();
        var locks = Locks(database);
        await locks.CloseAsync(October, "quantri");

        var error = await locks.CloseAsync(October, "quantri");

        Assert.Equal("Tháng 10/2025 đã khóa sổ từ trước.", error);
    }

    [Fact]
    public async Task ReopenAsync_WithReason_OpensTheMonthAndAuditsTheReason()
    {
        await using var database = await SeededAsync();
        var locks = Locks(database);
        await locks.CloseAsync(October, "quantri");

        var error = await locks.ReopenAsync(October, "Sở Tư pháp gửi số liệu điều chỉnh", "quantri");

        Assert.Null(error);
        Assert.False(await locks.IsLockedAsync(October));
        await using var db = await database.Contexts.CreateDbContextAsync();
        var audit = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(MonthLock) && a.Action == "Deleted");
        Assert.Equal("Sở Tư pháp gửi số liệu điều chỉnh", audit.Reason);
        Assert.Equal("2025-10", audit.EntityKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ReopenAsync_WithoutReason_IsRefusedAndTheMonthStaysClosed(string? reason)
    {
        await using var database = await SeededAsync();
        var locks = Locks(database);
        await locks.CloseAsync(October, "quantri");

        var error = await locks.ReopenAsync(October, reason, "quantri");

        Assert.Equal("Cần nhập lý do mở lại tháng đã khóa sổ.", error);
        Assert.True(await locks.IsLockedAsync(October));
    }

    [Fact]
    public async Task ListAsync_MonthsWithFigures_ShowsEachOpenOrClosedNewestFirst()
    {
        await using var database = await SeededAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>().SeedDemoFiguresAsync(new DemoDataGenerator(), October, 2, CancellationToken.None);
        var locks = Locks(database);
        await locks.CloseAsync(September, "quantri");

        var months = await locks.ListAsync();

        Assert.Equal([October, September], months.Select(m => m.Month));
        Assert.False(months[0].IsClosed);
        Assert.True(months[1].IsClosed);
        Assert.Equal("quantri", months[1].LockedBy);
        Assert.NotNull(months[1].LockedAtUtc);
    }

    private static MonthLocks Locks(SqliteTestDatabase database) => database.Services.GetRequiredService<MonthLocks>();

    private static async Task<SqliteTestDatabase> SeededAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await database.Services.GetRequiredService<DemoDataSeeder>().SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2025, 7, 1), CancellationToken.None);
        return database;
    }
}
