namespace TargetsDashboard.Kpi;

/// <summary>
/// Ranks units by their 766 total (out of 100) under the rule set in force in the period's end month, as directive
/// targets are chosen. Each sub-indicator is an indicator of the engine; directive targets play no part. A rate-only
/// sub-indicator travels as numerator over <see cref="Index766RuleSet.RateScale"/>, so a quarter of monthly rates is
/// their mean. A unit with no figure for any scored sub-indicator, or a period no rule set covers, is not ranked.
/// </summary>
public sealed class Index766Scoring : IScoringRule
{
    private readonly IReadOnlyList<Index766RuleSet> _ruleSets;

    public Index766Scoring(IReadOnlyList<Index766RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        if (ruleSets.Count == 0)
        {
            throw new ArgumentException("The 766 scoring needs at least one rule set.", nameof(ruleSets));
        }

        _ruleSets = ruleSets;
    }

    /// <summary>The rule set in force in the month (the latest to start when several are); null when none is.</summary>
    public Index766RuleSet? RuleSetFor(YearMonth month) =>
        _ruleSets.Where(r => r.IsInForce(month)).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();

    public ScoreOutcome Score(UnitInfo unit, IReadOnlyList<UnitIndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0 || RuleSetFor(results[0].Period.End) is not { } ruleSet)
        {
            return new ScoreOutcome(0m, [.. results.Select(r => r.Indicator.Code)], false);
        }

        var breakdown = Index766Calculator.Score(ruleSet, FiguresOf(results));
        return new ScoreOutcome(breakdown.Total, breakdown.MissingCodes, breakdown.HasAnyFigure);
    }

    /// <summary>The full breakdown behind a unit's score (for the unit's 766 page), or null when no rule set is in force.</summary>
    public Index766Breakdown? Breakdown(IReadOnlyList<UnitIndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Count == 0 || RuleSetFor(results[0].Period.End) is not { } ruleSet
            ? null
            : Index766Calculator.Score(ruleSet, FiguresOf(results));
    }

    /// <summary>The figures the engine evaluated, by code; an indicator without any month of figures is left out (no figure).</summary>
    public static IReadOnlyDictionary<string, Index766Figure> FiguresOf(IEnumerable<UnitIndicatorResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = new Dictionary<string, Index766Figure>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Value is { MonthsWithData: > 0, Numerator: { } numerator, Denominator: { } denominator })
            {
                figures[result.Indicator.Code] = new Index766Figure(numerator, denominator);
            }
        }

        return figures;
    }
}
