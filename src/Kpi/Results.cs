namespace TargetsDashboard.Kpi;

/// <summary>A numerator over a denominator. Unknown when there were no figures or the denominator is zero.</summary>
/// <param name="AsOf">For a stock, the month the figures were taken from; for a flow, the last month with figures.</param>
/// <param name="MonthsWithData">How many months of the period had figures.</param>
public sealed record KpiValue(long? Numerator, long? Denominator, YearMonth? AsOf, int MonthsWithData)
{
    public static KpiValue NoData { get; } = new(null, null, null, 0);

    public bool IsKnown => Numerator is not null && Denominator is > 0;

    /// <summary>The unrounded ratio as a fraction (0.734...), or null when unknown.</summary>
    public decimal? Ratio => IsKnown ? (decimal)Numerator!.Value / Denominator!.Value : null;
}

/// <summary>The gap to the target as work a head can act on.</summary>
/// <param name="Points">Percentage points short of the threshold.</param>
/// <param name="ItemsNeeded">How many more items of the numerator, with the denominator unchanged, reach the target.</param>
public sealed record KpiGap(decimal Points, long ItemsNeeded);

/// <summary>One unit, one indicator, one period, judged against the target in force.</summary>
/// <param name="Unit">The unit, named as in the period.</param>
/// <param name="Target">The target in force at the end of the period; null when none is.</param>
/// <param name="IsClose">Not met but within the close band (always false while the band is off).</param>
/// <param name="Previous">The same figure for the previous period of the same kind.</param>
/// <param name="ChangePoints">Change of the ratio in percentage points since the previous period; null when either is unknown.</param>
public sealed record UnitIndicatorResult(
    UnitInfo Unit,
    IndicatorInfo Indicator,
    Period Period,
    KpiValue Value,
    TargetRule? Target,
    KpiStatus Status,
    KpiGap? Gap,
    bool IsClose,
    KpiValue Previous,
    decimal? ChangePoints);

/// <summary>A unit's score for a period under the engine's <see cref="Scorecard"/> (the directive's: each indicator earns its weight × min(ratio ÷ threshold, 1), unknown earns nothing).</summary>
/// <param name="Unit">The unit, named as in the period.</param>
/// <param name="Score">The points (out of 100 for the directive's scorecard).</param>
/// <param name="UnknownIndicators">Codes of indicators that earned nothing because they could not be judged (flagged on screen).</param>
/// <param name="IsScorable">The unit has something the scoring rule can compare (for the directive: a known value with a target in force): only such units are ranked.</param>
public sealed record UnitScore(
    UnitInfo Unit,
    Period Period,
    decimal Score,
    IReadOnlyList<UnitIndicatorResult> Indicators,
    IReadOnlyList<string> UnknownIndicators,
    bool IsScorable)
{
    public int MetCount => Indicators.Count(i => i.Status == KpiStatus.Met);

    public int NotMetCount => Indicators.Count(i => i.Status == KpiStatus.NotMet);

    public bool HasAnyData => Indicators.Any(i => i.Value.IsKnown);
}

/// <summary>A row of a ranking table.</summary>
/// <param name="Rank">1 is best; ties share a rank (1, 2, 2, 4). Null for a unit with nothing to judge in the period (no figures, or no target in force).</param>
/// <param name="PreviousRank">Rank in the previous period of the same kind, when it had one.</param>
public sealed record RankingEntry(UnitScore Score, int? Rank, int? PreviousRank)
{
    /// <summary>Places gained since the previous period (positive is up, ▲), null when either rank is missing.</summary>
    public int? RankChange => Rank is not null && PreviousRank is not null ? PreviousRank - Rank : null;
}

/// <summary>A ranking of one peer group for one period.</summary>
public sealed record Ranking(PeerGroup Group, Period Period, IReadOnlyList<RankingEntry> Entries);

/// <summary>The province figure for one indicator: Σ numerators ÷ Σ denominators over the units with known values.</summary>
/// <param name="UnitsExpected">Units of the group active in the period.</param>
/// <param name="UnitsReported">Units with a known value for the indicator.</param>
/// <param name="UnitsMeeting">Units whose value met the target in force for them.</param>
/// <param name="MeanOfUnitRatios">The plain mean of unit ratios, shown beside the province ratio where it helps; null when no unit is known.</param>
public sealed record ProvinceTotal(
    IndicatorInfo Indicator,
    Period Period,
    PeerGroup? Group,
    KpiValue Value,
    TargetRule? Target,
    KpiStatus Status,
    int UnitsExpected,
    int UnitsReported,
    int UnitsMeeting,
    decimal? MeanOfUnitRatios,
    KpiValue Previous,
    decimal? ChangePoints);

/// <summary>How many units reported anything for a period.</summary>
public sealed record Completeness(Period Period, PeerGroup? Group, int UnitsExpected, int UnitsReported);

/// <summary>A unit's rank over successive periods.</summary>
/// <param name="RankedCount">How many units of its peer group were ranked in the period (the N of "3/N").</param>
public sealed record RankHistoryPoint(Period Period, int? Rank, decimal? Score, int RankedCount);
