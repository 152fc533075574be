using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>
/// Builds the 766 pages' view models from the 766 engine and the calculator's breakdowns; no point is computed here,
/// only read and formatted. A period absent from the URL is the year to date of the latest month, as the portal shows.
/// </summary>
public sealed class Index766ViewModelBuilder(KpiDataSource dataSource)
{
    /// <summary>How many things to do the province page lists in each of its two lists.</summary>
    public const int ActionCount = 10;

    public async Task<Index766OverviewViewModel> OverviewAsync(string? periodToken, CancellationToken cancellationToken = default) =>
        Overview(await dataSource.GetAsync(cancellationToken), periodToken);

    public async Task<Index766GroupViewModel> GroupAsync(string groupCode, string? periodToken, CancellationToken cancellationToken = default) =>
        Group(await dataSource.GetAsync(cancellationToken), groupCode, periodToken);

    public async Task<Index766SubIndicatorViewModel> SubIndicatorAsync(string code, string? periodToken, string? groupToken, CancellationToken cancellationToken = default) =>
        SubIndicator(await dataSource.GetAsync(cancellationToken), code, periodToken, groupToken);

    public async Task<Index766UnitViewModel> UnitAsync(string unitCode, string? periodToken, CancellationToken cancellationToken = default) =>
        Unit(await dataSource.GetAsync(cancellationToken), unitCode, periodToken);

    public static Index766OverviewViewModel Overview(KpiSnapshot snapshot, string? periodToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (header, data, period) = Header(snapshot, periodToken);
        var province = data is null || period is null ? null : data.ProvinceBreakdown(period);
        var rank = NationalRankTileOf(data, period);
        if (data is null || period is null || province is null || !province.HasAnyFigure)
        {
            return new Index766OverviewViewModel(header, false, VietnameseFormat.Dash, "100", [], [], [], rank);
        }

        var token = period.ToToken();
        var provinceName = "Toàn tỉnh";
        var provinceActions = province.WinBacks.Take(ActionCount)
            .Select(w => new Index766ActionRow(VietnameseFormat.WinBack766(provinceName, w), Index766Links.SubIndicator(w.SubIndicator.Code, token)))
            .ToList();
        var breakdowns = data.Engine.ActiveUnits(null, period)
            .Select(u => (u, Breakdown: data.Breakdown(u.UnitId, period)))
            .Where(x => x.Breakdown is { HasAnyFigure: true })
            .ToDictionary(x => x.u.UnitId, x => x.Breakdown!);
        var gains = Index766ProvinceGains.Largest(province.RuleSet, Index766ProvinceGains.FiguresOf(province), breakdowns, ActionCount)
            .Select(g =>
            {
                var unit = data.Engine.Units.First(u => u.UnitId == g.UnitId);
                return new Index766ActionRow(
                    VietnameseFormat.WinBack766(unit.NameIn(period), g.WinBack, g.ProvincePointsGained, "toàn tỉnh (nhóm " + g.WinBack.GroupNameVi + ")"),
                    Index766Links.Unit(unit.Code, token));
            })
            .ToList();
        return new Index766OverviewViewModel(
            header,
            true,
            VietnameseFormat.Points766(province.Total),
            VietnameseFormat.MaxPoints766(province.MaxPoints),
            [.. province.Groups.Select(g => GroupRow(g, token))],
            provinceActions,
            gains,
            rank);
    }

    public static Index766GroupViewModel Group(KpiSnapshot snapshot, string groupCode, string? periodToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (header, data, period) = Header(snapshot, periodToken);
        var province = data is null || period is null ? null : data.ProvinceBreakdown(period);
        var group = province?.Groups.FirstOrDefault(g => string.Equals(g.Group.Code, groupCode, StringComparison.OrdinalIgnoreCase));
        return group is null
            ? new Index766GroupViewModel(header, false, groupCode, null)
            : new Index766GroupViewModel(header, true, group.Group.Code, Detail(group, period!.ToToken(), linkSubIndicators: true));
    }

