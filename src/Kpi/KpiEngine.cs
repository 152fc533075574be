using System.Collections.Concurrent;
using System.Globalization;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Kpi;

/// <summary>
/// Computes values, statuses, scores, rankings and province totals from monthly measurements.
/// Immutable once built: measurements are indexed once, by unit and indicator, in month order, so a
/// value over any period is two binary searches and a short loop. Safe to share between threads.
/// </summary>
/// <remarks>
/// A period is judged by the target in force in its <b>end</b> month (<see cref="Period.End"/>): a quarter
/// or a year is held to the target that applies when it closes, and a series of months judges each month
/// by the target then in force.
/// </remarks>
public sealed class KpiEngine
{
    private const int RankTieDecimals = 4;

    private static readonly StringComparer NameComparer = CreateNameComparer();

    private readonly Dictionary<int, int> _unitIndex;
    private readonly Dictionary<string, int> _indicatorIndex;
    private readonly Dictionary<string, TargetRule[]> _targetsByIndicator;
    private readonly Series?[] _series;
    private readonly ConcurrentDictionary<(PeerGroup Group, Period Period), RankedUnit[]> _rankCache = new();

    public KpiEngine(
        IReadOnlyList<UnitInfo> units,
        IReadOnlyList<IndicatorInfo> indicators,
        IReadOnlyList<TargetRule> targets,
        IEnumerable<Measurement> measurements,
        KpiSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(measurements);

        Units = units;
        Settings = settings ?? new KpiSettings();
        Indicators = [.. indicators.OrderBy(i => i.DisplayOrder).ThenBy(i => i.Code, StringComparer.Ordinal)];

        _unitIndex = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            if (!_unitIndex.TryAdd(units[i].UnitId, i))
            {
                throw new ArgumentException($"Unit id {units[i].UnitId} appears more than once.", nameof(units));
            }
        }

