using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Index766;

/// <summary>A national rank as the pages show it.</summary>
public sealed record NationalRankEntry(YearMonth Month, int Rank, int OutOf, decimal? Score, string Source);

/// <summary>
/// The 766 index as the pages and reports read it: its own engine (the sub-indicators as indicators, scored by
/// <see cref="Index766Scoring"/> over the stored rule sets), the rule sets, and the province's national ranks.
/// </summary>
public sealed record Index766Snapshot(
    KpiEngine Engine,
    Index766Scoring Scoring,
    IReadOnlyList<Index766RuleSet> RuleSets,
    IReadOnlyList<NationalRankEntry> NationalRanks,
    YearMonth? FirstMonth)
{
    /// <summary>The latest month with 766 figures.</summary>
    public YearMonth? LastMonth => Engine.LatestMonthWithData;

    /// <summary>A unit's breakdown for the period under the rule set in force at its end; null when none is.</summary>
    public Index766Breakdown? Breakdown(int unitId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Scoring.Breakdown(Engine.Score(unitId, period).Indicators);
    }

    /// <summary>
    /// The province's breakdown: each sub-indicator's numerators and denominators summed over the units active in the
    /// period. The province's own figures on the portal also count bodies that are not units here; these are the units'.
    /// </summary>
    public Index766Breakdown? ProvinceBreakdown(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (Scoring.RuleSetFor(period.End) is not { } ruleSet)
        {
            return null;
        }

        // Summed here, not by Engine.Total: a zero denominator is a figure (it may earn full points), not an unknown.
        var units = Engine.ActiveUnits(null, period);
        var figures = new Dictionary<string, Index766Figure>(StringComparer.Ordinal);
        foreach (var sub in ruleSet.SubIndicators.Where(s => Engine.Indicators.Any(i => i.Code == s.Code)))
        {
            long numerator = 0, denominator = 0;
            var sent = false;
            foreach (var unit in units)
            {
                if (Engine.Value(unit.UnitId, sub.Code, period) is { MonthsWithData: > 0, Numerator: { } n, Denominator: { } d })
                {
                    (numerator, denominator, sent) = (numerator + n, denominator + d, true);
                }
            }

            if (sent)
            {
                figures[sub.Code] = new Index766Figure(numerator, denominator);
            }
        }

        return Index766Calculator.Score(ruleSet, figures);
    }

    internal static async Task<Index766Snapshot?> LoadAsync(
        TargetsDbContext db,
        IReadOnlyList<UnitInfo> units,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<Kpi.Measurement> measurements,
        CancellationToken cancellationToken)
    {
        var ruleSets = await Index766Store.LoadRuleSetsAsync(db, cancellationToken);
        if (ruleSets.Count == 0)
        {
            return null;
        }

        var scoring = new Index766Scoring(ruleSets);
        // Every sub-indicator goes to the scoring, the shown-only ones too: they earn nothing, but the breakdown carries
        // their figures (overdue dossiers, complaint classes) for the pages and reports.
        var infos = indicators.Select(i => new IndicatorInfo(i.Code, i.NameVi, Aggregation.Flow, i.CountedOver, i.NumeratorItemVi, i.DisplayOrder)).ToList();
        var scorecard = new Scorecard("Chỉ số 766", scoring, [.. infos.Select(i => i.Code)]);
        var engine = new KpiEngine(units, infos, [], measurements, scorecard: scorecard);
        var ranks = await db.NationalRanks.AsNoTracking().OrderBy(r => r.Month).ToListAsync(cancellationToken);
        return new Index766Snapshot(
            engine,
            scoring,
            ruleSets,
            [.. ranks.Select(r => new NationalRankEntry(YearMonth.FromDate(r.Month), r.Rank, r.OutOf, r.Score, r.Source))],
            measurements.Count == 0 ? null : measurements.Min(m => m.Month));
    }
}
