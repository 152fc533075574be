using System.Collections.Concurrent;
using System.Globalization;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Kpi;

/// <summary>
/// The ranking of each peer group and period, computed once per engine (the engine is immutable, so a ranking never
/// goes stale). Ranks by the scorecard's points, whatever rule produced them: ties, equal to four decimals, share a
/// rank (1, 2, 2, 4); units with nothing to compare come last, by name, without a rank.
/// </summary>
internal sealed class RankingCache(MeasurementIndex index, UnitScorer scorer)
{
    private const int RankTieDecimals = 4;

    /// <summary>Past this many names the keys are no longer kept (names come from the units table: a few thousand).</summary>
    private const int MaxNameKeys = 50_000;

    /// <summary>Vietnamese collation for ties; null without ICU data, where ordinal order is still stable.</summary>
    private static readonly CompareInfo? NameCollation = CreateNameCollation();

    /// <summary>
    /// Each name's collation key, kept for the process: comparing two keys is a byte comparison, where comparing two
    /// names with the culture took longer than scoring in a national ranking with many equal scores, and every engine
    /// (one per save, one per full load) ranks the same names again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, SortKey> NameKeys = new(StringComparer.Ordinal);

    private static readonly IComparer<SortKey?> ByNameKey = Comparer<SortKey?>.Create((a, b) => a is null || b is null ? 0 : SortKey.Compare(a, b));

    private readonly ConcurrentDictionary<(PeerGroup Group, Period Period), RankedUnit[]> _cache = new();

    /// <summary>
    /// Rankings of an engine before some figures changed, whose units' scores are reused where the change cannot have
    /// moved them, each with whether a unit's score in a period must be computed again.
    /// </summary>
    private readonly ConcurrentDictionary<(PeerGroup Group, Period Period), (RankedUnit[] Ranked, Func<int, Period, bool> IsChanged)> _before = new();

    /// <summary>
    /// Takes over the rankings of <paramref name="previous"/> (an engine before some figures changed) that the change
    /// cannot have moved. The others are computed again when asked for, scoring again only the units
    /// <paramref name="isUnitChanged"/> names for that period: at national scale one saved figure rescored 4,000
    /// units for each ranking shown after it.
    /// </summary>
    public void CarryOver(RankingCache previous, Func<PeerGroup, Period, bool> isAffected, Func<int, Period, bool> isUnitChanged)
    {
        foreach (var entry in previous._cache)
        {
            if (!isAffected(entry.Key.Group, entry.Key.Period))
            {
                _cache.TryAdd(entry.Key, entry.Value);
            }
            else
            {
                _before.TryAdd(entry.Key, (entry.Value, isUnitChanged));
            }
        }
    }

    /// <summary>Every unit of the group active in the period, ranked first, unranked last.</summary>
    public RankedUnit[] Get(PeerGroup group, Period period)
    {
        if (_cache.TryGetValue((group, period), out var ranked))
        {
            return ranked;
        }

        ranked = _cache.GetOrAdd((group, period), key => Compute(key.Group, key.Period));
        _before.TryRemove((group, period), out _);
        return ranked;
    }

    public Ranking Ranking(PeerGroup group, Period period)
    {
        var current = Get(group, period);
        var previousPeriod = IndicatorEvaluator.PreviousOrNull(period);
        var previousRanks = new Dictionary<int, int>();
        if (previousPeriod is not null)
        {
            foreach (var ranked in Get(group, previousPeriod))
            {
                if (ranked.Rank is { } rank)
                {
                    previousRanks[ranked.Score.Unit.UnitId] = rank;
                }
            }
        }

        var entries = new RankingEntry[current.Length];
        for (var i = 0; i < current.Length; i++)
        {
            var unitId = current[i].Score.Unit.UnitId;
            entries[i] = new RankingEntry(
                current[i].Score,
                current[i].Rank,
                previousRanks.TryGetValue(unitId, out var previousRank) ? previousRank : null);
        }

        return new Ranking(group, period, entries);
    }

    /// <summary>How many units of the group have a rank in the period: the "of N" in "rank 3 of N".</summary>
    public int RankedCount(PeerGroup group, Period period)
    {
        var ranked = Get(group, period);
        var count = 0;
        while (count < ranked.Length && ranked[count].Rank is not null)
        {
            count++;
        }

        return count;
    }

    private static CompareInfo? CreateNameCollation()
    {
        try
        {
            return Vietnam.Culture.CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static SortKey? NameKey(string name)
    {
        if (NameCollation is null)
        {
            return null;
        }

        if (NameKeys.TryGetValue(name, out var key))
        {
            return key;
        }

        key = NameCollation.GetSortKey(name);
        if (NameKeys.Count < MaxNameKeys)
        {
            NameKeys.TryAdd(name, key);
        }

        return key;
    }

    private RankedUnit[] Compute(PeerGroup group, Period period)
    {
        Dictionary<int, UnitScore>? kept = null;
        Func<int, Period, bool>? isChanged = null;
        if (_before.TryGetValue((group, period), out var before))
        {
            kept = before.Ranked.ToDictionary(r => r.Score.Unit.UnitId, r => r.Score);
            isChanged = before.IsChanged;
        }

        var scored = new List<UnitScore>();
        var unscored = new List<UnitScore>();
        for (var u = 0; u < index.Units.Count; u++)
        {
            var unit = index.Units[u];
            if (unit.PeerGroup != group || !unit.IsActiveDuring(period))
            {
                continue;
            }

            // Units, targets and settings are the previous engine's, so an unchanged unit's score is the same.
            var score = kept is not null && !isChanged!(unit.UnitId, period) && kept.TryGetValue(unit.UnitId, out var same)
                ? same
                : scorer.Score(u, period);
            // A unit with figures but nothing its rule can judge (e.g. no target in force) has earned nothing comparable: it is not ranked.
            (score.IsScorable ? scored : unscored).Add(score);
        }

        var ordered = scored
            .Select(s => (Score: s, Key: Math.Round(s.Score, RankTieDecimals, MidpointRounding.AwayFromZero)))
            .OrderByDescending(s => s.Key)
            .ThenBy(s => NameKey(s.Score.Unit.Name), ByNameKey)
            .ThenBy(s => s.Score.Unit.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Score.Unit.UnitId)
            .ToList();

        var result = new RankedUnit[scored.Count + unscored.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Key == ordered[i - 1].Key ? result[i - 1].Rank : i + 1;
            result[i] = new RankedUnit(ordered[i].Score, rank);
        }

        var position = ordered.Count;
        foreach (var score in unscored
            .OrderBy(s => NameKey(s.Unit.Name), ByNameKey)
            .ThenBy(s => s.Unit.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Unit.UnitId))
        {
            result[position++] = new RankedUnit(score, null);
        }

        return result;
    }
}

/// <summary>A unit's score and rank (null when unranked) in one ranking.</summary>
internal sealed record RankedUnit(UnitScore Score, int? Rank);
