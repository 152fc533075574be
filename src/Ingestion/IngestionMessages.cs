using System.Globalization;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Ingestion;

/// <summary>
/// The Vietnamese messages of a batch that only the Excel import and the API can cause (codes, duplicates, an empty
/// batch, a conflict after the preview). The rules of a figure itself word their messages in <see cref="FigureMessages"/>,
/// shared with corrections.
/// </summary>
public static class IngestionMessages
{
    private static readonly CultureInfo Vi = Vietnam.Culture;

    public static string Month(DateOnly month) => FigureMessages.Month(month);

    public static string MissingUnit => "Thiếu mã đơn vị.";

    public static string UnknownUnit(string code) => $"Không có đơn vị nào mã '{FigureMessages.Quote(code)}'. Hãy dùng mã trong tệp mẫu hoặc trang tính 'Danh mục'.";

    public static string MissingIndicator => "Thiếu mã chỉ tiêu.";

    public static string UnknownIndicator(string code, IEnumerable<string> known) =>
        $"Không có chỉ tiêu nào mã '{FigureMessages.Quote(code)}'. Các mã hợp lệ: {string.Join(", ", known)}.";

    public static string Duplicate(FigureLocation first) =>
        $"Trùng đơn vị và chỉ tiêu với {first.Describe()}: mỗi đơn vị chỉ có một dòng cho mỗi chỉ tiêu.";

    public static string Empty => "Không có số liệu nào để nhập.";

    public static string ChangedSincePreview(int count) =>
        $"Có {count.ToString(Vi)} số liệu đã được người khác thay đổi sau khi bạn xem trước. Không có gì được ghi; hãy tải tệp lên lại để xem trước với số liệu mới.";
}
