namespace TargetsDashboard.Kpi;

/// <summary>
/// The one entry point for figures: values, statuses, scores, rankings, province totals, and the facts about units
/// that pages and reports need (which unit a code names, which units are active, what a unit was called in a period).
/// Immutable once built and safe to share between threads.
/// </summary>
/// <remarks>
/// A period is judged by the target in force in its <b>end</b> month (<see cref="Period.End"/>): a quarter
/// or a year is held to the target that applies when it closes, and a series of months judges each month
/// by the target then in force. The work is done by <see cref="MeasurementIndex"/> (figures), <see cref="TargetSelector"/>
/// (targets), <see cref="IndicatorEvaluator"/> (status and gap), the <see cref="Scorecard"/>'s <see cref="IScoringRule"/>
/// (points), <see cref="RankingCache"/> (ranks) and <see cref="ProvinceTotals"/> (totals and completeness).
/// </remarks>
public sealed class KpiEngine
{
    private readonly MeasurementIndex _index;
    private readonly TargetSelector _targets;
    private readonly IndicatorEvaluator _evaluator;
    private readonly UnitScorer _scorer;
    private readonly RankingCache _rankings;
    private readonly ProvinceTotals _totals;

    /// <param name="scorecard">What units are scored and ranked by; the directive's scorecard with <see cref="KpiSettings.Weights"/> when null.</param>
    public KpiEngine(
        IReadOnlyList<UnitInfo> units,
        IReadOnlyList<IndicatorInfo> indicators,
        IReadOnlyList<TargetRule> targets,
        IEnumerable<Measurement> measurements,
        KpiSettings? settings = null,
        Scorecard? scorecard = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(measurements);

        Units = units;
        Settings = settings ?? new KpiSettings();
        Indicators = [.. indicators.OrderBy(i => i.DisplayOrder).ThenBy(i => i.Code, StringComparer.Ordinal)];

        _index = new MeasurementIndex(units, Indicators, measurements);
        _targets = new TargetSelector(targets);
        _evaluator = new IndicatorEvaluator(_index, _targets, Settings);
        _scorer = new UnitScorer(_index, _evaluator, scorecard ?? Scorecard.Directive(Settings.Weights));
        _rankings = new RankingCache(_index, _scorer);
        _totals = new ProvinceTotals(_index, _targets);
    }

    private KpiEngine(KpiEngine previous, MeasurementIndex index)
    {
        Units = previous.Units;
        Settings = previous.Settings;
        Indicators = previous.Indicators;
        _index = index;
        _targets = previous._targets;
        _evaluator = new IndicatorEvaluator(_index, _targets, Settings);
        _scorer = new UnitScorer(_index, _evaluator, previous.Scorecard);
        _rankings = new RankingCache(_index, _scorer);
        _totals = new ProvinceTotals(_index, _targets);
    }

    /// <summary>The units as given, with their current names.</summary>
    public IReadOnlyList<UnitInfo> Units { get; }

    /// <summary>The indicators ordered by <see cref="IndicatorInfo.DisplayOrder"/>, then code.</summary>
    public IReadOnlyList<IndicatorInfo> Indicators { get; }

    public KpiSettings Settings { get; }

    /// <summary>What units are scored and ranked by.</summary>
    public Scorecard Scorecard => _scorer.Scorecard;

    /// <summary>
    /// This engine with some figures added, changed or removed, as if built again from all figures: units, indicators,
    /// targets and settings stay. Only the touched series are copied, and the rankings already computed are kept
    /// except those of the changed units' peer groups in periods that contain a changed month or whose previous
    /// period does (a ranking shows the change since then); those are ranked again from the kept scores of every
    /// unit but the changed ones. Province totals are kept likewise, except those of a changed indicator over a
    /// changed unit's group (or all units) in such a period. This engine is unchanged.
    /// </summary>
    public KpiEngine WithFigures(IEnumerable<FigureUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var list = updates.ToList();
        var engine = new KpiEngine(this, _index.WithFigures(list));
        var changes = list
            .Select(u => (u.UnitId, Units[_index.UnitIndexOf(u.UnitId)].PeerGroup, Indicator: _index.IndicatorIndexOf(u.IndicatorCode), u.Month))
            .ToHashSet();
        // By unit: a ranking asks for every unit of its group, and a large import changes thousands of figures.
        var monthsByUnit = changes.ToLookup(c => c.UnitId, c => c.Month);
        engine._rankings.CarryOver(
            _rankings,
            (group, period) => changes.Any(c => c.PeerGroup == group && Touches(period, c.Month)),
            (unitId, period) => monthsByUnit[unitId].Any(m => Touches(period, m)));
        engine._totals.CarryOver(
            _totals,
            (indicator, group, period) => changes.Any(c => c.Indicator == indicator && (group is null || group == c.PeerGroup) && Touches(period, c.Month)));
        return engine;
    }

    private static bool Touches(Period period, YearMonth month) =>
        period.Contains(month) || IndicatorEvaluator.PreviousOrNull(period)?.Contains(month) == true;

    /// <summary>The latest month of any measurement; null when there are none.</summary>
    public YearMonth? LatestMonthWithData => _index.LatestMonth;

