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

    /// <summary>The index of the latest month with a figure.</summary>
    public int LastMonthIndex => _months[^1];

    /// <summary>A copy with the figure of <paramref name="monthIndex"/> set (added or replaced); this series is unchanged.</summary>
    public MeasurementSeries With(int monthIndex, long numerator, long denominator)
    {
        var at = LowerBound(monthIndex);
        if (at < _months.Length && _months[at] == monthIndex)
        {
            var numerators = (long[])_numerators.Clone();
            var denominators = (long[])_denominators.Clone();
            numerators[at] = numerator;
            denominators[at] = denominator;
            return new MeasurementSeries(_months, numerators, denominators);
        }

        return new MeasurementSeries(Insert(_months, at, monthIndex), Insert(_numerators, at, numerator), Insert(_denominators, at, denominator));
    }

    /// <summary>A copy without the figure of <paramref name="monthIndex"/>; null when no figure is left.</summary>
    public MeasurementSeries? Without(int monthIndex)
    {
        var at = LowerBound(monthIndex);
        if (at >= _months.Length || _months[at] != monthIndex)
        {
            return this;
        }

        return _months.Length == 1 ? null : new MeasurementSeries(Delete(_months, at), Delete(_numerators, at), Delete(_denominators, at));
    }

    /// <summary>A series of one figure.</summary>
    public static MeasurementSeries Single(int monthIndex, long numerator, long denominator) => new([monthIndex], [numerator], [denominator]);

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

    private static T[] Insert<T>(T[] source, int at, T value)
    {
        var copy = new T[source.Length + 1];
        Array.Copy(source, copy, at);
        copy[at] = value;
        Array.Copy(source, at, copy, at + 1, source.Length - at);
        return copy;
    }

    private static T[] Delete<T>(T[] source, int at)
    {
        var copy = new T[source.Length - 1];
        Array.Copy(source, copy, at);
        Array.Copy(source, at + 1, copy, at, source.Length - at - 1);
        return copy;
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
