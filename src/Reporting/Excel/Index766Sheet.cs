using ClosedXML.Excel;

namespace TargetsDashboard.Reporting.Excel;

/// <summary>The 766 sheet of the report workbooks: the same section as the PDF, with points as numbers.</summary>
internal static class Index766Sheet
{
    public const string SheetName = "Chỉ số 766";

    public static void Write(XLWorkbook workbook, string title, Index766ReportSection section)
    {
        var sheet = workbook.AddWorksheet(SheetName);
        sheet.Column(1).Width = 6;
        sheet.Column(2).Width = 48;
        sheet.Column(3).Width = 12;
        sheet.Column(4).Width = 12;
        ExcelCells.MergedText(sheet, 1, 1, 4, title, bold: true, size: 13);
        ExcelCells.MergedText(sheet, 2, 1, 4, $"Kỳ: {section.PeriodText}" + (section.RankText is null ? string.Empty : $"; {section.RankText}"), italic: true);
        var header = 4;
        string[] headers = ["STT", "Nhóm chỉ số", "Điểm", "Tối đa"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(header, i + 1).Text(headers[i]);
        }

        ExcelCells.StyleTableHeader(sheet.Range(header, 1, header, headers.Length));
        var row = header + 1;
        for (var i = 0; i < section.Groups.Count; i++, row++)
        {
            var group = section.Groups[i];
            sheet.Cell(row, 1).Integer(i + 1);
            sheet.Cell(row, 2).Text(group.Name);
            sheet.Cell(row, 3).Number(Math.Round(group.Points, 2, MidpointRounding.AwayFromZero), "0.00");
            sheet.Cell(row, 4).Number(group.MaxPoints, "0.##");
        }

        sheet.Cell(row, 2).Text("Tổng điểm").Style.Font.SetBold();
        sheet.Cell(row, 3).Number(Math.Round(section.Total, 2, MidpointRounding.AwayFromZero), "0.00").Style.Font.SetBold();
        sheet.Cell(row, 4).Number(section.Groups.Sum(g => g.MaxPoints), "0.##");
        ExcelCells.Borders(sheet.Range(header, 1, row, headers.Length));
        row += 2;
        foreach (var action in section.Actions)
        {
            ExcelCells.MergedText(sheet, row++, 1, 4, "- " + action);
        }

        ExcelCells.MergedText(sheet, row + 1, 1, 4, "Cách tính: " + section.RuleSetText, italic: true);
    }
}
