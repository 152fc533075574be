using System.Globalization;
// Data links this file but cannot import the engine's namespace project-wide (its Measurement entity would clash with
// the engine's); the projects that do import it project-wide see this line as redundant.
#pragma warning disable IDE0005
using TargetsDashboard.Kpi;
#pragma warning restore IDE0005

namespace TargetsDashboard.Formatting;

// How figures read for a Vietnamese reader, on pages, in PDFs, workbooks and e-mails alike: vi-VN separators
// (1.234,5), dates dd/MM/yyyy, Vietnam time, unknown never as 0%. Where a page and a document truly say a thing
// differently (a sentence against a table cell), both variants stand here side by side, named for where they go.
internal static class VietnameseFormat
{
    // A ratio, status or period without figures: never shown as 0%.
    public const string Unknown = "Chưa có số liệu";

    public const string NoTarget = "Chưa có chỉ tiêu";

    // A page asked about a time before any figures exist.
    public const string NoPeriod = "Chưa có kỳ báo cáo";

    // A figure that was not sent, a rank not given: an empty cell that is visibly empty.
    public const string Dash = "–";

    private static CultureInfo Vi => Vietnam.Culture;

    // A ratio (0.734) as "73,4%"; null as Unknown.
    public static string Percent(decimal? ratio, int decimals = 1) =>
        ratio is { } value ? (value * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vi) + "%" : Unknown;

    // A target (0.7, at least) with its comparison: "≥ 70%"; none as NoTarget.
    public static string Threshold(TargetRule? target) => target is null ? NoTarget : Threshold(target.Threshold, target.Comparison);

    // A threshold (0.7) with its comparison: "≥ 70%", "> 72,5%"; whole percents without decimals.
    public static string Threshold(decimal? threshold, Comparison comparison = Comparison.AtLeast) => threshold is not { } value
        ? NoTarget
        : (comparison == Comparison.GreaterThan ? "> " : "≥ ") + Percent(value, value * 100 % 1 == 0 ? 0 : 1);

    // A count of dossiers or procedures: "1.234"; a figure not sent as Dash.
    public static string Count(long? value) => value is { } v ? v.ToString("N0", Vi) : Dash;

    // A small whole number (a rank, an order): "12"; none as Dash.
    public static string Number(int? value) => value is { } v ? v.ToString(Vi) : Dash;

    // "61/110".
    // A known value's numerator over its denominator, "1.234/2.000"; empty when either is unknown.
    public static string Fraction(KpiValue value) => value is { IsKnown: true, Numerator: { } n, Denominator: { } d } ? Count(n) + "/" + Count(d) : string.Empty;

    public static string OutOf(int part, int whole) => part.ToString(Vi) + "/" + whole.ToString(Vi);

    // A score out of 100 with one decimal: "87,5"; none as Dash.
    public static string Score(decimal? score) => score is { } s ? s.ToString("N1", Vi) : Dash;

    // 766 points as the national portal shows them: two decimals, halves away from zero ("3,85"); none as Dash.
    public static string Points766(decimal? points) =>
        points is { } p ? Index766Calculator.RoundForDisplay(p).ToString("N2", Vi) : Dash;

    // A 766 maximum as the rule set writes it: "6", "2,5", "100".
    public static string MaxPoints766(decimal max) => max.ToString("0.##", Vi);

    // "3,85/4".
    public static string Points766OutOf(decimal points, decimal max) => Points766(points) + "/" + MaxPoints766(max);

    // A 766 rate with the portal's two decimals: "88,57%"; a zero denominator or no figure as Dash.
    public static string Rate766(decimal? rate) => rate is { } r ? Percent(r, 2) : Dash;

    // A 766 change of score in a ranking: "+1,25", "−0,40", "0,00"; Dash when unknown.
    public static string Points766Change(decimal? change) => change switch
    {
        null => Dash,
        > 0 and var up => "+" + Points766(up),
        < 0 and var down => "−" + Points766(-down),
        _ => Points766(0m),
    };

    // A win-back as a thing to do: "Xã A: thêm 45 hồ sơ số hóa → +0,31 điểm nhóm Số hóa hồ sơ".
    public static string WinBack766(string who, Index766WinBack winBack, decimal? pointsGained = null, string? gainedWhere = null)
    {
        ArgumentNullException.ThrowIfNull(winBack);
        var gained = pointsGained ?? winBack.GroupPointsGained;
        return $"{who}: thêm {Count(winBack.ItemsNeeded)} {winBack.SubIndicator.NumeratorItemVi} → +{Points766(gained)} điểm {gainedWhere ?? "nhóm " + winBack.GroupNameVi}";
    }

    // A change in percentage points, as a page says it: "+2,3 điểm", "−1,0 điểm", "không đổi"; null when either side is unknown.
    public static string? ChangePoints(decimal? points) => points is null
        ? null
        : Math.Round(points.Value, 1) == 0 ? "không đổi" : SignedPoints(points.Value) + " điểm";

    // A change in percentage points in a document's table, whose header names the unit: "+2,3", "−1,0", "0,0"; Dash when unknown.
    public static string ChangePointsCell(decimal? points) => points is null ? Dash : SignedPoints(points.Value);

