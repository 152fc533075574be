namespace TargetsDashboard.Kpi;

/// <summary>
/// Who moved most and who falls behind in a ranking. One rule shared by the leaders' page and the province summary
/// report, so that a leader reading either sees the same names in the same order.
/// </summary>
public static class RankingHighlights
{
    /// <summary>A unit is listed as falling behind when it misses the target on this many indicators or more.</summary>
    public const int BelowTargetThreshold = 3;

    /// <summary>Units that gained places since the previous period, most first, then by rank; at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<RankingEntry> Risers(IEnumerable<RankingEntry> entries, int count)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.RankChange > 0).OrderByDescending(e => e.RankChange).ThenBy(e => e.Rank).Take(count)];
    }

    /// <summary>Units that lost places since the previous period, most first, then by rank; at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<RankingEntry> Fallers(IEnumerable<RankingEntry> entries, int count)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.RankChange < 0).OrderBy(e => e.RankChange).ThenBy(e => e.Rank).Take(count)];
    }

    /// <summary>Units not meeting the target on <paramref name="threshold"/> or more indicators, most misses first, then by rank (unranked last).</summary>
    public static IReadOnlyList<RankingEntry> BelowTarget(IEnumerable<RankingEntry> entries, int threshold = BelowTargetThreshold)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.Score.NotMetCount >= threshold).OrderByDescending(e => e.Score.NotMetCount).ThenBy(e => e.Rank ?? int.MaxValue)];
    }
}
