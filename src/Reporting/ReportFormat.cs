using System.Globalization;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting;

/// <summary>How figures read in the reports: vi-VN separators (1.234,5), unknown never as 0%.</summary>
public static class ReportFormat
{
    public const string Unknown = "Chưa có số liệu";

    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A ratio (0.734) as "73,4%"; null as <see cref="Unknown"/>.</summary>
    public static string Percent(decimal? ratio, int decimals = 1) =>
        ratio is { } value ? (value * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) + "%" : Unknown;

    /// <summary>A threshold (0.7) with its comparison: "≥ 70%".</summary>
    public static string Threshold(decimal? threshold, Comparison comparison = Comparison.AtLeast) => threshold is not { } value
        ? "Chưa có chỉ tiêu"
        : (comparison == Comparison.GreaterThan ? "> " : "≥ ") + Percent(value, value * 100 % 1 == 0 ? 0 : 1);

    public static string Count(long? value) => value is { } v ? v.ToString("N0", Culture) : "–";

    /// <summary>A change in percentage points: "+2,3", "−1,0", "0,0"; "–" when either side is unknown.</summary>
    public static string ChangePoints(decimal? points) => points is null ? "–" : Math.Round(points.Value, 1) switch
    {
        > 0 and var up => "+" + up.ToString("N1", Culture),
        < 0 and var down => "−" + Math.Abs(down).ToString("N1", Culture),
        _ => "0,0",
    };

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

    public static string Score(decimal? score) => score is { } s ? s.ToString("N1", Culture) : "–";

    /// <summary>A rank change: "tăng 3 bậc", "giảm 1 bậc", "giữ nguyên"; null when unknown.</summary>
    public static string? RankChangeText(int? change) => change switch
    {
        null => null,
        > 0 => $"tăng {change.Value.ToString(Culture)} bậc",
        < 0 => $"giảm {(-change.Value).ToString(Culture)} bậc",
        _ => "giữ nguyên thứ hạng",
    };

    /// <summary>A rank change as a mark: "▲ 3", "▼ 1", "–" when unchanged, empty when unknown.</summary>
    public static string RankChangeMark(int? change) => change switch
    {
        null => string.Empty,
        > 0 => "▲ " + change.Value.ToString(Culture),
        < 0 => "▼ " + (-change.Value).ToString(Culture),
        _ => "–",
    };

    /// <summary>"61/110".</summary>
    public static string OutOf(int part, int whole) => part.ToString(Culture) + "/" + whole.ToString(Culture);

    public static string UnitKind(UnitKind kind) => kind switch
    {
        Kpi.UnitKind.Department => "Sở, ban, ngành",
        Kpi.UnitKind.Ward => "Phường",
        _ => "Xã",
    };

    public static string PeerGroup(PeerGroup group) => group == Kpi.PeerGroup.Departments ? "sở, ban, ngành" : "xã, phường";

    /// <summary>"Đồng Nai, ngày 05 tháng 11 năm 2025".</summary>
    public static string PlaceDate(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year:0000}");

    /// <summary>"10/2025".</summary>
    public static string Month(YearMonth month) => month.ToString();

    /// <summary>Upper case the Vietnamese way (Đ, ư, ơ keep their marks).</summary>
    public static string Upper(string text) => (text ?? string.Empty).ToUpper(Culture);
}
