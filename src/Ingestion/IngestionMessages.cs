using System.Globalization;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Ingestion;

/// <summary>The Vietnamese messages shared by the Excel import and the API, so both say the same thing.</summary>
public static class IngestionMessages
{
    private static readonly CultureInfo Vi = Vietnam.Culture;

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Count(decimal value) => value.ToString("#,##0.####", Vi);

    public static string MonthLocked(DateOnly month) =>
        $"Tháng {Month(month)} đã khóa sổ: không thể nhập hay sửa số liệu cho đến khi quản trị viên mở lại.";

    public static string MissingUnit => "Thiếu mã đơn vị.";

    public static string UnknownUnit(string code) => $"Không có đơn vị nào mã '{code}'. Hãy dùng mã trong tệp mẫu hoặc trang tính 'Danh mục'.";

    public static string InactiveUnit(string code, string name, DateOnly month, string? successor) => successor is null
        ? $"Đơn vị '{code}' ({name}) không hoạt động trong tháng {Month(month)}."
        : $"Đơn vị '{code}' ({name}) không hoạt động trong tháng {Month(month)}: đã sáp nhập vào '{successor}'.";

    public static string MissingIndicator => "Thiếu mã chỉ tiêu.";

    public static string UnknownIndicator(string code, IEnumerable<string> known) =>
        $"Không có chỉ tiêu nào mã '{code}'. Các mã hợp lệ: {string.Join(", ", known)}.";

    public static string Missing(string what) => $"Thiếu {what}.";

    /// <summary>"Tử số phải là số; ô này có 'abc'." in a workbook, "…; giá trị gửi lên là 'abc'." in an API request.</summary>
    public static string NotANumber(string what, string text, bool inWorkbook) => $"{Capitalise(what)} phải là số; {Got(inWorkbook)} '{Shorten(text)}'.";

    public static string Fraction(string what, decimal value, bool inWorkbook) =>
        $"{Capitalise(what)} là số đếm (hồ sơ, thủ tục) nên phải là số nguyên; {Got(inWorkbook)} {Count(value)}.";

    public static string Negative(string what, decimal value, bool inWorkbook) => $"{Capitalise(what)} không được âm; {Got(inWorkbook)} {Count(value)}.";

    public static string TooLarge(string what, decimal value) => $"{Capitalise(what)} quá lớn ({Count(value)}); hãy kiểm tra lại.";

    public static string NumeratorAboveDenominator(long numerator, long denominator) =>
        $"Tử số ({Count(numerator)}) lớn hơn mẫu số ({Count(denominator)}): tỷ lệ không thể vượt 100%.";

    public static string Duplicate(FigureLocation first) =>
        $"Trùng đơn vị và chỉ tiêu với {first.Describe()}: mỗi đơn vị chỉ có một dòng cho mỗi chỉ tiêu.";

    public static string Empty => "Không có số liệu nào để nhập.";

    public static string ChangedSincePreview(int count) =>
        $"Có {count.ToString(Vi)} số liệu đã được người khác thay đổi sau khi bạn xem trước. Không có gì được ghi; hãy tải tệp lên lại để xem trước với số liệu mới.";

    private static string Got(bool inWorkbook) => inWorkbook ? "ô này có" : "giá trị gửi lên là";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Vi) + text[1..];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