    /// <summary>The unit with that code (case-insensitive, as URLs and files carry it), with its current name; null when none has it.</summary>
    public UnitInfo? FindUnit(string? unitCode)
    {
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return null;
        }

        var position = _index.UnitIndexOfCode(unitCode.Trim());
        return position < 0 ? null : Units[position];
    }

    /// <summary>Whether the unit is expected to report in at least one month of the period (<see cref="UnitInfo.IsActiveDuring"/>).</summary>
    public bool IsActive(int unitId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Units[_index.UnitIndexOf(unitId)].IsActiveDuring(period);
    }

    /// <summary>The units of a group (all when null) active in the period, in the engine's order, each named as in the period.</summary>
    public IReadOnlyList<UnitInfo> ActiveUnits(PeerGroup? group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return [.. Units.Where(u => (group is null || u.PeerGroup == group) && u.IsActiveDuring(period)).Select(u => u.In(period))];
    }

    /// <summary>The name the unit bore in the period: the one valid at the end of the period's last month.</summary>
    public string NameOf(int unitId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Units[_index.UnitIndexOf(unitId)].NameIn(period);
    }

    /// <summary>
    /// The figure of a unit for an indicator over a period: for a flow the sums over the months with figures,
    /// for a stock the figures of the last month with figures. <see cref="KpiValue.NoData"/> without figures.
    /// </summary>
    public KpiValue Value(int unitId, string indicatorCode, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _index.ValueAt(_index.UnitIndexOf(unitId), _index.IndicatorIndexOf(indicatorCode), period);
    }

    /// <summary>
    /// The target in force in <paramref name="month"/> for units of <paramref name="kind"/>: a rule for that
    /// kind is preferred over one for every kind, then the latest <see cref="TargetRule.EffectiveFrom"/>.
    /// To judge a period, pass its end month.
    /// </summary>
    public TargetRule? TargetFor(string indicatorCode, UnitKind kind, YearMonth month)
    {
        _index.IndicatorIndexOf(indicatorCode);
        return _targets.Select(indicatorCode, month, kind);
    }

    /// <summary>One unit and indicator over a period, judged by the target in force in the period's end month.</summary>
    public UnitIndicatorResult Evaluate(int unitId, string indicatorCode, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _evaluator.Evaluate(_index.UnitIndexOf(unitId), _index.IndicatorIndexOf(indicatorCode), period);
    }

    /// <summary>A unit's indicator month by month, each month judged by the target in force for it that month.</summary>
    public IReadOnlyList<UnitIndicatorResult> MonthlySeries(int unitId, string indicatorCode, IEnumerable<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var unitIndex = _index.UnitIndexOf(unitId);
        var indicatorIndex = _index.IndicatorIndexOf(indicatorCode);
        return [.. months.Select(m => _evaluator.Evaluate(unitIndex, indicatorIndex, Period.ForMonth(m)))];
    }

    /// <summary>
    /// The unit's score under the <see cref="Scorecard"/> (by default out of 100: each indicator earns weight ×
    /// min(ratio ÷ threshold, 1); an indicator whose value is unknown or that has no target earns nothing and is
    /// listed in <see cref="UnitScore.UnknownIndicators"/>).
    /// </summary>
    public UnitScore Score(int unitId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _scorer.Score(_index.UnitIndexOf(unitId), period);
    }

    /// <summary>
    /// Ranks the units of a peer group active in the period by score (ties, equal to four decimals, share a rank:
    /// 1, 2, 2, 4). Units without anything to judge have no rank and come last, by name.
    /// </summary>
    public Ranking Rank(PeerGroup group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _rankings.Ranking(group, period);
    }

    /// <summary>How many units of the peer group have a rank in the period: the N of "hạng 3/N".</summary>
    public int RankedCount(PeerGroup group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _rankings.RankedCount(group, period);
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
        return _totals.Total(_index.IndicatorIndexOf(indicatorCode), group, period);
    }

    /// <summary>
    /// Units of the group (all when null) active in the period, and how many of them sent at least one
    /// measurement in it (any indicator; a zero denominator counts as sent).
    /// </summary>
    public Completeness Completeness(PeerGroup? group, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _totals.Completeness(group, period);
    }

    /// <summary>
    /// The unit's rank and score in its peer group for each period, with how many units were ranked then. Rank and
    /// score are null where the unit was not active or had nothing to judge.
    /// </summary>
    public IReadOnlyList<RankHistoryPoint> RankHistory(int unitId, IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var unit = Units[_index.UnitIndexOf(unitId)];
        var points = new List<RankHistoryPoint>();
        foreach (var period in periods)
        {
            ArgumentNullException.ThrowIfNull(period);
            var ranked = Array.Find(_rankings.Get(unit.PeerGroup, period), r => r.Score.Unit.UnitId == unitId);
            var peers = _rankings.RankedCount(unit.PeerGroup, period);
            points.Add(ranked?.Rank is { } rank
                ? new RankHistoryPoint(period, rank, ranked.Score.Score, peers)
                : new RankHistoryPoint(period, null, null, peers));
        }

        return points;
    }
}
