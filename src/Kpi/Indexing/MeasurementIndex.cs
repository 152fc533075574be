namespace TargetsDashboard.Kpi;

/// <summary>
/// The measurements indexed once, by unit and indicator, in month order: a value over any period is two binary
/// searches and a short loop. Units and indicators are addressed by their position; ids and codes are looked up here.
/// </summary>
internal sealed class MeasurementIndex
{
    private readonly Dictionary<int, int> _unitIndex;
    private readonly Dictionary<string, int> _unitCodeIndex;
    private readonly Dictionary<string, int> _indicatorIndex;
    private readonly MeasurementSeries?[] _series;

    public MeasurementIndex(IReadOnlyList<UnitInfo> units, IReadOnlyList<IndicatorInfo> indicators, IEnumerable<Measurement> measurements)
    {
        Units = units;
        Indicators = indicators;
        _unitIndex = new Dictionary<int, int>(units.Count);
        _unitCodeIndex = new Dictionary<string, int>(units.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            if (!_unitIndex.TryAdd(units[i].UnitId, i))
            {
                throw new ArgumentException($"Unit id {units[i].UnitId} appears more than once.", nameof(units));
            }

            // Codes are never reused; should two differ only in case, the first keeps the code.
            _unitCodeIndex.TryAdd(units[i].Code, i);
        }

        _indicatorIndex = new Dictionary<string, int>(indicators.Count, StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!_indicatorIndex.TryAdd(indicators[i].Code, i))
            {
                throw new ArgumentException($"Indicator code {indicators[i].Code} appears more than once.", nameof(indicators));
            }
        }

        _series = BuildSeries(measurements, out var latest);
        LatestMonth = latest;
    }

    private MeasurementIndex(MeasurementIndex previous, MeasurementSeries?[] series)
    {
        Units = previous.Units;
        Indicators = previous.Indicators;
        _unitIndex = previous._unitIndex;
        _unitCodeIndex = previous._unitCodeIndex;
        _indicatorIndex = previous._indicatorIndex;
        _series = series;
        LatestMonth = LatestOf(series);
    }

    public IReadOnlyList<UnitInfo> Units { get; }

    public IReadOnlyList<IndicatorInfo> Indicators { get; }

    /// <summary>The latest month of any measurement; null when there are none.</summary>
    public YearMonth? LatestMonth { get; }

    public int UnitIndexOf(int unitId) =>
        _unitIndex.TryGetValue(unitId, out var index)
            ? index
            : throw new ArgumentException($"Unknown unit id {unitId}.", nameof(unitId));

    /// <summary>The position of the unit with that code (case-insensitive), or -1.</summary>
    public int UnitIndexOfCode(string code) => _unitCodeIndex.TryGetValue(code, out var index) ? index : -1;

    public int IndicatorIndexOf(string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return _indicatorIndex.TryGetValue(indicatorCode, out var index)
            ? index
            : throw new ArgumentException($"Unknown indicator code {indicatorCode}.", nameof(indicatorCode));
    }

    public KpiValue ValueAt(int unitIndex, int indicatorIndex, Period period)
    {
        var series = _series[SeriesIndex(unitIndex, indicatorIndex)];
        return series is null
            ? KpiValue.NoData
            : series.Value(period.Start.Index, period.End.Index, Indicators[indicatorIndex].Aggregation);
    }

    /// <summary>Whether the unit sent at least one measurement in the period, for any indicator (a zero denominator counts).</summary>
    public bool HasAnyFigureIn(int unitIndex, Period period)
    {
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (_series[SeriesIndex(unitIndex, i)] is { } series && series.CountIn(period.Start.Index, period.End.Index) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A new index with the figures updated; this one is unchanged, and the two share every series not touched
    /// (a copy of the series table, 20,000 references at national scale, and of the touched series only).
    /// </summary>
    public MeasurementIndex WithFigures(IEnumerable<FigureUpdate> updates)
    {
        var series = (MeasurementSeries?[])_series.Clone();
        foreach (var update in updates)
        {
            var slot = SeriesIndex(UnitIndexOf(update.UnitId), IndicatorIndexOf(update.IndicatorCode));
            var month = update.Month.Index;
            series[slot] = (series[slot], update.Removed) switch
            {
                (null, true) => null,
                (null, false) => MeasurementSeries.Single(month, update.Numerator, update.Denominator),
                ({ } existing, true) => existing.Without(month),
                ({ } existing, false) => existing.With(month, update.Numerator, update.Denominator),
            };
        }

        return new MeasurementIndex(this, series);
    }

    private static YearMonth? LatestOf(MeasurementSeries?[] series)
    {
        var latest = -1;
        foreach (var one in series)
        {
            if (one is not null && one.LastMonthIndex > latest)
            {
                latest = one.LastMonthIndex;
            }
        }

        return latest < 0 ? null : YearMonth.FromIndex(latest);
    }

    private int SeriesIndex(int unitIndex, int indicatorIndex) => (unitIndex * Indicators.Count) + indicatorIndex;

    private MeasurementSeries?[] BuildSeries(IEnumerable<Measurement> measurements, out YearMonth? latest)
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

        var series = new MeasurementSeries?[pending.Length];
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] is { } list)
            {
                series[i] = MeasurementSeries.From(list);
            }
        }

        return series;
    }
}