    public static Index766SubIndicatorViewModel SubIndicator(KpiSnapshot snapshot, string code, string? periodToken, string? groupToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (header, data, period) = Header(snapshot, periodToken);
        var peerGroup = ViewQuery.ParseGroup(groupToken);
        var province = data is null || period is null ? null : data.ProvinceBreakdown(period);
        var group = province?.Groups.FirstOrDefault(g => g.SubIndicators.Any(s => string.Equals(s.SubIndicator.Code, code, StringComparison.OrdinalIgnoreCase)));
        var sub = group?.SubIndicators.First(s => string.Equals(s.SubIndicator.Code, code, StringComparison.OrdinalIgnoreCase));
        if (data is null || period is null || group is null || sub is null)
        {
            return new Index766SubIndicatorViewModel(header, false, code, code, string.Empty, Index766Links.Home(header.PeriodToken), null, peerGroup, []);
        }

        var token = period.ToToken();
        var units = data.Engine.ActiveUnits(peerGroup, period)
            .Select(u => (Unit: u, Score: data.Breakdown(u.UnitId, period)?.Groups.SelectMany(g => g.SubIndicators).FirstOrDefault(s => s.SubIndicator.Code == sub.SubIndicator.Code)))
            .Where(x => x.Score is not null)
            .OrderBy(x => x.Score!.Figure is null ? 1 : 0)
            .ThenByDescending(x => x.Score!.PointsLost)
            .ThenBy(x => x.Unit.NameIn(period), StringComparer.Create(Vietnam.Culture, ignoreCase: true))
            .Select(x => new Index766UnitFigureRow(
                x.Unit.Code,
                x.Unit.NameIn(period),
                VietnameseFormat.UnitKind(x.Unit.Kind),
                Index766Links.Unit(x.Unit.Code, token),
                SubRow(x.Score!, null)))
            .ToList();
        return new Index766SubIndicatorViewModel(
            header, true, sub.SubIndicator.Code, sub.SubIndicator.NameVi, group.Group.NameVi, Index766Links.Group(group.Group.Code, token), SubRow(sub, null), peerGroup, units);
    }

    public static Index766UnitViewModel Unit(KpiSnapshot snapshot, string unitCode, string? periodToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (header, data, period) = Header(snapshot, periodToken);
        var unit = data?.Engine.FindUnit(unitCode);
        if (data is null || unit is null)
        {
            return new Index766UnitViewModel(header, false, unitCode, unitCode, string.Empty, VietnameseFormat.Dash, VietnameseFormat.Dash, [], [], null);
        }

        var name = period is null ? unit.Name : unit.NameIn(period);
        var breakdown = period is null ? null : data.Breakdown(unit.UnitId, period);
        if (breakdown is null || !breakdown.HasAnyFigure)
        {
            return new Index766UnitViewModel(header, true, unit.Code, name, VietnameseFormat.UnitKind(unit.Kind), VietnameseFormat.Dash, VietnameseFormat.Dash, [], [], VietnameseFormat.Unknown);
        }

        var token = period!.ToToken();
        var entry = data.Engine.Rank(unit.PeerGroup, period).Entries.FirstOrDefault(e => e.Score.Unit.UnitId == unit.UnitId);
        var rankText = entry?.Rank is { } rank
            ? $"Hạng {VietnameseFormat.OutOf(rank, data.Engine.RankedCount(unit.PeerGroup, period))} trong nhóm {VietnameseFormat.PeerGroupInSentence(unit.PeerGroup)}"
            : "Chưa xếp hạng";
        var missing = breakdown.MissingCodes.Count == 0
            ? null
            : "Chưa có số liệu (không được điểm): " + string.Join(", ", breakdown.MissingCodes.Select(c => breakdown.RuleSet.Find(c)?.NameVi ?? c));
        return new Index766UnitViewModel(
            header,
            true,
            unit.Code,
            name,
            VietnameseFormat.UnitKind(unit.Kind),
            VietnameseFormat.Points766OutOf(breakdown.Total, breakdown.MaxPoints),
            rankText,
            [.. breakdown.Groups.Select(g => Detail(g, token, linkSubIndicators: true))],
            [.. breakdown.WinBacks.Select(w => new Index766ActionRow(VietnameseFormat.WinBack766(name, w), Index766Links.SubIndicator(w.SubIndicator.Code, token)))],
            missing);
    }

    /// <summary>The page's period (the URL's, or the year to date of the latest 766 month) and what every page shows at its top.</summary>
    public static (Index766Header Header, Index766Snapshot? Data, Period? Period) Header(KpiSnapshot snapshot, string? periodToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var data = snapshot.Index766;
        var last = data?.LastMonth;
        var period = Period.TryParseToken(periodToken, out var parsed) ? parsed : last is { } month ? Period.YearToDate(month) : null;
        var ruleSet = period is null ? null : data?.Scoring.RuleSetFor(period.End);
        var ruleText = ruleSet is null
            ? "Chưa có bộ chỉ số 766 có hiệu lực trong kỳ này"
            : $"Cách tính: {ruleSet.Source} (hiệu lực từ {VietnameseFormat.Month(ruleSet.EffectiveFrom)}{(ruleSet.EffectiveTo is { } to ? " đến " + VietnameseFormat.Month(to) : string.Empty)})";
        return (new Index766Header(period, VietnameseFormat.PeriodName(period), snapshot.IsDemo, ruleText, data?.FirstMonth, last), data, period);
    }

