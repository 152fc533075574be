namespace TargetsDashboard.Kpi;

/// <summary>
/// How a scorecard turns a unit's judged indicators into points. The ranking only reads the outcome, so a new rule
/// set (the 766 index: groups with maximum points, a full-points rate per sub-indicator, what a zero denominator
/// earns, formulas over several rates) is a new implementation, with no change to ranking or totals.
/// </summary>
public interface IScoringRule
{
    /// <param name="results">The scorecard's indicators for one unit and period, in the scorecard's order, each with its value and target.</param>
    ScoreOutcome Score(UnitInfo unit, IReadOnlyList<UnitIndicatorResult> results);
}

/// <summary>What a unit earned under a scoring rule.</summary>
/// <param name="Score">The points; units rank by them, highest first.</param>
/// <param name="UnscoredIndicators">Codes of indicators that earned nothing because they could not be judged (flagged on screen).</param>
/// <param name="IsScorable">Whether the unit has anything that can be compared: only such units get a rank.</param>
public sealed record ScoreOutcome(decimal Score, IReadOnlyList<string> UnscoredIndicators, bool IsScorable);
