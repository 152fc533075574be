using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>A unit's monthly report as a workbook: the report sheet and the 12-month history, from the ready model.</summary>
public sealed class UnitReportWorkbook
{
    public const string ReportSheetName = "Báo cáo";
    public const string HistorySheetName = "Lịch sử 12 tháng";

    /// <summary>Row of the indicator table's header; the italic column numbers are on the next row, the data after.</summary>
    public const int TableHeaderRow = 10;
    public const int ColumnNumberRow = TableHeaderRow + 1;
    public const int FirstDataRow = ColumnNumberRow + 1;

    /// <summary>Columns of the indicator table, A to J.</summary>
    public static IReadOnlyList<(string Header, double Width)> Columns { get; } =
    [
        ("STT", 6),
        ("Chỉ tiêu", 46),
        ("Tử số", 11),
        ("Mẫu số", 11),
        ("Tỷ lệ", 10),
        ("Chỉ tiêu giao", 11),
        ("Đánh giá", 11),
        ("Thay đổi so với tháng trước (điểm %)", 13),
        ("Còn thiếu để đạt chỉ tiêu", 32),
        ("Văn bản giao chỉ tiêu", 40),
    ];

    public const int HistoryHeaderRow = 3;

    public static byte[] Create(UnitReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = ExcelCells.NewWorkbook($"{model.Title} {model.Summary} - {model.Unit.Name}");
        WriteReportSheet(workbook.AddWorksheet(ReportSheetName), model);
        WriteHistorySheet(workbook.AddWorksheet(HistorySheetName), model);
        if (model.Index766 is { } index766)
        {
            Index766Sheet.Write(workbook, $"CHỈ SỐ 766 - {model.Unit.Name}", index766);
        }

        return ExcelCells.ToBytes(workbook);
    }

