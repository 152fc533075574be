using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class TargetTests
{
    [Fact]
    public void Evaluate_MidYearTargetChange_JudgesEachMonthByTargetInForce()
    {
        // 70% to June, 100% from July (Resolution 66). 80 / 100 every month: met in June, not met in July.
        TargetRule[] targets =
        [
            Rule(Flow, 0.7m, M(2025, 1), M(2025, 6), id: 1),
            Rule(Flow, 1.0m, M(2025, 7), id: 2),
        ];
        var measurements = Enumerable.Range(4, 6).Select(month => Fig(Commune, Flow, 2025, month, 80, 100)).ToList();
        var engine = Engine(measurements, targets: targets);

        var statuses = Enumerable.Range(4, 6)
            .Select(month => engine.Evaluate(Commune, Flow, Month(2025, month)).Status)
            .ToList();

        Assert.Equal(
            [KpiStatus.Met, KpiStatus.Met, KpiStatus.Met, KpiStatus.NotMet, KpiStatus.NotMet, KpiStatus.NotMet],
            statuses);
        Assert.Equal(1, engine.Evaluate(Commune, Flow, Period.ForQuarter(2025, 2)).Target!.TargetId);
        // Q3 ends in September: judged by 100%, needs 100 − 80 = 20 points.
        var q3 = engine.Evaluate(Commune, Flow, Period.ForQuarter(2025, 3));
        Assert.Equal(2, q3.Target!.TargetId);
        Assert.Equal(KpiStatus.NotMet, q3.Status);
        Assert.Equal(20m, q3.Gap!.Points);
    }

    [Fact]
    public void TargetFor_KindSpecificRule_PreferredOverGeneral()
    {
        TargetRule[] targets =
        [
            Rule(Flow, 0.7m, M(2025, 1), id: 1),
            Rule(Flow, 0.9m, M(2024, 1), kind: UnitKind.Department, id: 2),
            Rule(Flow, 0.75m, M(2025, 5), id: 3),
        ];
        var engine = Engine([], targets: targets);

        Assert.Equal(2, engine.TargetFor(Flow, UnitKind.Department, M(2025, 6))!.TargetId);
        // For a commune, of the general rules the latest in force wins.
        Assert.Equal(3, engine.TargetFor(Flow, UnitKind.Commune, M(2025, 6))!.TargetId);
        Assert.Equal(1, engine.TargetFor(Flow, UnitKind.Commune, M(2025, 4))!.TargetId);
        Assert.Null(engine.TargetFor(Flow, UnitKind.Commune, M(2024, 12)));
        Assert.Throws<ArgumentException>(() => engine.TargetFor("NOPE", UnitKind.Commune, M(2025, 6)));
    }

    [Fact]
    public void Evaluate_ExactlyAtThreshold_AtLeastMeets()
    {
        // 70 / 100 = 0.70 ≥ 0.70.
        var engine = Engine([Fig(Commune, Flow, 2025, 7, 70, 100)]);

        var result = engine.Evaluate(Commune, Flow, Month(2025, 7));

        Assert.Equal(KpiStatus.Met, result.Status);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void Evaluate_ExactlyAtThresholdGreaterThan_NotMetNeedsOneMore()
    {
        // 70 / 100 is not > 0.70; floor(0.7 × 100) + 1 − 70 = 1 more, and 71 / 100 > 0.70.
        var engine = Engine(
            [Fig(Commune, Flow, 2025, 7, 70, 100)],
            targets: [Rule(Flow, 0.7m, M(2025, 1), comparison: Comparison.GreaterThan)]);

        var result = engine.Evaluate(Commune, Flow, Month(2025, 7));

        Assert.Equal(KpiStatus.NotMet, result.Status);
        Assert.Equal(0m, result.Gap!.Points);
        Assert.Equal(1, result.Gap.ItemsNeeded);
    }

    [Fact]
    public void Evaluate_NoTargetInForce_IsUnknown()
    {
        var engine = Engine([Fig(Commune, Flow, 2024, 7, 70, 100)]);

        var result = engine.Evaluate(Commune, Flow, Month(2024, 7));

        Assert.True(result.Value.IsKnown);
        Assert.Null(result.Target);
        Assert.Equal(KpiStatus.Unknown, result.Status);
    }

    [Fact]
    public void Evaluate_33Of100DossiersAgainst70Percent_Needs37More()
    {
        // ceil(0.7 × 100) − 33 = 37; (0.70 − 0.33) × 100 = 37 points.
        var engine = Engine([Fig(Commune, Flow, 2025, 10, 33, 100)]);

        var gap = engine.Evaluate(Commune, Flow, Month(2025, 10)).Gap;

        Assert.NotNull(gap);
        Assert.Equal(37, gap.ItemsNeeded);
        Assert.Equal(37m, gap.Points);
    }

    [Fact]
    public void Evaluate_7Of12ProceduresAgainst80Percent_Needs3More()
    {
        // 0.8 × 12 = 9.6 → ceil 10 − 7 = 3; (0.8 − 7/12) × 100 = 21.67 points.
        var engine = Engine([Fig(Commune, Stock, 2025, 10, 7, 12)]);

        var gap = engine.Evaluate(Commune, Stock, Month(2025, 10)).Gap;

        Assert.NotNull(gap);
        Assert.Equal(3, gap.ItemsNeeded);
        Assert.Equal(21.67m, Math.Round(gap.Points, 2));
    }

    [Fact]
    public void Evaluate_UnreachableGreaterThanFull_ReturnsFormulaValue()
    {
        // > 100% cannot be met with 10 / 10 fixed: floor(1.0 × 10) + 1 − 5 = 6 > 10 − 5.
        var engine = Engine(
            [Fig(Commune, Flow, 2025, 7, 5, 10)],
            targets: [Rule(Flow, 1.0m, M(2025, 1), comparison: Comparison.GreaterThan)]);

        Assert.Equal(6, engine.Evaluate(Commune, Flow, Month(2025, 7)).Gap!.ItemsNeeded);
    }

    [Fact]
    public void Evaluate_CloseBandOffByDefault_NeverClose()
    {
        // 69 / 100 is one point short, but there is no band.
        var engine = Engine([Fig(Commune, Flow, 2025, 7, 69, 100)]);

        var result = engine.Evaluate(Commune, Flow, Month(2025, 7));

        Assert.Equal(KpiStatus.NotMet, result.Status);
        Assert.False(result.IsClose);
    }

    [Fact]
    public void Evaluate_CloseBandOn_FlagsOnlyWithinBand()
    {
        // Band 5 points: 65 / 100 is 5 short (close), 64 / 100 is 6 short (not), 70 / 100 is met (not close).
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 65, 100),
            Fig(Ward, Flow, 2025, 7, 64, 100),
            Fig(Department, Flow, 2025, 7, 70, 100),
        ],
            settings: new KpiSettings { CloseBandPoints = 5m });

        Assert.True(engine.Evaluate(Commune, Flow, Month(2025, 7)).IsClose);
        Assert.False(engine.Evaluate(Ward, Flow, Month(2025, 7)).IsClose);
        Assert.False(engine.Evaluate(Department, Flow, Month(2025, 7)).IsClose);
    }

    [Fact]
    public void Evaluate_PreviousMonthKnown_ReportsChangeInPoints()
    {
        // 75 / 100 − 60 / 100 = +15 points; the month before has no data, so no change there.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 8, 60, 100),
            Fig(Commune, Flow, 2025, 9, 75, 100),
        ]);

        var september = engine.Evaluate(Commune, Flow, Month(2025, 9));
        var august = engine.Evaluate(Commune, Flow, Month(2025, 8));

        Assert.Equal(60, september.Previous.Numerator);
        Assert.Equal(15m, september.ChangePoints);
        Assert.Null(august.ChangePoints);
    }
}
