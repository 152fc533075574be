namespace TargetsDashboard.Kpi;

/// <summary>
/// What units are scored and ranked by: a set of indicators and the rule that turns them into points.
/// </summary>
/// <param name="Name">What the score is called where it is shown or logged.</param>
/// <param name="IndicatorCodes">The indicators scored, in the order the rule receives them; null for every indicator of the engine, in display order.</param>
public sealed record Scorecard(string Name, IScoringRule Rule, IReadOnlyList<string>? IndicatorCodes = null)
{
    /// <summary>
    /// The directive's scorecard (Công văn 4912/UBND-HCC): every indicator, each earning its weight × min(ratio ÷ target, 1),
    /// scaled to 100; an indicator without a known value or a target earns nothing and is flagged.
    /// </summary>
    public static Scorecard Directive(IReadOnlyDictionary<string, decimal>? weights = null) =>
        new("Chỉ tiêu cải cách TTHC", new DirectiveScoring(weights ?? new Dictionary<string, decimal>()));
}