    public static string Status(KpiStatus status) => status switch
    {
        KpiStatus.Met => "Đạt",
        KpiStatus.NotMet => "Chưa đạt",
        _ => "Không xác định",
    };

    // The gap as work to do: "cần thêm 37 hồ sơ được số hóa".
    public static string GapText(KpiGap gap, IndicatorInfo indicator)
    {
        ArgumentNullException.ThrowIfNull(gap);
        ArgumentNullException.ThrowIfNull(indicator);
        return $"cần thêm {Count(gap.ItemsNeeded)} {indicator.NumeratorItemVi}";
    }

    // A rank change as a mark: "▲ 3", "▼ 1", "–" when unchanged, empty when unknown.
    public static string RankChange(int? change) => change switch
    {
        null => string.Empty,
        > 0 => "▲ " + change.Value.ToString(Vi),
        < 0 => "▼ " + (-change.Value).ToString(Vi),
        _ => Dash,
    };

    // A rank change in words, for a sentence: "tăng 3 bậc", "giảm 1 bậc", "giữ nguyên thứ hạng"; null when unknown.
    public static string? RankChangeText(int? change) => change switch
    {
        null => null,
        > 0 => $"tăng {change.Value.ToString(Vi)} bậc",
        < 0 => $"giảm {(-change.Value).ToString(Vi)} bậc",
        _ => "giữ nguyên thứ hạng",
    };

    public static string UnitKind(UnitKind kind) => kind switch
    {
        Kpi.UnitKind.Department => "Sở, ban, ngành",
        Kpi.UnitKind.Ward => "Phường",
        _ => "Xã",
    };

    // A peer group as a label or heading: "Sở, ban, ngành", "Xã, phường"; no group as "Tất cả đơn vị".
    public static string PeerGroup(PeerGroup? group) => group switch
    {
        Kpi.PeerGroup.Departments => "Sở, ban, ngành",
        Kpi.PeerGroup.CommunesAndWards => "Xã, phường",
        _ => "Tất cả đơn vị",
    };

    // What an indicator counts over, as the indicator pages name it.
    public static string CountedOver(CountedOver countedOver) => countedOver switch
    {
        Kpi.CountedOver.Procedures => "Thủ tục hành chính",
        _ => "Hồ sơ",
    };

    // How an indicator adds up over months, as the indicator pages name it.
    public static string Aggregation(Aggregation aggregation) => aggregation switch
    {
        Kpi.Aggregation.Stock => "Tồn (lấy tháng cuối kỳ)",
        _ => "Dòng (cộng dồn các tháng)",
    };

    // A peer group inside a sentence: "xếp hạng trong nhóm xã, phường".
    public static string PeerGroupInSentence(PeerGroup? group) => PeerGroup(group).ToLower(Vi);

    // "10/2025".
    public static string Month(YearMonth month) => month.ToString();

    // How a Vietnamese reader names a period: "Tháng 10/2025", "Quý III/2025", "Năm 2025", "Từ đầu năm đến 10/2025"; none as NoPeriod.
    public static string PeriodName(Period? period) => period is null
        ? NoPeriod
        : period.Kind switch
        {
            PeriodKind.Month => "Tháng " + Month(period.Start),
            PeriodKind.Quarter => "Quý " + RomanQuarter(period.Start.Quarter) + "/" + period.Start.Year.ToString(CultureInfo.InvariantCulture),
            PeriodKind.Year => "Năm " + period.Start.Year.ToString(CultureInfo.InvariantCulture),
            PeriodKind.YearToDate => "Từ đầu năm đến " + Month(period.End),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period.Kind, "Unknown period kind."),
        };

    // "23/11/2026".
    public static string Date(DateOnly value) => value.ToString("dd/MM/yyyy", Vi);

    // "23/11/2026", of a time already on the province's clock.
    public static string Date(DateTime value) => value.ToString("dd/MM/yyyy", Vi);

    // "23/11/2026 14:32", of a time already on the province's clock.
    public static string DateTime(DateTime value) => value.ToString("dd/MM/yyyy HH:mm", Vi);

    // A stored UTC time as "23/11/2026 14:32", Vietnam time.
    public static string LocalDateTime(DateTime utc) => DateTime(Vietnam.ToLocalTime(utc));

    // A stored UTC time as "14:32 23/11/2026", Vietnam time, for "sửa lúc 14:32 23/11/2026".
    public static string LocalTimeThenDate(DateTime utc) => Vietnam.ToLocalTime(utc).ToString("HH:mm dd/MM/yyyy", Vi);

    // A document's place and date line: "Đồng Nai, ngày 05 tháng 11 năm 2025".
    public static string PlaceDate(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year:0000}");

    // Upper case the Vietnamese way (Đ, ư, ơ keep their marks).
    public static string Upper(string? text) => (text ?? string.Empty).ToUpper(Vi);

    private static string SignedPoints(decimal points) => Math.Round(points, 1) switch
    {
        > 0 and var up => "+" + up.ToString("N1", Vi),
        < 0 and var down => "−" + Math.Abs(down).ToString("N1", Vi),
        _ => 0m.ToString("N1", Vi),
    };

    private static string RomanQuarter(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
}
