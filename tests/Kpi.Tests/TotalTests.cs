using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class TotalTests
{
    [Fact]
    public void Total_TwoUnits_DiffersFromMeanOfUnitRatios()
    {
        // (90 + 1) / (100 + 10) = 91 / 110 = 82.7%, while the mean of 90% and 10% is 50%.
        // June: only the commune, 50 / 100, so the change is 82.73 − 50 = 32.73 points.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 6, 50, 100),
            Fig(Commune, Flow, 2025, 7, 90, 100),
            Fig(Ward, Flow, 2025, 7, 1, 10),
        ]);

        var total = engine.Total(Flow, PeerGroup.CommunesAndWards, Month(2025, 7));

        Assert.Equal(91, total.Value.Numerator);
        Assert.Equal(110, total.Value.Denominator);
        Assert.Equal(82.7m, Math.Round(total.Value.Ratio!.Value * 100m, 1));
        Assert.Equal(0.5m, total.MeanOfUnitRatios);
        Assert.Equal(KpiStatus.Met, total.Status);
        Assert.Equal(1, total.UnitsMeeting);
        Assert.Equal(2, total.UnitsReported);
        Assert.Equal(2, total.UnitsExpected);
        Assert.Equal(32.73m, Math.Round(total.ChangePoints!.Value, 2));
    }

    [Fact]
    public void Total_UnitsMeetingTheTarget_CountsKOfN()
    {
        // Met 80/100, not met 50/100, zero denominator, no data, and one unit closed in June.
        // Expected 4, reported 2, meeting 1; total (80 + 50) / 200 = 65% < 70%.
        UnitInfo[] units =
        [
            new(21, "X21", "Xã 21", UnitKind.Commune),
            new(22, "X22", "Xã 22", UnitKind.Commune),
            new(23, "X23", "Xã 23", UnitKind.Commune),
            new(24, "X24", "Xã 24", UnitKind.Commune),
            new(25, "X25", "Xã 25", UnitKind.Commune, ActiveTo: M(2025, 6)),
        ];
        var engine = Engine(
        [
            Fig(21, Flow, 2025, 7, 80, 100),
            Fig(22, Flow, 2025, 7, 50, 100),
            Fig(23, Flow, 2025, 7, 0, 0),
        ],
            units);

        var total = engine.Total(Flow, PeerGroup.CommunesAndWards, Month(2025, 7));

        Assert.Equal(4, total.UnitsExpected);
        Assert.Equal(2, total.UnitsReported);
        Assert.Equal(1, total.UnitsMeeting);
        Assert.Equal(0.65m, total.Value.Ratio);
        Assert.Equal(KpiStatus.NotMet, total.Status);
    }

    [Fact]
    public void Completeness_ZeroDenominatorCounts_InactiveUnitNotExpected()
    {
        // Reported: 31 (figures), 32 (0 / 0 still counts as sent); 33 silent; 34 closed in June is not expected.
        UnitInfo[] units =
        [
            new(31, "X31", "Xã 31", UnitKind.Commune),
            new(32, "X32", "Xã 32", UnitKind.Commune),
            new(33, "X33", "Xã 33", UnitKind.Commune),
            new(34, "X34", "Xã 34", UnitKind.Commune, ActiveTo: M(2025, 6)),
            new(35, "S35", "Sở 35", UnitKind.Department),
        ];
        var engine = Engine(
        [
            Fig(31, Stock, 2025, 7, 8, 10),
            Fig(32, Flow, 2025, 7, 0, 0),
            Fig(34, Flow, 2025, 7, 1, 1),
            Fig(35, Flow, 2025, 7, 1, 1),
        ],
            units);

        var communes = engine.Completeness(PeerGroup.CommunesAndWards, Month(2025, 7));
        var all = engine.Completeness(null, Month(2025, 7));

        Assert.Equal(3, communes.UnitsExpected);
        Assert.Equal(2, communes.UnitsReported);
        Assert.Equal(4, all.UnitsExpected);
        Assert.Equal(3, all.UnitsReported);
    }

    [Fact]
    public void Total_StockOverQuarter_TakesEachUnitsLastMonth()
    {
        // Commune: September 8 / 10; ward: only July 3 / 10. Total 11 / 20.
        var engine = Engine(
        [
            Fig(Commune, Stock, 2025, 7, 5, 10),
            Fig(Commune, Stock, 2025, 9, 8, 10),
            Fig(Ward, Stock, 2025, 7, 3, 10),
        ]);

        var total = engine.Total(Stock, PeerGroup.CommunesAndWards, Period.ForQuarter(2025, 3));

        Assert.Equal(11, total.Value.Numerator);
        Assert.Equal(20, total.Value.Denominator);
    }

    [Fact]
    public void Total_KindSpecificRule_UsedForSingleKindGroupOnly()
    {
        // Departments ≥ 90%, everyone else ≥ 70%. Both units at 80%: the department misses, the commune meets.
        TargetRule[] targets =
        [
            Rule(Flow, 0.7m, M(2025, 1), id: 1),
            Rule(Flow, 0.9m, M(2025, 1), kind: UnitKind.Department, id: 2),
        ];
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 80, 100),
            Fig(Department, Flow, 2025, 7, 80, 100),
        ],
            targets: targets);

        var departments = engine.Total(Flow, PeerGroup.Departments, Month(2025, 7));
        var everyone = engine.Total(Flow, null, Month(2025, 7));

        Assert.Equal(2, departments.Target!.TargetId);
        Assert.Equal(KpiStatus.NotMet, departments.Status);
        Assert.Equal(1, everyone.Target!.TargetId);
        Assert.Equal(KpiStatus.Met, everyone.Status);
        Assert.Equal(1, everyone.UnitsMeeting);
        Assert.Equal(3, everyone.UnitsExpected);
    }
}
