using System.Globalization;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Builds <see cref="UnitPageViewModel"/> from the KPI engine and the unit's notes; every figure is the engine's.</summary>
public sealed class UnitPageViewModelBuilder(KpiDataSource dataSource, UnitNotesQuery notesQuery)
{
    public const string NoNote = "Chưa có ghi chú";

    private static readonly CultureInfo Vi = Vietnam.Culture;

    public async Task<UnitPageViewModel> BuildAsync(string unitCode, string? periodToken, CancellationToken cancellationToken = default)
    {
        var snapshot = await dataSource.GetAsync(cancellationToken);
        var period = ViewQuery.ParsePeriod(periodToken, snapshot.LastMonth);
        var unit = snapshot.Engine.FindUnit(unitCode);
        IReadOnlyList<UnitNote> notes = [];
        if (unit is not null && period is not null)
        {
            var months = TrendSeries.MonthsFor(period);
            notes = await notesQuery.ForUnitAsync(unit.UnitId, months[0], months[^1], cancellationToken);
        }

        return Build(snapshot, unitCode, period, notes);
    }

    public static UnitPageViewModel Build(KpiSnapshot snapshot, string unitCode, Period? period, IReadOnlyList<UnitNote> notes)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(notes);
        var engine = snapshot.Engine;
        var unit = engine.FindUnit(unitCode);
        if (unit is null)
        {
            return UnitPageViewModel.NotFound(unitCode ?? string.Empty);
        }

        var model = new UnitPageViewModel(
            true,
            unit.Code,
            HeaderName(unit, period),
            VietnameseFormat.UnitKind(unit.Kind),
            VietnameseFormat.PeerGroup(unit.PeerGroup),
            period,
            VietnameseFormat.PeriodName(period),
            snapshot.IsDemo,
            PeriodHeading.AsOf(snapshot),
            "Chưa xếp hạng",
            string.Empty,
            VietnameseFormat.Unknown,
            null,
            [],
            [],
            []);
        if (period is null)
        {
            return model;
        }

        var ranking = engine.Rank(unit.PeerGroup, period);
        var entry = ranking.Entries.FirstOrDefault(e => e.Score.Unit.UnitId == unit.UnitId);
        var score = entry?.Score ?? engine.Score(unit.UnitId, period);
        var months = TrendSeries.MonthsFor(period);
        var periodToken = period.ToToken();

        return model with
        {
            RankText = RankText(entry?.Rank, engine.RankedCount(unit.PeerGroup, period), unit.PeerGroup),
            RankChangeText = RankChangeText(entry),
            ScoreText = score.HasAnyData ? VietnameseFormat.Score(score.Score) + "/100" : VietnameseFormat.Unknown,
            UnknownIndicatorsText = score.UnknownIndicators.Count == 0 || !score.HasAnyData
                ? null
                : "Chưa có số liệu, không được tính điểm: " + string.Join(", ", score.UnknownIndicators.Select(c => ShortName(snapshot, c))),
            Indicators = score.Indicators.Select(r => Panel(snapshot, r, months, periodToken)).ToList(),
            RankHistory = RankHistory(engine, unit, months),
            Notes = NoteRows(months, notes),
        };
    }

    /// <summary>Rank and score month by month; the change is against the row before.</summary>
    public static IReadOnlyList<RankHistoryRow> RankHistory(KpiEngine engine, UnitInfo unit, IReadOnlyList<YearMonth> months)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(months);
        var points = engine.RankHistory(unit.UnitId, months.Select(Period.ForMonth));
        var rows = new List<RankHistoryRow>(points.Count);
        int? previous = null;
        foreach (var point in points)
        {
            var change = point.Rank is { } now && previous is { } before ? before - now : (int?)null;
            rows.Add(new RankHistoryRow(
                point.Period.End,
                point.Rank,
                point.Rank is { } rank ? string.Create(Vi, $"{rank}/{point.RankedCount}") : "Chưa xếp hạng",
                point.Score is { } s ? VietnameseFormat.Score(s) : VietnameseFormat.Unknown,
                VietnameseFormat.RankChange(change)));
            previous = point.Rank;
        }

        return rows;
    }

    /// <summary>Every month of the window, newest first, with the note or "Chưa có ghi chú".</summary>
    public static IReadOnlyList<NoteRow> NoteRows(IReadOnlyList<YearMonth> months, IReadOnlyList<UnitNote> notes)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(notes);
        return months
            .OrderByDescending(m => m)
            .Select(m => notes.FirstOrDefault(n => n.Month == m) is { } note
                ? new NoteRow(m, true, note.Text, $"{note.UpdatedBy}, {VietnameseFormat.LocalDateTime(note.UpdatedAtUtc)}")
                : new NoteRow(m, false, NoNote, null))
            .ToList();
    }

    private static UnitIndicatorPanel Panel(KpiSnapshot snapshot, UnitIndicatorResult result, IReadOnlyList<YearMonth> months, string periodToken)
    {
        var value = result.Value;
        var details = snapshot.IndicatorDetails.GetValueOrDefault(result.Indicator.Code);
        return new UnitIndicatorPanel(
            result.Indicator.Code,
            result.Indicator.NameVi,
            Links.Indicator(result.Indicator.Code, periodToken, null),
            details?.IsWorkingDefinition ?? false,
            IndicatorFigureText.Of(value, result.Status, result.Target),
            result.Gap is { } gap ? VietnameseFormat.GapText(gap, result.Indicator) : null,
            VietnameseFormat.ChangePoints(result.ChangePoints),
            TrendSeries.ForUnit(snapshot.Engine, result.Unit.UnitId, result.Indicator.Code, months));
    }

    /// <summary>
    /// The name the unit bore in the period; after a rename, with the current name beside it ("Xã A (nay là Xã B)"),
    /// so that a reader of an earlier month sees both the name of the time and whom it is today.
    /// </summary>
    public static string HeaderName(UnitInfo unit, Period? period)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var then = period is null ? unit.Name : unit.NameIn(period);
        return string.Equals(then, unit.Name, StringComparison.Ordinal) ? unit.Name : $"{then} (nay là {unit.Name})";
    }

    private static string RankText(int? rank, int peers, PeerGroup group) => rank is { } r
        ? string.Create(Vi, $"Hạng {r}/{peers} {VietnameseFormat.PeerGroupInSentence(group)}")
        : "Chưa xếp hạng (chưa có số liệu trong kỳ)";

    private static string RankChangeText(RankingEntry? entry) => entry?.RankChange switch
    {
        null => string.Empty,
        0 => string.Create(Vi, $"không đổi so với kỳ trước (hạng {entry.PreviousRank})"),
        var change => string.Create(Vi, $"{VietnameseFormat.RankChange(change)} so với kỳ trước (hạng {entry.PreviousRank})"),
    };

    private static string ShortName(KpiSnapshot snapshot, string code) => snapshot.IndicatorDetails.GetValueOrDefault(code)?.ShortNameVi ?? code;
}
