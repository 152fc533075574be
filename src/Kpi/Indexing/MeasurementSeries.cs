namespace TargetsDashboard.Kpi;

/// <summary>One unit's months for one indicator, sorted by month index, one entry per month.</summary>
internal sealed class MeasurementSeries
{
    private readonly int[] _months;
    private readonly long[] _numerators;
    private readonly long[] _denominators;

    private MeasurementSeries(int[] months, long[] numerators, long[] denominators)
    {
        _months = months;
        _numerators = numerators;
        _denominators = denominators;
    }

    /// <summary>Sorts by month; of several figures for one month the last given wins.</summary>
    public static MeasurementSeries From(List<Measurement> items)
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

        return new MeasurementSeries([.. months], [.. numerators], [.. denominators]);
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