        _indicatorIndex = new Dictionary<string, int>(Indicators.Count, StringComparer.Ordinal);
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (!_indicatorIndex.TryAdd(Indicators[i].Code, i))
            {
                throw new ArgumentException($"Indicator code {Indicators[i].Code} appears more than once.", nameof(indicators));
            }
        }

        _targetsByIndicator = targets
            .GroupBy(t => t.IndicatorCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        _series = BuildSeries(measurements, out var latest);
        LatestMonthWithData = latest;
    }

    /// <summary>The units as given.</summary>
    public IReadOnlyList<UnitInfo> Units { get; }

    /// <summary>The indicators ordered by <see cref="IndicatorInfo.DisplayOrder"/>, then code.</summary>
    public IReadOnlyList<IndicatorInfo> Indicators { get; }

    public KpiSettings Settings { get; }

    /// <summary>The latest month of any measurement; null when there are none.</summary>
    public YearMonth? LatestMonthWithData { get; }

    /// <summary>
    /// The figure of a unit for an indicator over a period: for a flow the sums over the months with figures,
    /// for a stock the figures of the last month with figures. <see cref="KpiValue.NoData"/> without figures.
    /// </summary>
    public KpiValue Value(int unitId, string indicatorCode, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ValueAt(UnitIndexOf(unitId), IndicatorIndexOf(indicatorCode), period);
    }

    /// <summary>
    /// The target in force in <paramref name="month"/> for units of <paramref name="kind"/>: a rule for that
    /// kind is preferred over one for every kind, then the latest <see cref="TargetRule.EffectiveFrom"/>.
    /// To judge a period, pass its end month.
    /// </summary>
    public TargetRule? TargetFor(string indicatorCode, UnitKind kind, YearMonth month)
    {
        IndicatorIndexOf(indicatorCode);
        return SelectTarget(indicatorCode, month, kind);
    }

    /// <summary>
    /// One unit and indicator over a period, judged by the target in force in the period's end month.
    /// </summary>
    public UnitIndicatorResult Evaluate(int unitId, string indicatorCode, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return EvaluateAt(UnitIndexOf(unitId), IndicatorIndexOf(indicatorCode), period);
    }

    /// <summary>
    /// The unit's score out of 100: each indicator earns weight × min(ratio ÷ threshold, 1); an indicator whose
    /// value is unknown or that has no target earns nothing and is listed in <see cref="UnitScore.UnknownIndicators"/>.
    /// </summary>
    public UnitScore Score(int unitId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ScoreAt(UnitIndexOf(unitId), period);
    }

    /// <summary>
    /// Ranks the units of a peer group active in the period by score (ties, equal to four decimals, share a rank:
    /// 1, 2, 2, 4). Units without any known indicator have no rank and come last, by name.
    /// </summary>
    public Ranking Rank(PeerGroup group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var current = RankCore(group, period);
        var previousPeriod = PreviousOrNull(period);
        var previousRanks = new Dictionary<int, int>();
        if (previousPeriod is not null)
        {
            foreach (var ranked in RankCore(group, previousPeriod))
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

    /// <summary>
    /// The total of an indicator over the units of a group (all units when <paramref name="group"/> is null) active
    /// in the period: Σ numerators ÷ Σ denominators over the units whose value is known. The total is judged by the
    /// target for the group's unit kind at the period's end (the rule for every kind when the group is null or
    /// mixes kinds); <see cref="ProvinceTotal.UnitsMeeting"/> judges each unit by its own target.
    /// </summary>
    public ProvinceTotal Total(string indicatorCode, PeerGroup? group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var indicatorIndex = IndicatorIndexOf(indicatorCode);
        var indicator = Indicators[indicatorIndex];

        var expected = 0;
        var reported = 0;
        var meeting = 0;
        long numerator = 0;
        long denominator = 0;
        var monthsWithData = 0;
        YearMonth? asOf = null;
        decimal ratioSum = 0;
        UnitKind? singleKind = null;
        var mixedKinds = false;

        for (var u = 0; u < Units.Count; u++)
        {
            var unit = Units[u];
            if (!InGroup(unit, group) || !IsActiveDuring(unit, period))
            {
                continue;
            }

            expected++;
            if (singleKind is null)
            {
                singleKind = unit.Kind;
            }
            else if (singleKind != unit.Kind)
            {
                mixedKinds = true;
            }

            var value = ValueAt(u, indicatorIndex, period);
            if (!value.IsKnown)
            {
                continue;
            }

            reported++;
            numerator += value.Numerator!.Value;
            denominator += value.Denominator!.Value;
            monthsWithData = Math.Max(monthsWithData, value.MonthsWithData);
            if (asOf is null || value.AsOf > asOf)
            {
                asOf = value.AsOf;
            }

            var ratio = value.Ratio!.Value;
            ratioSum += ratio;
            var unitTarget = SelectTarget(indicator.Code, period.End, unit.Kind);
            if (unitTarget is not null && unitTarget.IsMetBy(ratio))
            {
                meeting++;
            }
        }

        var total = reported == 0 ? KpiValue.NoData : new KpiValue(numerator, denominator, asOf, monthsWithData);

        var target = group is null || mixedKinds
            ? SelectTarget(indicator.Code, period.End, kind: null)
            : SelectTarget(indicator.Code, period.End, singleKind ?? (group == PeerGroup.Departments ? UnitKind.Department : null));

        var status = StatusOf(total, target);
        var previousPeriod = PreviousOrNull(period);
        var previous = previousPeriod is null ? KpiValue.NoData : TotalValue(indicatorIndex, group, previousPeriod);

        return new ProvinceTotal(
            indicator,
            period,
            group,
            total,
            target,
            status,
            expected,
            reported,
            meeting,
            reported == 0 ? null : ratioSum / reported,
            previous,
            ChangeInPoints(total, previous));
    }

    /// <summary>
    /// Units of the group (all when null) active in the period, and how many of them sent at least one
    /// measurement in it (any indicator; a zero denominator counts as sent).
    /// </summary>
    public Completeness Completeness(PeerGroup? group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var expected = 0;
        var reported = 0;
        for (var u = 0; u < Units.Count; u++)
        {
            var unit = Units[u];
            if (!InGroup(unit, group) || !IsActiveDuring(unit, period))
            {
                continue;
            }

            expected++;
            for (var i = 0; i < Indicators.Count; i++)
            {
                if (_series[SeriesIndex(u, i)] is { } series && series.CountIn(period.Start.Index, period.End.Index) > 0)
                {
                    reported++;
                    break;
                }
            }
        }

        return new Completeness(period, group, expected, reported);
    }

    /// <summary>
    /// The unit's rank and score in its peer group for each period. Rank and score are null where the unit was
    /// not active or had no known indicator.
    /// </summary>
    public IReadOnlyList<RankHistoryPoint> RankHistory(int unitId, IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var unit = Units[UnitIndexOf(unitId)];
        var points = new List<RankHistoryPoint>();
        foreach (var period in periods)
        {
            ArgumentNullException.ThrowIfNull(period);
            var ranked = Array.Find(RankCore(unit.PeerGroup, period), r => r.Score.Unit.UnitId == unitId);
            points.Add(ranked?.Rank is { } rank
                ? new RankHistoryPoint(period, rank, ranked.Score.Score)
                : new RankHistoryPoint(period, null, null));
        }

        return points;
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

    private static bool InGroup(UnitInfo unit, PeerGroup? group) => group is null || unit.PeerGroup == group;

    /// <summary>Active in the period's end month or in any other month of it.</summary>
    private static bool IsActiveDuring(UnitInfo unit, Period period) =>
        (unit.ActiveFrom is null || unit.ActiveFrom.Value <= period.End)
        && (unit.ActiveTo is null || unit.ActiveTo.Value >= period.Start);

    private static Period? PreviousOrNull(Period period)
    {
        try
        {
            return period.Previous();
        }
        catch (ArgumentOutOfRangeException)
        {
            // Before the first representable year there is no previous period.
            return null;
        }
    }

    private static KpiStatus StatusOf(KpiValue value, TargetRule? target)
    {
        if (target is null || value.Ratio is not { } ratio)
        {
            return KpiStatus.Unknown;
        }

        return target.IsMetBy(ratio) ? KpiStatus.Met : KpiStatus.NotMet;
    }

    private static decimal? ChangeInPoints(KpiValue current, KpiValue previous) =>
        current.Ratio is { } now && previous.Ratio is { } before ? (now - before) * 100m : null;

    /// <summary>
    /// Points short of the threshold, and the smallest number of extra numerator items, with the denominator
    /// unchanged, that meets the comparison. When the target cannot be reached with the denominator fixed
    /// (a threshold above 100%, or "greater than 100%"), the formula value is returned even though it exceeds
    /// denominator − numerator.
    /// </summary>
    private static KpiGap GapOf(KpiValue value, TargetRule target)
    {
        var numerator = value.Numerator!.Value;
        var denominator = value.Denominator!.Value;
        var ratio = value.Ratio!.Value;
        var required = target.Threshold * denominator;
        var neededNumerator = target.Comparison == Comparison.GreaterThan
            ? decimal.Floor(required) + 1m
            : decimal.Ceiling(required);
        var items = Math.Max(0L, (long)neededNumerator - numerator);
        return new KpiGap((target.Threshold - ratio) * 100m, items);
    }

    private Series?[] BuildSeries(IEnumerable<Measurement> measurements, out YearMonth? latest)
    {
        var pending = new List<Measurement>?[Units.Count * Indicators.Count];
        latest = null;
        foreach (var m in measurements)
        {
            if (!_unitIndex.TryGetValue(m.UnitId, out var unitIndex))
            {
                throw new ArgumentException($"Measurement for unknown unit id {m.UnitId}.", nameof(measurements));
            }

            if (m.IndicatorCode is null || !_indicatorIndex.TryGetValue(m.IndicatorCode, out var indicatorIndex))
            {
                throw new ArgumentException($"Measurement for unknown indicator code {m.IndicatorCode}.", nameof(measurements));
            }

            var slot = SeriesIndex(unitIndex, indicatorIndex);
            (pending[slot] ??= []).Add(m);
            if (latest is null || m.Month > latest.Value)
            {
                latest = m.Month;
            }
        }

        var series = new Series?[pending.Length];
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is { } list)
            {
                series[i] = Series.From(list);
            }
        }

        return series;
    }

    private int SeriesIndex(int unitIndex, int indicatorIndex) => (unitIndex * Indicators.Count) + indicatorIndex;

    private int UnitIndexOf(int unitId) =>
        _unitIndex.TryGetValue(unitId, out var index)
            ? index
            : throw new ArgumentException($"Unknown unit id {unitId}.", nameof(unitId));

    private int IndicatorIndexOf(string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return _indicatorIndex.TryGetValue(indicatorCode, out var index)
            ? index
            : throw new ArgumentException($"Unknown indicator code {indicatorCode}.", nameof(indicatorCode));
    }

    /// <summary>Null <paramref name="kind"/> accepts only rules for every kind.</summary>
    private TargetRule? SelectTarget(string indicatorCode, YearMonth month, UnitKind? kind)
    {
        if (!_targetsByIndicator.TryGetValue(indicatorCode, out var rules))
        {
            return null;
        }

        TargetRule? best = null;
        foreach (var rule in rules)
        {
            var inForce = kind is { } k
                ? rule.IsInForce(month, k)
                : rule.AppliesTo is null && month >= rule.EffectiveFrom && (rule.EffectiveTo is null || month <= rule.EffectiveTo.Value);
            if (inForce && (best is null || IsPreferred(rule, best)))
            {
                best = rule;
            }
        }

        return best;
    }

    private static bool IsPreferred(TargetRule candidate, TargetRule current)
    {
        var candidateSpecific = candidate.AppliesTo is not null;
        var currentSpecific = current.AppliesTo is not null;
        if (candidateSpecific != currentSpecific)
        {
            return candidateSpecific;
        }

        if (candidate.EffectiveFrom != current.EffectiveFrom)
        {
            return candidate.EffectiveFrom > current.EffectiveFrom;
        }

        return candidate.TargetId > current.TargetId;
    }

    private KpiValue ValueAt(int unitIndex, int indicatorIndex, Period period)
    {
        var series = _series[SeriesIndex(unitIndex, indicatorIndex)];
        return series is null
            ? KpiValue.NoData
            : series.Value(period.Start.Index, period.End.Index, Indicators[indicatorIndex].Aggregation);
    }

    private KpiValue TotalValue(int indicatorIndex, PeerGroup? group, Period period)
    {
        long numerator = 0;
        long denominator = 0;
        var monthsWithData = 0;
        YearMonth? asOf = null;
        var reported = 0;
        for (var u = 0; u < Units.Count; u++)
        {
            var unit = Units[u];
            if (!InGroup(unit, group) || !IsActiveDuring(unit, period))
            {
                continue;
            }

            var value = ValueAt(u, indicatorIndex, period);
            if (!value.IsKnown)
            {
                continue;
            }

            reported++;
            numerator += value.Numerator!.Value;
            denominator += value.Denominator!.Value;
            monthsWithData = Math.Max(monthsWithData, value.MonthsWithData);
            if (asOf is null || value.AsOf > asOf)
            {
                asOf = value.AsOf;
            }
        }

        return reported == 0 ? KpiValue.NoData : new KpiValue(numerator, denominator, asOf, monthsWithData);
    }

    private UnitIndicatorResult EvaluateAt(int unitIndex, int indicatorIndex, Period period)
    {
        var unit = Units[unitIndex];
        var indicator = Indicators[indicatorIndex];
        var value = ValueAt(unitIndex, indicatorIndex, period);
        var target = SelectTarget(indicator.Code, period.End, unit.Kind);
        var status = StatusOf(value, target);

        KpiGap? gap = null;
        var isClose = false;
        if (status == KpiStatus.NotMet)
        {
            gap = GapOf(value, target!);
            isClose = Settings.CloseBandPoints is { } band && gap.Points <= band;
        }

        var previousPeriod = PreviousOrNull(period);
        var previous = previousPeriod is null ? KpiValue.NoData : ValueAt(unitIndex, indicatorIndex, previousPeriod);
        return new UnitIndicatorResult(unit, indicator, period, value, target, status, gap, isClose, previous, ChangeInPoints(value, previous));
    }

    private UnitScore ScoreAt(int unitIndex, Period period)
    {
        var results = new UnitIndicatorResult[Indicators.Count];
        var unknown = new List<string>();
        decimal totalWeight = 0;
        decimal earned = 0;
        for (var i = 0; i < Indicators.Count; i++)
        {
            var result = EvaluateAt(unitIndex, i, period);
            results[i] = result;
            var weight = Settings.Weights.TryGetValue(Indicators[i].Code, out var w) ? w : 1m;
            totalWeight += weight;
            if (result.Value.Ratio is { } ratio && result.Target is { } target)
            {
                earned += target.Threshold <= 0m ? weight : weight * Math.Min(ratio / target.Threshold, 1m);
            }
            else
            {
                unknown.Add(Indicators[i].Code);
            }
        }

        var score = totalWeight == 0m ? 0m : 100m * earned / totalWeight;
        return new UnitScore(Units[unitIndex], period, score, results, unknown);
    }

    private RankedUnit[] RankCore(PeerGroup group, Period period) =>
        _rankCache.GetOrAdd((group, period), key => ComputeRanking(key.Group, key.Period));

    private RankedUnit[] ComputeRanking(PeerGroup group, Period period)
    {
        var scored = new List<UnitScore>();
        var unscored = new List<UnitScore>();
        for (var u = 0; u < Units.Count; u++)
        {
            var unit = Units[u];
            if (unit.PeerGroup != group || !IsActiveDuring(unit, period))
            {
                continue;
            }

            var score = ScoreAt(u, period);
            // A unit with figures but no target in force has earned nothing that can be compared: it is not ranked.
            (score.IsScorable ? scored : unscored).Add(score);
        }

        var ordered = scored
            .Select(s => (Score: s, Key: Math.Round(s.Score, RankTieDecimals, MidpointRounding.AwayFromZero)))
            .OrderByDescending(s => s.Key)
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
            .OrderBy(s => s.Unit.Name, NameComparer)
            .ThenBy(s => s.Unit.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Unit.UnitId))
        {
            result[position++] = new RankedUnit(score, null);
        }

        return result;
    }

    private sealed record RankedUnit(UnitScore Score, int? Rank);

    /// <summary>One unit's months for one indicator, sorted by month index, one entry per month.</summary>
    private sealed class Series
    {
        private readonly int[] _months;
        private readonly long[] _numerators;
        private readonly long[] _denominators;

        private Series(int[] months, long[] numerators, long[] denominators)
        {
            _months = months;
            _numerators = numerators;
            _denominators = denominators;
        }

        /// <summary>Sorts by month; of several figures for one month the last given wins.</summary>
        public static Series From(List<Measurement> items)
        {
            var order = new int[items.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                var byMonth = items[a].Month.Index.CompareTo(items[b].Month.Index);
                return byMonth != 0 ? byMonth : a.CompareTo(b);
            });

            var months = new List<int>(items.Count);
            var numerators = new List<long>(items.Count);
            var denominators = new List<long>(items.Count);
            foreach (var i in order)
            {
                var m = items[i];
                if (months.Count > 0 && months[^1] == m.Month.Index)
                {
                    numerators[^1] = m.Numerator;
                    denominators[^1] = m.Denominator;
                }
                else
                {
                    months.Add(m.Month.Index);
                    numerators.Add(m.Numerator);
                    denominators.Add(m.Denominator);
                }
            }

            return new Series([.. months], [.. numerators], [.. denominators]);
        }

        public int CountIn(int start, int end) => LowerBound(end + 1) - LowerBound(start);

        public KpiValue Value(int start, int end, Aggregation aggregation)
        {
            var from = LowerBound(start);
            var to = LowerBound(end + 1);
            if (to <= from)
            {
                return KpiValue.NoData;
            }

            var asOf = YearMonth.FromIndex(_months[to - 1]);
            var count = to - from;
            if (aggregation == Aggregation.Stock)
            {
                return new KpiValue(_numerators[to - 1], _denominators[to - 1], asOf, count);
            }

            long numerator = 0;
            long denominator = 0;
            for (var i = from; i < to; i++)
            {
                numerator += _numerators[i];
                denominator += _denominators[i];
            }

            return new KpiValue(numerator, denominator, asOf, count);
        }

        /// <summary>The first position whose month index is at least <paramref name="monthIndex"/>.</summary>
        private int LowerBound(int monthIndex)
        {
            var lo = 0;
            var hi = _months.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_months[mid] < monthIndex)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
