namespace TargetsDashboard.Kpi;

/// <summary>
/// One unit's win-back seen from the province: the unit adds <see cref="Index766WinBack.ItemsNeeded"/> items, which
/// raises the province's figure for the sub-indicator by as many, and the province gains <paramref name="ProvincePointsGained"/>.
/// </summary>
public sealed record Index766ProvinceGain(int UnitId, Index766WinBack WinBack, decimal ProvincePointsGained);

/// <summary>
/// Which units' improvements add most to the province's 766 score. The province's figures here are the sum of its units'
/// (the figures given to <see cref="Largest"/>), so one unit's added items add to the province's numerator alone.
/// </summary>
public static class Index766ProvinceGains
{
    /// <param name="unitBreakdowns">Each unit's breakdown for the period, by unit id.</param>
    /// <param name="take">How many to return, the largest gain first (ties by items needed, fewer first).</param>
    public static IReadOnlyList<Index766ProvinceGain> Largest(
        Index766RuleSet ruleSet,
        IReadOnlyDictionary<string, Index766Figure> provinceFigures,
        IReadOnlyDictionary<int, Index766Breakdown> unitBreakdowns,
        int take)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(provinceFigures);
        ArgumentNullException.ThrowIfNull(unitBreakdowns);
        var baseline = Index766Calculator.Score(ruleSet, provinceFigures).Total;
        var gains = new List<Index766ProvinceGain>();
        foreach (var (unitId, breakdown) in unitBreakdowns)
        {
            foreach (var winBack in breakdown.WinBacks)
            {
                if (!provinceFigures.TryGetValue(winBack.SubIndicator.Code, out var province))
                {
                    continue;
                }

                var improved = new Dictionary<string, Index766Figure>(provinceFigures, StringComparer.Ordinal)
                {
                    [winBack.SubIndicator.Code] = province with { Numerator = Math.Min(province.Denominator, province.Numerator + winBack.ItemsNeeded) },
                };
                var gained = Index766Calculator.Score(ruleSet, improved).Total - baseline;
                if (gained > 0m)
                {
                    gains.Add(new Index766ProvinceGain(unitId, winBack, gained));
                }
            }
        }

        return [.. gains.OrderByDescending(g => g.ProvincePointsGained).ThenBy(g => g.WinBack.ItemsNeeded).ThenBy(g => g.UnitId).Take(Math.Max(0, take))];
    }

    /// <summary>The figures a breakdown was computed from, by code (for the province's own breakdown).</summary>
    public static IReadOnlyDictionary<string, Index766Figure> FiguresOf(Index766Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        return breakdown.Groups.SelectMany(g => g.SubIndicators)
            .Where(s => s.Figure is not null)
            .ToDictionary(s => s.SubIndicator.Code, s => s.Figure!, StringComparer.Ordinal);
    }
}
