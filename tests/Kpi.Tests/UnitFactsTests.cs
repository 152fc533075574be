using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

/// <summary>What the engine answers about units, so that no page or report works it out itself.</summary>
public sealed class UnitFactsTests
{
    private static readonly UnitInfo Renamed = new(
        7,
        "xa-binh-an",
        "Xã Bình An",
        UnitKind.Commune,
        M(2025, 1),
        null,
        [new UnitName("Xã An Bình", new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 14))]);

    [Fact]
    public void FindUnit_CodeInOtherCaseWithSpaces_ReturnsUnitWithCurrentName()
    {
        var engine = Engine([], units: [.. DefaultUnits, Renamed]);

        var unit = engine.FindUnit(" XA-BINH-AN ");

        Assert.NotNull(unit);
        Assert.Equal(7, unit.UnitId);
        Assert.Equal("Xã Bình An", unit.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("khong-co")]
    public void FindUnit_UnknownOrEmptyCode_ReturnsNull(string? code)
    {
        var engine = Engine([]);

        Assert.Null(engine.FindUnit(code));
    }

    [Fact]
    public void IsActive_UnitEndedInMonthOfQuarter_ActiveInThatQuarterOnly()
    {
        // Ended in July: July counts (it existed on some day of it), so Q3 does; Q4 does not.
        var ended = new UnitInfo(9, "X09", "Xã Cũ", UnitKind.Commune, M(2024, 1), M(2025, 7));
        var engine = Engine([], units: [.. DefaultUnits, ended]);

        Assert.True(engine.IsActive(9, Period.ForQuarter(2025, 3)));
        Assert.True(engine.IsActive(9, Month(2025, 7)));
        Assert.False(engine.IsActive(9, Month(2025, 8)));
        Assert.False(engine.IsActive(9, Period.ForQuarter(2025, 4)));
    }

    [Fact]
    public void ActivePeriod_DaysAndMonths_SameRuleAsUnitInfo()
    {
        // A unit whose validity ends on 01/08 is active in August (one day of it), not in September.
        Assert.True(ActivePeriod.Covers(new DateOnly(2024, 1, 1), new DateOnly(2025, 8, 1), M(2025, 8)));
        Assert.False(ActivePeriod.Covers(new DateOnly(2024, 1, 1), new DateOnly(2025, 8, 1), M(2025, 9)));
        Assert.True(ActivePeriod.Covers(new DateOnly(2025, 8, 31), null, M(2025, 8)));
        Assert.False(ActivePeriod.Covers(new DateOnly(2025, 9, 1), null, M(2025, 8)));
        Assert.Equal(
            new UnitInfo(1, "A", "A", UnitKind.Commune, M(2024, 1), M(2025, 8)).IsActiveIn(M(2025, 9)),
            ActivePeriod.Covers(new DateOnly(2024, 1, 1), new DateOnly(2025, 8, 1), M(2025, 9)));
    }

    [Fact]
    public void ActiveUnits_Group_ListsOnlyActiveUnitsOfThatGroupNamedAsInPeriod()
    {
        var ended = new UnitInfo(9, "X09", "Xã Cũ", UnitKind.Commune, M(2024, 1), M(2025, 7));
        var engine = Engine([], units: [.. DefaultUnits, ended, Renamed]);

        var august = engine.ActiveUnits(PeerGroup.CommunesAndWards, Month(2025, 8));
        var all = engine.ActiveUnits(null, Month(2025, 8));

        Assert.Equal([Commune, Ward, 7], august.Select(u => u.UnitId));
        Assert.Equal("Xã An Bình", august.Single(u => u.UnitId == 7).Name);
        Assert.Equal([Commune, Ward, Department, 7], all.Select(u => u.UnitId));
    }

    [Fact]
    public void RankedCount_UnitWithoutFigures_NotCounted()
    {
        // Commune and ward are judged; the renamed commune sent nothing and has no rank.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 8, 70, 100),
            Fig(Ward, Flow, 2025, 8, 30, 100),
        ],
            units: [.. DefaultUnits, Renamed]);

        Assert.Equal(2, engine.RankedCount(PeerGroup.CommunesAndWards, Month(2025, 8)));
        Assert.Equal(3, engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8)).Entries.Count);
        Assert.Equal(0, engine.RankedCount(PeerGroup.Departments, Month(2025, 8)));
    }

    [Fact]
    public void MonthlySeries_TargetChangesMidway_EachMonthJudgedByItsOwnTarget()
    {
        // 75% is met against 70% in June, not against 80% from July; May has no figures but a target.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 6, 75, 100),
            Fig(Commune, Flow, 2025, 7, 75, 100),
        ],
            targets: [Rule(Flow, 0.7m, M(2025, 1), M(2025, 6), id: 1), Rule(Flow, 0.8m, M(2025, 7), id: 2)]);

        var series = engine.MonthlySeries(Commune, Flow, [M(2025, 5), M(2025, 6), M(2025, 7)]);

        Assert.Equal([M(2025, 5), M(2025, 6), M(2025, 7)], series.Select(r => r.Period.End));
        Assert.Equal([KpiStatus.Unknown, KpiStatus.Met, KpiStatus.NotMet], series.Select(r => r.Status));
        Assert.Equal([0.7m, 0.7m, 0.8m], series.Select(r => r.Target?.Threshold));
    }

    [Fact]
    public void RankHistory_PeersChangeByMonth_CarriesRankedCountOfEachMonth()
    {
        // August: commune (35%) behind the ward (70%), two ranked; September: only the commune.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 8, 35, 100),
            Fig(Ward, Flow, 2025, 8, 70, 100),
            Fig(Commune, Flow, 2025, 9, 70, 100),
        ]);

        var history = engine.RankHistory(Commune, [Month(2025, 8), Month(2025, 9), Month(2025, 10)]);

        Assert.Equal([2, 1, null], history.Select(h => h.Rank));
        Assert.Equal([2, 1, 0], history.Select(h => h.RankedCount));
    }

    [Fact]
    public void NameOf_RenamedMidSeptember_AugustOldNameSeptemberAndLaterNewName()
    {
        // The old name held until 14/09: at the end of September the unit bore the new one.
        var engine = Engine([], units: [Renamed]);

        Assert.Equal("Xã An Bình", engine.NameOf(7, Month(2025, 8)));
        Assert.Equal("Xã Bình An", engine.NameOf(7, Month(2025, 9)));
        Assert.Equal("Xã Bình An", engine.NameOf(7, Month(2025, 10)));
        Assert.Equal("Xã Bình An", engine.NameOf(7, Period.ForQuarter(2025, 3)));
        Assert.Equal("Xã An Bình", engine.NameOf(7, Period.ForQuarter(2025, 2)));
    }

    [Fact]
    public void NameOf_TwoFormerNames_EachMonthItsOwnAndEarliestBeforeHistory()
    {
        var unit = new UnitInfo(
            8,
            "so-a",
            "Sở C",
            UnitKind.Department,
            FormerNames: [new UnitName("Sở B", new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), new UnitName("Sở A", new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 31))]);
        var engine = Engine([], units: [unit]);

        Assert.Equal("Sở A", engine.NameOf(8, Month(2023, 12)));
        Assert.Equal("Sở A", engine.NameOf(8, Month(2025, 3)));
        Assert.Equal("Sở B", engine.NameOf(8, Month(2025, 6)));
        Assert.Equal("Sở C", engine.NameOf(8, Month(2025, 7)));
        Assert.Equal("Sở C", engine.Units[0].Name);
    }

    [Fact]
    public void Results_EarlierMonth_CarryTheNameOfThatMonth()
    {
        var engine = Engine(
        [
            Fig(7, Flow, 2025, 8, 70, 100),
            Fig(7, Flow, 2025, 10, 70, 100),
        ],
            units: [Renamed]);

        Assert.Equal("Xã An Bình", engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8)).Entries.Single().Score.Unit.Name);
        Assert.Equal("Xã Bình An", engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 10)).Entries.Single().Score.Unit.Name);
        Assert.Equal("Xã An Bình", engine.Evaluate(7, Flow, Month(2025, 8)).Unit.Name);
        Assert.Equal("Xã An Bình", engine.Score(7, Month(2025, 8)).Unit.Name);
        Assert.Equal(["Xã An Bình", "Xã Bình An"], engine.MonthlySeries(7, Flow, [M(2025, 8), M(2025, 10)]).Select(r => r.Unit.Name));
    }
}
