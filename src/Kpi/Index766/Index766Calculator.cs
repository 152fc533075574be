namespace TargetsDashboard.Kpi;

/// <summary>A unit's numerator over denominator for one sub-indicator and period, as the portal reports it.</summary>
public sealed record Index766Figure(long Numerator, long Denominator)
{
    /// <summary>The rate, or null when the denominator is zero.</summary>
    public decimal? Rate => Denominator > 0 ? (decimal)Numerator / Denominator : null;

    /// <summary>
    /// A sub-indicator the portal publishes only as a rate (a fraction: 0.8857 for 88,57%), kept to the portal's two
    /// decimals of a percent over <see cref="Index766RuleSet.RateScale"/> so it travels as numerator and denominator.
    /// </summary>
    public static Index766Figure FromRate(decimal rate)
    {
        if (rate < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate cannot be negative.");
        }

        return new((long)Math.Round(rate * Index766RuleSet.RateScale, MidpointRounding.AwayFromZero), Index766RuleSet.RateScale);
    }
}

/// <summary>
/// What it takes to win back a sub-indicator's lost points: <paramref name="ItemsNeeded"/> more numerator items with the
/// denominator unchanged (ceil(full-at × denominator) − numerator), gaining <paramref name="GroupPointsGained"/> in its group.
/// </summary>
public sealed record Index766WinBack(string GroupNameVi, Index766SubIndicator SubIndicator, long ItemsNeeded, decimal GroupPointsGained);

/// <summary>One sub-indicator's points. <see cref="Points"/> is unrounded; show it with <see cref="Index766Calculator.RoundForDisplay"/>.</summary>
/// <param name="Figure">Null when the unit sent no figure for it: it earns nothing and is flagged.</param>
/// <param name="WinBack">Null when it is at full points, is shown only, is published only as a rate, or has a zero denominator.</param>
public sealed record Index766SubIndicatorScore(Index766SubIndicator SubIndicator, Index766Figure? Figure, decimal Points, Index766WinBack? WinBack)
{
    public decimal? Rate => Figure?.Rate;

    public decimal MaxPoints => SubIndicator.MaxPoints;

    public decimal PointsLost => SubIndicator.MaxPoints - Points;
}

/// <summary>One group's points: the sum of its sub-indicators' points capped at its maximum (the payment formula for payment).</summary>
public sealed record Index766GroupScore(Index766Group Group, decimal Points, IReadOnlyList<Index766SubIndicatorScore> SubIndicators)
{
    public decimal MaxPoints => Group.MaxPoints;

    public decimal PointsLost => Group.MaxPoints - Points;
}

/// <summary>A unit's 766 score for a period under one rule set: total, groups, sub-indicators, and where points can be won back.</summary>
/// <param name="MissingCodes">Scored sub-indicators without a figure (earning nothing, flagged on screen).</param>
public sealed record Index766Breakdown(
    Index766RuleSet RuleSet,
    decimal Total,
    IReadOnlyList<Index766GroupScore> Groups,
    IReadOnlyList<string> MissingCodes)
{
    public decimal MaxPoints => RuleSet.MaxPoints;

    /// <summary>Whether any scored sub-indicator has a figure: a unit with none is not ranked.</summary>
    public bool HasAnyFigure => Groups.SelectMany(g => g.SubIndicators).Any(s => s.SubIndicator.IsScored && s.Figure is not null);

    /// <summary>Every sub-indicator that can win points back by more items, the largest gain first.</summary>
    public IReadOnlyList<Index766WinBack> WinBacks =>
        [.. Groups.SelectMany(g => g.SubIndicators).Select(s => s.WinBack).OfType<Index766WinBack>().OrderByDescending(w => w.GroupPointsGained)];
}

/// <summary>
/// The 766 scoring, computed unrounded: a sub-indicator earns max × min(R ÷ full-at, 1); a zero denominator earns nothing
/// or full points as its rule says; a group is the sum capped at its maximum; the total is the sum of the groups.
/// </summary>
public static class Index766Calculator
{
    /// <summary>Points as the portal shows them: two decimals, halves away from zero (4 × 79/82 = 3,853… → 3,85).</summary>
    public static decimal RoundForDisplay(decimal points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <param name="figures">Figures by sub-indicator code; a missing code means no figure was sent.</param>
    public static Index766Breakdown Score(Index766RuleSet ruleSet, IReadOnlyDictionary<string, Index766Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(figures);
        var missing = new List<string>();
        var groups = new List<Index766GroupScore>(ruleSet.Groups.Count);
        foreach (var group in ruleSet.Groups)
        {
            var points = new decimal[group.SubIndicators.Count];
            var figureOf = new Index766Figure?[group.SubIndicators.Count];
            for (var i = 0; i < points.Length; i++)
            {
                var sub = group.SubIndicators[i];
                figureOf[i] = figures.GetValueOrDefault(sub.Code);
                points[i] = PointsOf(sub, figureOf[i]);
                if (sub.IsScored && figureOf[i] is null)
                {
                    missing.Add(sub.Code);
                }
            }

            var groupPoints = GroupPoints(group, points);
            var subScores = new Index766SubIndicatorScore[points.Length];
            for (var i = 0; i < points.Length; i++)
            {
                subScores[i] = new(group.SubIndicators[i], figureOf[i], points[i], WinBackOf(group, points, i, figureOf[i], groupPoints));
            }

            groups.Add(new(group, groupPoints, subScores));
        }

        return new(ruleSet, groups.Sum(g => g.Points), groups, missing);
    }

    /// <summary>max × min(R ÷ full-at, 1); a zero denominator by the sub-indicator's rule; no figure earns nothing.</summary>
    public static decimal PointsOf(Index766SubIndicator sub, Index766Figure? figure)
    {
        ArgumentNullException.ThrowIfNull(sub);
        if (!sub.IsScored || figure is null)
        {
            return 0m;
        }

        if (figure.Rate is not { } rate)
        {
            return sub.ZeroDenominator == ZeroDenominatorRule.EarnsFull ? sub.MaxPoints : 0m;
        }

        return sub.FullAt <= 0m ? sub.MaxPoints : sub.MaxPoints * Math.Min(rate / sub.FullAt, 1m);
    }

    private static decimal GroupPoints(Index766Group group, IReadOnlyList<decimal> points) => Math.Min(group.MaxPoints, points.Sum());

    private static Index766WinBack? WinBackOf(Index766Group group, decimal[] points, int index, Index766Figure? figure, decimal groupPoints)
    {
        var sub = group.SubIndicators[index];
        if (!sub.IsScored || sub.IsRateOnly || figure is not { Denominator: > 0 } || points[index] >= sub.MaxPoints)
        {
            return null;
        }

        var needed = (long)decimal.Ceiling(sub.FullAt * figure.Denominator) - figure.Numerator;
        if (needed <= 0)
        {
            return null;
        }

        // The gain is the group's, so a capped group (payment) never promises more than its maximum.
        var atFull = (decimal[])points.Clone();
        atFull[index] = sub.MaxPoints;
        var gained = GroupPoints(group, atFull) - groupPoints;
        return gained > 0m ? new Index766WinBack(group.NameVi, sub, needed, gained) : null;
    }
}
