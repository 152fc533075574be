namespace TargetsDashboard.Kpi;

/// <summary>
/// Totals over the units of a group (all units when the group is null) active in a period: Σ numerators ÷ Σ
/// denominators over the units whose value is known, and how many units were expected, reported and met the target.
/// </summary>
/// <remarks>
/// Each total is computed once per engine (a national total reads 4,000 units). An engine made by a save takes over
/// the totals the save cannot have changed (<see cref="CarryOver"/>): one saved figure changes one indicator.
/// </remarks>
internal sealed class ProvinceTotals(MeasurementIndex index, TargetSelector targets)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Indicator, PeerGroup? Group, Period Period), ProvinceTotal> _cache = new();

    /// <summary>Takes over the totals of <paramref name="previous"/> for which <paramref name="isAffected"/> is false.</summary>
    public void CarryOver(ProvinceTotals previous, Func<int, PeerGroup?, Period, bool> isAffected)
    {
        foreach (var entry in previous._cache)
        {
            if (!isAffected(entry.Key.Indicator, entry.Key.Group, entry.Key.Period))
            {
                _cache.TryAdd(entry.Key, entry.Value);
            }
        }
    }

    public ProvinceTotal Total(int indicatorIndex, PeerGroup? group, Period period) =>
        _cache.GetOrAdd((indicatorIndex, group, period), key => Compute(key.Indicator, key.Group, key.Period));

    private ProvinceTotal Compute(int indicatorIndex, PeerGroup? group, Period period)
    {
        var indicator = index.Indicators[indicatorIndex];
        var expected = 0;
        var meeting = 0;
        var sum = new Sum();
        decimal ratioSum = 0;
        UnitKind? singleKind = null;
        var mixedKinds = false;

        for (var u = 0; u < index.Units.Count; u++)
        {
            var unit = index.Units[u];
            if (!InGroup(unit, group) || !unit.IsActiveDuring(period))
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

            var value = index.ValueAt(u, indicatorIndex, period);
            if (!sum.Add(value))
            {
                continue;
            }

            var ratio = value.Ratio!.Value;
            ratioSum += ratio;
            var unitTarget = targets.Select(indicator.Code, period.End, unit.Kind);
            if (unitTarget is not null && unitTarget.IsMetBy(ratio))
            {
                meeting++;
            }
        }

        var total = sum.Value;
        var target = group is null || mixedKinds
            ? targets.Select(indicator.Code, period.End, kind: null)
            : targets.Select(indicator.Code, period.End, singleKind ?? (group == PeerGroup.Departments ? UnitKind.Department : null));

        var status = IndicatorEvaluator.StatusOf(total, target);
        var previousPeriod = IndicatorEvaluator.PreviousOrNull(period);
        var previous = previousPeriod is null ? KpiValue.NoData : TotalValue(indicatorIndex, group, previousPeriod);

        return new ProvinceTotal(
            indicator,
            period,
            group,
            total,
            target,
            status,
            expected,
            sum.Reported,
            meeting,
            sum.Reported == 0 ? null : ratioSum / sum.Reported,
            previous,
            IndicatorEvaluator.ChangeInPoints(total, previous));
    }

    /// <summary>Units of the group active in the period, and how many sent at least one measurement in it.</summary>
    public Completeness Completeness(PeerGroup? group, Period period)
    {
        var expected = 0;
        var reported = 0;
        for (var u = 0; u < index.Units.Count; u++)
        {
            var unit = index.Units[u];
            if (!InGroup(unit, group) || !unit.IsActiveDuring(period))
            {
                continue;
            }

            expected++;
            if (index.HasAnyFigureIn(u, period))
            {
                reported++;
            }
        }

        return new Completeness(period, group, expected, reported);
    }

    private static bool InGroup(UnitInfo unit, PeerGroup? group) => group is null || unit.PeerGroup == group;

    private KpiValue TotalValue(int indicatorIndex, PeerGroup? group, Period period)
    {
        var sum = new Sum();
        for (var u = 0; u < index.Units.Count; u++)
        {
            var unit = index.Units[u];
            if (InGroup(unit, group) && unit.IsActiveDuring(period))
            {
                sum.Add(index.ValueAt(u, indicatorIndex, period));
            }
        }

        return sum.Value;
    }

    /// <summary>Known values added up: the latest as-of month, the most months with data.</summary>
    private struct Sum
    {
        private long _numerator;
        private long _denominator;
        private int _monthsWithData;
        private YearMonth? _asOf;

        public int Reported { get; private set; }

        public readonly KpiValue Value => Reported == 0 ? KpiValue.NoData : new KpiValue(_numerator, _denominator, _asOf, _monthsWithData);

        /// <summary>Adds a known value; false (and nothing added) when it is unknown.</summary>
        public bool Add(KpiValue value)
        {
            if (!value.IsKnown)
            {
                return false;
            }

            Reported++;
            _numerator += value.Numerator!.Value;
            _denominator += value.Denominator!.Value;
            _monthsWithData = Math.Max(_monthsWithData, value.MonthsWithData);
            if (_asOf is null || value.AsOf > _asOf)
            {
                _asOf = value.AsOf;
            }

            return true;
        }
    }
}
