using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class ScorecardTests
{
    [Fact]
    public void Scorecard_SecondStrategyWithoutTargets_RanksByItsPoints()
    {
        // A points rule in the 766 style: DIGITIZED up to 6 points, full at 80%; FULL_ONLINE up to 4 points, full at
        // 100%, and a zero denominator earns the full 4. No directive target is in force at all.
        // Commune: 6 × min(0.6 / 0.8, 1) = 4.5, plus 4 × 0.5 = 2 → 6.5.
        // Ward:    6 × min(0.9 / 0.8, 1) = 6,   plus a zero denominator → 4 → 10.
        // Department is in the other peer group.
        var scorecard = new Scorecard(
            "Điểm thử",
            new PointsRule(new Dictionary<string, (decimal Max, decimal FullAt, bool ZeroEarnsFull)>
            {
                [Flow] = (6m, 0.8m, false),
                [Stock] = (4m, 1m, true),
            }),
            [Flow, Stock]);
        var engine = new KpiEngine(
            DefaultUnits,
            [FlowIndicator, StockIndicator],
            [],
            [
                Fig(Commune, Flow, 2025, 8, 60, 100),
                Fig(Commune, Stock, 2025, 8, 5, 10),
                Fig(Ward, Flow, 2025, 8, 90, 100),
                Fig(Ward, Stock, 2025, 8, 0, 0),
            ],
            scorecard: scorecard);

        var ranking = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8));

        Assert.Same(scorecard, engine.Scorecard);
        Assert.Equal([Ward, Commune], ranking.Entries.Select(e => e.Score.Unit.UnitId));
        Assert.Equal([1, 2], ranking.Entries.Select(e => e.Rank));
        Assert.Equal([10m, 6.5m], ranking.Entries.Select(e => e.Score.Score));
        Assert.Equal([Flow, Stock], ranking.Entries[0].Score.Indicators.Select(i => i.Indicator.Code));
        Assert.Equal(2, engine.RankedCount(PeerGroup.CommunesAndWards, Month(2025, 8)));
    }

    [Fact]
    public void Scorecard_SubsetOfIndicators_ScoresOnlyThose()
    {
        var scorecard = new Scorecard("Một chỉ tiêu", new DirectiveScoring(new Dictionary<string, decimal>()), [Flow]);
        var engine = Engine([Fig(Commune, Flow, 2025, 8, 35, 100)], settings: null);
        var subset = new KpiEngine(DefaultUnits, [FlowIndicator, StockIndicator], DefaultTargets(), [Fig(Commune, Flow, 2025, 8, 35, 100)], scorecard: scorecard);

        // Directive over both: 100 × (0.5 + 0) / 2 = 25; over DIGITIZED alone: 100 × 0.5 = 50.
        Assert.Equal(25m, engine.Score(Commune, Month(2025, 8)).Score);
        Assert.Equal(50m, subset.Score(Commune, Month(2025, 8)).Score);
        Assert.Empty(subset.Score(Commune, Month(2025, 8)).UnknownIndicators);
    }

    [Fact]
    public void DirectiveScoring_UnknownAndNoTarget_EarnNothingFlaggedAndNotScorable()
    {
        var engine = Engine([Fig(Commune, Flow, 2025, 8, 35, 100)], targets: []);
        var results = engine.Indicators.Select(i => engine.Evaluate(Commune, i.Code, Month(2025, 8))).ToList();

        var outcome = new DirectiveScoring(new Dictionary<string, decimal>()).Score(results[0].Unit, results);

        Assert.Equal(0m, outcome.Score);
        Assert.Equal([Stock, Flow], outcome.UnscoredIndicators);
        Assert.False(outcome.IsScorable);
    }

    [Fact]
    public void Scorecard_UnknownIndicatorCode_Refused()
    {
        var scorecard = new Scorecard("Sai", new DirectiveScoring(new Dictionary<string, decimal>()), ["KHONG_CO"]);

        Assert.Throws<ArgumentException>(() => new KpiEngine(DefaultUnits, [FlowIndicator], [], [], scorecard: scorecard));
    }

    /// <summary>Max points per indicator, full at a rate, proportional below it; a zero denominator earns the full points or none.</summary>
    private sealed class PointsRule(IReadOnlyDictionary<string, (decimal Max, decimal FullAt, bool ZeroEarnsFull)> rules) : IScoringRule
    {
        public ScoreOutcome Score(UnitInfo unit, IReadOnlyList<UnitIndicatorResult> results)
        {
            decimal points = 0;
            var unscored = new List<string>();
            foreach (var result in results)
            {
                var (max, fullAt, zeroEarnsFull) = rules[result.Indicator.Code];
                if (result.Value.Ratio is { } ratio)
                {
                    points += max * Math.Min(ratio / fullAt, 1m);
                }
                else if (result.Value.Denominator == 0 && zeroEarnsFull)
                {
                    points += max;
                }
                else
                {
                    unscored.Add(result.Indicator.Code);
                }
            }

            return new ScoreOutcome(points, unscored, results.Any(r => r.Value.MonthsWithData > 0));
        }
    }
}
