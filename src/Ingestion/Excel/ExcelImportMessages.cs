using System.Globalization;
using TargetsDashboard.Data.Figures;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>
/// The messages only a workbook can cause (file format, template, layout). Messages about the figures themselves are
/// in <see cref="IngestionMessages"/>, shared with the API.
/// </summary>
public static class ExcelImportMessages
{
    private static readonly CultureInfo Vi = Vietnam.Culture;

    public static string EmptyFile => "Tệp rỗng (0 byte). Hãy chọn tệp Excel (.xlsx) đã điền từ tệp mẫu.";

    public static string TooLarge(long maxBytes) =>
        $"Tệp lớn hơn {Megabytes(maxBytes)} MB, giới hạn cho một lần nhập. Tệp mẫu của một tháng chỉ khoảng vài trăm KB: hãy kiểm tra lại tệp.";

    public static string OldExcelFormat =>
        "Tệp là định dạng Excel 97–2003 (.xls), không được hỗ trợ. Hãy mở tệp và lưu lại dưới dạng “Excel Workbook (.xlsx)”, hoặc điền vào tệp mẫu tải từ trang này.";

    public static string NotAnXlsx =>
        "Tệp không phải bảng tính Excel (.xlsx) (có thể là tệp CSV, văn bản hoặc tệp khác đổi đuôi). Hãy tải tệp mẫu, điền số liệu và lưu dưới dạng .xlsx.";

    public static string Unreadable =>
        "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở lại bằng Excel, lưu dưới dạng .xlsx rồi tải lên lại.";

    public static string MacroWorkbook =>
        "Tệp có chứa macro (VBA), không được nhận vì lý do an toàn. Hãy lưu lại dưới dạng “Excel Workbook (.xlsx)” (không macro).";

    public static string TooManyEntries(int max) =>
        $"Tệp có quá nhiều thành phần bên trong (hơn {max.ToString("#,##0", Vi)}): không phải tệp mẫu nhập số liệu.";

    public static string ZipBomb =>
        "Tệp có nội dung nén bất thường (khi giải nén lớn hơn rất nhiều so với kích thước tệp) nên bị từ chối vì lý do an toàn.";

    public static string TooManyRows(string sheet, int rows, int max) =>
        $"Trang tính '{sheet}' có tới {rows.ToString("#,##0", Vi)} dòng, vượt giới hạn {max.ToString("#,##0", Vi)} dòng. Hãy xóa các dòng thừa ở cuối trang tính.";

    public static string WrongTemplate =>
        $"Tệp không phải tệp mẫu nhập số liệu hiện hành (không có dấu phiên bản '{ImportTemplateLayout.Version}'). Hãy tải tệp mẫu mới trên trang này và điền số liệu vào đó.";

    public static string OtherTemplateVersion(string found) =>
        $"Tệp được tạo từ mẫu phiên bản '{found}', khác phiên bản hiện hành '{ImportTemplateLayout.Version}'. Hãy tải tệp mẫu mới trên trang này.";

    public static string MissingSheet => $"Tệp không có trang tính '{ImportTemplateLayout.DataSheet}'. Đừng đổi tên hay xóa trang tính này của tệp mẫu.";

    public static string WrongHeader(string expected, string found) => found.Length == 0
        ? $"Thiếu tiêu đề cột '{expected}'. Đừng thêm, xóa, đổi tên hay di chuyển các cột của tệp mẫu."
        : $"Tiêu đề cột phải là '{expected}' nhưng là '{FigureMessages.Quote(found)}'. Đừng thêm, xóa, đổi tên hay di chuyển các cột của tệp mẫu.";

    public static string MissingMonth => "Thiếu tháng (dạng MM/yyyy).";

    public static string UnreadableMonth(string text) => $"Không hiểu tháng '{FigureMessages.Quote(text)}': hãy ghi dạng MM/yyyy, ví dụ 11/2025.";

    public static string OtherMonth(DateOnly found, DateOnly chosen) =>
        $"Dòng này là số liệu tháng {IngestionMessages.Month(found)}, khác tháng đã chọn {IngestionMessages.Month(chosen)}. Mỗi tệp chỉ nhập cho một tháng: hãy chọn đúng tháng hoặc sửa cột tháng.";

    public static string FormulaWithoutValue(string what) =>
        $"Ô {what} chứa công thức nhưng không có giá trị đã tính (tệp chưa được Excel tính lại). Hãy mở tệp bằng Excel, lưu lại, hoặc thay công thức bằng số.";

    public static string NoFigures =>
        $"Trang tính '{ImportTemplateLayout.DataSheet}' không có dòng số liệu nào (mọi dòng đều trống tử số và mẫu số). Hãy điền tử số và mẫu số rồi tải lên lại.";

    /// <param name="what">"Trang tính 'Số liệu'" or "Phần 'xl/styles.xml'": see <see cref="SheetPart"/> and <see cref="OtherPart"/>.</param>
    public static string PartTooLarge(string what, long maxBytes) =>
        $"{what} quá lớn khi giải nén (hơn {Megabytes(maxBytes)} MB): tệp có dữ liệu hoặc định dạng ngoài các cột của tệp mẫu. Hãy tải tệp mẫu mới và chỉ điền vào các cột của mẫu.";

    public static string SheetPart(string sheet) => $"Trang tính '{sheet}'";

    public static string OtherPart(string path) => $"Phần '{path}' của tệp";

    public static string TooManyCells(string sheet, int max) =>
        $"Trang tính '{sheet}' làm tệp có hơn {max.ToString("#,##0", Vi)} ô (kể cả ô trống có định dạng), vượt giới hạn. Hãy tải tệp mẫu mới và chỉ điền vào các cột của mẫu.";

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", Vi);


}
