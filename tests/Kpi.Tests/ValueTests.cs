using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class ValueTests
{
    private static readonly Period Q3 = Period.ForQuarter(2025, 3);

    [Fact]
    public void Value_FlowOverQuarter_SumsNumeratorsAndDenominators()
    {
        // (10 + 30 + 20) / (20 + 40 + 40) = 60 / 100
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 10, 20),
            Fig(Commune, Flow, 2025, 8, 30, 40),
            Fig(Commune, Flow, 2025, 9, 20, 40),
        ]);

        var value = engine.Value(Commune, Flow, Q3);

        Assert.Equal(60, value.Numerator);
        Assert.Equal(100, value.Denominator);
        Assert.Equal(0.6m, value.Ratio);
        Assert.Equal(3, value.MonthsWithData);
        Assert.Equal(M(2025, 9), value.AsOf);
    }

    [Fact]
    public void Value_StockOverQuarter_TakesLastMonthWithData()
    {
        // Stock: September's 8 / 10 stands for the quarter; summing would give 19 / 30.
        var engine = Engine(
        [
            Fig(Commune, Stock, 2025, 7, 5, 10),
            Fig(Commune, Stock, 2025, 8, 6, 10),
            Fig(Commune, Stock, 2025, 9, 8, 10),
        ]);

        var value = engine.Value(Commune, Stock, Q3);

        Assert.Equal(8, value.Numerator);
        Assert.Equal(10, value.Denominator);
        Assert.Equal(M(2025, 9), value.AsOf);
        Assert.Equal(3, value.MonthsWithData);
    }

    [Fact]
    public void Value_FlowWithMissingMonth_SkipsIt()
    {
        // August missing: (10 + 20) / (20 + 40) = 30 / 60, two months with data.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 10, 20),
            Fig(Commune, Flow, 2025, 9, 20, 40),
        ]);

        var value = engine.Value(Commune, Flow, Q3);

        Assert.Equal(30, value.Numerator);
        Assert.Equal(60, value.Denominator);
        Assert.Equal(2, value.MonthsWithData);
    }

    [Fact]
    public void Value_StockWithMissingLastMonth_TakesPreviousMonthInRange()
    {
        // September missing: August's 6 / 10 stands; October (outside Q3) is ignored.
        var engine = Engine(
        [
            Fig(Commune, Stock, 2025, 7, 5, 10),
            Fig(Commune, Stock, 2025, 8, 6, 10),
            Fig(Commune, Stock, 2025, 10, 9, 10),
        ]);

        var value = engine.Value(Commune, Stock, Q3);

        Assert.Equal(6, value.Numerator);
        Assert.Equal(M(2025, 8), value.AsOf);
        Assert.Equal(2, value.MonthsWithData);
    }

    [Fact]
    public void Value_ZeroDenominator_IsUnknownNotZeroAndNotMet()
    {
        var engine = Engine([Fig(Commune, Flow, 2025, 7, 0, 0)]);

        var result = engine.Evaluate(Commune, Flow, Month(2025, 7));

        Assert.Equal(0, result.Value.Numerator);
        Assert.Equal(0, result.Value.Denominator);
        Assert.Equal(1, result.Value.MonthsWithData);
        Assert.False(result.Value.IsKnown);
        Assert.Null(result.Value.Ratio);
        Assert.Equal(KpiStatus.Unknown, result.Status);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void Value_NoFigures_IsNoData()
    {
        var engine = Engine([Fig(Commune, Flow, 2025, 6, 1, 2)]);

        var value = engine.Value(Commune, Flow, Q3);

        Assert.Same(KpiValue.NoData, value);
        Assert.Equal(KpiStatus.Unknown, engine.Evaluate(Commune, Flow, Q3).Status);
    }

    [Fact]
    public void Value_DuplicateMonth_LastOneWins()
    {
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 1, 10),
            Fig(Commune, Flow, 2025, 7, 9, 10),
        ]);

        var value = engine.Value(Commune, Flow, Month(2025, 7));

        Assert.Equal(9, value.Numerator);
        Assert.Equal(1, value.MonthsWithData);
    }

    [Fact]
    public void Value_UnknownUnitOrIndicator_Throws()
    {
        var engine = Engine([]);

        Assert.Throws<ArgumentException>(() => engine.Value(999, Flow, Q3));
        Assert.Throws<ArgumentException>(() => engine.Value(Commune, "NOPE", Q3));
        Assert.Throws<ArgumentException>(() => engine.Score(999, Q3));
        Assert.Throws<ArgumentException>(() => Engine([Fig(999, Flow, 2025, 7, 1, 1)]));
        Assert.Throws<ArgumentException>(() => Engine([Fig(Commune, "NOPE", 2025, 7, 1, 1)]));
    }

    [Fact]
    public void Engine_Construction_OrdersIndicatorsAndFindsLatestMonth()
    {
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 3, 1, 1),
            Fig(Ward, Stock, 2025, 11, 1, 1),
            Fig(Department, Flow, 2024, 12, 1, 1),
        ]);

        // FULL_ONLINE has DisplayOrder 1, DIGITIZED 2.
        Assert.Equal([Stock, Flow], engine.Indicators.Select(i => i.Code));
        Assert.Equal(M(2025, 11), engine.LatestMonthWithData);
        Assert.Null(Engine([]).LatestMonthWithData);
    }
}
