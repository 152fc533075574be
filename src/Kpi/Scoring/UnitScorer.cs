namespace TargetsDashboard.Kpi;

/// <summary>Scores a unit for a period under the engine's scorecard: evaluates the scorecard's indicators and asks its rule.</summary>
internal sealed class UnitScorer
{
    private readonly MeasurementIndex _index;
    private readonly IndicatorEvaluator _evaluator;
    private readonly IScoringRule _rule;
    private readonly int[] _indicators;

    public UnitScorer(MeasurementIndex index, IndicatorEvaluator evaluator, Scorecard scorecard)
    {
        _index = index;
        _evaluator = evaluator;
        _rule = scorecard.Rule ?? throw new ArgumentException("A scorecard needs a scoring rule.", nameof(scorecard));
        _indicators = scorecard.IndicatorCodes is { } codes
            ? [.. codes.Select(index.IndicatorIndexOf)]
            : [.. Enumerable.Range(0, index.Indicators.Count)];
        Scorecard = scorecard;
    }

    public Scorecard Scorecard { get; }

    public UnitScore Score(int unitIndex, Period period)
    {
        var results = new UnitIndicatorResult[_indicators.Length];
        for (var i = 0; i < _indicators.Length; i++)
        {
            results[i] = _evaluator.Evaluate(unitIndex, _indicators[i], period);
        }

        var unit = _index.Units[unitIndex].In(period);
        var outcome = _rule.Score(unit, results);
        return new UnitScore(unit, period, outcome.Score, results, outcome.UnscoredIndicators, outcome.IsScorable);
    }
}
