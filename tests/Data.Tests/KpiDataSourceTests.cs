using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Corrections.CorrectFigure;
using TargetsDashboard.Data.Corrections.CorrectNote;
using TargetsDashboard.Data.Corrections;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Data.Tests;

/// <summary>
/// The KPI snapshot after a save: saved figures are applied to it (and it then answers as a snapshot loaded afresh),
/// a change only a full load can place is loaded in the background while the previous snapshot is served.
/// </summary>
public class KpiDataSourceTests
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task GetAsync_AfterSavedFigures_AppliedInPlace_AnswersAsAFreshLoad()
    {
        await using var database = await SeededAsync();
        var source = database.Services.GetRequiredService<KpiDataSource>();
        var before = await source.GetAsync();
        var handler = database.Services.GetRequiredService<CorrectFigureHandler>();
        var random = new Random(7);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var figures = await db.Measurements.AsNoTracking().Where(m => m.Month >= new DateOnly(2025, 8, 1)).ToListAsync();

        for (var i = 0; i < 12; i++)
        {
            var figure = figures[random.Next(figures.Count)];
            var current = await db.Measurements.AsNoTracking().SingleAsync(m => m.Id == figure.Id);
            var denominator = current.Denominator + random.Next(1, 30);
            var result = await handler.SaveFigureAsync(
                new FigureCorrection(current.UnitId, YearMonth.FromDate(current.Month), current.IndicatorId, random.NextInt64(0, denominator + 1), denominator, current.Version),
                "Sửa theo báo cáo của đơn vị", "admin");
            Assert.IsType<CorrectionSaved>(result);
            // Read between saves, so that the kept rankings of earlier snapshots are carried over too.
            Describe((await source.GetAsync()).Engine);
        }

        var after = await source.GetAsync();

        Assert.Same(before.Engine.Units, after.Engine.Units);
        Assert.Equal(Describe(await FreshAsync(database)), Describe(after.Engine));
    }

    [Fact]
    public async Task GetAsync_NoteSaved_SameSnapshot()
    {
        await using var database = await SeededAsync();
        var source = database.Services.GetRequiredService<KpiDataSource>();
        var before = await source.GetAsync();
        var unitId = await UnitIdAsync(database, "so-tu-phap");

        var saved = await database.Services.GetRequiredService<CorrectNoteHandler>().SaveNoteAsync(unitId, October, "Đã gửi bổ sung.", null, "admin");

        Assert.IsType<CorrectionSaved>(saved);
        Assert.Same(before, await source.GetAsync());
    }

    [Fact]
    public async Task GetAsync_TargetAdded_PreviousSnapshotServedWhileTheNewOneLoads()
    {
        await using var database = await SeededAsync(new Dictionary<string, string?> { ["Kpi:RebuildWaitMilliseconds"] = "0" });
        var source = database.Services.GetRequiredService<KpiDataSource>();
        var before = await source.GetAsync();
        var digitized = await IndicatorAsync(database, ReferenceData.Digitized);
        var oldTarget = before.Engine.TargetFor(ReferenceData.Digitized, UnitKind.Department, October);
        Assert.NotNull(oldTarget);

        var refused = await database.Services.GetRequiredService<TargetAdministration>().AddAsync(
            new NewTarget(digitized, 0.95m, Comparison.AtLeast, new DateOnly(2025, 10, 1), null, UnitKind.Department, "99/QĐ-UBND", new DateOnly(2025, 9, 30), "UBND tỉnh"),
            "admin");
        Assert.Null(refused);
        var served = await source.GetAsync();

        Assert.Same(before, served);
        var reloaded = await EventuallyAsync(source, s => !ReferenceEquals(s, before));
        Assert.Equal(0.95m, reloaded.Engine.TargetFor(ReferenceData.Digitized, UnitKind.Department, October)!.Threshold);
    }

    private static async Task<KpiSnapshot> EventuallyAsync(KpiDataSource source, Func<KpiSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var snapshot = await source.GetAsync();
            if (condition(snapshot) || DateTime.UtcNow > deadline)
            {
                return snapshot;
            }

            await Task.Delay(20);
        }
    }

    private static async Task<KpiEngine> FreshAsync(SqliteTestDatabase database)
    {
        using var fresh = new KpiDataSource(database.Contexts, new DataChangeSignal(), database.Services.GetRequiredService<IOptions<KpiOptions>>(), NullLogger<KpiDataSource>.Instance);
        return (await fresh.GetAsync()).Engine;
    }

    /// <summary>What the overview, the rankings and a unit page read, as text, for the last months and quarters.</summary>
    private static List<string> Describe(KpiEngine engine)
    {
        var lines = new List<string> { $"latest {engine.LatestMonthWithData}" };
        var periods = new[] { Period.ForMonth(October), Period.ForMonth(October.AddMonths(-1)), Period.ForMonth(October.AddMonths(-2)), Period.ForQuarter(2025, 3), Period.ForQuarter(2025, 4), Period.YearToDate(October) };
        foreach (var period in periods)
        {
            foreach (var group in new[] { PeerGroup.Departments, PeerGroup.CommunesAndWards })
            {
                lines.AddRange(engine.Indicators.Select(i => engine.Total(i.Code, group, period)).Select(t => string.Create(
                    CultureInfo.InvariantCulture, $"{period} {group} {t.Indicator.Code} {t.Value} {t.Status} {t.UnitsReported} {t.UnitsMeeting} {t.Previous}")));
                lines.AddRange(engine.Rank(group, period).Entries.Select(e => string.Create(
                    CultureInfo.InvariantCulture, $"{period} {e.Score.Unit.Code} {e.Rank} {e.PreviousRank} {e.Score.Score} {string.Join(';', e.Score.Indicators.Select(r => $"{r.Value} {r.Status} {r.Gap}"))}")));
            }
        }

        return lines;
    }

    private static async Task<int> UnitIdAsync(SqliteTestDatabase database, string code)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> IndicatorAsync(SqliteTestDatabase database, string code)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
    }

    private static async Task<SqliteTestDatabase> SeededAsync(IDictionary<string, string?>? settings = null)
    {
        var database = await SqliteTestDatabase.CreateAsync(settings: settings);
        var seeder = database.Services.GetRequiredService<DemoDataSeeder>();
        await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2023, 11, 1), CancellationToken.None);
        await seeder.SeedDemoFiguresAsync(new DemoDataGenerator(), October, 24, CancellationToken.None);
        return database;
    }
}
