using System.Globalization;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Formatting;

/// <summary>How figures read on every page: vi-VN separators (1.234,5), dates dd/MM/yyyy, unknown never as 0%.</summary>
public static class VietnameseFormat
{
    public const string Unknown = "Chưa có số liệu";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Indochina Time (UTC+7, no daylight saving): the province's clock, whatever the server's zone is.</summary>
    private static readonly TimeZoneInfo VietnamTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>A ratio (0.734) as "73,4%"; null as <see cref="Unknown"/>.</summary>
    public static string Percent(decimal? ratio, int decimals = 1) =>
        ratio is { } value ? (value * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vi) + "%" : Unknown;

    /// <summary>A threshold (0.7) with its comparison: "≥ 70%".</summary>
    public static string Threshold(TargetRule? target) => target is null
        ? "Chưa có chỉ tiêu"
        : (target.Comparison == Comparison.GreaterThan ? "> " : "≥ ") + Percent(target.Threshold, target.Threshold * 100 % 1 == 0 ? 0 : 1);

    public static string Count(long value) => value.ToString("N0", Vi);

    /// <summary>A change in percentage points: "+2,3 điểm", "−1,0 điểm"; null when either side is unknown.</summary>
    public static string? ChangePoints(decimal? points) => points is null ? null : Math.Round(points.Value, 1) switch
    {
        > 0 and var up => "+" + up.ToString("N1", Vi) + " điểm",
        < 0 and var down => "−" + Math.Abs(down).ToString("N1", Vi) + " điểm",
        _ => "không đổi",
    };

    public static string Date(DateTime value) => value.ToString("dd/MM/yyyy", Vi);

    public static string DateTime(DateTime value) => value.ToString("dd/MM/yyyy HH:mm", Vi);

    /// <summary>A stored UTC time on the province's clock. SQLite hands times back unspecified; they are all UTC.</summary>
    public static DateTime ToVietnamTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTimeZone);

    /// <summary>A stored UTC time as "23/11/2026 14:32", Vietnam time.</summary>
    public static string LocalDateTime(DateTime utc) => DateTime(ToVietnamTime(utc));

    /// <summary>A stored UTC time as "14:32 23/11/2026", Vietnam time, for "sửa lúc 14:32 23/11/2026".</summary>
    public static string LocalTimeThenDate(DateTime utc) => ToVietnamTime(utc).ToString("HH:mm dd/MM/yyyy", Vi);

    public static string Status(KpiStatus status) => status switch
    {
        KpiStatus.Met => "Đạt",
        KpiStatus.NotMet => "Chưa đạt",
        _ => "Không xác định",
    };

    /// <summary>The gap as work to do: "cần thêm 37 hồ sơ được số hóa".</summary>
    public static string GapText(KpiGap gap, IndicatorInfo indicator)
    {
        ArgumentNullException.ThrowIfNull(gap);
        ArgumentNullException.ThrowIfNull(indicator);
        return $"cần thêm {Count(gap.ItemsNeeded)} {indicator.NumeratorItemVi}";
    }

    /// <summary>A score out of 100 with one decimal: "87,5".</summary>
    public static string Score(decimal score) => score.ToString("N1", Vi);

    /// <summary>A rank change: "▲ 3", "▼ 1", "–" when unchanged, empty when unknown.</summary>
    public static string RankChange(int? change) => change switch
    {
        null => string.Empty,
        > 0 => "▲ " + change.Value.ToString(Vi),
        < 0 => "▼ " + (-change.Value).ToString(Vi),
        _ => "–",
    };

    public static string UnitKind(UnitKind kind) => kind switch
    {
        Kpi.UnitKind.Department => "Sở, ban, ngành",
        Kpi.UnitKind.Ward => "Phường",
        _ => "Xã",
    };

    public static string PeerGroup(PeerGroup? group) => group switch
    {
        Kpi.PeerGroup.Departments => "Sở, ban, ngành",
        Kpi.PeerGroup.CommunesAndWards => "Xã, phường",
        _ => "Tất cả đơn vị",
    };

    public static string CountedOver(CountedOver countedOver) => countedOver switch
    {
        Kpi.CountedOver.Procedures => "Thủ tục hành chính",
        _ => "Hồ sơ",
    };

    public static string Aggregation(Aggregation aggregation) => aggregation switch
    {
        Kpi.Aggregation.Stock => "Tồn (lấy tháng cuối kỳ)",
        _ => "Dòng (cộng dồn các tháng)",
    };
}