    public static Index766GroupRow GroupRow(Index766GroupScore group, string periodToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new Index766GroupRow(
            group.Group.Code,
            group.Group.NameVi,
            VietnameseFormat.Points766(group.Points),
            VietnameseFormat.MaxPoints766(group.MaxPoints),
            group.MaxPoints > 0 ? Math.Clamp(group.Points / group.MaxPoints, 0m, 1m) : 0m,
            VietnameseFormat.Points766(group.PointsLost),
            Index766Links.Group(group.Group.Code, periodToken));
    }

    public static Index766SubRow SubRow(Index766SubIndicatorScore score, string? href)
    {
        ArgumentNullException.ThrowIfNull(score);
        var sub = score.SubIndicator;
        var rateOnly = sub.IsRateOnly;
        return new Index766SubRow(
            sub.Code,
            sub.NameVi,
            rateOnly ? VietnameseFormat.Dash : VietnameseFormat.Count(score.Figure?.Numerator),
            rateOnly ? VietnameseFormat.Dash : VietnameseFormat.Count(score.Figure?.Denominator),
            score.Figure is null ? VietnameseFormat.Unknown : VietnameseFormat.Rate766(score.Rate),
            sub.IsScored ? VietnameseFormat.Points766(score.Points) : VietnameseFormat.Dash,
            sub.IsScored ? VietnameseFormat.MaxPoints766(sub.MaxPoints) : VietnameseFormat.Dash,
            RuleText(sub),
            sub.IsScored,
            href);
    }

    /// <summary>"đủ điểm từ 80%; mẫu số 0: đủ điểm"; "chỉ hiển thị, không tính điểm"; "Cổng công bố tỷ lệ".</summary>
    public static string RuleText(Index766SubIndicator sub)
    {
        ArgumentNullException.ThrowIfNull(sub);
        if (!sub.IsScored)
        {
            return "Chỉ hiển thị, không tính điểm";
        }

        var parts = new List<string> { "Đủ điểm từ " + VietnameseFormat.Percent(sub.FullAt, sub.FullAt * 100 % 1 == 0 ? 0 : 1) };
        parts.Add(sub.ZeroDenominator == ZeroDenominatorRule.EarnsFull ? "mẫu số 0: đủ điểm" : "mẫu số 0: 0 điểm");
        if (sub.IsRateOnly)
        {
            parts.Add("Cổng chỉ công bố tỷ lệ");
        }

        return string.Join("; ", parts);
    }

    private static Index766GroupDetail Detail(Index766GroupScore group, string periodToken, bool linkSubIndicators) => new(
        GroupRow(group, periodToken),
        group.Group.FormulaVi,
        [.. group.SubIndicators.Select(s => SubRow(s, linkSubIndicators ? Index766Links.SubIndicator(s.SubIndicator.Code, periodToken) : null))]);

    private static NationalRankTile? NationalRankTileOf(Index766Snapshot? data, Period? period)
    {
        if (data is null || data.NationalRanks.Count == 0)
        {
            return null;
        }

        var upTo = data.NationalRanks.Where(r => period is null || r.Month <= period.End).ToList();
        if (upTo.Count == 0)
        {
            return null;
        }

        var latest = upTo[^1];
        var before = upTo.Count > 1 ? upTo[^2] : null;
        return new NationalRankTile(
            VietnameseFormat.OutOf(latest.Rank, latest.OutOf),
            VietnameseFormat.Month(latest.Month),
            latest.Score is { } score ? VietnameseFormat.Points766OutOf(score, 100m) : null,
            latest.Source,
            before is null ? null : VietnameseFormat.RankChangeText(before.Rank - latest.Rank) + " so với " + VietnameseFormat.Month(before.Month),
            [.. upTo.TakeLast(12).Select(r => new NationalRankPoint(VietnameseFormat.Month(r.Month), VietnameseFormat.OutOf(r.Rank, r.OutOf), r.Score is { } s ? VietnameseFormat.Points766(s) : null))]);
    }
}
