using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>The province summary as a workbook, one sheet per table, from the ready model.</summary>
public sealed class ProvinceSummaryWorkbook
{
    public const string TotalsSheetName = "Tổng hợp toàn tỉnh";
    public const string DepartmentsSheetName = "Xếp hạng sở, ban, ngành";
    public const string CommunesSheetName = "Xếp hạng xã, phường";
    public const string GridSheetName = "Bảng trạng thái";
    public const string MoversSheetName = "Tăng, giảm hạng";
    public const string BelowTargetSheetName = "Chưa đạt từ 3 chỉ tiêu";

    /// <summary>Row of the table header on every sheet but the first (row 1 is the sheet's title).</summary>
    public const int HeaderRow = 3;

    /// <summary>On the first sheet the document header comes first: the totals table starts lower.</summary>
    public const int TotalsHeaderRow = 9;

    public static byte[] Create(ProvinceSummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = ExcelCells.NewWorkbook($"{model.Title} {model.Summary}");
        WriteTotals(workbook.AddWorksheet(TotalsSheetName), model);
        foreach (var group in model.Groups)
        {
            WriteRanking(workbook.AddWorksheet(group.Group == PeerGroup.Departments ? DepartmentsSheetName : CommunesSheetName), model, group);
        }

        WriteGrid(workbook.AddWorksheet(GridSheetName), model);
        WriteMovers(workbook.AddWorksheet(MoversSheetName), model);
        WriteBelowTarget(workbook.AddWorksheet(BelowTargetSheetName), model);
        if (model.Index766 is { } index766)
        {
            Index766Sheet.Write(workbook, "CHỈ SỐ 766 TOÀN TỈNH (QUYẾT ĐỊNH 766/QĐ-TTg)", index766);
        }

        return ExcelCells.ToBytes(workbook);
    }

    private static void WriteTotals(IXLWorksheet sheet, ProvinceSummaryModel model)
    {
        (string, double)[] columns =
        [
            ("TT", 6), ("Chỉ tiêu", 46), ("Tử số", 12), ("Mẫu số", 12), ("Tỷ lệ toàn tỉnh", 11), ("Chỉ tiêu giao", 11), ("Đánh giá", 11),
            ("Thay đổi so với tháng trước (điểm %)", 13), ("Số đơn vị đạt", 10), ("Số đơn vị có số liệu", 11), ("Số đơn vị phải báo cáo", 11),
        ];
        var last = columns.Length;
        ExcelCells.MergedText(sheet, 1, 1, 3, model.Header.LeftLines[0].Text);
        ExcelCells.MergedText(sheet, 2, 1, 3, model.Header.IssuingBody, bold: true);
        ExcelCells.MergedText(sheet, 3, 1, 3, model.Header.Number);
        ExcelCells.MergedText(sheet, 1, 4, last, DocumentHeader.NationalName, bold: true);
        ExcelCells.MergedText(sheet, 2, 4, last, DocumentHeader.Motto, bold: true);
        ExcelCells.MergedText(sheet, 3, 4, last, model.Header.PlaceDate, italic: true);
        sheet.Range(2, 1, 2, 3).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Range(2, 4, 2, last).Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        ExcelCells.MergedText(sheet, 5, 1, last, model.Title, bold: true, size: 14);
        ExcelCells.MergedText(sheet, 6, 1, last, model.Summary, bold: true);
        ExcelCells.MergedText(sheet, 7, 1, last, (model.IsDemo ? "(Số liệu minh họa) " : string.Empty) + model.CompletenessText, italic: true);

        var row = Header(sheet, TotalsHeaderRow, columns);
        foreach (var total in model.Totals)
        {
            sheet.Cell(row, 1).SetValue(total.Indicator.Order).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 2).Text(total.Indicator.Name).Style.Alignment.WrapText = true;
            sheet.Cell(row, 3).Count(total.Numerator);
            sheet.Cell(row, 4).Count(total.Denominator);
            sheet.Cell(row, 5).Ratio(total.Ratio);
            if (total.Threshold is null)
            {
                sheet.Cell(row, 6).Text(total.TargetText);
            }
            else
            {
                sheet.Cell(row, 6).Ratio(total.Threshold, ExcelCells.ThresholdFormat);
            }

            sheet.Cell(row, 7).Text(total.StatusText).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            sheet.Cell(row, 8).Number(total.ChangePoints, ExcelCells.PointsFormat);
            sheet.Cell(row, 9).Integer(total.UnitsMeeting);
            sheet.Cell(row, 10).Integer(total.UnitsReported);
            sheet.Cell(row, 11).Integer(total.UnitsExpected);
            sheet.Row(row).Height = 32;
            row++;
        }

