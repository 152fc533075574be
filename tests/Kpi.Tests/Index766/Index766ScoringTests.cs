using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests.Index766;

/// <summary>The 766 index as a scorecard of the engine: each sub-indicator an indicator, units ranked by the total.</summary>
public sealed class Index766ScoringTests
{
    private static readonly Index766RuleSet Rules = Index766RuleSet.Portal2025;

    [Fact]
    public void Portal2025_Groups_MatchTheTableAndAddUpTo100()
    {
        Assert.Equal(["PUBLICITY", "PROGRESS", "ONLINE", "PAYMENT", "DIGITISATION", "SATISFACTION"], Rules.Groups.Select(g => g.Code));
        Assert.Equal([18m, 20m, 12m, 10m, 22m, 18m], Rules.Groups.Select(g => g.MaxPoints));
        Assert.Equal(100m, Rules.MaxPoints);
        Assert.All(
            Rules.Groups.Where(g => g.FormulaVi is null),
            g => Assert.Equal(g.MaxPoints, g.SubIndicators.Sum(s => s.MaxPoints)));
        Assert.Equal("6·A + min(2; 2,5·B) + 2,5·C", Rules.Groups.Single(g => g.Code == "PAYMENT").FormulaVi);
        Assert.Equal(
            ["ELECTRONIC_CERTIFIED_COPY", "PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION"],
            Rules.SubIndicators.Where(s => s.ZeroDenominator == ZeroDenominatorRule.EarnsFull).Select(s => s.Code));
        Assert.Equal(["ONLINE_SERVICE"], Rules.SubIndicators.Where(s => s.IsRateOnly).Select(s => s.Code));
        Assert.Equal(
            ["OVERDUE", "PETITION_CLASSIFICATION_TTHC", "PETITION_CLASSIFICATION_STAFF"],
            Rules.SubIndicators.Where(s => !s.IsScored).Select(s => s.Code));
        Assert.True(Rules.IsInForce(M(2025, 1)));
        Assert.False(Rules.IsInForce(M(2024, 12)));
    }

    [Fact]
    public void Scorecard766_TwoCommunes_RankedByTotal()
    {
        // The ward has every rate full: 100. The commune lacks 45 of 580 digitised dossiers: 100 − 4 × 45 ÷ 580 = 99,69.
        var engine = Engine766([.. FullFigures(Ward, 2025, 8), .. FullFigures(Commune, 2025, 8, ("SO_HOA_GIAY_TO_GIAI_QUYET", 535, 580))]);

        var ranking = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8));

        Assert.Equal("Chỉ số 766", engine.Scorecard.Name);
        Assert.Equal([Ward, Commune], ranking.Entries.Select(e => e.Score.Unit.UnitId));
        Assert.Equal([1, 2], ranking.Entries.Select(e => e.Rank));
        Assert.Equal([100m, 99.69m], ranking.Entries.Select(e => Index766Calculator.RoundForDisplay(e.Score.Score)));
        Assert.Empty(ranking.Entries[0].Score.UnknownIndicators);
    }

    [Fact]
    public void Scorecard766_UnitWithoutFigures_NotRankedAndFlagged()
    {
        var engine = Engine766([.. FullFigures(Commune, 2025, 8)]);

        var ranking = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8));
        var ward = ranking.Entries.Single(e => e.Score.Unit.UnitId == Ward);

        Assert.Null(ward.Rank);
        Assert.False(ward.Score.IsScorable);
        Assert.Contains("ON_TIME", ward.Score.UnknownIndicators);
        Assert.Equal(1, engine.RankedCount(PeerGroup.CommunesAndWards, Month(2025, 8)));
    }

    [Fact]
    public void Scorecard766_QuarterOfMonths_SumsNumeratorsAndDenominators()
    {
        // July 30 of 40 on time, August 50 of 60: the quarter is 80 of 100 → 16 of 20 points, the rest full.
        var engine = Engine766(
        [
            .. FullFigures(Commune, 2025, 7, ("ON_TIME", 30, 40)),
            .. FullFigures(Commune, 2025, 8, ("ON_TIME", 50, 60)),
        ]);

        var score = engine.Score(Commune, Period.ForQuarter(2025, 3));

        Assert.Equal(96m, score.Score);
    }

    [Fact]
    public void Index766Scoring_PeriodBeforeAnyRuleSet_NotScorable()
    {
        var engine = Engine766([.. FullFigures(Commune, 2024, 12)]);

        var score = engine.Score(Commune, Month(2024, 12));

        Assert.False(score.IsScorable);
        Assert.Equal(0m, score.Score);
    }

    [Fact]
    public void Index766Scoring_LaterRuleSet_TakesOverFromItsMonth()
    {
        var heavierOnTime = Rules with
        {
            Source = "Quy tắc thử",
            EffectiveFrom = M(2026, 1),
            Groups = [new Index766Group("PROGRESS", "Tiến độ giải quyết", 100m, [Rules.Find("ON_TIME")! with { MaxPoints = 100m }])],
        };
        var scoring = new Index766Scoring([Rules, heavierOnTime]);
        var scorecard = new Scorecard("Chỉ số 766", scoring, ["ON_TIME"]);
        var engine = new KpiEngine(DefaultUnits, Rules.ToIndicators(), [], [Fig(Commune, "ON_TIME", 2025, 12, 1, 2), Fig(Commune, "ON_TIME", 2026, 1, 1, 2)], scorecard: scorecard);

        Assert.Equal(10m, engine.Score(Commune, Month(2025, 12)).Score);
        Assert.Equal(50m, engine.Score(Commune, Month(2026, 1)).Score);
        Assert.Same(heavierOnTime, scoring.RuleSetFor(M(2026, 1)));
    }

    [Fact]
    public void Index766Scoring_BreakdownOfEngineResults_ListsWinBack()
    {
        var engine = Engine766([.. FullFigures(Commune, 2025, 8, ("SO_HOA_GIAY_TO_GIAI_QUYET", 535, 580))]);
        var scoring = (Index766Scoring)engine.Scorecard.Rule;

        var breakdown = scoring.Breakdown(engine.Score(Commune, Month(2025, 8)).Indicators)!;

        var winBack = Assert.Single(breakdown.WinBacks);
        Assert.Equal(45, winBack.ItemsNeeded);
        Assert.Equal(0.31m, Index766Calculator.RoundForDisplay(winBack.GroupPointsGained));
        Assert.Equal(breakdown.Total, engine.Score(Commune, Month(2025, 8)).Score);
    }

    [Fact]
    public void Index766Scoring_NoRuleSet_Refused()
    {
        Assert.Throws<ArgumentException>(() => new Index766Scoring([]));
    }

    private static KpiEngine Engine766(IEnumerable<Measurement> measurements) =>
        new(DefaultUnits, Rules.ToIndicators(), [], measurements, scorecard: Rules.ToScorecard());

    /// <summary>Every scored sub-indicator at 12 of 12 (the rate-only one at 100%), except the overrides.</summary>
    private static IEnumerable<Measurement> FullFigures(int unitId, int year, int month, params (string Code, long Numerator, long Denominator)[] overrides)
    {
        foreach (var sub in Rules.SubIndicators.Where(s => s.IsScored))
        {
            var figure = sub.IsRateOnly ? Index766Figure.FromRate(1m) : new Index766Figure(12, 12);
            foreach (var (code, numerator, denominator) in overrides)
            {
                if (code == sub.Code)
                {
                    figure = new Index766Figure(numerator, denominator);
                }
            }

            yield return Fig(unitId, sub.Code, year, month, figure.Numerator, figure.Denominator);
        }
    }
}
