using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Index766;
using TargetsDashboard.Data.Seeding;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Tests.Index766;

public sealed class Index766StoreTests
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task EnsureSeeded_EmptyDatabase_StoresPortalRuleSetAndSubIndicatorsAsIndicatorsOfThe766Scorecard()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var store = database.Services.GetRequiredService<Index766Store>();

        var added = await store.EnsureSeededAsync(SystemActors.Seeding);
        var again = await store.EnsureSeededAsync(SystemActors.Seeding);

        var stored = Assert.Single(await store.LoadRuleSetsAsync());
        Assert.Equal(Index766RuleSet.Portal2025.SubIndicators.Count(), added);
        Assert.Equal(0, again);
        Assert.Equal(Index766RuleSet.Portal2025.Source, stored.Source);
        Assert.Equal(new YearMonth(2025, 1), stored.EffectiveFrom);
        Assert.Equal(100m, stored.MaxPoints);
        Assert.Equal(Index766RuleSet.Portal2025.SubIndicators, stored.SubIndicators);
        await using var db = await database.Contexts.CreateDbContextAsync();
        var rows = await db.Indicators.Where(i => i.Scorecard == ScorecardKind.Index766).ToListAsync();
        Assert.Contains(rows, i => i.Code == "SYNCED_WITH_DVCQG_PERSONAL_STORAGE");
        Assert.All(rows, i => Assert.True(i.AllowsZeroDenominator));
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityType == nameof(Index766RuleSetRecord)));
    }

    [Fact]
    public async Task KpiDataSource_DemoFigures_DirectiveEngineKeepsItsFiveIndicatorsAnd766EngineScoresEachUnitOutOf100()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var seeder = database.Services.GetRequiredService<DemoDataSeeder>();
        var store = database.Services.GetRequiredService<Index766Store>();
        await seeder.SeedReferenceDataAsync(UnitCatalog.DongNai(), new DateOnly(2024, 1, 1), CancellationToken.None);
        await store.EnsureSeededAsync(SystemActors.Seeding);
        await seeder.SeedDemoFiguresAsync(new DemoDataGenerator(), October, 12, CancellationToken.None);
        var written = await store.SeedDemoFiguresAsync(October);

        var snapshot = await database.Services.GetRequiredService<KpiDataSource>().GetAsync();

        Assert.True(written > 0);
        Assert.Equal(5, snapshot.Engine.Indicators.Count);
        var index766 = Assert.IsType<Index766Snapshot>(snapshot.Index766);
        Assert.Equal(October, index766.LastMonth);
        var period = Period.YearToDate(October);
        var ranking = index766.Engine.Rank(PeerGroup.CommunesAndWards, period);
        Assert.All(ranking.Entries.Where(e => e.Rank is not null), e => Assert.InRange(e.Score.Score, 0m, 100m));
        var first = ranking.Entries[0];
        var breakdown = index766.Breakdown(first.Score.Unit.UnitId, period)!;
        Assert.Equal(first.Score.Score, breakdown.Total);
        Assert.InRange(index766.ProvinceBreakdown(period)!.Total, 1m, 100m);
    }
}
