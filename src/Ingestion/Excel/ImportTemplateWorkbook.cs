using ClosedXML.Excel;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>A unit listed in the template: the units active in the chosen month.</summary>
public sealed record TemplateUnit(string Code, string Name, UnitKind Kind);

/// <summary>An indicator listed in the template, with what its numerator and denominator count.</summary>
public sealed record TemplateIndicator(string Code, string Name, string NumeratorMeaning, string DenominatorMeaning);

/// <summary>What a template is made of; <paramref name="Current"/> prefills figures the month already has, when given.</summary>
public sealed record ImportTemplateModel(
    DateOnly Month,
    IReadOnlyList<TemplateUnit> Units,
    IReadOnlyList<TemplateIndicator> Indicators,
    IReadOnlyDictionary<(string UnitCode, string IndicatorCode), (long Numerator, long Denominator)>? Current = null);

/// <summary>
/// The workbook office staff fill in: one row per unit and indicator (long form, so a row maps to one figure and
/// every message can name it), codes prefilled, a guide and the code lists beside it, and a version marker.
/// </summary>
public static class ImportTemplateWorkbook
{
    public static byte[] Create(ImportTemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"Mẫu nhập số liệu tháng {IngestionMessages.Month(model.Month)}";
        workbook.Properties.Author = "TargetsDashboard";
        WriteData(workbook.AddWorksheet(ImportTemplateLayout.DataSheet), model);
        WriteGuide(workbook.AddWorksheet(ImportTemplateLayout.GuideSheet), model);
        WriteCatalog(workbook.AddWorksheet(ImportTemplateLayout.CatalogSheet), model);
        WriteMarker(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteData(IXLWorksheet sheet, ImportTemplateModel model)
    {
        var columns = ImportTemplateLayout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Column(i + 1).Width = columns[i].Width;
            sheet.Cell(ImportTemplateLayout.HeaderRow, i + 1).SetValue(columns[i].Header).DataType = XLDataType.Text;
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        sheet.Cell(1, ImportTemplateLayout.NumeratorColumn).Comment.AddText("Số lượng được tính vào tử số của chỉ tiêu (xem cột 'Tử số là'). Số nguyên, không âm, không lớn hơn mẫu số.");
        sheet.Cell(1, ImportTemplateLayout.DenominatorColumn).Comment.AddText("Tổng số được tính vào mẫu số của chỉ tiêu (xem cột 'Mẫu số là'). Số nguyên, không âm.");

        var month = IngestionMessages.Month(model.Month);
        var row = ImportTemplateLayout.FirstDataRow;
        foreach (var unit in model.Units)
        {
            foreach (var indicator in model.Indicators)
            {
                Text(sheet.Cell(row, ImportTemplateLayout.MonthColumn), month);
                Text(sheet.Cell(row, ImportTemplateLayout.UnitCodeColumn), unit.Code);
                Text(sheet.Cell(row, ImportTemplateLayout.UnitNameColumn), unit.Name);
                Text(sheet.Cell(row, ImportTemplateLayout.IndicatorCodeColumn), indicator.Code);
                Text(sheet.Cell(row, ImportTemplateLayout.IndicatorNameColumn), indicator.Name);
                Text(sheet.Cell(row, ImportTemplateLayout.NumeratorMeaningColumn), indicator.NumeratorMeaning);
                Text(sheet.Cell(row, ImportTemplateLayout.DenominatorMeaningColumn), indicator.DenominatorMeaning);
                if (model.Current is { } current && current.TryGetValue((unit.Code, indicator.Code), out var figure))
                {
                    sheet.Cell(row, ImportTemplateLayout.NumeratorColumn).SetValue(figure.Numerator);
                    sheet.Cell(row, ImportTemplateLayout.DenominatorColumn).SetValue(figure.Denominator);
                }

                row++;
            }
        }

        var last = row - 1;
        if (last >= ImportTemplateLayout.FirstDataRow)
        {
            var numbers = sheet.Range(ImportTemplateLayout.FirstDataRow, ImportTemplateLayout.NumeratorColumn, last, ImportTemplateLayout.DenominatorColumn);
            numbers.Style.NumberFormat.Format = "#,##0";
            numbers.Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF8E1");
            var validation = numbers.SetDataValidation();
            validation.WholeNumber.EqualOrGreaterThan(0);
            validation.IgnoreBlanks = true;
            validation.ShowErrorMessage = true;
            validation.ErrorTitle = "Số không hợp lệ";
            validation.ErrorMessage = "Tử số và mẫu số là số nguyên không âm (số hồ sơ hoặc số thủ tục).";

            // Code and name columns are what the reader matches: locked grey tells the user not to edit them.
            sheet.Range(ImportTemplateLayout.FirstDataRow, 1, last, ImportTemplateLayout.IndicatorNameColumn).Style.Font.FontColor = XLColor.FromHtml("#555555");
            sheet.Range(ImportTemplateLayout.FirstDataRow, ImportTemplateLayout.NumeratorMeaningColumn, last, ImportTemplateLayout.DenominatorMeaningColumn).Style.Font.FontColor = XLColor.FromHtml("#777777");
        }

        sheet.Range(1, 1, Math.Max(1, last), columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteGuide(IXLWorksheet sheet, ImportTemplateModel model)
    {
        sheet.Column(1).Width = 110;
        string[] lines =
        [
            $"HƯỚNG DẪN ĐIỀN SỐ LIỆU THÁNG {IngestionMessages.Month(model.Month)}",
            string.Empty,
            $"1. Điền số liệu vào trang tính '{ImportTemplateLayout.DataSheet}'. Mỗi dòng là một chỉ tiêu của một đơn vị trong tháng {IngestionMessages.Month(model.Month)}.",
            "2. Chỉ điền hai cột 'Tử số' và 'Mẫu số' (ô nền vàng). Xem ý nghĩa tử số, mẫu số của từng chỉ tiêu ở hai cột cuối hoặc trang tính 'Danh mục'.",
            "3. Tử số và mẫu số là số nguyên không âm (số hồ sơ, số thủ tục); tử số không được lớn hơn mẫu số.",
            "4. Đơn vị chưa có số liệu của chỉ tiêu nào thì để trống cả tử số và mẫu số của dòng đó: dòng trống được bỏ qua. Không để trống chỉ một trong hai ô.",
            "5. Không sửa cột tháng, mã đơn vị, mã chỉ tiêu; không thêm, xóa, đổi tên hay di chuyển cột, không đổi tên trang tính.",
            "6. Có thể xóa các dòng không dùng. Không để hai dòng trùng đơn vị và chỉ tiêu.",
            "7. Lưu tệp dưới dạng Excel Workbook (.xlsx), tối đa 10 MB, rồi tải lên trang 'Nhập số liệu' của đúng tháng.",
            "8. Trước khi ghi, hệ thống cho xem trước: các lỗi (kèm trang tính, dòng, cột), số liệu mới, số liệu thay đổi (giá trị cũ → mới). Chỉ khi tệp không còn lỗi nào mới được xác nhận ghi; ghi tất cả hoặc không ghi gì.",
            "9. Khi xác nhận, chọn một trong hai cách: 'Thay thế số liệu hiện có của các đơn vị trong tệp' hoặc 'Chỉ thêm số liệu còn thiếu'.",
            "10. Tháng đã khóa sổ thì không nhập được; liên hệ quản trị viên nếu cần mở lại.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            var cell = sheet.Cell(i + 1, 1);
            Text(cell, lines[i]);
            cell.Style.Alignment.WrapText = true;
        }

        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 13;
    }

    private static void WriteCatalog(IXLWorksheet sheet, ImportTemplateModel model)
    {
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 40;
        sheet.Column(3).Width = 16;
        sheet.Column(5).Width = 20;
        sheet.Column(6).Width = 40;
        sheet.Column(7).Width = 50;
        sheet.Column(8).Width = 50;
        string[] unitHeaders = ["Mã đơn vị", "Tên đơn vị", "Loại"];
        string[] indicatorHeaders = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Tử số là", "Mẫu số là"];
        for (var i = 0; i < unitHeaders.Length; i++)
        {
            Text(sheet.Cell(1, i + 1), unitHeaders[i]).Style.Font.Bold = true;
        }

        for (var i = 0; i < indicatorHeaders.Length; i++)
        {
            Text(sheet.Cell(1, i + 5), indicatorHeaders[i]).Style.Font.Bold = true;
        }

        for (var i = 0; i < model.Units.Count; i++)
        {
            var unit = model.Units[i];
            Text(sheet.Cell(i + 2, 1), unit.Code);
            Text(sheet.Cell(i + 2, 2), unit.Name);
            Text(sheet.Cell(i + 2, 3), unit.Kind switch
            {
                UnitKind.Department => "Sở, ban, ngành",
                UnitKind.Ward => "Phường",
                _ => "Xã",
            });
        }

        for (var i = 0; i < model.Indicators.Count; i++)
        {
            var indicator = model.Indicators[i];
            Text(sheet.Cell(i + 2, 5), indicator.Code);
            Text(sheet.Cell(i + 2, 6), indicator.Name).Style.Alignment.WrapText = true;
            Text(sheet.Cell(i + 2, 7), indicator.NumeratorMeaning).Style.Alignment.WrapText = true;
            Text(sheet.Cell(i + 2, 8), indicator.DenominatorMeaning).Style.Alignment.WrapText = true;
        }

        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteMarker(XLWorkbook workbook)
    {
        var sheet = workbook.AddWorksheet(ImportTemplateLayout.MarkerSheet);
        Text(sheet.Cell(1, 1), ImportTemplateLayout.Version);
        sheet.Visibility = XLWorksheetVisibility.VeryHidden;
        workbook.NamedRanges.Add(ImportTemplateLayout.VersionName, sheet.Range(1, 1, 1, 1));
    }

    /// <summary>Text as text: a name starting with = or a code like "01" must not become a formula or a number.</summary>
    private static IXLCell Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }
}
