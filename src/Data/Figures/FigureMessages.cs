using System.Globalization;
using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Figures;

/// <summary>How a figure reached the dashboard, for the words that quote what was sent.</summary>
public enum FigureChannel
{
    /// <summary>A cell of an uploaded workbook: "ô này có".</summary>
    Workbook,

    /// <summary>A value of an API request: "giá trị gửi lên là".</summary>
    Api,

    /// <summary>A field of the correction page: "bạn đã nhập".</summary>
    Form,
}

/// <summary>
/// The one wording of each figure rule (<see cref="FigureRules"/>), used by corrections, the Excel import and the API,
/// so that the same bad figure reads the same wherever it was typed. Only the quote of what was sent follows the
/// channel ("ô này có", "giá trị gửi lên là", "bạn đã nhập"), as the place does.
/// </summary>
public static class FigureMessages
{
    /// <summary>The most characters of a person's input a message repeats: a message names the input, it does not echo it.</summary>
    public const int MaxQuotedLength = 40;

    public const string Numerator = "tử số";

    public const string Denominator = "mẫu số";

    private static readonly CultureInfo Vi = Vietnam.Culture;

    /// <summary>The input as a message quotes it: at most <see cref="MaxQuotedLength"/> characters, then "…".</summary>
    public static string Quote(string? text) => text is null ? string.Empty : text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "…";

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Count(decimal value) => value.ToString("#,##0.####", Vi);

    public static string Missing(string what) => $"Thiếu {what}.";

    /// <summary>"Tử số phải là số; ô này có 'abc'."</summary>
    public static string NotANumber(string what, string text, FigureChannel channel) => $"{Capitalise(what)} phải là số; {Got(channel)} '{Quote(text)}'.";

    public static string Fraction(string what, decimal value, FigureChannel channel) =>
        $"{Capitalise(what)} là số đếm (hồ sơ, thủ tục) nên phải là số nguyên; {Got(channel)} {Count(value)}.";

    public static string Negative(string what, decimal value, FigureChannel channel) => $"{Capitalise(what)} không được âm; {Got(channel)} {Count(value)}.";

    public static string TooLarge(string what, decimal value) => $"{Capitalise(what)} quá lớn ({Count(value)}); hãy kiểm tra lại.";

    public static string NumeratorAboveDenominator(long numerator, long denominator) =>
        $"Tử số ({Count(numerator)}) lớn hơn mẫu số ({Count(denominator)}): tỷ lệ không thể vượt 100%.";

    /// <summary>A zero denominator where the indicator counts something every unit has (its procedures).</summary>
    public static string ZeroDenominatorRefused(string indicatorShortName, string denominatorMeaning) =>
        $"Mẫu số của chỉ tiêu {indicatorShortName} không được bằng 0: mẫu số là {denominatorMeaning}, đơn vị nào cũng có. Hãy kiểm tra lại mẫu số.";

    /// <summary>A zero denominator that is allowed (no dossiers in the month): taken, and shown as unknown.</summary>
    public static string ZeroDenominatorUnknown(string indicatorShortName) =>
        $"Mẫu số của chỉ tiêu {indicatorShortName} bằng 0 (không có hồ sơ trong tháng): số liệu được ghi, tỷ lệ hiện là “chưa có số liệu”, không phải 0%.";

    public static string InactiveUnit(string code, string name, YearMonth month, string? successor) => successor is null
        ? $"Đơn vị '{Quote(code)}' ({name}) không hoạt động trong tháng {month}."
        : $"Đơn vị '{Quote(code)}' ({name}) không hoạt động trong tháng {month}: đã sáp nhập vào '{successor}'.";

    public static string RateOutOfRange(string indicator, decimal percent, FigureChannel channel) =>
        $"{indicator} là tỷ lệ phần trăm từ 0 đến 100; {Got(channel)} {Count(percent)}.";

    public static string RateTooPrecise(string indicator, decimal percent, FigureChannel channel) =>
        $"{indicator} là tỷ lệ phần trăm với tối đa hai chữ số thập phân như Cổng DVCQG công bố (ví dụ 88,57); {Got(channel)} {Count(percent)}.";

    public static string RateDenominator(string indicator, decimal denominator) =>
        $"{indicator} chỉ có tỷ lệ: ghi tỷ lệ (%) vào cột tử số và để trống mẫu số hoặc ghi 100; mẫu số đang là {Count(denominator)}.";

    public static string YearToDateNotFor(string indicator) =>
        $"Số liệu lũy kế từ đầu năm chỉ dùng cho các chỉ số 766; {indicator} nhập số liệu của riêng tháng.";

    public static string MonthLocked(YearMonth month) =>
        $"Tháng {month} đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.";

    private static string Got(FigureChannel channel) => channel switch
    {
        FigureChannel.Workbook => "ô này có",
        FigureChannel.Api => "giá trị gửi lên là",
        _ => "bạn đã nhập",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Vi) + text[1..];
}
