namespace TargetsDashboard.Kpi;

/// <summary>
/// The directive's scoring: each indicator earns weight × min(ratio ÷ threshold, 1) (a threshold of 0 is met by any
/// known ratio and earns the full weight); an indicator whose value is unknown or that has no target earns nothing and
/// is listed. The total is scaled to 100 over the sum of the weights. A unit is ranked when at least one indicator has
/// a known value and a target to judge it by.
/// </summary>
/// <param name="weights">Weight per indicator code (<c>Kpi:Weights</c>); an indicator missing here weighs 1.</param>
public sealed class DirectiveScoring(IReadOnlyDictionary<string, decimal> weights) : IScoringRule
{
    public ScoreOutcome Score(UnitInfo unit, IReadOnlyList<UnitIndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var unknown = new List<string>();
        decimal totalWeight = 0;
        decimal earned = 0;
        var scorable = false;
        foreach (var result in results)
        {
            var code = result.Indicator.Code;
            var weight = weights.TryGetValue(code, out var w) ? w : 1m;
            totalWeight += weight;
            scorable |= result.Status != KpiStatus.Unknown;
            if (result.Value.Ratio is { } ratio && result.Target is { } target)
            {
                earned += target.Threshold <= 0m ? weight : weight * Math.Min(ratio / target.Threshold, 1m);
            }
            else
            {
                unknown.Add(code);
            }
        }

        var score = totalWeight == 0m ? 0m : 100m * earned / totalWeight;
        return new ScoreOutcome(score, unknown, scorable);
    }
}
