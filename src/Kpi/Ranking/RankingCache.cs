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

    private static readonly StringComparer NameComparer = CreateNameComparer();

    private readonly ConcurrentDictionary<(PeerGroup Group, Period Period), RankedUnit[]> _cache = new();

    /// <summary>
    /// Every name a unit bore, in the order ties are broken (Vietnamese, then ordinal): computed once for a set of
    /// units and shared with the engines a save makes, because comparing names with the culture took longer than
    /// scoring in a national ranking with many equal scores.
    /// </summary>
    private Lazy<Dictionary<string, int>> _nameOrder = new(() => NameOrder(index.Units));

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
        _nameOrder = previous._nameOrder;
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

    private static Dictionary<string, int> NameOrder(IReadOnlyList<UnitInfo> units)
    {
        var names = units
            .SelectMany(u => (u.FormerNames ?? []).Select(n => n.Name).Prepend(u.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(NameComparer)
            .ThenBy(n => n, StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            order[name] = order.Count;
        }

        return order;
    }

    private static StringComparer CreateNameComparer()
    {
        try
        {
            return StringComparer.Create(Vietnam.Culture, ignoreCase: false);
        }
        catch (CultureNotFoundException)
        {
            // Without ICU data the culture is missing: ordinal order is still stable.
            return StringComparer.Ordinal;
        }
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

        var nameOrder = _nameOrder.Value;
        var ordered = scored
            .Select(s => (Score: s, Key: Math.Round(s.Score, RankTieDecimals, MidpointRounding.AwayFromZero)))
            .OrderByDescending(s => s.Key)
            .ThenBy(s => nameOrder.GetValueOrDefault(s.Score.Unit.Name, int.MaxValue))
            .ThenBy(s => s.Score.Unit.Name, NameComparer)
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
            .OrderBy(s => nameOrder.GetValueOrDefault(s.Unit.Name, int.MaxValue))
            .ThenBy(s => s.Unit.Name, NameComparer)
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
