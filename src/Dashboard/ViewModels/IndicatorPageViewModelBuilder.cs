namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Builds <see cref="IndicatorPageViewModel"/> from the KPI engine; every figure is the engine's.</summary>
public sealed class IndicatorPageViewModelBuilder(KpiDataSource dataSource)
{
    /// <summary>Ratios equal to this many decimals (of the fraction) share a rank, as scores do in the engine.</summary>
    private const int RankTieDecimals = 6;

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(Vietnam.Culture, ignoreCase: true);

    public async Task<IndicatorPageViewModel> BuildAsync(string code, string? periodToken, PeerGroup? group, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        return Build(snapshot, code, ViewQuery.ParsePeriod(periodToken, snapshot.LastMonth), group);
    }

    public static IndicatorPageViewModel Build(KpiSnapshot snapshot, string code, Period? period, PeerGroup? group)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var engine = snapshot.Engine;
        var indicator = engine.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            return IndicatorPageViewModel.NotFound(code ?? string.Empty);
        }

        var details = snapshot.IndicatorDetails.GetValueOrDefault(indicator.Code);
        var model = new IndicatorPageViewModel(
            true,
            indicator.Code,
            indicator.NameVi,
            details?.ShortNameVi ?? indicator.Code,
            details?.NumeratorVi ?? string.Empty,
            details?.DenominatorVi ?? string.Empty,
            AggregationText(indicator.Aggregation),
            details?.IsWorkingDefinition ?? false,
            details?.DefinitionNoteVi,
            period,
            VietnameseFormat.PeriodName(period),
            group,
            TotalLabel(group),
            snapshot.IsDemo,
            PeriodHeading.AsOf(snapshot),
            null,
            null,
            [],
            []);
        if (period is null)
        {
            return model;
        }

        var total = engine.Total(indicator.Code, group, period);
        return model with
        {
            Total = OverviewViewModelBuilder.Tile(snapshot, total),
            TargetThreshold = total.Target?.Threshold,
            Bars = Bars(engine, indicator.Code, period, group),
            Trend = TrendSeries.ForTotal(engine, indicator.Code, group, TrendSeries.MonthsFor(period)),
        };
    }

    /// <summary>The units of the group active in the period, highest ratio first, unknown last by name.</summary>
    public static IReadOnlyList<UnitBar> Bars(KpiEngine engine, string code, Period period, PeerGroup? group)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(period);
        var periodToken = period.ToToken();
        var results = engine.ActiveUnits(group, period)
            .Select(u => engine.Evaluate(u.UnitId, code, period))
            .ToList();
        var peerRanks = results
            .GroupBy(r => r.Unit.PeerGroup)
            .SelectMany(PeerRanks)
            .ToDictionary(p => p.UnitId, p => p.Rank);

        var known = results.Where(r => r.Value.Ratio is not null)
            .OrderByDescending(r => r.Value.Ratio)
            .ThenBy(r => r.Unit.Name, VietnameseOrder);
        var unknown = results.Where(r => r.Value.Ratio is null).OrderBy(r => r.Unit.Name, VietnameseOrder);
        return known.Concat(unknown)
            .Select(r => Bar(r, peerRanks.TryGetValue(r.Unit.UnitId, out var rank) ? rank : null, periodToken))
            .ToList();
    }

    private static UnitBar Bar(UnitIndicatorResult result, int? peerRank, string periodToken)
    {
        var value = result.Value;
        return new UnitBar(
            result.Unit.Code,
            result.Unit.Name,
            VietnameseFormat.UnitKind(result.Unit.Kind),
            Links.Unit(result.Unit.Code, periodToken),
            value.Ratio,
            result.Target?.Threshold,
            value.IsKnown ? VietnameseFormat.Percent(value.Ratio) : VietnameseFormat.Unknown,
            TrendSeries.CountOrDash(value.Numerator),
            TrendSeries.CountOrDash(value.Denominator),
            result.Status,
            VietnameseFormat.Status(result.Status),
            result.Gap is { } gap ? VietnameseFormat.GapText(gap, result.Indicator) : null,
            peerRank,
            VietnameseFormat.Number(peerRank));
    }

    /// <summary>Competition ranking by ratio within one peer group (1, 2, 2, 4); units with unknown value have none.</summary>
    private static IEnumerable<(int UnitId, int Rank)> PeerRanks(IEnumerable<UnitIndicatorResult> peers)
    {
        var ordered = peers
            .Where(r => r.Value.Ratio is not null)
            .Select(r => (r.Unit.UnitId, Key: Math.Round(r.Value.Ratio!.Value, RankTieDecimals, MidpointRounding.AwayFromZero)))
            .OrderByDescending(r => r.Key)
            .ToList();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0 || ordered[i].Key != ordered[i - 1].Key)
            {
                rank = i + 1;
            }

            yield return (ordered[i].UnitId, rank);
        }
    }

    private static string AggregationText(Aggregation aggregation) => aggregation == Aggregation.Stock
        ? "Chỉ số tồn: một quý hoặc một năm lấy số liệu của tháng cuối kỳ (không cộng dồn các tháng)."
        : "Chỉ số dòng: một quý hoặc một năm cộng tử số và mẫu số của các tháng trong kỳ.";

    public static string TotalLabel(PeerGroup? group) => group switch
    {
        PeerGroup.Departments => "Tỷ lệ chung của sở, ban, ngành",
        PeerGroup.CommunesAndWards => "Tỷ lệ chung của xã, phường",
        _ => "Tỷ lệ toàn tỉnh",
    };
}
