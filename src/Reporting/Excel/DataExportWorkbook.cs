using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>Every measurement of a range as one flat table, for filtering and pivoting; from the ready model.</summary>
public sealed class DataExportWorkbook
{
    public const string DataSheetName = "Số liệu";
    public const string AboutSheetName = "Thông tin";

    /// <summary>Columns A to J; the header is row 1 so that the table filters and pivots as it stands.</summary>
    public static IReadOnlyList<(string Header, double Width)> Columns { get; } =
    [
        ("Mã đơn vị", 22),
        ("Tên đơn vị", 34),
        ("Loại đơn vị", 14),
        ("Mã chỉ tiêu", 19),
        ("Tên chỉ tiêu", 48),
        ("Tháng", 10),
        ("Tử số", 11),
        ("Mẫu số", 11),
        ("Tỷ lệ", 10),
        ("Đánh giá", 15),
    ];

    public static byte[] Create(DataExportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = ExcelCells.NewWorkbook($"Số liệu các chỉ tiêu từ {VietnameseFormat.Month(model.From)} đến {VietnameseFormat.Month(model.To)}");
        WriteData(workbook.AddWorksheet(DataSheetName), model);
        WriteAbout(workbook.AddWorksheet(AboutSheetName), model);
        return ExcelCells.ToBytes(workbook);
    }

    private static void WriteData(IXLWorksheet sheet, DataExportModel model)
    {
        var row = ExcelCells.TableHeader(sheet, 1, Columns);
        sheet.Row(1).Height = 30;

        foreach (var item in model.Rows)
        {
            sheet.Cell(row, 1).Text(item.Unit.Code);
            sheet.Cell(row, 2).Text(item.Unit.Name);
            sheet.Cell(row, 3).Text(VietnameseFormat.UnitKind(item.Unit.Kind));
            sheet.Cell(row, 4).Text(item.Indicator.Code);
            sheet.Cell(row, 5).Text(item.Indicator.NameVi);
            sheet.Cell(row, 6).SetValue(new DateTime(item.Month.Year, item.Month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified));
            if (item.Numerator is { } numerator)
            {
                sheet.Cell(row, 7).SetValue(numerator);
            }

            if (item.Denominator is { } denominator)
            {
                sheet.Cell(row, 8).SetValue(denominator);
            }

            // Unknown stays empty, not "0%" and not text: a filter or a pivot then skips it instead of averaging a zero.
            if (item.Ratio is { } ratio)
            {
                sheet.Cell(row, 9).SetValue((double)ratio);
            }

            sheet.Cell(row, 10).Text(VietnameseFormat.Status(item.Status));
            row++;
        }

        var last = Math.Max(1, row - 1);
        if (last > 1)
        {
            // Formats by range rather than cell by cell: a province's five years are some 30,000 rows.
            sheet.Range(2, 6, last, 6).Style.NumberFormat.Format = ExcelCells.MonthFormat;
            sheet.Range(2, 6, last, 6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Range(2, 7, last, 8).Style.NumberFormat.Format = ExcelCells.CountFormat;
            sheet.Range(2, 9, last, 9).Style.NumberFormat.Format = ExcelCells.RatioFormat;
        }

        sheet.Range(1, 1, last, Columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        ExcelCells.PrintSetup(sheet, XLPageOrientation.Landscape);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    private static void WriteAbout(IXLWorksheet sheet, DataExportModel model)
    {
        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 90;
        sheet.Cell(1, 1).Text("Số liệu các chỉ tiêu cải cách thủ tục hành chính").Style.Font.SetBold(true).Font.SetFontSize(13);
        (string Label, string Value)[] lines =
        [
            ("Từ tháng", VietnameseFormat.Month(model.From)),
            ("Đến tháng", VietnameseFormat.Month(model.To)),
            ("Số dòng", VietnameseFormat.Count(model.Rows.Count)),
            ("Ngày xuất", model.IssueDate.ToString("dd/MM/yyyy", Vietnam.Culture)),
            ("Tỷ lệ", "Tử số ÷ mẫu số; để trống khi mẫu số bằng 0 (chưa xác định), không ghi 0%."),
            ("Đánh giá", "So với chỉ tiêu giao có hiệu lực trong tháng cho loại đơn vị; “Không xác định” khi chưa có tỷ lệ hoặc chưa có chỉ tiêu."),
            ("Đơn vị không có dòng", "Đơn vị chưa gửi số liệu của chỉ tiêu trong tháng đó."),
        ];
        var row = 3;
        foreach (var (label, value) in lines)
        {
            sheet.Cell(row, 1).Text(label).Style.Font.Bold = true;
            sheet.Cell(row, 2).Text(value).Style.Alignment.WrapText = true;
            row++;
        }

        if (model.IsDemo)
        {
            sheet.Cell(row + 1, 1).Text("Số liệu minh họa, không dùng để báo cáo chính thức.").Style.Font.Italic = true;
        }
    }
}
