using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class ScoreTests
{
    [Fact]
    public void Score_UnknownIndicator_EarnsNothingAndIsFlagged()
    {
        // DIGITIZED 70 / 100 at its 70% target earns 1; FULL_ONLINE has no data and earns 0: 100 × 1 / 2 = 50.
        var engine = Engine([Fig(Commune, Flow, 2025, 7, 70, 100)]);

        var score = engine.Score(Commune, Month(2025, 7));

        Assert.Equal(50m, score.Score);
        Assert.Equal([Stock], score.UnknownIndicators);
        Assert.Equal(1, score.MetCount);
        Assert.True(score.HasAnyData);
    }

    [Fact]
    public void Score_BelowTarget_EarnsProportionally()
    {
        // DIGITIZED 35 / 100 vs 70%: 0.35 / 0.7 = 0.5; FULL_ONLINE 9 / 10 vs 80%: min(1.125, 1) = 1.
        // 100 × (0.5 + 1) / 2 = 75.
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 35, 100),
            Fig(Commune, Stock, 2025, 7, 9, 10),
        ]);

        var score = engine.Score(Commune, Month(2025, 7));

        Assert.Equal(75m, score.Score);
        Assert.Empty(score.UnknownIndicators);
        Assert.Equal([Stock, Flow], score.Indicators.Select(i => i.Indicator.Code));
    }

    [Fact]
    public void Score_WeightsFromSettings_ChangeScore()
    {
        // Same figures, DIGITIZED weighs 3: 100 × (3 × 0.5 + 1 × 1) / (3 + 1) = 62.5.
        var settings = new KpiSettings { Weights = new Dictionary<string, decimal> { [Flow] = 3m } };
        var engine = Engine(
        [
            Fig(Commune, Flow, 2025, 7, 35, 100),
            Fig(Commune, Stock, 2025, 7, 9, 10),
        ],
            settings: settings);

        Assert.Equal(62.5m, engine.Score(Commune, Month(2025, 7)).Score);
    }

    [Fact]
    public void Score_ZeroThreshold_EarnsFullWeight()
    {
        // A 0% target is met by any known ratio: 100 × (1 + 0) / 2 = 50 with FULL_ONLINE unknown.
        var engine = Engine(
            [Fig(Commune, Flow, 2025, 7, 0, 10)],
            targets: [Rule(Flow, 0m, M(2025, 1)), Rule(Stock, 0.8m, M(2025, 1))]);

        Assert.Equal(50m, engine.Score(Commune, Month(2025, 7)).Score);
    }
}