    private static void WriteReportSheet(IXLWorksheet sheet, UnitReportModel model)
    {
        var last = Columns.Count;
        for (var i = 0; i < Columns.Count; i++)
        {
            sheet.Column(i + 1).Width = Columns[i].Width;
        }

        // Header in two columns (Decree 30/2020): issuing body left, national name and motto right.
        var leftLines = model.Header.LeftLines;
        for (var i = 0; i < leftLines.Count; i++)
        {
            ExcelCells.MergedText(sheet, 1 + i, 1, 3, leftLines[i].Text, bold: leftLines[i].Bold);
        }

        ExcelCells.MergedText(sheet, 1 + leftLines.Count, 1, 3, model.Header.Number);
        ExcelCells.MergedText(sheet, 1, 4, last, DocumentHeader.NationalName, bold: true);
        ExcelCells.MergedText(sheet, 2, 4, last, DocumentHeader.Motto, bold: true);
        ExcelCells.MergedText(sheet, 3, 4, last, model.Header.PlaceDate, italic: true);
        sheet.Range(leftLines.Count, 1, leftLines.Count, 3).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Range(2, 4, 2, last).Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        ExcelCells.MergedText(sheet, 5, 1, last, model.Title, bold: true, size: 14);
        ExcelCells.MergedText(sheet, 6, 1, last, model.Summary, bold: true);
        if (model.IsDemo)
        {
            ExcelCells.MergedText(sheet, 7, 1, last, "(Số liệu minh họa, không dùng để báo cáo chính thức)", italic: true);
        }

        sheet.Cell(9, 1).Text("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU").Style.Font.Bold = true;

        for (var i = 0; i < Columns.Count; i++)
        {
            sheet.Cell(TableHeaderRow, i + 1).Text(Columns[i].Header);
        }

        ExcelCells.StyleTableHeader(sheet.Range(TableHeaderRow, 1, TableHeaderRow, last));
        sheet.Row(TableHeaderRow).Height = 48;
        ExcelCells.ColumnNumbers(sheet, ColumnNumberRow, 1, last);

        var row = FirstDataRow;
        foreach (var indicator in model.Indicators)
        {
            sheet.Cell(row, 1).SetValue(indicator.Order).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).Text(indicator.Name).Style.Alignment.WrapText = true;
            sheet.Cell(row, 3).Count(indicator.Numerator);
            sheet.Cell(row, 4).Count(indicator.Denominator);
            sheet.Cell(row, 5).Ratio(indicator.Ratio);
            sheet.Cell(row, 6).Ratio(indicator.Threshold, ExcelCells.ThresholdFormat);
            if (indicator.Threshold is null)
            {
                sheet.Cell(row, 6).Text(indicator.TargetText);
            }

            sheet.Cell(row, 7).Text(indicator.StatusText).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 8).Number(indicator.ChangePoints, ExcelCells.PointsFormat);
            sheet.Cell(row, 9).Text(indicator.GapText ?? (indicator.Status == KpiStatus.Met ? "Đã đạt" : "–")).Style.Alignment.WrapText = true;
            sheet.Cell(row, 10).Text(indicator.TargetSource ?? string.Empty).Style.Alignment.WrapText = true;
            sheet.Row(row).Height = 32;
            row++;
        }

        var table = sheet.Range(TableHeaderRow, 1, row - 1, last);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        ExcelCells.Borders(table);
        sheet.Range(ColumnNumberRow, 1, row - 1, last).SetAutoFilter();
        sheet.SheetView.FreezeRows(ColumnNumberRow);

        row++;
        sheet.Cell(row++, 1).Text("II. XẾP HẠNG TRONG NHÓM " + VietnameseFormat.Upper(model.Rank.GroupName)).Style.Font.Bold = true;
        var rankRows = new (string Label, Action<IXLCell> Write)[]
        {
            ($"Thứ hạng tháng {VietnameseFormat.Month(model.Month)}", c => c.Integer(model.Rank.Rank)),
            ($"Thứ hạng tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}", c => c.Integer(model.Rank.PreviousRank)),
            ("Thay đổi (bậc, dương là tăng hạng)", c => c.Integer(model.Rank.Change)),
            ("Số đơn vị được xếp hạng", c => c.Integer(model.Rank.PeerCount)),
            ("Điểm (thang 100)", c => c.Number(model.Rank.Score, ExcelCells.ScoreFormat)),
        };
        var rankStart = row;
        foreach (var (label, write) in rankRows)
        {
            sheet.Cell(row, 2).Text(label);
            write(sheet.Cell(row, 3));
            row++;
        }

        ExcelCells.Borders(sheet.Range(rankStart, 2, row - 1, 3));

        row++;
        sheet.Cell(row++, 1).Text("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT").Style.Font.Bold = true;
        for (var i = 0; i < model.Sections.Count; i++)
        {
            sheet.Cell(row++, 1).Text($"{i + 1}. {model.Sections[i].Title}").Style.Font.Bold = true;
            WrappedText(sheet, row++, last, model.Sections[i].Text);
        }

        if (model.Note is not null || model.Sections.Count == 0)
        {
            WrappedText(sheet, row++, last, model.Note ?? UnitReportModel.NothingWritten);
        }

        row++;

        // Closing: recipients left, signing block right.
        var closing = row;
        sheet.Cell(row, 1).Text("Nơi nhận:").Style.Font.SetBold(true).Font.SetItalic(true);
        foreach (var recipient in model.Recipients)
        {
            row++;
            sheet.Cell(row, 1).Text("- " + recipient).Style.Font.FontSize = 11;
        }

        var signRow = closing;
        if (model.Signing.OnBehalfOf is { } onBehalfOf)
        {
            ExcelCells.MergedText(sheet, signRow++, 6, last, onBehalfOf, bold: true);
        }

        ExcelCells.MergedText(sheet, signRow, 6, last, model.Signing.Title, bold: true);
        sheet.Range(closing, 1, row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;

        ExcelCells.PrintSetup(sheet, XLPageOrientation.Landscape);
        sheet.PageSetup.SetRowsToRepeatAtTop(TableHeaderRow, ColumnNumberRow);
    }

    /// <summary>A paragraph across the sheet's columns, wrapped, with a row height that shows it whole.</summary>
    private static void WrappedText(IXLWorksheet sheet, int row, int last, string text)
    {
        sheet.Cell(row, 1).Text(text);
        var range = sheet.Range(row, 1, row, last).Merge();
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(row).Height = ExcelCells.WrappedHeight(text, Columns.Sum(c => c.Width));
    }

    private static void WriteHistorySheet(IXLWorksheet sheet, UnitReportModel model)
    {
        var headers = new (string Header, double Width)[]
        {
            ("Tháng", 10), ("Mã chỉ tiêu", 18), ("Chỉ tiêu", 50), ("Tử số", 11), ("Mẫu số", 11), ("Tỷ lệ", 10), ("Chỉ tiêu giao", 11), ("Đánh giá", 14),
        };
        var row = ExcelCells.TableHeader(sheet, HistoryHeaderRow, headers);
        var first = model.TrendMonths[0];
        var lastMonth = model.TrendMonths[^1];
        sheet.Cell(1, 1).Text($"Lịch sử 12 tháng ({VietnameseFormat.Month(first)} – {VietnameseFormat.Month(lastMonth)}): {model.Unit.Name}").Style.Font.SetBold(true).Font.SetFontSize(13);

        foreach (var month in model.TrendMonths)
        {
            foreach (var indicator in model.Indicators)
            {
                var point = indicator.Trend.First(p => p.Month == month);
                var date = sheet.Cell(row, 1);
                date.SetValue(new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified));
                date.Style.NumberFormat.Format = ExcelCells.MonthFormat;
                date.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                sheet.Cell(row, 2).Text(indicator.Code);
                sheet.Cell(row, 3).Text(indicator.Name);
                sheet.Cell(row, 4).Count(point.Numerator);
                sheet.Cell(row, 5).Count(point.Denominator);
                sheet.Cell(row, 6).Ratio(point.Ratio);
                sheet.Cell(row, 7).Number(point.Threshold, ExcelCells.ThresholdFormat);
                sheet.Cell(row, 8).Text(VietnameseFormat.Status(point.Status));
                row++;
            }
        }

        ExcelCells.Borders(sheet.Range(HistoryHeaderRow, 1, row - 1, headers.Length));
        sheet.Range(HistoryHeaderRow, 1, row - 1, headers.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HistoryHeaderRow);

        // The rank over the same months, beside the figures.
        const int RankColumn = 10;
        var rankHeaders = new (string Header, double Width)[] { ("Tháng", 10), ("Thứ hạng", 10), ("Số đơn vị xếp hạng", 12), ("Điểm", 9) };
        sheet.Cell(HistoryHeaderRow - 1, RankColumn).Text("Thứ hạng trong nhóm " + model.Rank.GroupName).Style.Font.Bold = true;
        var rankRow = ExcelCells.TableHeader(sheet, HistoryHeaderRow, rankHeaders, RankColumn);
        foreach (var point in model.Rank.History)
        {
            var date = sheet.Cell(rankRow, RankColumn);
            date.SetValue(new DateTime(point.Month.Year, point.Month.Month, 1, 0, 0, 0, DateTimeKind.Unspecified));
            date.Style.NumberFormat.Format = ExcelCells.MonthFormat;
            sheet.Cell(rankRow, RankColumn + 1).Integer(point.Rank);
            sheet.Cell(rankRow, RankColumn + 2).Integer(point.PeerCount);
            sheet.Cell(rankRow, RankColumn + 3).Number(point.Score, ExcelCells.ScoreFormat);
            rankRow++;
        }

        ExcelCells.Borders(sheet.Range(HistoryHeaderRow, RankColumn, rankRow - 1, RankColumn + rankHeaders.Length - 1));
        ExcelCells.PrintSetup(sheet, XLPageOrientation.Landscape);
    }
}