        Finish(sheet, TotalsHeaderRow, row - 1, last, XLPageOrientation.Landscape);
        sheet.Cell(row + 1, 2).Text("Tỷ lệ toàn tỉnh = tổng tử số ÷ tổng mẫu số của các đơn vị có số liệu.").Style.Font.Italic = true;
        if (model.TargetSources.Count > 0)
        {
            sheet.Cell(row + 2, 2).Text("Chỉ tiêu giao theo " + string.Join("; ", model.TargetSources) + ".").Style.Font.Italic = true;
        }
    }

    private static void WriteRanking(IXLWorksheet sheet, ProvinceSummaryModel model, SummaryGroup group)
    {
        (string, double)[] columns =
        [
            ("Hạng", 8), ("Mã đơn vị", 22), ("Đơn vị", 36), ("Loại", 14), ("Điểm (thang 100)", 10), ($"Hạng tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}", 11),
            ("Thay đổi (bậc, dương là tăng)", 12), ("Số chỉ tiêu đạt", 10), ("Số chỉ tiêu chưa đạt", 10), ("Chưa có số liệu", 10),
        ];
        Title(sheet, $"Xếp hạng {group.Name} tháng {VietnameseFormat.Month(model.Month)} ({VietnameseFormat.OutOf(group.RankedCount, group.Ranking.Count)} đơn vị được xếp hạng)", model);
        var row = Header(sheet, HeaderRow, columns);
        foreach (var rank in group.Ranking)
        {
            sheet.Cell(row, 1).Integer(rank.Rank);
            sheet.Cell(row, 2).Text(rank.Unit.Code);
            sheet.Cell(row, 3).Text(rank.Unit.Name);
            sheet.Cell(row, 4).Text(rank.KindText);
            sheet.Cell(row, 5).Number(rank.Score, ExcelCells.ScoreFormat);
            sheet.Cell(row, 6).Integer(rank.PreviousRank);
            sheet.Cell(row, 7).Integer(rank.Change);
            sheet.Cell(row, 8).Integer(rank.MetCount);
            sheet.Cell(row, 9).Integer(rank.NotMetCount);
            sheet.Cell(row, 10).Integer(rank.UnknownCount);
            row++;
        }

        Finish(sheet, HeaderRow, row - 1, columns.Length, XLPageOrientation.Portrait);
    }

    private static void WriteGrid(IXLWorksheet sheet, ProvinceSummaryModel model)
    {
        var columns = new List<(string, double)> { ("Mã đơn vị", 22), ("Đơn vị", 36), ("Nhóm", 16), ("Hạng", 8) };
        foreach (var indicator in model.Indicators)
        {
            columns.Add(($"{indicator.ShortName}: tỷ lệ", 11));
            columns.Add(($"{indicator.ShortName}: đánh giá", 11));
        }

        Title(sheet, $"Bảng trạng thái các chỉ tiêu theo đơn vị tháng {VietnameseFormat.Month(model.Month)}", model);
        var row = Header(sheet, HeaderRow, columns);
        foreach (var unit in model.StatusGrid)
        {
            sheet.Cell(row, 1).Text(unit.Unit.Code);
            sheet.Cell(row, 2).Text(unit.Unit.Name);
            sheet.Cell(row, 3).Text(VietnameseFormat.PeerGroupInSentence(unit.Unit.PeerGroup));
            sheet.Cell(row, 4).Integer(unit.Rank);
            var column = 5;
            foreach (var cell in unit.Cells)
            {
                sheet.Cell(row, column).Ratio(cell.Ratio);
                var status = sheet.Cell(row, column + 1).Text(VietnameseFormat.Status(cell.Status));
                status.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                if (cell.Status == KpiStatus.NotMet)
                {
                    // Printed in black and white: bold and a light grey fill, never colour alone.
                    sheet.Range(row, column, row, column + 1).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#E6E6E6"));
                }

                column += 2;
            }

            row++;
        }

        Finish(sheet, HeaderRow, row - 1, columns.Count, XLPageOrientation.Landscape);
        sheet.SheetView.FreezeColumns(2);
    }

    private static void WriteMovers(IXLWorksheet sheet, ProvinceSummaryModel model)
    {
        (string, double)[] columns =
        [
            ("Nhóm", 16), ("Chiều", 11), ("Mã đơn vị", 22), ("Đơn vị", 36), ($"Hạng tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}", 11),
            ($"Hạng tháng {VietnameseFormat.Month(model.Month)}", 11), ("Thay đổi (bậc)", 10),
        ];
        Title(sheet, $"Đơn vị tăng, giảm hạng nhiều nhất tháng {VietnameseFormat.Month(model.Month)} (tối đa {ProvinceSummaryModel.MoverCount} đơn vị mỗi chiều, mỗi nhóm)", model);
        var row = Header(sheet, HeaderRow, columns);
        foreach (var group in model.Groups)
        {
            foreach (var (direction, rows) in new[] { ("Tăng hạng", group.Risers), ("Giảm hạng", group.Fallers) })
            {
                foreach (var mover in rows)
                {
                    sheet.Cell(row, 1).Text(group.Name);
                    sheet.Cell(row, 2).Text(direction);
                    sheet.Cell(row, 3).Text(mover.Unit.Code);
                    sheet.Cell(row, 4).Text(mover.Unit.Name);
                    sheet.Cell(row, 5).Integer(mover.PreviousRank);
                    sheet.Cell(row, 6).Integer(mover.Rank);
                    sheet.Cell(row, 7).Integer(mover.Change);
                    row++;
                }
            }
        }

        Finish(sheet, HeaderRow, Math.Max(HeaderRow, row - 1), columns.Length, XLPageOrientation.Portrait);
    }

    private static void WriteBelowTarget(IXLWorksheet sheet, ProvinceSummaryModel model)
    {
        (string, double)[] columns =
        [
            ("Mã đơn vị", 22), ("Đơn vị", 36), ("Nhóm", 16), ("Hạng", 8), ("Số chỉ tiêu chưa đạt", 11), ("Các chỉ tiêu chưa đạt", 50),
        ];
        var names = model.Indicators.ToDictionary(i => i.Code, i => i.ShortName, StringComparer.Ordinal);
        Title(sheet, $"Đơn vị chưa đạt từ {RankingHighlights.BelowTargetThreshold} chỉ tiêu trở lên tháng {VietnameseFormat.Month(model.Month)}", model);
        var row = Header(sheet, HeaderRow, columns);
        foreach (var group in model.Groups)
        {
            foreach (var unit in group.BelowTarget)
            {
                sheet.Cell(row, 1).Text(unit.Unit.Code);
                sheet.Cell(row, 2).Text(unit.Unit.Name);
                sheet.Cell(row, 3).Text(group.Name);
                sheet.Cell(row, 4).Integer(unit.Rank);
                sheet.Cell(row, 5).Integer(unit.NotMetCount);
                sheet.Cell(row, 6).Text(string.Join("; ", unit.NotMetCodes.Select(c => names.GetValueOrDefault(c, c))));
                row++;
            }
        }

        Finish(sheet, HeaderRow, Math.Max(HeaderRow, row - 1), columns.Length, XLPageOrientation.Portrait);
    }

    private static void Title(IXLWorksheet sheet, string title, ProvinceSummaryModel model)
    {
        sheet.Cell(1, 1).Text(title).Style.Font.SetBold(true).Font.SetFontSize(13);
        if (model.IsDemo)
        {
            sheet.Cell(2, 1).Text("(Số liệu minh họa, không dùng để báo cáo chính thức)").Style.Font.Italic = true;
        }
    }

    /// <summary>Writes the header row, tall enough for the long headers, and the column widths; returns the first data row.</summary>
    private static int Header(IXLWorksheet sheet, int row, IReadOnlyList<(string Header, double Width)> columns)
    {
        sheet.Row(row).Height = 45;
        return ExcelCells.TableHeader(sheet, row, columns);
    }

    /// <summary>Borders, filter, frozen header and print setup of a table from its header row to its last row.</summary>
    private static void Finish(IXLWorksheet sheet, int headerRow, int lastRow, int lastColumn, XLPageOrientation orientation)
    {
        var table = sheet.Range(headerRow, 1, lastRow, lastColumn);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        ExcelCells.Borders(table);
        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(headerRow);
        ExcelCells.PrintSetup(sheet, orientation);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }
}
